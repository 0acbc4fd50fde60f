import type { Tx } from '../db/client.js';
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

export async function recordAudit(tx: Tx, ctx: ActionContext, entry: AuditEntry): Promise<void> {
  await tx.insert(auditEvents).values({
    tenantId: ctx.tenantId,
    actorId: ctx.actor?.id ?? null,
    actorName: ctx.actor?.name ?? null,
    action: entry.action,
    objectType: entry.objectType ?? null,
    objectId: entry.objectId ?? null,
    result: entry.result ?? 'success',
    origin: ctx.origin,
    traceId: ctx.trace.traceId,
  });
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
  await tx.insert(processingRecords).values(
    unique.map((id) => ({
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
    })),
  );
}
