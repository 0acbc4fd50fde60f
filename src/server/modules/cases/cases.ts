// Cases (meldingen, aanvragen, vragen, klachten): create, read, list, change.
import { randomUUID } from 'node:crypto';
import { and, asc, desc, eq, inArray, lt, notInArray, sql, type SQL } from 'drizzle-orm';
import type { Tx } from '../../platform/db/client.js';
import { recordAudit, recordProcessing, type ActionContext } from '../../platform/audit/service.js';
import { problems } from '../../platform/http/problem.js';
import { offsetOf } from '../../platform/http/pagination.js';
import { users } from '../../platform/accounts/tables.js';
import { partyReachability } from '../contacts/index.js';
import { caseCategories, cases } from './tables.js';
import { findCategory, teamExists } from './categories.js';
import { routeCase } from './routing-rules.js';
import { nextCaseNumber } from './numbering.js';
import { addWorkingDays, amsterdamDate } from '../../../shared/calendar/working-days.js';
import { ACTIVITY } from './status-machine.js';
import { dueDateInPast, unknownCategory, unknownTeam, unknownUser, unprocessable } from './problems.js';
import {
  appendEvent,
  caseView,
  categoryNameOf,
  eventsOf,
  eventView,
  findCaseRow,
  messagesOf,
  publicTokenOf,
  tokenHash,
  type CaseView,
} from './case-store.js';
import { informResident, isEmail, toE164 } from './inform.js';
import type { CaseKind } from './model.js';
import type { CasePatch, CaseQuery, NewCase } from './schemas.js';

// Register of processing activities: handling meldingen touches the reporting resident's data.
export const CASE_ACTIVITY = 'meldingen-behandeling';
export const PARTY_SUBJECT = 'partij';

export interface CreateCaseInput extends NewCase {
  /** Answers to the category's e-form fields (forms module); empty optional fields left out. */
  formData?: Record<string, string>;
}

const normalisePostcode = (p: string | undefined) => (p ? p.replace(/\s+/g, '').toUpperCase() : null);

function checkFeedbackAddress(input: NewCase): void {
  const address = input.feedbackAddress?.trim();
  if (!address) return;
  const channel = input.feedbackChannel ?? (isEmail(address) ? 'email' : 'sms');
  const ok =
    channel === 'email'
      ? isEmail(address)
      : channel === 'letter'
        ? true
        : channel === 'none'
          ? true
          : toE164(address) !== null;
  if (!ok)
    throw unprocessable(
      '/feedbackAddress',
      channel === 'email'
        ? 'is geen geldig e-mailadres'
        : 'is geen geldig telefoonnummer (bijvoorbeeld 06 12345678)',
      'invalid-feedback-address',
      'Ongeldig adres voor terugkoppeling',
    );
}

export async function checkUser(tx: Tx, tenantId: string, id: string, pointer: string): Promise<void> {
  const [row] = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.tenantId, tenantId), eq(users.id, id)));
  if (!row) throw unknownUser(pointer);
}

export async function createCase(
  tx: Tx,
  ctx: ActionContext,
  input: CreateCaseInput,
  now = new Date(),
): Promise<{ case: CaseView; publicToken: string }> {
  const startedAt = new Date();
  const category = await findCategory(tx, ctx.tenantId, input.categoryCode);
  if (!category || !category.active) throw unknownCategory(input.categoryCode);
  if (input.partyId && !(await partyReachability(tx, input.partyId)))
    throw unprocessable(
      '/partyId',
      'deze partij bestaat niet in deze gemeente',
      'unknown-reference',
      'Onbekende verwijzing',
    );
  if (input.dueDate && input.dueDate < amsterdamDate(now)) throw dueDateInPast('/dueDate');
  checkFeedbackAddress(input);
  const postcode = normalisePostcode(input.postcode);
  const { teamId } = await routeCase(tx, ctx.tenantId, category.code, postcode);
  const kind = category.kind as CaseKind;
  const number = await nextCaseNumber(tx, ctx.tenantId, kind, now);
  const id = randomUUID();
  const publicToken = publicTokenOf(ctx.pseudonymKey, ctx.tenantId, id);
  const [row] = await tx
    .insert(cases)
    .values({
      tenantId: ctx.tenantId,
      id,
      number,
      kind,
      categoryCode: category.code,
      partyId: input.partyId ?? null,
      teamId,
      title: input.title?.trim() || category.nameNl,
      description: input.description,
      postcode,
      houseNumber: input.houseNumber ?? null,
      locationText: input.locationText?.trim() || null,
      formData: input.formData && Object.keys(input.formData).length ? input.formData : null,
      sourceChannel: input.sourceChannel,
      feedbackChannel: input.feedbackChannel ?? null,
      feedbackAddress: input.feedbackAddress?.trim() || null,
      dueDate: input.dueDate ?? addWorkingDays(now, category.dueWorkingDays),
      publicTokenHash: tokenHash(publicToken),
      createdBy: ctx.actor?.id ?? null,
      createdAt: now,
      updatedAt: now,
    })
    .returning();
  const seq = await appendEvent(tx, ctx.tenantId, id, {
    activity: ACTIVITY.received(kind),
    teamId,
    channel: input.sourceChannel,
    actorId: ctx.actor?.id ?? null,
    statusTo: 'gemeld',
    occurredAt: now,
  });
  await recordAudit(tx, ctx, { action: 'case.create', objectType: 'case', objectId: id });
  if (row!.partyId)
    await recordProcessing(tx, ctx, {
      activity: CASE_ACTIVITY,
      action: 'create',
      subjectType: PARTY_SUBJECT,
      subjectIds: [row!.partyId],
      startedAt,
    });
  await informResident(tx, ctx, row!, ['received'], seq, { categoryName: category.nameNl, now });
  return { case: caseView(row!, category.nameNl, now), publicToken };
}

export async function getCase(tx: Tx, ctx: ActionContext, id: string) {
  const startedAt = new Date();
  const row = await findCaseRow(tx, ctx.tenantId, id);
  if (!row) throw problems.notFound('De zaak');
  const [events, messages, categoryName] = [
    await eventsOf(tx, ctx.tenantId, id),
    await messagesOf(tx, ctx.tenantId, id),
    await categoryNameOf(tx, ctx.tenantId, row.categoryCode),
  ];
  if (row.partyId)
    await recordProcessing(tx, ctx, {
      activity: CASE_ACTIVITY,
      action: 'read',
      subjectType: PARTY_SUBJECT,
      subjectIds: [row.partyId],
      startedAt,
    });
  return { ...caseView(row, categoryName), events: events.map(eventView), messages };
}

const FINISHED = ['afgehandeld', 'gesloten'];

export async function listCases(tx: Tx, ctx: ActionContext, q: CaseQuery, now = new Date()) {
  const startedAt = new Date();
  const where: SQL[] = [eq(cases.tenantId, ctx.tenantId)];
  if (q.status) where.push(eq(cases.status, q.status));
  if (q.teamId) where.push(eq(cases.teamId, q.teamId));
  if (q.assignee) where.push(eq(cases.assigneeId, q.assignee === 'me' ? (ctx.actor?.id ?? '') : q.assignee));
  if (q.categoryCode) where.push(eq(cases.categoryCode, q.categoryCode));
  if (q.partyId) where.push(eq(cases.partyId, q.partyId));
  const today = amsterdamDate(now);
  if (q.overdue === true) where.push(lt(cases.dueDate, today), notInArray(cases.status, FINISHED));
  if (q.overdue === false)
    where.push(sql`not (${cases.dueDate} < ${today} and ${cases.status} not in ('afgehandeld', 'gesloten'))`);
  const cond = and(...where);
  const rows = await tx
    .select({ c: cases, categoryName: caseCategories.nameNl })
    .from(cases)
    .leftJoin(
      caseCategories,
      and(eq(caseCategories.tenantId, cases.tenantId), eq(caseCategories.code, cases.categoryCode)),
    )
    .where(cond)
    .orderBy(desc(cases.createdAt), asc(cases.id))
    .limit(q.pageSize)
    .offset(offsetOf(q));
  const [count] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(cases)
    .where(cond);
  await recordProcessing(tx, ctx, {
    activity: CASE_ACTIVITY,
    action: 'read',
    subjectType: PARTY_SUBJECT,
    subjectIds: rows.map((r) => r.c.partyId).filter((p): p is string => !!p),
    startedAt,
  });
  return {
    items: rows.map((r) => caseView(r.c, r.categoryName, now)),
    page: q.page,
    pageSize: q.pageSize,
    total: count?.n ?? 0,
  };
}

/** Reassignment (team or handler) writes an event; text changes only an audit record. */
export async function updateCase(tx: Tx, ctx: ActionContext, id: string, expected: number, patch: CasePatch) {
  const startedAt = new Date();
  const before = await findCaseRow(tx, ctx.tenantId, id);
  if (!before) throw problems.notFound('De zaak');
  if (patch.teamId && !(await teamExists(tx, ctx.tenantId, patch.teamId))) throw unknownTeam('/teamId');
  if (patch.assigneeId) await checkUser(tx, ctx.tenantId, patch.assigneeId, '/assigneeId');
  if (patch.dueDate && patch.dueDate < amsterdamDate(new Date())) throw dueDateInPast('/dueDate');
  const [row] = await tx
    .update(cases)
    .set({ ...patch, version: sql`${cases.version} + 1`, updatedAt: new Date() })
    .where(and(eq(cases.tenantId, ctx.tenantId), eq(cases.id, id), eq(cases.version, expected)))
    .returning();
  if (!row) throw problems.preconditionFailed();
  const actorId = ctx.actor?.id ?? null;
  if (patch.teamId !== undefined && patch.teamId !== before.teamId)
    await appendEvent(tx, ctx.tenantId, id, {
      activity: ACTIVITY.forwarded,
      teamId: row.teamId,
      channel: null,
      actorId,
    });
  if (patch.assigneeId !== undefined && patch.assigneeId !== before.assigneeId)
    await appendEvent(tx, ctx.tenantId, id, {
      activity: ACTIVITY.assigned,
      teamId: row.teamId,
      channel: null,
      actorId,
    });
  await recordAudit(tx, ctx, { action: 'case.update', objectType: 'case', objectId: id });
  if (row.partyId)
    await recordProcessing(tx, ctx, {
      activity: CASE_ACTIVITY,
      action: 'update',
      subjectType: PARTY_SUBJECT,
      subjectIds: [row.partyId],
      startedAt,
    });
  return caseView(row, await categoryNameOf(tx, ctx.tenantId, row.categoryCode));
}

/** Case numbers for the Open Klant export (onderwerpobjecten), by id, within this gemeente. */
export async function caseNumbersByIds(tx: Tx, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await tx
    .select({ id: cases.id, number: cases.number })
    .from(cases)
    .where(
      and(
        sql`${cases.tenantId} = current_setting('app.tenant_id', true)::uuid`,
        inArray(cases.id, [...new Set(ids)]),
      ),
    );
  return new Map(rows.map((r) => [r.id, r.number]));
}
