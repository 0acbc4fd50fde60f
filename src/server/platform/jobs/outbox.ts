import { and, eq } from 'drizzle-orm';
import type { Tx } from '../db/client.js';
import { OUTBOX_CHANNELS, outboxMessages, type OutboxChannel } from './tables.js';

export interface NewOutboxMessage {
  channel: OutboxChannel;
  /** E-mail address, phone number (E.164, e.g. +31612345678) or postal address for a letter. */
  recipient: string;
  /** Required for e-mail; ignored by channels without one. */
  subject?: string | null;
  body: string;
  /** What the message is about, e.g. { type: 'case', id: caseId }. */
  reference?: { type: string; id: string } | null;
  /**
   * Makes enqueueing idempotent: a second message with the same key (per gemeente) is not added,
   * so a retried business action never sends its message twice. E.g. `case:<id>:received`.
   */
  dedupKey?: string | null;
  /** Not to be sent before this moment (default: as soon as the transaction commits). */
  notBefore?: Date;
}

export const LIMITS = {
  recipient: 320,
  subject: 500,
  body: 100_000,
  reference: 200,
  dedupKey: 200,
} as const;

/** A programming error in the caller: the outbox refuses a message it could never deliver. */
export class OutboxInputError extends Error {}

const EMAIL = /^[^\s@<>,;"()[\]\\]+@[^\s@<>,;"()[\]\\]+\.[^\s@<>,;"()[\]\\]+$/;
const PHONE = /^\+[1-9][0-9]{6,14}$/;
// A header value must stay on one line: a line break would let text become a header of its own.
const LINE_BREAK = /[\r\n]/;

function validate(message: NewOutboxMessage): void {
  const fail = (what: string) => {
    throw new OutboxInputError(`outbox message: ${what}`);
  };
  if (!(OUTBOX_CHANNELS as readonly string[]).includes(message.channel))
    fail(`unknown channel "${message.channel}"`);
  const recipient = message.recipient.trim();
  if (!recipient || recipient.length > LIMITS.recipient) fail('recipient is empty or too long');
  if (message.channel === 'email' && !EMAIL.test(recipient)) fail('recipient is not a single e-mail address');
  if ((message.channel === 'sms' || message.channel === 'whatsapp') && !PHONE.test(recipient))
    fail('recipient is not a phone number in E.164 form (+31612345678)');
  if (message.channel === 'email' && !message.subject?.trim()) fail('an e-mail needs a subject');
  if (message.subject != null) {
    if (message.subject.length > LIMITS.subject) fail('subject is too long');
    if (LINE_BREAK.test(message.subject)) fail('subject contains a line break');
  }
  if (!message.body || message.body.length > LIMITS.body) fail('body is empty or too long');
  if (message.reference) {
    const { type, id } = message.reference;
    if (!type || !id || type.length > LIMITS.reference || id.length > LIMITS.reference)
      fail('reference type and id must be 1 to 200 characters');
  }
  if (message.dedupKey != null && (!message.dedupKey || message.dedupKey.length > LIMITS.dedupKey))
    fail('dedupKey must be 1 to 200 characters');
}

/**
 * Adds a message to the outbox. Call it with the transaction of the business change that causes
 * the message (inside withTenant for that gemeente): both commit together or neither does, and the
 * worker only ever sees committed messages.
 *
 * Returns the message's id; `created` is false when a message with the same dedupKey already
 * existed (its id is returned and nothing is added).
 */
export async function enqueueMessage(
  tx: Tx,
  tenantId: string,
  message: NewOutboxMessage,
): Promise<{ id: string; created: boolean }> {
  validate(message);
  const dedupKey = message.dedupKey ?? null;
  const inserted = await tx
    .insert(outboxMessages)
    .values({
      tenantId,
      channel: message.channel,
      recipient: message.recipient.trim(),
      subject: message.subject?.trim() || null,
      body: message.body,
      referenceType: message.reference?.type ?? null,
      referenceId: message.reference?.id ?? null,
      dedupKey,
      ...(message.notBefore ? { nextAttemptAt: message.notBefore } : {}),
    })
    .onConflictDoNothing({ target: [outboxMessages.tenantId, outboxMessages.dedupKey] })
    .returning({ id: outboxMessages.id });
  if (inserted[0]) return { id: inserted[0].id, created: true };
  const [existing] = await tx
    .select({ id: outboxMessages.id })
    .from(outboxMessages)
    .where(and(eq(outboxMessages.tenantId, tenantId), eq(outboxMessages.dedupKey, dedupKey!)));
  if (!existing) throw new Error('outbox: dedup conflict without an existing message');
  return { id: existing.id, created: false };
}
