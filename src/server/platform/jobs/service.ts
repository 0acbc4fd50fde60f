import { and, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { Tx } from '../db/client.js';
import { recordAudit, recordProcessing, type ActionContext } from '../audit/service.js';
import { offsetOf } from '../http/pagination.js';
import { problems } from '../http/problem.js';
import { outboxMessages, type OutboxRow, type OutboxStatus } from './tables.js';
import type { OutboxMessage, OutboxQuery } from './schemas.js';

// Recipients are residents: showing or changing their messages is processing of personal data.
const ACTIVITY = 'uitgaande-berichten';
const SUBJECT = 'ontvanger';

function view(row: OutboxRow): OutboxMessage {
  return {
    id: row.id,
    channel: row.channel,
    recipient: row.recipient,
    subject: row.subject,
    status: row.status as OutboxStatus,
    attempts: row.attempts,
    nextAttemptAt: row.nextAttemptAt?.toISOString() ?? null,
    lastError: row.lastError,
    sentAt: row.sentAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    reference: row.referenceType && row.referenceId ? { type: row.referenceType, id: row.referenceId } : null,
  };
}

const subjectOf = (recipient: string) => recipient.trim().toLowerCase();

export async function listOutbox(tx: Tx, ctx: ActionContext, q: OutboxQuery) {
  const startedAt = new Date();
  const where: SQL[] = [eq(outboxMessages.tenantId, ctx.tenantId)];
  if (q.status) where.push(eq(outboxMessages.status, q.status));
  if (q.channel) where.push(eq(outboxMessages.channel, q.channel));
  const cond = and(...where);
  const rows = await tx
    .select()
    .from(outboxMessages)
    .where(cond)
    .orderBy(desc(outboxMessages.createdAt), desc(outboxMessages.id))
    .limit(q.pageSize)
    .offset(offsetOf(q));
  const [count] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(outboxMessages)
    .where(cond);
  await recordProcessing(tx, ctx, {
    activity: ACTIVITY,
    action: 'read',
    subjectType: SUBJECT,
    subjectIds: rows.map((r) => subjectOf(r.recipient)),
    startedAt,
  });
  return { items: rows.map(view), page: q.page, pageSize: q.pageSize, total: count?.n ?? 0 };
}

/** Puts a dead message back in the queue with a fresh set of attempts. */
export async function retryMessage(tx: Tx, ctx: ActionContext, id: string, now = new Date()) {
  const startedAt = new Date();
  const match = and(eq(outboxMessages.tenantId, ctx.tenantId), eq(outboxMessages.id, id));
  const [row] = await tx
    .update(outboxMessages)
    .set({ status: 'pending', attempts: 0, nextAttemptAt: now, updatedAt: now })
    .where(and(match, eq(outboxMessages.status, 'dead')))
    .returning();
  if (!row) {
    const [existing] = await tx.select({ status: outboxMessages.status }).from(outboxMessages).where(match);
    if (!existing) throw problems.notFound('Het bericht');
    throw problems.conflict(
      `Alleen een bericht dat niet bezorgd kon worden (status dead) kan opnieuw worden aangeboden; dit bericht heeft status ${existing.status}.`,
    );
  }
  await recordAudit(tx, ctx, { action: 'outbox.retry', objectType: 'outbox-message', objectId: id });
  await recordProcessing(tx, ctx, {
    activity: ACTIVITY,
    action: 'update',
    subjectType: SUBJECT,
    subjectIds: [subjectOf(row.recipient)],
    startedAt,
  });
  return view(row);
}
