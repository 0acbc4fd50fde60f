import { and, desc, eq, gte, ilike, lt, sql, type SQL } from 'drizzle-orm';
import type { Tx } from '../db/client.js';
import { offsetOf } from '../http/pagination.js';
import { auditEvents, processingRecords } from './tables.js';

export interface AuditFilter {
  page: number;
  pageSize: number;
  from?: string;
  to?: string;
  action?: string;
  actor?: string;
  result?: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Escapes LIKE wildcards so a filter text matches literally. */
function contains(text: string): string {
  return '%' + text.replace(/[\\%_]/g, (c) => '\\' + c) + '%';
}

export async function listAuditEvents(tx: Tx, tenantId: string, f: AuditFilter) {
  const where: SQL[] = [eq(auditEvents.tenantId, tenantId)];
  if (f.from) where.push(gte(auditEvents.occurredAt, new Date(f.from)));
  if (f.to) where.push(lt(auditEvents.occurredAt, new Date(f.to)));
  if (f.action) where.push(ilike(auditEvents.action, contains(f.action)));
  // The actor filter takes a name (part) or an account id.
  if (f.actor)
    where.push(
      UUID.test(f.actor) ? eq(auditEvents.actorId, f.actor) : ilike(auditEvents.actorName, contains(f.actor)),
    );
  if (f.result) where.push(eq(auditEvents.result, f.result));
  const cond = and(...where);
  const rows = await tx
    .select()
    .from(auditEvents)
    .where(cond)
    .orderBy(desc(auditEvents.occurredAt), desc(auditEvents.id))
    .limit(f.pageSize)
    .offset(offsetOf(f));
  const [count] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(auditEvents)
    .where(cond);
  return {
    items: rows.map((r) => ({
      id: r.id,
      occurredAt: r.occurredAt.toISOString(),
      actorId: r.actorId,
      actorName: r.actorName,
      action: r.action,
      objectType: r.objectType,
      objectId: r.objectId,
      result: r.result,
      origin: r.origin,
      traceId: r.traceId,
    })),
    page: f.page,
    pageSize: f.pageSize,
    total: count?.n ?? 0,
  };
}

export interface ProcessingFilter {
  page: number;
  pageSize: number;
  from?: string;
  to?: string;
  activity?: string;
  traceId?: string;
  subjectPseudonym?: string;
}

export async function listProcessingRecords(tx: Tx, tenantId: string, f: ProcessingFilter) {
  const where: SQL[] = [eq(processingRecords.tenantId, tenantId)];
  if (f.from) where.push(gte(processingRecords.startedAt, new Date(f.from)));
  if (f.to) where.push(lt(processingRecords.startedAt, new Date(f.to)));
  if (f.activity) where.push(ilike(processingRecords.activity, contains(f.activity)));
  if (f.traceId) where.push(eq(processingRecords.traceId, f.traceId));
  if (f.subjectPseudonym) where.push(eq(processingRecords.subjectPseudonym, f.subjectPseudonym));
  const cond = and(...where);
  const rows = await tx
    .select()
    .from(processingRecords)
    .where(cond)
    .orderBy(desc(processingRecords.startedAt), desc(processingRecords.id))
    .limit(f.pageSize)
    .offset(offsetOf(f));
  const [count] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(processingRecords)
    .where(cond);
  return {
    items: rows.map((r) => ({
      id: r.id,
      traceId: r.traceId,
      spanId: r.spanId,
      parentSpanId: r.parentSpanId,
      activity: r.activity,
      action: r.action,
      subjectType: r.subjectType,
      subjectPseudonym: r.subjectPseudonym,
      status: r.status,
      startedAt: r.startedAt.toISOString(),
      endedAt: r.endedAt.toISOString(),
    })),
    page: f.page,
    pageSize: f.pageSize,
    total: count?.n ?? 0,
  };
}
