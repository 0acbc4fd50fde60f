import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { startTestApp, type TestApp } from '../../helpers/app.js';
import { count, ownerRows } from '../forms/helpers.js';
import { rowsOf } from '../../../src/server/platform/db/migrate.js';
import { traceFrom } from '../../../src/server/platform/http/trace.js';
import type { ActionContext } from '../../../src/server/platform/audit/service.js';
import {
  PrivacyRegistry,
  RETENTION_BATCH_SIZE,
  runRetention,
  type RetentionSource,
} from '../../../src/server/platform/privacy/index.js';
import { contactRetention, contactsRetentionHelper } from '../../../src/server/modules/contacts/retention.js';
import { casesRetentionHelper } from '../../../src/server/modules/cases/retention.js';

// The retention job works through a backlog in batches of RETENTION_BATCH_SIZE, each in its own
// transaction: a backlog of 2.5 batches takes three, all of it gets done, and a failure in the
// second batch leaves the first done and the second untouched (nothing half-written).
const BACKLOG = 2_500;

describe('retention in batches', () => {
  let t: TestApp;
  const tenantIds: Record<string, string> = {};

  const ctxOf = (slug: string): ActionContext => ({
    tenantId: tenantIds[slug]!,
    actor: null,
    trace: traceFrom(undefined),
    origin: null,
    pseudonymKey: t.deps.keys.pseudonym,
  });

  /** The contacts source, watched: each call's transaction id and size, and an optional fault. */
  function watched(failOnCall?: number) {
    const calls: { txid: string; anonymised: number }[] = [];
    const source: RetentionSource = {
      recordType: 'contacts',
      async apply(tx, ctx) {
        const counts = await contactRetention.apply(tx, ctx);
        const [row] = rowsOf<{ txid: string }>(await tx.execute(sql`select txid_current()::text as txid`));
        calls.push({ txid: row!.txid, anonymised: counts.anonymised });
        if (calls.length === failOnCall) throw new Error('injected fault after the batch wrote');
        return counts;
      },
    };
    const registry = new PrivacyRegistry()
      .addRetention(source)
      .addHelper(contactsRetentionHelper, casesRetentionHelper);
    return { calls, registry };
  }

  const backlog = (slug: string) =>
    count(t, 'contacts', sql`tenant_id = ${tenantIds[slug]!} and summary like 'Achterstand %'`);

  beforeAll(async () => {
    t = await startTestApp();
    for (const r of await ownerRows<{ id: string; slug: string }>(t, sql`select id, slug from tenants`))
      tenantIds[r.slug] = r.id;
    // Three years old: past the default contacts term (24 months, anonymise).
    await t.db.database.asOwner(async (tx) => {
      for (const slug of ['voorbeeldstad', 'proefdorp'])
        await tx.execute(sql`insert into contacts (tenant_id, channel, direction, summary, outcome, occurred_at)
          select ${tenantIds[slug]!}::uuid, 'phone', 'in', 'Achterstand ' || i, 'answered',
                 now() - interval '3 years' - i * interval '1 minute'
          from generate_series(1, ${BACKLOG}) as i`);
    });
  }, 240_000);
  afterAll(() => t.close());

  it('works through a backlog of more than one batch, one transaction per batch', async () => {
    expect(RETENTION_BATCH_SIZE).toBe(1000);
    const { calls, registry } = watched();
    const run = await runRetention(t.deps.database, ctxOf('voorbeeldstad'), registry);
    expect(calls.map((c) => c.anonymised)).toEqual([1000, 1000, 500]);
    expect(new Set(calls.map((c) => c.txid)).size).toBe(3);
    expect(run.finishedAt).not.toBeNull();
    expect(run.summary.contacts).toMatchObject({ anonymised: BACKLOG, deleted: 0, held: 0 });
    expect(await backlog('voorbeeldstad')).toBe(0);
    // The dashboards' rollups are told to recount the days of the anonymised contacts.
    const dayRows = (where: ReturnType<typeof sql>) =>
      ownerRows<{ day: string }>(t, sql`select distinct day::text as day from (${where}) d order by 1`);
    const expected = await dayRows(
      sql`select (occurred_at at time zone 'Europe/Amsterdam')::date as day from contacts
          where tenant_id = ${tenantIds.voorbeeldstad!} and summary = '' and anonymised_at is not null`,
    );
    expect(expected.length).toBeGreaterThan(0);
    const marked = await dayRows(
      sql`select day from contact_changed_days where tenant_id = ${tenantIds.voorbeeldstad!}`,
    );
    expect(marked.map((r) => r.day)).toEqual(expect.arrayContaining(expected.map((r) => r.day)));
    // The other gemeente's backlog is its own run's business.
    expect(await backlog('proefdorp')).toBe(BACKLOG);
  });

  it('keeps the finished batches when a later one fails, and nothing of the failed one', async () => {
    const failing = watched(2);
    await expect(runRetention(t.deps.database, ctxOf('proefdorp'), failing.registry)).rejects.toThrow(
      'injected fault',
    );
    expect(failing.calls.map((c) => c.anonymised)).toEqual([1000, 1000]);
    // Batch 1 committed; batch 2 wrote 1,000 rows and rolled back whole.
    expect(await backlog('proefdorp')).toBe(BACKLOG - 1000);
    const anonymised = await count(
      t,
      'contacts',
      sql`tenant_id = ${tenantIds.proefdorp!} and anonymised_at is not null and summary = ''`,
    );
    expect(anonymised).toBe(1000);
    // The run shows as unfinished, with the counts of what was committed, and its audit record.
    const [unfinished] = await ownerRows<{ id: string; finished_at: Date | null; summary: string }>(
      t,
      sql`select id, finished_at, summary from retention_runs where tenant_id = ${tenantIds.proefdorp!}`,
    );
    expect(unfinished!.finished_at).toBeNull();
    expect(JSON.parse(unfinished!.summary).contacts).toMatchObject({ anonymised: 1000 });
    expect(
      await count(t, 'audit_events', sql`action = 'privacy.retention-run' and object_id = ${unfinished!.id}`),
    ).toBe(1);

    // The next run picks up the rest.
    const { calls, registry } = watched();
    const run = await runRetention(t.deps.database, ctxOf('proefdorp'), registry);
    expect(calls.map((c) => c.anonymised)).toEqual([1000, 500]);
    expect(run.summary.contacts).toMatchObject({ anonymised: BACKLOG - 1000 });
    expect(await backlog('proefdorp')).toBe(0);

    // Neither run row nor audit record holds anything of the contacts themselves.
    const trail = JSON.stringify([
      await ownerRows(t, sql`select * from retention_runs`),
      await ownerRows(t, sql`select * from audit_events where action = 'privacy.retention-run'`),
    ]);
    expect(trail).not.toContain('Achterstand');
  });
});
