import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorld, get, type World } from './fixtures.js';

// Expected figures, by hand from fixtures.ts:
// week 2026-10-05: phone 6 (waits 10..60 s, handles 100..600 s, Monday 09h, topic bz-reisdocument,
//   anonymous, 2 forwarded -> resolved 4 of 6);
// week 2026-10-12: eform 5 (P1, Tuesday 20h, afval-niet-opgehaald: 4 repeated, 1 resolved),
//   counter 2 (Wednesday 11h, status-melding; a group below 5);
// week 2026-10-19: whatsapp 8 status-melding (5 of P2 about case 1, 3 anonymous), phone 20 afval-grofvuil.
const P1 = '?from=2026-10-05&to=2026-10-18';

describe('insights dashboard', () => {
  let w: World;
  beforeAll(async () => {
    w = await buildWorld();
  }, 120_000);
  afterAll(() => w?.t.close());

  const chart = async (path: string, query: string) => {
    const res = await get(w, w.analist, `/api/v1/insights/${path}${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };

  it('counts contacts per channel and week, suppressing small groups, with provenance', async () => {
    const body = await chart('volume', P1);
    expect(body.rows).toEqual([
      expect.objectContaining({ period: '2026-10-05', channel: 'phone', n: 6, suppressed: false }),
      { period: '2026-10-12', channel: 'counter', n: null, suppressed: true, drillDown: null },
      expect.objectContaining({ period: '2026-10-12', channel: 'eform', n: 5, suppressed: false }),
    ]);
    expect(body.provenance).toMatchObject({ source: 'demo', synthetic: true, n: 13 });
    expect(body.provenance.label).toMatch(/Fictieve voorbeelddata/);
    expect(body.minGroupSize).toBe(5);
  });

  it('gives a drill-down that the contacts list answers with the same records', async () => {
    const body = await chart('volume', P1);
    const drill = body.rows[0].drillDown;
    expect(drill).toEqual({
      resource: 'contacts',
      query: { from: '2026-10-05T00:00:00+02:00', to: '2026-10-12T00:00:00+02:00', channel: 'phone' },
    });
    const list = await get(w, w.kcc, `/api/v1/contacts?${new URLSearchParams(drill.query).toString()}`);
    expect(list.statusCode).toBe(200);
    expect(list.json().total).toBe(6);
    // The analyst sees the figure, not the records behind it.
    expect((await get(w, w.analist, `/api/v1/contacts?channel=phone`)).statusCode).toBe(403);
  });

  it('computes the channel shift per week', async () => {
    const body = await chart('channel-shift', P1);
    expect(body.rows).toEqual([
      {
        period: '2026-10-05',
        digital: 0,
        personal: 6,
        other: 0,
        total: 6,
        digitalShare: 0,
        suppressed: false,
      },
      // Per cell: the 2 counter visits are hidden, the 5 e-forms stay; the total (7) and the share
      // (5/7) go too, since either would give the 2 away.
      {
        period: '2026-10-12',
        digital: 5,
        personal: null,
        other: 0,
        total: null,
        digitalShare: null,
        suppressed: true,
      },
    ]);
  });

  it('drills down from a topic group to the contacts of all its topics', async () => {
    // afval (a group): 5 e-forms on afval-niet-opgehaald (week 10-12), 20 calls on afval-grofvuil (10-19).
    const body = await chart('volume', '?from=2026-10-05&to=2026-10-25&topic=afval');
    expect(body.rows.map((r: { channel: string; n: number }) => [r.channel, r.n])).toEqual([
      ['eform', 5],
      ['phone', 20],
    ]);
    for (const row of body.rows) {
      expect(row.drillDown.query).toMatchObject({ topicGroup: 'afval' });
      expect(row.drillDown.query.topicCode).toBeUndefined();
      const list = await get(
        w,
        w.kcc,
        `/api/v1/contacts?${new URLSearchParams(row.drillDown.query).toString()}`,
      );
      expect(list.statusCode, list.body).toBe(200);
      expect(list.json().total).toBe(row.n);
    }
    // A row of one topic keeps that topic's code.
    const resolution = await chart('resolution', '?from=2026-10-05&to=2026-10-25&topic=afval');
    expect(resolution.rows.map((r: { drillDown: { query: object } }) => r.drillDown.query)).toEqual([
      expect.objectContaining({ topicCode: 'afval-grofvuil' }),
      expect.objectContaining({ topicCode: 'afval-niet-opgehaald' }),
    ]);
  });

  it('places contacts on weekday and hour in Amsterdam time', async () => {
    const body = await chart('heatmap', P1);
    expect(body.rows).toEqual([
      { channel: 'counter', weekday: 3, hour: 11, n: null, suppressed: true },
      { channel: 'eform', weekday: 2, hour: 20, n: 5, suppressed: false },
      { channel: 'phone', weekday: 1, hour: 9, n: 6, suppressed: false },
    ]);
  });

  it('gives waiting and handling time percentiles per channel', async () => {
    const body = await chart('times', P1);
    const row = (channel: string, measure: string) =>
      body.rows.find(
        (r: { channel: string; measure: string }) => r.channel === channel && r.measure === measure,
      );
    // Linear interpolation: p80 at rank 0.8·5 = 4 -> 50; p95 at 4.75 -> 50 + 0.75·10 = 57.5.
    expect(row('phone', 'wait')).toMatchObject({
      n: 6,
      mean: 35,
      median: 35,
      p80: 50,
      p95: 57.5,
      suppressed: false,
    });
    expect(row('phone', 'handle')).toMatchObject({ n: 6, mean: 350, median: 350, p80: 500, p95: 575 });
    expect(row('counter', 'wait')).toMatchObject({ n: null, median: null, p95: null, suppressed: true });
    expect(row('eform', 'wait')).toBeUndefined();
  });

  it('computes first-contact resolution and repeat contacts per topic', async () => {
    const body = await chart('resolution', P1);
    const byTopic = Object.fromEntries(body.rows.map((r: { topicCode: string }) => [r.topicCode, r]));
    expect(byTopic['bz-reisdocument']).toMatchObject({
      n: 6,
      identified: 0,
      resolved: 4,
      resolvedShare: 0.6667,
      repeated: 0,
      repeatShare: null,
    });
    expect(byTopic['afval-niet-opgehaald']).toMatchObject({
      n: 5,
      identified: 5,
      repeated: 4,
      repeatShare: 0.8,
      resolved: 1,
      resolvedShare: 0.2,
      topicName: 'Afval niet opgehaald',
    });
    expect(byTopic['status-melding']).toMatchObject({ n: null, suppressed: true });
  });

  it('links avoidable contacts to the cases they ask about', async () => {
    const body = await chart('avoidable', '?from=2026-10-19&to=2026-10-25');
    expect(body.rows).toEqual([
      {
        topicCode: 'status-melding',
        topicName: 'Waar blijft mijn melding?',
        categoryCode: 'losliggende-tegel',
        categoryName: 'Losliggende tegel',
        n: 5,
        cases: 1,
        suppressed: false,
        drillDown: { resource: 'cases', query: { categoryCode: 'losliggende-tegel' }, ids: [w.caseIds[0]] },
      },
      expect.objectContaining({ topicCode: 'status-melding', categoryCode: null, n: null, suppressed: true }),
    ]);
  });

  it('ranks contact reasons against the previous period and suggests publishing for growth', async () => {
    const body = await chart('reasons', '?from=2026-10-19&to=2026-10-25');
    expect(body.rows.map((r: { topicCode: string }) => r.topicCode)).toEqual([
      'afval-grofvuil',
      'status-melding',
    ]);
    expect(body.rows[0]).toMatchObject({ n: 20, previous: 0, change: null, suggestPublish: true });
    expect(body.rows[0].trend).toEqual([{ period: '2026-10-19', n: 20 }]);
    // 8 now against 2 (the counter visits) the week before: +300 %, but fewer than 20 contacts.
    expect(body.rows[1]).toMatchObject({
      n: 8,
      previous: 2,
      change: 3,
      suggestPublish: false,
      avoidable: true,
    });
  });

  it('filters by topic group, channel and area (postcode prefix of the party)', async () => {
    const afval = await chart('volume', `${P1}&topic=afval`);
    expect(afval.rows.map((r: { channel: string }) => r.channel)).toEqual(['eform']);
    const phone = await chart('volume', `${P1}&channel=phone`);
    expect(phone.rows).toHaveLength(1);
    const area = await chart('volume', `${P1}&area=35`);
    expect(area.rows).toEqual([expect.objectContaining({ channel: 'eform', n: 5 })]);
    expect((await chart('volume', `${P1}&area=36`)).rows).toEqual([]);
  });

  it('shows the backlog by team and age, and due-date compliance per category', async () => {
    const backlog = await chart('backlog', '');
    expect(backlog.rows).toEqual([
      expect.objectContaining({ bucket: '8-14', n: 5, overdue: 2, suppressed: false }),
    ]);
    expect(backlog.rows[0].teamName).toEqual(expect.any(String));
    expect(backlog.provenance.source).toBe('demo');
    const due = await chart('due-compliance', '?from=2026-10-19&to=2026-10-25');
    expect(due.rows).toEqual([
      expect.objectContaining({
        categoryCode: 'losliggende-tegel',
        closed: 5,
        onTime: 4,
        onTimeShare: 0.8,
        open: 5,
        openOverdue: 2,
        drillDown: { resource: 'cases', query: { categoryCode: 'losliggende-tegel', overdue: true } },
      }),
    ]);
  });

  it('gives satisfaction by channel and category', async () => {
    const body = await chart('satisfaction', '?from=2026-10-19&to=2026-10-25');
    expect(body.rows).toEqual([
      {
        dimension: 'category',
        key: 'losliggende-tegel',
        name: 'Losliggende tegel',
        n: 5,
        mean: 3.2,
        satisfiedShare: 0.6,
        suppressed: false,
      },
      {
        dimension: 'channel',
        key: 'phone',
        name: 'phone',
        n: 5,
        mean: 3.2,
        satisfiedShare: 0.6,
        suppressed: false,
      },
    ]);
    expect(body.provenance.source).toBe('demo');
  });

  it('labels a real gemeente as klantcontact instead of demo', async () => {
    const { sql } = await import('drizzle-orm');
    const { owner } = await import('./fixtures.js');
    await owner(w, sql`update tenants set is_demo = false where slug = 'voorbeeldstad'`);
    w.t.deps.tenants.invalidate();
    try {
      const body = await chart('volume', P1);
      expect(body.provenance).toMatchObject({ source: 'klantcontact', synthetic: false });
    } finally {
      await owner(w, sql`update tenants set is_demo = true where slug = 'voorbeeldstad'`);
      w.t.deps.tenants.invalidate();
    }
  });

  it('answers the same from the rollups as from the contacts themselves', async () => {
    const { withTenant } = await import('../../../src/server/platform/db/tenant.js');
    const charts = await import('../../../src/server/modules/insights/dashboard-contacts.js');
    const { normScores } = await import('../../../src/server/modules/insights/norm-scores.js');
    const { staffingForecast } = await import('../../../src/server/modules/insights/staffing.js');
    const { resolveFilters } = await import('../../../src/server/modules/insights/filters.js');
    const f = resolveFilters({ from: '2026-09-21', to: '2026-10-25', interval: 'day' });
    const run = (useRollups: boolean) =>
      withTenant(w.t.deps.database, w.analist.tenantId, async (tx) => {
        const s = { tx, tenantId: w.analist.tenantId, demo: true, today: '2026-11-23', useRollups };
        const out: unknown[] = [];
        for (const c of [
          charts.volumeChart,
          charts.heatmapChart,
          charts.timesChart,
          charts.avoidableChart,
          charts.resolutionChart,
          charts.reasonsChart,
        ])
          out.push((await c(s, f)).rows);
        out.push((await normScores(s, f)).rows);
        const q = {
          to: '2026-10-25',
          weeks: 3,
          intervalMinutes: 30 as const,
          targetSeconds: 20,
          serviceLevel: 0.8,
          shrinkage: 0.3,
          maxOccupancy: 0.85,
        };
        out.push((await staffingForecast(s, q)).rows);
        return out;
      });
    // Build the rollups (the background job, awaited here) so that run(true) really reads them.
    const { kickRollups } = await import('../../../src/server/modules/insights/rollup-job.js');
    await kickRollups(w.t.deps.database, w.analist.tenantId);
    const via = await withTenant(w.t.deps.database, w.analist.tenantId, async (tx) => {
      const s = { tx, tenantId: w.analist.tenantId, demo: true, today: '2026-11-23' };
      return (await charts.volumeChart(s, f)).provenance;
    });
    expect(via).toMatchObject({ method: 'rollup', asOf: expect.any(String), note: null });
    const raw = await run(false);
    // Six e-mails answered the next working day: all within the 2 working days of the norm.
    expect(raw[6]).toContainEqual({
      normCode: 'email-2wd',
      week: '2026-09-21',
      n: 6,
      score: 1,
      met: true,
      suppressed: false,
    });
    expect(raw.every((rows) => (rows as unknown[]).length > 0)).toBe(true);
    expect(await run(true)).toEqual(raw);
  });

  it('is in the OpenAPI document', async () => {
    const doc = (await w.t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json();
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/insights/volume',
        '/api/v1/insights/norms/{code}',
        '/api/v1/insights/staffing/erlang',
      ]),
    );
  });

  it('rejects bad filters with field paths', async () => {
    for (const q of [
      '?from=2026-13-01',
      '?from=2026-10-10&to=2026-10-01',
      '?from=2024-01-01&to=2026-01-01',
      '?channel=fax',
      '?area=AB',
      '?x=1',
    ]) {
      const res = await get(w, w.analist, `/api/v1/insights/volume${q}`);
      expect(res.statusCode, q).toBe(400);
      expect(res.headers['content-type']).toMatch(/problem\+json/);
      expect(res.json().errors[0].pointer).toMatch(/^\/query\//);
    }
  });
});
