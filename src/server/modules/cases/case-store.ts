// Reading and writing case rows and their events; the shapes the API returns.
import { createHash, createHmac } from 'node:crypto';
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db/client.js';
import { tenants } from '../../platform/tenancy/tables.js';
import { rowsOf } from '../../platform/db/migrate.js';
import { outboxMessages } from '../../platform/jobs/tables.js';
import { caseCategories, caseEvents, cases } from './tables.js';
import { amsterdamDate } from '../../../shared/calendar/working-days.js';
import { isFinished } from './status-machine.js';

export type CaseRow = typeof cases.$inferSelect;
export type EventRow = typeof caseEvents.$inferSelect;

export interface CaseView {
  id: string;
  number: string;
  kind: string;
  categoryCode: string;
  categoryName: string | null;
  status: string;
  holdReason: string | null;
  partyId: string | null;
  teamId: string | null;
  assigneeId: string | null;
  title: string;
  description: string;
  postcode: string | null;
  houseNumber: number | null;
  locationText: string | null;
  formData: Record<string, string> | null;
  sourceChannel: string;
  feedbackChannel: string | null;
  dueDate: string;
  overdue: boolean;
  closedAt: string | null;
  legalHold: boolean;
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** Overdue: the due date lies before today (Amsterdam) and the case is not yet handled. */
export function isOverdue(dueDate: string, status: string, now = new Date()): boolean {
  return !isFinished(status) && dueDate < amsterdamDate(now);
}

export function caseView(r: CaseRow, categoryName: string | null, now = new Date()): CaseView {
  return {
    id: r.id,
    number: r.number,
    kind: r.kind,
    categoryCode: r.categoryCode,
    categoryName,
    status: r.status,
    holdReason: r.holdReason,
    partyId: r.partyId,
    teamId: r.teamId,
    assigneeId: r.assigneeId,
    title: r.title,
    description: r.description,
    postcode: r.postcode,
    houseNumber: r.houseNumber,
    locationText: r.locationText,
    formData: r.formData ?? null,
    sourceChannel: r.sourceChannel,
    feedbackChannel: r.feedbackChannel,
    dueDate: r.dueDate,
    overdue: isOverdue(r.dueDate, r.status, now),
    closedAt: r.closedAt?.toISOString() ?? null,
    legalHold: r.legalHold,
    version: r.version,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}

export const eventView = (e: EventRow) => ({
  seq: e.seq,
  activity: e.activity,
  occurredAt: e.occurredAt.toISOString(),
  teamId: e.teamId,
  channel: e.channel,
  actorId: e.actorId,
  statusFrom: e.statusFrom,
  statusTo: e.statusTo,
  note: e.note,
});

export async function findCaseRow(tx: Tx, tenantId: string, id: string): Promise<CaseRow | undefined> {
  const [row] = await tx
    .select()
    .from(cases)
    .where(and(eq(cases.tenantId, tenantId), eq(cases.id, id)));
  return row;
}

export async function categoryNameOf(tx: Tx, tenantId: string, code: string): Promise<string | null> {
  const [row] = await tx
    .select({ name: caseCategories.nameNl })
    .from(caseCategories)
    .where(and(eq(caseCategories.tenantId, tenantId), eq(caseCategories.code, code)));
  return row?.name ?? null;
}

export async function eventsOf(tx: Tx, tenantId: string, caseId: string): Promise<EventRow[]> {
  return tx
    .select()
    .from(caseEvents)
    .where(and(eq(caseEvents.tenantId, tenantId), eq(caseEvents.caseId, caseId)))
    .orderBy(asc(caseEvents.seq));
}

export async function messagesOf(tx: Tx, tenantId: string, caseId: string) {
  const rows = await tx
    .select()
    .from(outboxMessages)
    .where(
      and(
        eq(outboxMessages.tenantId, tenantId),
        eq(outboxMessages.referenceType, 'case'),
        eq(outboxMessages.referenceId, caseId),
      ),
    )
    .orderBy(asc(outboxMessages.createdAt), asc(outboxMessages.id));
  return rows.map((m) => ({
    id: m.id,
    channel: m.channel,
    recipient: m.recipient,
    subject: m.subject,
    body: m.body,
    status: m.status,
    createdAt: m.createdAt.toISOString(),
    sentAt: m.sentAt?.toISOString() ?? null,
  }));
}

export interface NewEvent {
  activity: string;
  teamId: string | null;
  channel: string | null;
  actorId: string | null;
  statusFrom?: string | null;
  statusTo?: string | null;
  note?: string | null;
  occurredAt?: Date;
}

/**
 * Appends an event. Callers have already updated (and so locked) the case row in this
 * transaction, which keeps seq gap-free and unique per case.
 */
export async function nextEventSeq(tx: Tx, tenantId: string, caseId: string): Promise<number> {
  const [last] = await tx
    .select({ seq: caseEvents.seq })
    .from(caseEvents)
    .where(and(eq(caseEvents.tenantId, tenantId), eq(caseEvents.caseId, caseId)))
    .orderBy(desc(caseEvents.seq))
    .limit(1);
  return (last?.seq ?? 0) + 1;
}

export async function appendEvent(
  tx: Tx,
  tenantId: string,
  caseId: string,
  e: NewEvent & { seq?: number },
): Promise<number> {
  const seq = e.seq ?? (await nextEventSeq(tx, tenantId, caseId));
  await tx.insert(caseEvents).values({
    tenantId,
    caseId,
    seq,
    activity: e.activity,
    teamId: e.teamId,
    channel: e.channel,
    actorId: e.actorId,
    statusFrom: e.statusFrom ?? null,
    statusTo: e.statusTo ?? null,
    note: e.note ?? null,
    ...(e.occurredAt ? { occurredAt: e.occurredAt } : {}),
  });
  return seq;
}

export async function tenantOf(tx: Tx, tenantId: string): Promise<{ name: string; slug: string }> {
  const [row] = await tx
    .select({ name: tenants.name, slug: tenants.slug })
    .from(tenants)
    .where(eq(tenants.id, tenantId));
  return row ?? { name: 'de gemeente', slug: '' };
}

/** The gemeente of the current transaction (withTenant), for exports whose signature has none. */
export async function currentTenant(tx: Tx): Promise<string> {
  const result = await tx.execute<{ t: string | null }>(
    sql`select current_setting('app.tenant_id', true) as t`,
  );
  const t = rowsOf<{ t: string | null }>(result)[0]?.t;
  if (!t) throw new Error('cases: no tenant in this transaction (use withTenant)');
  return t;
}

/**
 * The resident's token to follow a case. Derived (HMAC with a server key) rather than drawn at
 * random, so that every later message can carry the follow link although only its SHA-256 is
 * stored; 32 bytes, base64url, unguessable without the server's secret.
 */
export function publicTokenOf(key: string, tenantId: string, caseId: string): string {
  return createHmac('sha256', key).update(`case-follow-token:${tenantId}:${caseId}`).digest('base64url');
}

export const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

export const followPath = (slug: string, number: string, token: string) =>
  `/melding/${encodeURIComponent(slug)}/${encodeURIComponent(number)}?${new URLSearchParams({ token })}`;

let publicBaseUrl = 'http://localhost:3000';
/** Set once at start-up from PUBLIC_URL, so that links in messages point at this installation. */
export function setPublicBaseUrl(url: string): void {
  publicBaseUrl = url.replace(/\/$/, '');
}
export const followLink = (slug: string, number: string, token: string) =>
  publicBaseUrl + followPath(slug, number, token);
