// Internal tasks and callback requests (terugbelverzoeken): create, list, change.
import { and, asc, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { Tx } from '../../platform/db/client.js';
import { recordAudit, recordProcessing, type ActionContext } from '../../platform/audit/service.js';
import { problems } from '../../platform/http/problem.js';
import { offsetOf } from '../../platform/http/pagination.js';
import { partyReachability } from '../contacts/index.js';
import { tasks } from './tables.js';
import { teamExists } from './categories.js';
import { findCaseRow } from './case-store.js';
import { CASE_ACTIVITY, checkUser, PARTY_SUBJECT } from './cases.js';
import { dueDateInPast, unknownTeam, unprocessable } from './problems.js';
import { amsterdamDate } from '../../../shared/calendar/working-days.js';
import type { NewTask, TaskPatch, TaskQuery } from './schemas.js';

type Row = typeof tasks.$inferSelect;

export const taskOverdue = (t: { status: string; dueAt: Date }, now = new Date()) =>
  t.status === 'open' && amsterdamDate(t.dueAt) < amsterdamDate(now);

export function taskView(t: Row, now = new Date()) {
  return {
    id: t.id,
    kind: t.kind,
    status: t.status,
    partyId: t.partyId,
    caseId: t.caseId,
    contactId: t.contactId,
    teamId: t.teamId,
    assigneeId: t.assigneeId,
    description: t.description,
    callbackPhone: t.callbackPhone,
    dueAt: t.dueAt.toISOString(),
    overdue: taskOverdue(t, now),
    completedAt: t.completedAt?.toISOString() ?? null,
    result: t.result,
    version: t.version,
    createdAt: t.createdAt.toISOString(),
  };
}

async function logParty(
  tx: Tx,
  ctx: ActionContext,
  action: 'read' | 'create' | 'update',
  ids: (string | null)[],
  startedAt: Date,
) {
  await recordProcessing(tx, ctx, {
    activity: CASE_ACTIVITY,
    action,
    subjectType: PARTY_SUBJECT,
    subjectIds: ids.filter((p): p is string => !!p),
    startedAt,
  });
}

/** A due moment on a day before today (Amsterdam) is refused; later today is fine. */
function checkDue(dueAt: string, pointer: string, now = new Date()): Date {
  const due = new Date(dueAt);
  if (amsterdamDate(due) < amsterdamDate(now)) throw dueDateInPast(pointer);
  return due;
}

export async function createTask(tx: Tx, ctx: ActionContext, input: NewTask) {
  const startedAt = new Date();
  const due = checkDue(input.dueAt, '/dueAt');
  let partyId = input.partyId ?? null;
  let teamId = input.teamId ?? null;
  if (input.caseId) {
    const c = await findCaseRow(tx, ctx.tenantId, input.caseId);
    if (!c)
      throw unprocessable(
        '/caseId',
        'deze zaak bestaat niet in deze gemeente',
        'unknown-reference',
        'Onbekende verwijzing',
      );
    // A task on a case belongs to the case's resident and, unless said otherwise, its team.
    partyId ??= c.partyId;
    teamId ??= c.teamId;
  }
  if (input.partyId && !(await partyReachability(tx, input.partyId)))
    throw unprocessable(
      '/partyId',
      'deze partij bestaat niet in deze gemeente',
      'unknown-reference',
      'Onbekende verwijzing',
    );
  if (input.teamId && !(await teamExists(tx, ctx.tenantId, input.teamId))) throw unknownTeam('/teamId');
  if (input.assigneeId) await checkUser(tx, ctx.tenantId, input.assigneeId, '/assigneeId');
  if (input.kind === 'callback' && !input.callbackPhone && !partyId)
    throw unprocessable(
      '/callbackPhone',
      'een terugbelverzoek zonder inwoner heeft een telefoonnummer nodig',
    );
  const [row] = await tx
    .insert(tasks)
    .values({
      tenantId: ctx.tenantId,
      kind: input.kind,
      partyId,
      caseId: input.caseId ?? null,
      contactId: input.contactId ?? null,
      teamId,
      assigneeId: input.assigneeId ?? null,
      description: input.description,
      callbackPhone: input.callbackPhone ?? null,
      dueAt: due,
      createdBy: ctx.actor?.id ?? null,
    })
    .returning();
  await recordAudit(tx, ctx, { action: 'task.create', objectType: 'task', objectId: row!.id });
  await logParty(tx, ctx, 'create', [row!.partyId], startedAt);
  return taskView(row!);
}

export async function getTask(tx: Tx, ctx: ActionContext, id: string) {
  const startedAt = new Date();
  const [row] = await tx
    .select()
    .from(tasks)
    .where(and(eq(tasks.tenantId, ctx.tenantId), eq(tasks.id, id)));
  if (!row) throw problems.notFound('De taak');
  await logParty(tx, ctx, 'read', [row.partyId], startedAt);
  return taskView(row);
}

export async function listTasks(tx: Tx, ctx: ActionContext, q: TaskQuery) {
  const startedAt = new Date();
  const where: SQL[] = [eq(tasks.tenantId, ctx.tenantId)];
  if (q.status) where.push(eq(tasks.status, q.status));
  if (q.teamId) where.push(eq(tasks.teamId, q.teamId));
  if (q.caseId) where.push(eq(tasks.caseId, q.caseId));
  if (q.assignee) where.push(eq(tasks.assigneeId, q.assignee === 'me' ? (ctx.actor?.id ?? '') : q.assignee));
  const cond = and(...where);
  const rows = await tx
    .select()
    .from(tasks)
    .where(cond)
    .orderBy(asc(tasks.dueAt), desc(tasks.createdAt), asc(tasks.id))
    .limit(q.pageSize)
    .offset(offsetOf(q));
  const [count] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(tasks)
    .where(cond);
  await logParty(
    tx,
    ctx,
    'read',
    rows.map((r) => r.partyId),
    startedAt,
  );
  return { items: rows.map((r) => taskView(r)), page: q.page, pageSize: q.pageSize, total: count?.n ?? 0 };
}

export async function updateTask(tx: Tx, ctx: ActionContext, id: string, expected: number, patch: TaskPatch) {
  const startedAt = new Date();
  const [before] = await tx
    .select()
    .from(tasks)
    .where(and(eq(tasks.tenantId, ctx.tenantId), eq(tasks.id, id)));
  if (!before) throw problems.notFound('De taak');
  if (patch.teamId && !(await teamExists(tx, ctx.tenantId, patch.teamId))) throw unknownTeam('/teamId');
  if (patch.assigneeId) await checkUser(tx, ctx.tenantId, patch.assigneeId, '/assigneeId');
  if (patch.status === 'done' && !patch.result && !before.result)
    throw unprocessable(
      '/result',
      'vermeld het resultaat als u een taak afrondt',
      'task-result-required',
      'Resultaat verplicht',
    );
  const values: Record<string, unknown> = { ...patch };
  if (patch.dueAt) values.dueAt = checkDue(patch.dueAt, '/dueAt');
  if (patch.status && patch.status !== before.status)
    values.completedAt = patch.status === 'open' ? null : new Date();
  const [row] = await tx
    .update(tasks)
    .set({ ...values, version: sql`${tasks.version} + 1`, updatedAt: new Date() })
    .where(and(eq(tasks.tenantId, ctx.tenantId), eq(tasks.id, id), eq(tasks.version, expected)))
    .returning();
  if (!row) throw problems.preconditionFailed();
  await recordAudit(tx, ctx, { action: 'task.update', objectType: 'task', objectId: id });
  await logParty(tx, ctx, 'update', [row.partyId], startedAt);
  return taskView(row);
}
