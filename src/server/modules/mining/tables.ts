import { sql } from 'drizzle-orm';
import {
  bigint,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';

// Imported event logs. The gemeente's own case event log is not stored here: it is read live
// from the cases module (virtual log id "cases").
export const miningLogs = pgTable(
  'mining_logs',
  {
    tenantId: uuid('tenant_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    name: text('name').notNull(),
    source: text('source').notNull(), // import-xes | import-csv
    status: text('status').notNull(), // importing | ready | failed | cancelled
    bytesTotal: bigint('bytes_total', { mode: 'number' }),
    bytesRead: bigint('bytes_read', { mode: 'number' }).notNull().default(0),
    eventsRead: integer('events_read').notNull().default(0),
    tracesRead: integer('traces_read').notNull().default(0),
    cases: integer('cases'),
    events: integer('events'),
    activities: integer('activities'),
    // { detail, line } of a failed import
    error: jsonb('error'),
    // { kind, label, attribution?, licence?, url? }: where the data comes from
    provenance: jsonb('provenance').notNull(),
    // XES type per attribute key, so that an export writes the same types back
    attrTypes: jsonb('attr_types').notNull().default({}),
    // The unfiltered directly-follows graph, computed once when the import finishes
    summary: jsonb('summary'),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    index('mining_logs_tenant_created_idx').on(t.tenantId, t.createdAt),
    check('mining_logs_status_ck', sql`status in ('importing', 'ready', 'failed', 'cancelled')`),
    check('mining_logs_source_ck', sql`source in ('import-xes', 'import-csv')`),
  ],
);

// The traces of a log, a few thousand per row as JSON (PostgreSQL compresses it): a filtered
// question re-reads these in order without parsing the original file again.
export const miningChunks = pgTable(
  'mining_chunks',
  {
    tenantId: uuid('tenant_id').notNull(),
    logId: uuid('log_id').notNull(),
    seq: integer('seq').notNull(),
    traceCount: integer('trace_count').notNull(),
    data: text('data').notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.logId, t.seq] })],
);
