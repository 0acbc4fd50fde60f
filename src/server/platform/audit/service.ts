import { sql, type SQL } from 'drizzle-orm';
import type { Tx } from '../db/client.js';
import { beforeCommit } from '../db/before-commit.js';
import { auditEvents, processingRecords } from './tables.js';
import { pseudonymise } from './pseudonym.js';
import type { Trace } from '../http/trace.js';

/** Who acts and where the request comes from: what every service needs to leave a trail. */
export interface ActionContext {
  tenantId: string;
  actor: { id: string; name: string } | null;
  trace: Trace;
  origin: string | null;
  pseudonymKey: string;
}

export interface AuditEntry {
  action: string;
  objectType?: string;
  objectId?: string;
  result?: 'success' | 'failure' | 'denied';
}

type AuditRow = typeof auditEvents.$inferInsert;
type ProcessingRow = typeof processingRecords.$inferInsert;

/**
 * Trail rows waiting for the end of a tenant transaction. Each statement is a round trip, and on
 * this kind of machine the socket writes cost more than the SQL: a contact registration spent
 * about half its server CPU in writes. So inside withTenant the audit and processing rows of a
 * transaction are written together in one statement just before it commits; in any other
 * transaction (a savepoint, a job's own) each row is written at once.
 */
const pendingTrails = new WeakMap<Tx, { audit: AuditRow[]; processing: ProcessingRow[] }>();

function pendingTrail(tx: Tx) {
  let pending = pendingTrails.get(tx);
  if (pending) return pending;
  if (!beforeCommit(tx, pendingTrails, flushTrail)) return null;
  pending = { audit: [], processing: [] };
  pendingTrails.set(tx, pending);
  return pending;
}

async function flushTrail(tx: Tx): Promise<void> {
  const trail = claimTrail(tx);
  pendingTrails.delete(tx);
  // Data-modifying CTEs run whether or not the statement reads them.
  if (trail) await tx.execute(sql`with ${trail} select 1`);
}

/**
 * Hands the rows recorded so far in tx to the caller, as CTEs ("audit as (insert …), processing as
 * (insert …)") to put in front of its own statement: the hottest write (registering a contact) then
 * takes one round trip for the row and its whole trail. Unreferenced data-modifying CTEs still run;
 * should the caller's statement change nothing and the caller throw, the transaction rolls the
 * trail back with it. Null when nothing is pending or tx does not defer its trail.
 */
export function claimTrail(tx: Tx): SQL | null {
  const pending = pendingTrails.get(tx);
  if (!pending || (pending.audit.length === 0 && pending.processing.length === 0)) return null;
  const ctes: SQL[] = [];
  if (pending.audit.length) ctes.push(sql`trail_audit as (${auditInsert(pending.audit)})`);
  if (pending.processing.length)
    ctes.push(sql`trail_processing as (${processingInsert(pending.processing)})`);
  pending.audit = [];
  pending.processing = [];
  return sql.join(ctes, sql`, `);
}

function auditInsert(rows: AuditRow[]): SQL {
  const values = rows.map(
    (r) =>
      sql`(${r.tenantId}::uuid, ${r.actorId ?? null}::uuid, ${r.actorName ?? null}, ${r.action}, ${r.objectType ?? null}, ${r.objectId ?? null}, ${r.result}, ${r.origin ?? null}, ${r.traceId})`,
  );
  return sql`insert into ${auditEvents} (tenant_id, actor_id, actor_name, action, object_type, object_id, result, origin, trace_id) values ${sql.join(values, sql`, `)}`;
}

function processingInsert(rows: ProcessingRow[]): SQL {
  const values = rows.map(
    (r) =>
      sql`(${r.tenantId}::uuid, ${r.traceId}, ${r.spanId}, ${r.parentSpanId ?? null}, ${r.activity}, ${r.action}, ${r.subjectType}, ${r.subjectPseudonym}, ${r.status}, ${(r.startedAt as Date).toISOString()}::timestamptz)`,
  );
  return sql`insert into ${processingRecords} (tenant_id, trace_id, span_id, parent_span_id, activity, action, subject_type, subject_pseudonym, status, started_at) values ${sql.join(values, sql`, `)}`;
}

export async function recordAudit(tx: Tx, ctx: ActionContext, entry: AuditEntry): Promise<void> {
  const row: AuditRow = {
    tenantId: ctx.tenantId,
    actorId: ctx.actor?.id ?? null,
    actorName: ctx.actor?.name ?? null,
    action: entry.action,
    objectType: entry.objectType ?? null,
    objectId: entry.objectId ?? null,
    result: entry.result ?? 'success',
    origin: ctx.origin,
    traceId: ctx.trace.traceId,
  };
  const pending = pendingTrail(tx);
  if (pending) pending.audit.push(row);
  else await tx.insert(auditEvents).values(row);
}

export interface ProcessingEntry {
  /** Reference into the gemeente's register of processing activities. */
  activity: string;
  action: 'read' | 'create' | 'update' | 'delete';
  subjectType: string;
  subjectIds: string[];
  startedAt: Date;
  status?: 'success' | 'failure';
}

/** One record per data subject, as the Logboek Dataverwerkingen standard asks; no sampling. */
export async function recordProcessing(tx: Tx, ctx: ActionContext, entry: ProcessingEntry): Promise<void> {
  const unique = [...new Set(entry.subjectIds)];
  if (unique.length === 0) return;
  const rows: ProcessingRow[] = unique.map((id) => ({
    tenantId: ctx.tenantId,
    traceId: ctx.trace.traceId,
    spanId: ctx.trace.spanId,
    parentSpanId: ctx.trace.parentSpanId,
    activity: entry.activity,
    action: entry.action,
    subjectType: entry.subjectType,
    subjectPseudonym: pseudonymise(ctx.pseudonymKey, ctx.tenantId, entry.subjectType, id),
    status: entry.status ?? 'success',
    startedAt: entry.startedAt,
  }));
  const pending = pendingTrail(tx);
  if (pending) pending.processing.push(...rows);
  else await tx.insert(processingRecords).values(rows);
}
