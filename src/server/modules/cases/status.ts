// Status changes: the status machine, an event per change, and the resident informed — one
// transaction. A test-only fault hook sits between the outbox write and the commit, so the
// all-or-nothing promise can be shown rather than assumed.
import { and, eq, sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db/client.js';
import { recordAudit, recordProcessing, type ActionContext } from '../../platform/audit/service.js';
import { problems } from '../../platform/http/problem.js';
import { cases } from './tables.js';
import {
  appendEvent,
  caseView,
  categoryNameOf,
  findCaseRow,
  nextEventSeq,
  type CaseRow,
  type CaseView,
} from './case-store.js';
import { canTransition, invalidTransition, isReopen, statusActivity } from './status-machine.js';
import { informResident, templateEventFor } from './inform.js';
import { unprocessable } from './problems.js';
import { CASE_ACTIVITY, PARTY_SUBJECT } from './cases.js';
import type { CaseStatus, TemplateEvent } from './model.js';
import type { StatusChange } from './schemas.js';

let faultHook: ((stage: 'after-inform') => Promise<void> | void) | null = null;
/** Tests only: run something (e.g. throw) after the outbox row is written, before the commit. */
export function setStatusFaultHook(hook: typeof faultHook): void {
  faultHook = hook;
}

export interface TransitionOptions {
  /** Activity to log instead of the default for this transition (e.g. 'Heropend na KTO'). */
  activity?: string;
  /** Channel of the event when it is not the feedback channel (e.g. 'eform' for a KTO answer). */
  channel?: string;
  expected?: number;
  now?: Date;
}

/** Applies a transition to a case row the caller has read in this transaction. */
export async function transition(
  tx: Tx,
  ctx: ActionContext,
  before: CaseRow,
  change: StatusChange,
  opts: TransitionOptions = {},
): Promise<CaseRow> {
  const from = before.status as CaseStatus;
  const to = change.status;
  if (!canTransition(from, to)) throw invalidTransition(from, to);
  const reason = change.reason?.trim() || null;
  if (to === 'on_hold' && !reason)
    throw unprocessable(
      '/reason',
      'geef een reden op als u een zaak on hold zet',
      'case-hold-reason-required',
      'Reden verplicht',
    );
  const now = opts.now ?? new Date();
  const finished = to === 'afgehandeld' || to === 'gesloten';
  const [row] = await tx
    .update(cases)
    .set({
      status: to,
      holdReason: to === 'on_hold' ? reason : null,
      closedAt: finished ? (before.closedAt ?? now) : null,
      version: sql`${cases.version} + 1`,
      updatedAt: now,
    })
    .where(
      and(
        eq(cases.tenantId, ctx.tenantId),
        eq(cases.id, before.id),
        eq(cases.version, opts.expected ?? before.version),
      ),
    )
    .returning();
  if (!row) throw problems.preconditionFailed();
  const events: TemplateEvent[] = [templateEventFor(from, to)];
  // The satisfaction question goes out with the news that the case is handled.
  if (to === 'afgehandeld') events.push('kto');
  // The event's seq is also the message's dedup key; the event records the channel the resident
  // was informed on.
  const seq = await nextEventSeq(tx, ctx.tenantId, row.id);
  const informed = await informResident(tx, ctx, row, events, seq, {
    categoryName: await categoryNameOf(tx, ctx.tenantId, row.categoryCode),
    reason,
    now,
  });
  await appendEvent(tx, ctx.tenantId, row.id, {
    seq,
    activity: opts.activity ?? statusActivity(from, to),
    teamId: row.teamId,
    channel: opts.channel ?? informed.channel,
    actorId: ctx.actor?.id ?? null,
    statusFrom: from,
    statusTo: to,
    note:
      [to === 'on_hold' ? `Reden: ${reason}` : null, change.note?.trim() || null]
        .filter(Boolean)
        .join('\n') || null,
    occurredAt: now,
  });
  if (faultHook) await faultHook('after-inform');
  await recordAudit(tx, ctx, {
    action: isReopen(from, to) ? 'case.reopen' : 'case.status',
    objectType: 'case',
    objectId: row.id,
  });
  return row;
}

export async function changeStatus(
  tx: Tx,
  ctx: ActionContext,
  id: string,
  expected: number,
  change: StatusChange,
): Promise<CaseView> {
  const startedAt = new Date();
  const before = await findCaseRow(tx, ctx.tenantId, id);
  if (!before) throw problems.notFound('De zaak');
  if (before.version !== expected) throw problems.preconditionFailed();
  const row = await transition(tx, ctx, before, change, { expected });
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
