// One retention run for one gemeente: each record type past its term is deleted or anonymised by
// the module that owns it, records under a legal hold are skipped and counted, and the run leaves
// a retention_runs row and an audit record with counts only.
import { and, desc, eq, sql } from 'drizzle-orm';
import type { Database, Tx } from '../db/client.js';
import { withTenant } from '../db/tenant.js';
import { recordAudit, type ActionContext } from '../audit/service.js';
import { traceFrom } from '../http/trace.js';
import { tenants } from '../tenancy/tables.js';
import { retentionRuns } from './tables.js';
import { listTerms } from './terms.js';
import type { PrivacyRegistry } from './registry.js';
import type { RecordType, RetentionContext, RetentionCounts } from './types.js';

// Parties last: by then the cases and contacts past their term no longer keep them "active".
const RUN_ORDER: RecordType[] = [
  'contacts',
  'cases',
  'tasks',
  'satisfaction_responses',
  'outbox_messages',
  'mining_logs',
  'parties',
];

export interface RetentionRun {
  id: string;
  startedAt: string;
  finishedAt: string | null;
  summary: Partial<Record<RecordType, RetentionCounts & { months: number; action: string; cutoff: string }>>;
}

export function cutoffOf(now: Date, months: number): Date {
  const d = new Date(now.getTime());
  d.setUTCMonth(d.getUTCMonth() - months);
  return d;
}

export function runView(row: typeof retentionRuns.$inferSelect): RetentionRun {
  return {
    id: row.id,
    startedAt: row.startedAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
    summary: JSON.parse(row.summary) as RetentionRun['summary'],
  };
}

/** Rows one batch of a source handles at most: each batch is its own short transaction. */
export const RETENTION_BATCH_SIZE = 1000;

export interface RunOptions {
  now?: Date;
  batchSize?: number;
}

/**
 * One run for one gemeente, in bounded batches: a first transaction reads the terms and the holds
 * and writes the run row and its audit record; then every batch of every source is its own
 * transaction, which also adds its counts to the run row. So a large backlog never holds one long
 * lock, a failure leaves the finished batches done (and counted) and nothing of the failed one,
 * and an unfinished run shows as such (finishedAt null). Holds are read once, at the start.
 */
export async function runRetention(
  database: Database,
  ctx: ActionContext,
  registry: PrivacyRegistry,
  opts: RunOptions = {},
): Promise<RetentionRun> {
  const now = opts.now ?? new Date();
  const batchSize = opts.batchSize ?? RETENTION_BATCH_SIZE;
  const tenantId = ctx.tenantId;
  const inTx = <T>(fn: (tx: Tx) => Promise<T>) => withTenant(database, tenantId, fn);

  const start = await inTx(async (tx) => {
    const terms = new Map((await listTerms(tx, tenantId)).map((t) => [t.recordType, t]));
    const parties = new Set<string>();
    const cases = new Set<string>();
    for (const h of registry.helpers) {
      const found = (await h.holds?.(tx, tenantId, { parties, cases })) ?? {};
      for (const id of found.parties ?? []) parties.add(id);
      for (const id of found.cases ?? []) cases.add(id);
    }
    const [row] = await tx
      .insert(retentionRuns)
      .values({ tenantId, startedAt: new Date(), summary: '{}' })
      .returning({ id: retentionRuns.id });
    // The audit record names the run; the run row holds the counts. Neither names a resident.
    await recordAudit(tx, ctx, {
      action: 'privacy.retention-run',
      objectType: 'retention-run',
      objectId: row!.id,
    });
    return { terms, holds: { parties, cases }, runId: row!.id };
  });

  const summary: RetentionRun['summary'] = {};
  const saveSummary = (tx: Tx, finished: boolean) =>
    tx
      .update(retentionRuns)
      .set({ summary: JSON.stringify(summary), ...(finished ? { finishedAt: new Date() } : {}) })
      .where(and(eq(retentionRuns.tenantId, tenantId), eq(retentionRuns.id, start.runId)));

  for (const recordType of RUN_ORDER) {
    const term = start.terms.get(recordType);
    const source = registry.retention.find((s) => s.recordType === recordType);
    if (!term || !source) continue;
    const cutoff = cutoffOf(now, term.months);
    const total = { deleted: 0, anonymised: 0, held: 0 };
    let cursor: string | undefined;
    for (;;) {
      const batch = await inTx(async (tx) => {
        const context: RetentionContext = {
          tenantId,
          cutoff,
          action: term.action,
          now,
          holds: start.holds,
          batchSize,
          cursor,
          activeParties: (partyIds, since) => activePartiesIn(tx, registry, tenantId, partyIds, since),
        };
        const counts = await source.apply(tx, context);
        summary[recordType] = {
          deleted: total.deleted + counts.deleted,
          anonymised: total.anonymised + counts.anonymised,
          held: total.held + counts.held,
          months: term.months,
          action: term.action,
          cutoff: cutoff.toISOString(),
        };
        // In the batch's own transaction: the run row never counts what was rolled back.
        await saveSummary(tx, false);
        return counts;
      });
      total.deleted += batch.deleted;
      total.anonymised += batch.anonymised;
      total.held += batch.held;
      // A source that does not batch (no next) is done after one call.
      if (batch.next === undefined) break;
      cursor = batch.next;
    }
  }

  const row = await inTx(async (tx) => {
    await saveSummary(tx, true);
    const [r] = await tx
      .select()
      .from(retentionRuns)
      .where(and(eq(retentionRuns.tenantId, tenantId), eq(retentionRuns.id, start.runId)));
    return r!;
  });
  return runView(row);
}

async function activePartiesIn(
  tx: Tx,
  registry: PrivacyRegistry,
  tenantId: string,
  partyIds: string[],
  since: Date,
): Promise<Set<string>> {
  const active = new Set<string>();
  if (partyIds.length === 0) return active;
  for (const h of registry.helpers) {
    for (const id of (await h.activeParties?.(tx, tenantId, partyIds, since)) ?? []) active.add(id);
  }
  return active;
}

export async function listRuns(tx: Tx, tenantId: string, q: { page: number; pageSize: number }) {
  const where = eq(retentionRuns.tenantId, tenantId);
  const rows = await tx
    .select()
    .from(retentionRuns)
    .where(where)
    .orderBy(desc(retentionRuns.startedAt), desc(retentionRuns.id))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  const [count] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(retentionRuns)
    .where(and(where));
  return { items: rows.map(runView), page: q.page, pageSize: q.pageSize, total: count?.n ?? 0 };
}

/** The scheduled run: every gemeente in its own transaction, so one failure does not stop the rest. */
export async function runRetentionForAll(
  database: Database,
  registry: PrivacyRegistry,
  pseudonymKey: string,
  log: { error(obj: unknown, msg: string): void } = { error: () => undefined },
  now = new Date(),
): Promise<number> {
  let done = 0;
  for (const t of await database.db.select({ id: tenants.id }).from(tenants)) {
    const ctx: ActionContext = {
      tenantId: t.id,
      actor: null,
      trace: traceFrom(undefined),
      origin: null,
      pseudonymKey,
    };
    try {
      await runRetention(database, ctx, registry, { now });
      done++;
    } catch (error) {
      log.error({ err: error, tenantId: t.id }, 'retention run failed');
    }
  }
  return done;
}

/** Runs the retention job every intervalMinutes, from the server process (like the outbox worker). */
export class RetentionScheduler {
  private timer: NodeJS.Timeout | undefined;
  private first: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;

  constructor(
    private readonly opts: {
      database: Database;
      registry: PrivacyRegistry;
      pseudonymKey: string;
      intervalMinutes: number;
      log?: { error(obj: unknown, msg: string): void };
    },
  ) {}

  start(): void {
    if (this.timer || this.opts.intervalMinutes <= 0) return;
    const tick = () => {
      if (this.running) return;
      this.running = runRetentionForAll(
        this.opts.database,
        this.opts.registry,
        this.opts.pseudonymKey,
        this.opts.log,
      ).finally(() => (this.running = undefined));
    };
    // A first run shortly after start, so that a server restarted more often than the interval
    // still runs the job.
    this.first = setTimeout(tick, Math.min(60_000, this.opts.intervalMinutes * 60_000));
    this.first.unref();
    this.timer = setInterval(tick, this.opts.intervalMinutes * 60_000);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.first) clearTimeout(this.first);
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    this.first = undefined;
    await this.running?.catch(() => undefined);
  }
}
