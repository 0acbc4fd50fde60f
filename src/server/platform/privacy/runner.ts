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

export async function runRetention(
  tx: Tx,
  ctx: ActionContext,
  registry: PrivacyRegistry,
  now = new Date(),
): Promise<RetentionRun> {
  const startedAt = new Date();
  const tenantId = ctx.tenantId;
  const terms = new Map((await listTerms(tx, tenantId)).map((t) => [t.recordType, t]));

  const heldParties = new Set<string>();
  const heldCases = new Set<string>();
  for (const h of registry.helpers) {
    const found = (await h.holds?.(tx, tenantId, { parties: heldParties, cases: heldCases })) ?? {};
    for (const id of found.parties ?? []) heldParties.add(id);
    for (const id of found.cases ?? []) heldCases.add(id);
  }
  const activeParties = async (partyIds: string[], since: Date) => {
    const active = new Set<string>();
    if (partyIds.length === 0) return active;
    for (const h of registry.helpers) {
      for (const id of (await h.activeParties?.(tx, tenantId, partyIds, since)) ?? []) active.add(id);
    }
    return active;
  };

  const summary: RetentionRun['summary'] = {};
  for (const recordType of RUN_ORDER) {
    const term = terms.get(recordType);
    const source = registry.retention.find((s) => s.recordType === recordType);
    if (!term || !source) continue;
    const cutoff = cutoffOf(now, term.months);
    const context: RetentionContext = {
      tenantId,
      cutoff,
      action: term.action,
      now,
      holds: { parties: heldParties, cases: heldCases },
      activeParties,
    };
    const counts = await source.apply(tx, context);
    summary[recordType] = {
      ...counts,
      months: term.months,
      action: term.action,
      cutoff: cutoff.toISOString(),
    };
  }

  const [row] = await tx
    .insert(retentionRuns)
    .values({ tenantId, startedAt, finishedAt: new Date(), summary: JSON.stringify(summary) })
    .returning();
  // The audit record names the run; the run row holds the counts. Neither names a resident.
  await recordAudit(tx, ctx, {
    action: 'privacy.retention-run',
    objectType: 'retention-run',
    objectId: row!.id,
  });
  return runView(row!);
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
      await withTenant(database, t.id, (tx) => runRetention(tx, ctx, registry, now));
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
