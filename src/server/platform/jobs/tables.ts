import { sql } from 'drizzle-orm';
import {
  check,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

export const OUTBOX_CHANNELS = ['email', 'sms', 'whatsapp', 'letter'] as const;
export type OutboxChannel = (typeof OUTBOX_CHANNELS)[number];

export const OUTBOX_STATUSES = ['pending', 'sending', 'sent', 'dead'] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

// Outgoing messages, written in the same transaction as the business change that causes them and
// delivered afterwards by the worker. A row is the delivery's whole state, so a crash, a restart or
// a provider outage loses nothing.
export const outboxMessages = pgTable(
  'outbox_messages',
  {
    tenantId: uuid('tenant_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    // Text, not an enum: a new channel needs an adapter, not a migration.
    channel: text('channel').notNull(),
    recipient: text('recipient').notNull(),
    subject: text('subject'),
    body: text('body').notNull(),
    status: text('status').notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    // When the message is due: the next try while pending, the end of the worker's lease while
    // sending (so a crashed worker's message becomes due again), null once sent or dead.
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).defaultNow(),
    // What went wrong at the last attempt, as the provider said it; never credentials.
    lastError: text('last_error'),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    // The provider's id for the delivery (SMTP queue id, SMS message id), for tracing a complaint.
    providerReference: text('provider_reference'),
    // What the message is about, e.g. ('case', <id>), so a module can show its messages.
    referenceType: text('reference_type'),
    referenceId: text('reference_id'),
    // The caller's key for "this message": enqueueing the same key twice keeps one message.
    dedupKey: text('dedup_key'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    uniqueIndex('outbox_messages_tenant_dedup_uq').on(t.tenantId, t.dedupKey),
    // The worker's question "what is due?" reads only unfinished rows.
    index('outbox_messages_tenant_due_idx')
      .on(t.tenantId, t.nextAttemptAt)
      .where(sql`status in ('pending', 'sending')`),
    index('outbox_messages_tenant_status_created_idx').on(t.tenantId, t.status, t.createdAt),
    index('outbox_messages_tenant_created_idx').on(t.tenantId, t.createdAt),
    index('outbox_messages_tenant_reference_idx').on(t.tenantId, t.referenceType, t.referenceId),
    check('outbox_messages_status_ck', sql`status in ('pending', 'sending', 'sent', 'dead')`),
    check('outbox_messages_attempts_ck', sql`attempts >= 0`),
  ],
);

export type OutboxRow = typeof outboxMessages.$inferSelect;
