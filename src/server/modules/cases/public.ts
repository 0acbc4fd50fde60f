// What the resident sees without logging in (through the forms module). The token is checked against its stored SHA-256; a wrong token looks
// exactly like an unknown number.
import { timingSafeEqual } from 'node:crypto';
import { and, asc, eq, isNotNull } from 'drizzle-orm';
import type { Tx } from '../../platform/db/client.js';
import { recordAudit, type ActionContext } from '../../platform/audit/service.js';
import { Problem, problems } from '../../platform/http/problem.js';
import { caseCategories, caseEvents, cases, satisfactionResponses } from './tables.js';
import { appendEvent, currentTenant, tokenHash, type CaseRow } from './case-store.js';
import { ACTIVITY, isFinished, STATUS_LABEL } from './status-machine.js';
import { transition } from './status.js';
import type { CaseStatus } from './model.js';

function tokenMatches(row: CaseRow, token: string): boolean {
  if (!row.publicTokenHash || !token) return false;
  const a = Buffer.from(row.publicTokenHash, 'hex');
  const b = Buffer.from(tokenHash(token), 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}

async function caseByToken(
  tx: Tx,
  number: string,
  token: string,
  lock = false,
): Promise<CaseRow | undefined> {
  const tenantId = await currentTenant(tx);
  const query = tx
    .select()
    .from(cases)
    .where(and(eq(cases.tenantId, tenantId), eq(cases.number, number)));
  const [row] = lock ? await query.for('update') : await query;
  return row && tokenMatches(row, token) ? row : undefined;
}

export interface PublicCaseView {
  number: string;
  kind: string;
  status: string;
  statusLabel: string;
  categoryName: string | null;
  createdAt: string;
  dueDate: string;
  closedAt: string | null;
  /** Status steps only: no staff, no notes, no internal routing. */
  events: { activity: string; occurredAt: string; status: string | null }[];
  satisfaction: { canAnswer: boolean; answered: boolean };
}

export async function publicCaseView(
  tx: Tx,
  number: string,
  token: string,
): Promise<PublicCaseView | undefined> {
  const row = await caseByToken(tx, number, token);
  if (!row) return undefined;
  const [category] = await tx
    .select({ name: caseCategories.nameNl })
    .from(caseCategories)
    .where(and(eq(caseCategories.tenantId, row.tenantId), eq(caseCategories.code, row.categoryCode)));
  const events = await tx
    .select({ activity: caseEvents.activity, occurredAt: caseEvents.occurredAt, status: caseEvents.statusTo })
    .from(caseEvents)
    .where(
      and(
        eq(caseEvents.tenantId, row.tenantId),
        eq(caseEvents.caseId, row.id),
        isNotNull(caseEvents.statusTo),
      ),
    )
    .orderBy(asc(caseEvents.seq));
  const answered = (await answerOf(tx, row)) !== undefined;
  return {
    number: row.number,
    kind: row.kind,
    status: row.status,
    statusLabel: STATUS_LABEL[row.status as CaseStatus],
    categoryName: category?.name ?? null,
    createdAt: row.createdAt.toISOString(),
    dueDate: row.dueDate,
    closedAt: row.closedAt?.toISOString() ?? null,
    events: events.map((e) => ({
      activity: e.activity,
      occurredAt: e.occurredAt.toISOString(),
      status: e.status,
    })),
    satisfaction: { canAnswer: isFinished(row.status) && !answered, answered },
  };
}

async function answerOf(tx: Tx, row: CaseRow) {
  const [answer] = await tx
    .select({ id: satisfactionResponses.id })
    .from(satisfactionResponses)
    .where(and(eq(satisfactionResponses.tenantId, row.tenantId), eq(satisfactionResponses.caseId, row.id)));
  return answer;
}

export interface SatisfactionInput {
  score: number;
  comment?: string | null;
  reopen?: boolean;
}

/**
 * The KTO answer: once per case, only after it was handled. Asking to reopen puts the case back
 * in behandeling ('Heropend na KTO') and tells the resident so.
 */
export async function submitSatisfaction(
  tx: Tx,
  ctx: ActionContext,
  number: string,
  token: string,
  input: SatisfactionInput,
): Promise<{ status: string; reopened: boolean }> {
  if (!Number.isInteger(input.score) || input.score < 1 || input.score > 5)
    throw problems.validation([{ pointer: '/score', detail: 'geef een cijfer van 1 tot 5' }]);
  if (input.comment && input.comment.length > 2000)
    throw problems.validation([{ pointer: '/comment', detail: 'maximaal 2000 tekens' }]);
  // Locked, so two answers sent at once cannot both pass the once-only check.
  const row = await caseByToken(tx, number, token, true);
  if (!row) throw problems.notFound('De melding');
  if (!isFinished(row.status))
    throw new Problem(
      409,
      'case-satisfaction-not-yet',
      'Nog niet afgehandeld',
      'U kunt uw oordeel geven als de melding is afgehandeld.',
    );
  if (await answerOf(tx, row))
    throw new Problem(
      409,
      'case-satisfaction-given',
      'Al beantwoord',
      'U heeft voor deze melding al uw oordeel gegeven. Dank daarvoor!',
    );
  const reopen = input.reopen === true;
  await tx.insert(satisfactionResponses).values({
    tenantId: row.tenantId,
    caseId: row.id,
    score: input.score,
    comment: input.comment?.trim() || null,
    channel: 'eform',
    reopened: reopen,
  });
  await appendEvent(tx, row.tenantId, row.id, {
    activity: ACTIVITY.ktoAnswered,
    teamId: row.teamId,
    channel: 'eform',
    actorId: null,
  });
  let status = row.status;
  if (reopen) {
    const after = await transition(
      tx,
      ctx,
      row,
      { status: 'in_behandeling' },
      { activity: ACTIVITY.reopenedAfterKto },
    );
    status = after.status;
  }
  await recordAudit(tx, ctx, { action: 'case.satisfaction', objectType: 'case', objectId: row.id });
  return { status, reopened: reopen };
}
