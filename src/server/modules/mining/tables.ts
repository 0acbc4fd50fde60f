import { sql } from 'drizzle-orm';
import {
  bigint,
  check,
  customType,
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
    // An imported log may name staff (org:resource) and hold other personal data in its attributes:
    // it is deleted (or stripped) by the retention run after this moment. Null only for logs
    // imported before terms existed; those count from created_at with the gemeente's term.
    retainUntil: timestamp('retain_until', { withTimezone: true }),
    // What the import did with org:resource: kept, dropped, or replaced by a per-log pseudonym.
    resourceHandling: text('resource_handling').notNull().default('keep'),
    // Set when retention stripped the resources and attributes (action "anonymise").
    anonymisedAt: timestamp('anonymised_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    index('mining_logs_tenant_created_idx').on(t.tenantId, t.createdAt),
    check('mining_logs_status_ck', sql`status in ('importing', 'ready', 'failed', 'cancelled')`),
    check('mining_logs_source_ck', sql`source in ('import-xes', 'import-csv')`),
    check('mining_logs_resource_ck', sql`resource_handling in ('keep', 'drop', 'pseudonymise')`),
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

// Byte order ("C" collation) for case ids, so that staged CSV rows come back in the same order on
// every server, whatever the database's default collation.
const textC = customType<{ data: string }>({ dataType: () => 'text COLLATE "C"' });

// A CSV import's rows while it runs: rows of one case may be anywhere in the file, so they are
// staged here and read back ordered by case, time and line (the primary key), a batch at a time,
// instead of collecting the cases in memory. Emptied when the import ends, however it ends.
export const miningCsvRows = pgTable(
  'mining_csv_rows',
  {
    tenantId: uuid('tenant_id').notNull(),
    logId: uuid('log_id').notNull(),
    caseId: textC('case_id').notNull(),
    t: bigint('t', { mode: 'number' }).notNull(),
    line: integer('line').notNull(),
    // The event as stored in a chunk (model.ts LogEvent), as JSON
    event: text('event').notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.logId, t.caseId, t.t, t.line] })],
);
