import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { as } from '../../helpers/app.js';
import { buildWorld, get, owner, type World } from './fixtures.js';
import { withTenant } from '../../../src/server/platform/db/tenant.js';
import { amsterdamDate } from '../../../src/shared/calendar/working-days.js';
import * as charts from '../../../src/server/modules/insights/dashboard-contacts.js';
import { normScores } from '../../../src/server/modules/insights/norm-scores.js';
import { resolveFilters } from '../../../src/server/modules/insights/filters.js';
import { kickRollups } from '../../../src/server/modules/insights/rollup-job.js';
import {
  LEASE_MS,
  rollupStatus,
  rollupStep,
  startBuild,
} from '../../../src/server/modules/insights/rollup.js';

// The rollups are built and refreshed by a background job; requests never wait for it and read
// the contacts while the rollups are missing, building or behind a marked change. Either way the
// figures are the same: these tests check that, and that the provenance says which it was.
describe('insights rollups in the background', () => {
  let w: World;
  beforeAll(async () => {
    w = await buildWorld();
  }, 120_000);
  afterAll(() => w?.t.close());

  const tenantId = () => w.analist.tenantId;
  const db = () => w.t.deps.database;
  const inTx = <T>(fn: Parameters<typeof withTenant<T>>[2]) => withTenant(db(), tenantId(), fn);
  const chart = async (path: string, query: string) => {
    const res = await get(w, w.analist, `/api/v1/insights/${path}${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };
  const status = () => inTx((tx) => rollupStatus(tx, tenantId()));
  const changedDays = async () =>
    (await owner(w, sql`select day::text as day from contact_changed_days order by 1`)).map((r) => r.day);

  /** The rows of the contact charts and norm scores, read from the rollups (when usable) or not. */
  const both = async (from: string, to: string) => {
    const f = resolveFilters({ from, to, interval: 'day' });
    const run = (useRollups: boolean) =>
      inTx(async (tx) => {
        const s = { tx, tenantId: tenantId(), demo: true, today: amsterdamDate(new Date()), useRollups };
        const out: unknown[] = [];
        const methods = new Set<string>();
        for (const c of [
          charts.volumeChart,
          charts.channelShiftChart,
          charts.heatmapChart,
          charts.timesChart,
          charts.resolutionChart,
          charts.avoidableChart,
          charts.reasonsChart,
          normScores,
        ]) {
          const result = await c({ ...s }, f);
          out.push(result.rows);
          methods.add(result.provenance.method);
        }
        return { out, methods: [...methods] };
      });
    const direct = await run(false);
    const rolled = await run(true);
    expect(rolled.out).toEqual(direct.out);
    return rolled.methods;
  };

  it('reads the contacts while the first build runs, says so, and then reads the rollups', async () => {
    expect(await status()).toMatchObject({ status: 'missing', progress: null });
    const P1 = '?from=2026-10-05&to=2026-10-18';
    const first = await chart('volume', P1);
    expect(first.provenance).toMatchObject({ method: 'direct', asOf: null });
    expect(first.provenance.note).toMatch(/worden opgebouwd.*rechtstreeks uit de contactregistratie/);
    // The request started the job without waiting for it; here we wait.
    await kickRollups(db(), tenantId());
    const api = await get(w, w.analist, '/api/v1/insights/rollups');
    expect(api.json()).toMatchObject({ status: 'ready', progress: null, refreshedAt: expect.any(String) });
    const later = await chart('volume', P1);
    expect(later.provenance).toMatchObject({ method: 'rollup', asOf: expect.any(String), note: null });
    expect(later.rows).toEqual(first.rows);
    expect(await changedDays()).toEqual([]);
  });

  it('builds a month per step under a lease, which a second builder respects or takes over', async () => {
    const today = amsterdamDate(new Date());
    const t0 = new Date();
    await inTx((tx) => startBuild(tx, tenantId(), today, t0));
    expect(await status()).toMatchObject({ status: 'building', progress: 0 });
    const A = '00000000-0000-4000-8000-00000000000a';
    const B = '00000000-0000-4000-8000-00000000000b';
    const step = (who: string, at: Date) => inTx((tx) => rollupStep(tx, tenantId(), who, today, at));
    // Two at once (two servers): the state row is locked, so one builds and the other leaves it.
    const firstSteps = await Promise.all([step(A, t0), step(B, t0)]);
    expect(firstSteps.sort()).toEqual(['done', 'more']);
    const afterOne = await status();
    expect(afterOne.progress).toBeGreaterThan(0);
    expect(afterOne.progress).toBeLessThan(1);
    const during = await chart('volume', '?from=2026-10-05&to=2026-10-18');
    expect(during.provenance.method).toBe('direct');
    expect(during.provenance.note).toMatch(/opgebouwd \(\d+ %\)/);
    // The lease holds: without it expiring nobody else steps in.
    const holder = (await owner(w, sql`select lease_owner::text as o from insight_rollup_state`))[0]!.o;
    const other = holder === A ? B : A;
    expect(await step(other, t0)).toBe('done');
    expect((await status()).progress).toBe(afterOne.progress);
    // A builder that went quiet is taken over after its lease, where it stopped.
    const late = new Date(t0.getTime() + LEASE_MS + 1000);
    expect(await step(other, late)).toBe('more');
    expect(await step(holder as string, late)).toBe('done');
    let guard = 0;
    while ((await step(other, late)) === 'more') expect(++guard).toBeLessThan(10);
    expect(await status()).toMatchObject({ status: 'ready' });
    // Built again from scratch: the same figures as the contacts (the build is idempotent).
    expect(await both('2026-09-21', '2026-10-25')).toEqual(['rollup']);
  });

  it('counts imported history and late registrations at once, and from the rollups after a refresh', async () => {
    await kickRollups(db(), tenantId());
    const csv = [
      'occurred_at;channel;direction;summary;outcome;topic_code;wait_seconds',
      '2026-10-06T09:00:00+02:00;phone;in;import;answered;bz-reisdocument;20',
      '2026-10-06T09:10:00+02:00;phone;in;import;answered;bz-reisdocument;40',
      '2026-10-07T14:00:00+02:00;phone;in;import;forwarded;bz-reisdocument;60',
      '2025-03-03T10:00:00+01:00;email;in;import;answered;overig-informatie;',
    ].join('\n');
    const imported = await w.t.app.inject({
      method: 'POST',
      url: '/api/v1/contacts/import',
      headers: { ...as(w.beheerder), 'content-type': 'text/csv' },
      payload: csv,
    });
    expect(imported.statusCode, imported.body).toBe(201);
    // Marked in the import's own transaction.
    expect(await changedDays()).toEqual(['2025-03-03', '2026-10-06', '2026-10-07']);
    // A late registration of P1 on the topic of its five e-forms of 13 October: the fifth becomes
    // a repeat (within 7 days), a figure of a day before the one registered.
    const late = await w.t.app.inject({
      method: 'POST',
      url: '/api/v1/contacts',
      headers: as(w.kcc),
      payload: {
        channel: 'eform',
        direction: 'in',
        topicCode: 'afval-niet-opgehaald',
        summary: 'nog steeds niet',
        outcome: 'answered',
        partyId: w.p1,
        occurredAt: '2026-10-16T08:00:00+02:00',
      },
    });
    expect(late.statusCode, late.body).toBe(201);
    const P = '?from=2026-10-05&to=2026-10-18';
    const volume = await chart('volume', P);
    expect(volume.provenance.method).toBe('direct');
    expect(volume.provenance.note).toMatch(/worden nog verwerkt/);
    expect(volume.rows[0]).toMatchObject({ period: '2026-10-05', channel: 'phone', n: 9 });
    const repeat = (body: { rows: { topicCode: string }[] }) =>
      body.rows.find((r) => r.topicCode === 'afval-niet-opgehaald');
    expect(repeat(await chart('resolution', P))).toMatchObject({ n: 6, repeated: 5, resolved: 1 });
    // The refresh (the job the request started) rebuilds the marked days and those before them.
    await kickRollups(db(), tenantId());
    expect(await changedDays()).toEqual([]);
    const after = await chart('volume', P);
    expect(after.provenance.method).toBe('rollup');
    expect(after.rows).toEqual(volume.rows);
    const resolution = await chart('resolution', P);
    expect(resolution.provenance.method).toBe('rollup');
    expect(repeat(resolution)).toMatchObject({ n: 6, repeated: 5, resolved: 1 });
    expect(await both('2026-09-28', '2026-10-25')).toEqual(['rollup']);
    expect(await both('2025-02-24', '2025-03-09')).toEqual(['rollup']);
  });

  it('marks the day of a corrected old contact, and the rollups follow the correction', async () => {
    await kickRollups(db(), tenantId());
    const list = await get(w, w.kcc, '/api/v1/contacts?channel=counter&pageSize=1');
    const counter = list.json().items[0];
    expect(counter.occurredAt.slice(0, 10)).toBe('2026-10-14');
    const patched = await w.t.app.inject({
      method: 'PATCH',
      url: `/api/v1/contacts/${counter.id}`,
      headers: as(w.kcc, { 'if-match': `"${counter.version}"` }),
      payload: { topicCode: 'afval-grofvuil', outcome: 'forwarded' },
    });
    expect(patched.statusCode, patched.body).toBe(200);
    expect(await changedDays()).toEqual(['2026-10-14']);
    await kickRollups(db(), tenantId());
    expect(await both('2026-10-05', '2026-10-25')).toEqual(['rollup']);
  });

  it('marks the day of an old e-mail when it is answered now', async () => {
    const register = (payload: object) =>
      w.t.app.inject({
        method: 'POST',
        url: '/api/v1/contacts',
        headers: as(w.kcc),
        payload: { summary: 'mail', outcome: 'answered', topicCode: 'overig-informatie', ...payload },
      });
    const mail = await register({
      channel: 'email',
      direction: 'in',
      partyId: w.p2,
      occurredAt: '2026-09-23T10:00:00+02:00',
    });
    expect(mail.statusCode, mail.body).toBe(201);
    await kickRollups(db(), tenantId());
    expect(await changedDays()).toEqual([]);
    // Registered now (not late itself), but it answers the e-mail of 23 September.
    const answer = await register({ channel: 'email', direction: 'out', partyId: w.p2 });
    expect(answer.statusCode, answer.body).toBe(201);
    expect(await changedDays()).toEqual(['2026-09-23']);
    await kickRollups(db(), tenantId());
    expect(await both('2026-09-21', '2026-10-04')).toEqual(['rollup']);
  });
});
