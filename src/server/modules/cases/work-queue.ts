// The work queue: open cases and tasks of a team (or of me), by due date, overdue ones marked.
import { and, asc, eq, isNotNull, notInArray, type SQL } from 'drizzle-orm';
import type { Tx } from '../../platform/db/client.js';
import type { ActionContext } from '../../platform/audit/service.js';
import { cases, tasks } from './tables.js';
import { isOverdue } from './case-store.js';
import { taskOverdue } from './tasks.js';
import { amsterdamDate } from '../../../shared/calendar/working-days.js';
import type { WorkQueueQuery } from './schemas.js';

export interface WorkItem {
  type: 'case' | 'task';
  id: string;
  number: string | null;
  title: string;
  dueDate: string;
  overdue: boolean;
  status: string;
  teamId: string | null;
  assigneeId: string | null;
}

/**
 * scope=mine: assigned to the caller. scope=team: assigned to teamId, or to any team when no
 * teamId is given (a teamleider's overview). Only work that is still open; at most `limit` items.
 */
export async function workQueue(tx: Tx, ctx: ActionContext, q: WorkQueueQuery, now = new Date()) {
  const caseWhere: SQL[] = [
    eq(cases.tenantId, ctx.tenantId),
    notInArray(cases.status, ['afgehandeld', 'gesloten']),
  ];
  const taskWhere: SQL[] = [eq(tasks.tenantId, ctx.tenantId), eq(tasks.status, 'open')];
  if (q.scope === 'mine') {
    const me = ctx.actor?.id ?? '00000000-0000-0000-0000-000000000000';
    caseWhere.push(eq(cases.assigneeId, me));
    taskWhere.push(eq(tasks.assigneeId, me));
  } else if (q.teamId) {
    caseWhere.push(eq(cases.teamId, q.teamId));
    taskWhere.push(eq(tasks.teamId, q.teamId));
  } else {
    caseWhere.push(isNotNull(cases.teamId));
    taskWhere.push(isNotNull(tasks.teamId));
  }
  const caseRows = await tx
    .select()
    .from(cases)
    .where(and(...caseWhere))
    .orderBy(asc(cases.dueDate), asc(cases.createdAt))
    .limit(q.limit);
  const taskRows = await tx
    .select()
    .from(tasks)
    .where(and(...taskWhere))
    .orderBy(asc(tasks.dueAt), asc(tasks.createdAt))
    .limit(q.limit);
  const items: WorkItem[] = [
    ...caseRows.map((c) => ({
      type: 'case' as const,
      id: c.id,
      number: c.number,
      title: c.title,
      dueDate: c.dueDate,
      overdue: isOverdue(c.dueDate, c.status, now),
      status: c.status,
      teamId: c.teamId,
      assigneeId: c.assigneeId,
    })),
    ...taskRows.map((t) => ({
      type: 'task' as const,
      id: t.id,
      number: null,
      title: t.description.length > 120 ? t.description.slice(0, 119) + '…' : t.description,
      dueDate: amsterdamDate(t.dueAt),
      overdue: taskOverdue(t, now),
      status: t.status,
      teamId: t.teamId,
      assigneeId: t.assigneeId,
    })),
  ];
  // Cases before tasks on the same day keeps the order stable.
  items.sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.type.localeCompare(b.type));
  return { items: items.slice(0, q.limit) };
}
