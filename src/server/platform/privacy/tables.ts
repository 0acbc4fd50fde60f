import { sql } from 'drizzle-orm';
import { check, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** Retention term per record type (contacts, cases, tasks, parties, ...), set by the beheerder. */
export const retentionTerms = pgTable(
  'retention_terms',
  {
    tenantId: uuid('tenant_id').notNull(),
    recordType: text('record_type').notNull(),
    months: integer('months').notNull(),
    action: text('action').notNull(), // delete | anonymise
    version: integer('version').notNull().default(1),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.recordType] }),
    check('retention_terms_months_ck', sql`months between 1 and 1200`),
    check('retention_terms_action_ck', sql`action in ('delete', 'anonymise')`),
  ],
);

/** One row per retention run per gemeente: counts only, no personal data. */
export const retentionRuns = pgTable(
  'retention_runs',
  {
    tenantId: uuid('tenant_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
    // { "contacts": { "deleted": 3, "anonymised": 0, "held": 1 }, ... }
    summary: text('summary').notNull().default('{}'),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] })],
);
