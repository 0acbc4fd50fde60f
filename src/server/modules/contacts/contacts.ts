// Contacts on every channel: the view, the rules, reading, listing and correcting. Registering
// (the KCC's hot path) is in contact-register.ts.
import { and, desc, eq, gte, lte, sql, type SQL } from 'drizzle-orm';
import type { Tx } from '../../platform/db/client.js';
import { updateVersioned } from '../../platform/db/versioned.js';
import { recordAudit, recordProcessing, type ActionContext } from '../../platform/audit/service.js';
import { Problem, problems, type FieldError } from '../../platform/http/problem.js';
import { offsetOf } from '../../platform/http/pagination.js';
import { contacts, contactTopics, parties } from './tables.js';
import { PARTY_SUBJECT } from './party-store.js';
import { markChangedContacts } from './changed-days.js';
import type { ContactList, ContactPatchInput, ContactView, NewContactInput } from './schemas.js';

export const CONTACT_ACTIVITY = 'klantcontact-registratie';
/** Channels with a queue, where a waiting time means something. */
export const QUEUED_CHANNELS: ReadonlySet<string> = new Set(['phone', 'chat', 'counter', 'whatsapp']);
/** Clocks of desks and phone systems differ a little; a contact a few minutes ahead is not refused. */
export const CLOCK_SKEW_MS = 5 * 60_000;

export type ContactSource = 'staff' | 'eform' | 'system' | 'import';
export interface RegisterInput extends NewContactInput {
  source?: ContactSource;
}

type ContactRow = typeof contacts.$inferSelect;

export function contactView(r: ContactRow, topicName: string | null): ContactView {
  return {
    id: r.id,
    channel: r.channel,
    direction: r.direction,
    partyId: r.partyId,
    topicCode: r.topicCode,
    topicName,
    summary: r.summary,
    outcome: r.outcome,
    teamId: r.teamId,
    caseId: r.caseId,
    taskId: r.taskId,
    waitSeconds: r.waitSeconds,
    handleSeconds: r.handleSeconds,
    occurredAt: r.occurredAt.toISOString(),
    registeredBy: r.registeredBy,
    source: r.source,
    version: r.version,
  };
}

/** Rules the schema cannot express; also used by the CSV import, so they say it the same way. */
export function contactRuleErrors(
  c: { channel: string; waitSeconds?: number | null; occurredAt?: string | Date },
  now = Date.now(),
): FieldError[] {
  const errors: FieldError[] = [];
  if (c.waitSeconds != null && !QUEUED_CHANNELS.has(c.channel))
    errors.push({
      pointer: '/waitSeconds',
      detail: `kanaal '${c.channel}' heeft geen wachtrij; wachttijd alleen bij ${[...QUEUED_CHANNELS].join(', ')}`,
    });
  if (c.occurredAt !== undefined) {
    const t = new Date(c.occurredAt).getTime();
    if (Number.isNaN(t)) errors.push({ pointer: '/occurredAt', detail: 'is geen geldig tijdstip' });
    else if (t > now + CLOCK_SKEW_MS) errors.push({ pointer: '/occurredAt', detail: 'ligt in de toekomst' });
  }
  return errors;
}

export const unknownReference = (errors: FieldError[]) =>
  new Problem(
    422,
    'unknown-reference',
    'Onbekende verwijzing',
    'De aanvraag verwijst naar iets dat niet bestaat.',
    errors,
  );

export const topicProblem = (code: string, active: boolean | null) =>
  unknownReference([
    {
      pointer: '/topicCode',
      detail:
        active === false ? `onderwerp '${code}' is niet meer actief` : `onderwerp '${code}' bestaat niet`,
    },
  ]);
export const partyProblem = () =>
  unknownReference([{ pointer: '/partyId', detail: 'deze partij bestaat niet in deze gemeente' }]);

const withTopic = { contact: contacts, topicName: contactTopics.nameNl };
const topicJoin = and(
  eq(contactTopics.tenantId, contacts.tenantId),
  eq(contactTopics.code, contacts.topicCode),
);

async function readProcessing(tx: Tx, ctx: ActionContext, partyIds: (string | null)[], startedAt: Date) {
  await recordProcessing(tx, ctx, {
    activity: CONTACT_ACTIVITY,
    action: 'read',
    subjectType: PARTY_SUBJECT,
    subjectIds: partyIds.filter((p): p is string => p !== null),
    startedAt,
  });
}

export async function getContact(tx: Tx, ctx: ActionContext, id: string): Promise<ContactView> {
  const startedAt = new Date();
  const [row] = await tx
    .select(withTopic)
    .from(contacts)
    .leftJoin(contactTopics, topicJoin)
    .where(and(eq(contacts.tenantId, ctx.tenantId), eq(contacts.id, id)));
  if (!row) throw problems.notFound('Het contact');
  await readProcessing(tx, ctx, [row.contact.partyId], startedAt);
  return contactView(row.contact, row.topicName);
}

export async function listContacts(tx: Tx, ctx: ActionContext, q: ContactList) {
  const startedAt = new Date();
  const where: SQL[] = [eq(contacts.tenantId, ctx.tenantId)];
  if (q.partyId) where.push(eq(contacts.partyId, q.partyId));
  if (q.channel) where.push(eq(contacts.channel, q.channel));
  if (q.topicCode) where.push(eq(contacts.topicCode, q.topicCode));
  // A topic group (as the dashboards filter): the topic itself and its subtopics.
  if (q.topicGroup)
    where.push(sql`${contacts.topicCode} in (select code from ${contactTopics} t
      where t.tenant_id = ${ctx.tenantId}::uuid and (t.code = ${q.topicGroup} or t.parent_code = ${q.topicGroup}))`);
  if (q.from) where.push(gte(contacts.occurredAt, new Date(q.from)));
  if (q.to) where.push(lte(contacts.occurredAt, new Date(q.to)));
  const condition = and(...where);
  const rows = await tx
    .select(withTopic)
    .from(contacts)
    .leftJoin(contactTopics, topicJoin)
    .where(condition)
    .orderBy(desc(contacts.occurredAt), desc(contacts.id))
    .limit(q.pageSize)
    .offset(offsetOf(q));
  const [count] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(contacts)
    .where(condition);
  await readProcessing(
    tx,
    ctx,
    rows.map((r) => r.contact.partyId),
    startedAt,
  );
  return {
    items: rows.map((r) => contactView(r.contact, r.topicName)),
    page: q.page,
    pageSize: q.pageSize,
    total: count?.n ?? 0,
  };
}

export async function updateContact(
  tx: Tx,
  ctx: ActionContext,
  id: string,
  expected: number,
  patch: ContactPatchInput,
): Promise<ContactView> {
  const startedAt = new Date();
  const [current] = await tx
    .select()
    .from(contacts)
    .where(and(eq(contacts.tenantId, ctx.tenantId), eq(contacts.id, id)));
  if (!current) throw problems.notFound('Het contact');
  const errors = contactRuleErrors({
    channel: current.channel,
    waitSeconds: patch.waitSeconds === undefined ? current.waitSeconds : patch.waitSeconds,
  });
  if (errors.length) throw problems.validation(errors);
  let topicName: string | null = null;
  const topicCode = patch.topicCode === undefined ? current.topicCode : patch.topicCode;
  if (topicCode) {
    const [topic] = await tx
      .select()
      .from(contactTopics)
      .where(and(eq(contactTopics.tenantId, ctx.tenantId), eq(contactTopics.code, topicCode)));
    // A contact keeps a topic that was deactivated later; a new choice must be active.
    if (!topic || (!topic.active && patch.topicCode !== undefined))
      throw topicProblem(topicCode, topic?.active ?? null);
    topicName = topic.nameNl;
  }
  if (patch.partyId) {
    const [party] = await tx
      .select({ id: parties.id })
      .from(parties)
      .where(and(eq(parties.tenantId, ctx.tenantId), eq(parties.id, patch.partyId)));
    if (!party) throw partyProblem();
  }
  // Before and after: a correction can move a contact's figures from one day (or party) to another.
  await markChangedContacts(tx, ctx.tenantId, [id]);
  const row = await updateVersioned(
    tx,
    contacts,
    { tenantId: ctx.tenantId, id },
    expected,
    { ...patch },
    'Het contact',
  );
  await markChangedContacts(tx, ctx.tenantId, [id]);
  await recordAudit(tx, ctx, { action: 'contact.update', objectType: 'contact', objectId: id });
  await recordProcessing(tx, ctx, {
    activity: CONTACT_ACTIVITY,
    action: 'update',
    subjectType: PARTY_SUBJECT,
    subjectIds: [current.partyId, row.partyId].filter((p): p is string => p !== null),
    startedAt,
  });
  return contactView(row, topicName);
}
