// Telling the resident what happened to their case, on the channel they chose: render the
// template for (event, channel), put the message in the outbox and register it as an outgoing
// contact — all in the caller's transaction, so the business change, its event, the message and
// the contact commit together or not at all.
import type { Tx } from '../../platform/db/client.js';
import type { ActionContext } from '../../platform/audit/service.js';
import { enqueueMessage, type OutboxChannel } from '../../platform/jobs/index.js';
import { partyReachability, registerContact } from '../contacts/index.js';
import { tasks } from './tables.js';
import { findTemplate } from './message-templates.js';
import { render, type TemplateVars } from './templates.js';
import { STATUS_LABEL } from './status-machine.js';
import { followLink, publicTokenOf, tenantOf, type CaseRow } from './case-store.js';
import { addWorkingDays } from '../../../shared/calendar/working-days.js';
import type { CaseStatus, TemplateEvent } from './model.js';

const EMAIL = /^[^\s@<>,;"()[\]\\]+@[^\s@<>,;"()[\]\\]+\.[^\s@<>,;"()[\]\\]+$/;

/** Dutch habits to E.164: '06 1234 5678' and '0031612345678' become '+31612345678'. */
export function toE164(phone: string): string | null {
  let p = phone.replace(/[\s().-]/g, '');
  if (p.startsWith('00')) p = '+' + p.slice(2);
  else if (/^0[1-9]\d{8}$/.test(p)) p = '+31' + p.slice(1);
  return /^\+[1-9]\d{6,14}$/.test(p) ? p : null;
}

export const isEmail = (s: string) => EMAIL.test(s.trim());

export interface Target {
  channel: OutboxChannel | 'phone';
  recipient: string;
  name: string;
}

/**
 * Where feedback goes. A party's own addresses win; the channel is the one chosen for this case,
 * else the party's preference, else e-mail. Without a party, the address left on the case is used.
 * null: no feedback (none wanted, or no way to reach the resident).
 */
export async function feedbackTarget(tx: Tx, c: CaseRow): Promise<Target | null> {
  if (c.feedbackChannel === 'none') return null;
  if (c.partyId) {
    const reach = await partyReachability(tx, c.partyId);
    if (!reach) return null;
    const name = reach.displayName;
    const phone = reach.phone ? toE164(reach.phone) : null;
    const addressFor = (channel: string): string | null => {
      switch (channel) {
        case 'email':
          return reach.email && isEmail(reach.email) ? reach.email : null;
        case 'sms':
        case 'whatsapp':
        case 'phone':
          return phone;
        case 'letter':
          return reach.postalAddress;
        default:
          return null;
      }
    };
    // The chosen channel first; when it has no address, e-mail, then a letter.
    for (const channel of [c.feedbackChannel ?? reach.preferredChannel ?? 'email', 'email', 'letter']) {
      const recipient = addressFor(channel);
      if (recipient) return { channel: channel as Target['channel'], recipient, name };
    }
    return null;
  }
  if (!c.feedbackAddress) return null;
  const channel = c.feedbackChannel ?? (isEmail(c.feedbackAddress) ? 'email' : 'sms');
  const recipient =
    channel === 'email' || channel === 'letter' ? c.feedbackAddress : toE164(c.feedbackAddress);
  return recipient ? { channel: channel as Target['channel'], recipient, name: '' } : null;
}

/** Which template a status change uses. */
export function templateEventFor(from: CaseStatus, to: CaseStatus): TemplateEvent {
  if (to === 'in_behandeling' && (from === 'afgehandeld' || from === 'gesloten')) return 'reopened';
  return to === 'gemeld' ? 'received' : to;
}

// A resident who wants to be phoned is not phoned at every step: only when there is news they
// need to act on or may want to discuss.
const CALLBACK_EVENTS: readonly TemplateEvent[] = ['on_hold', 'afgehandeld', 'reopened'];

export interface InformResult {
  channel: string | null;
  messageIds: string[];
  taskId: string | null;
}

export async function informResident(
  tx: Tx,
  ctx: ActionContext,
  c: CaseRow,
  events: TemplateEvent[],
  seq: number,
  extra: { categoryName: string | null; reason?: string | null; now?: Date },
): Promise<InformResult> {
  const result: InformResult = { channel: null, messageIds: [], taskId: null };
  const target = await feedbackTarget(tx, c);
  if (!target) return result;
  result.channel = target.channel;
  if (target.channel === 'phone') {
    if (!events.some((e) => CALLBACK_EVENTS.includes(e))) return result;
    const dueDate = addWorkingDays(extra.now ?? new Date(), 1);
    const [task] = await tx
      .insert(tasks)
      .values({
        tenantId: ctx.tenantId,
        kind: 'callback',
        partyId: c.partyId,
        caseId: c.id,
        teamId: c.teamId,
        description: `Inwoner terugbellen over ${c.number}: status ${STATUS_LABEL[c.status as CaseStatus]}${extra.reason ? ` (${extra.reason})` : ''}.`,
        callbackPhone: target.recipient,
        // Late afternoon of the next working day (15:00 UTC is 16:00 or 17:00 in Amsterdam).
        dueAt: new Date(`${dueDate}T15:00:00Z`),
        createdBy: ctx.actor?.id ?? null,
      })
      .returning({ id: tasks.id });
    result.taskId = task!.id;
    return result;
  }
  const gemeente = await tenantOf(tx, ctx.tenantId);
  const vars: TemplateVars = {
    nummer: c.number,
    categorie: extra.categoryName ?? c.categoryCode,
    status: STATUS_LABEL[c.status as CaseStatus] ?? c.status,
    reden: extra.reason ?? c.holdReason ?? '',
    naam: target.name,
    link: followLink(gemeente.slug, c.number, publicTokenOf(ctx.pseudonymKey, ctx.tenantId, c.id)),
    gemeente: gemeente.name,
    termijn: new Date(`${c.dueDate}T12:00:00Z`).toLocaleDateString('nl-NL', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }),
  };
  for (const event of events) {
    const template = await findTemplate(tx, ctx.tenantId, event, target.channel);
    if (!template) continue;
    const subject = template.subject ? render(template.subject, vars) : null;
    const body = render(template.body, vars);
    const { id, created } = await enqueueMessage(tx, ctx.tenantId, {
      channel: target.channel,
      recipient: target.recipient,
      subject,
      body,
      reference: { type: 'case', id: c.id },
      dedupKey: `case:${c.id}:${seq}${event === 'kto' ? ':kto' : ''}`,
    });
    result.messageIds.push(id);
    if (!created) continue;
    await registerContact(tx, ctx, {
      channel: target.channel,
      direction: 'out',
      partyId: c.partyId ?? undefined,
      summary: `${event === 'kto' ? 'KTO-vraag' : 'Statusbericht'} ${c.number}: ${subject ?? body.slice(0, 160)}`,
      outcome: 'informed',
      teamId: c.teamId ?? undefined,
      caseId: c.id,
      source: 'system',
    });
  }
  return result;
}
