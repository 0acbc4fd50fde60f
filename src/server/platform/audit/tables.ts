import { index, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

// Audit trail: one row per staff action (who did what to which object, with what result).
export const auditEvents = pgTable(
  'audit_events',
  {
    tenantId: uuid('tenant_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull().defaultNow(),
    actorId: uuid('actor_id'),
    actorName: text('actor_name'),
    action: text('action').notNull(),
    objectType: text('object_type'),
    objectId: text('object_id'),
    result: text('result').notNull(),
    origin: text('origin'),
    traceId: text('trace_id').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    index('audit_events_tenant_time_idx').on(t.tenantId, t.occurredAt),
  ],
);

// Logboek Dataverwerkingen: one row per processing of personal data, per data subject.
// Staff identity deliberately stays out of it; the trace id links it to the audit trail.
export const processingRecords = pgTable(
  'processing_records',
  {
    tenantId: uuid('tenant_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    traceId: text('trace_id').notNull(),
    spanId: text('span_id').notNull(),
    parentSpanId: text('parent_span_id'),
    activity: text('activity').notNull(),
    action: text('action').notNull(),
    subjectType: text('subject_type').notNull(),
    subjectPseudonym: text('subject_pseudonym').notNull(),
    status: text('status').notNull(),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
    endedAt: timestamp('ended_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    index('processing_records_tenant_time_idx').on(t.tenantId, t.startedAt),
  ],
);
