import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  date,
  doublePrecision,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

/**
 * A gemeente's service norms (servicenormen). The set of codes is fixed (each has its own way of
 * measuring); the beheerder changes thresholds, targets and whether a norm is shown.
 */
export const serviceNorms = pgTable(
  'service_norms',
  {
    tenantId: uuid('tenant_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    code: text('code').notNull(),
    thresholdSeconds: integer('threshold_seconds'),
    workingDays: integer('working_days'),
    // Share (0-1) of cases that must meet the threshold; null for a mean-at-most norm.
    target: doublePrecision('target'),
    active: boolean('active').notNull().default(true),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    uniqueIndex('service_norms_tenant_code_uq').on(t.tenantId, t.code),
    check('service_norms_target_ck', sql`target is null or (target > 0 and target <= 1)`),
    check(
      'service_norms_threshold_ck',
      sql`threshold_seconds is null or threshold_seconds between 1 and 86400`,
    ),
    check('service_norms_days_ck', sql`working_days is null or working_days between 0 and 60`),
  ],
);

// Rollups of contacts, owned by insights and refreshed from the contacts module's facts (see
// rollup.ts): the dashboards read a few thousand rows instead of millions of contacts.
const rollupKey = {
  tenantId: uuid('tenant_id').notNull(),
  day: date('day', { mode: 'string' }).notNull(),
  channel: text('channel').notNull(),
  direction: text('direction').notNull(),
};

/** Per Amsterdam day, channel, direction, topic ('' = none) and team (nil uuid = none). */
export const contactDays = pgTable(
  'insight_contact_days',
  {
    ...rollupKey,
    topicCode: text('topic_code').notNull(),
    teamId: uuid('team_id').notNull(),
    n: integer('n').notNull(),
    identified: integer('identified').notNull(),
    repeated: integer('repeated').notNull(),
    resolved: integer('resolved').notNull(),
    waitN: integer('wait_n').notNull(),
    waitSum: bigint('wait_sum', { mode: 'number' }).notNull(),
    handleN: integer('handle_n').notNull(),
    handleSum: bigint('handle_sum', { mode: 'number' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.day, t.channel, t.direction, t.topicCode, t.teamId] })],
);

/** Per Amsterdam day, channel, direction and half hour (slot 0-47). */
export const contactSlots = pgTable(
  'insight_contact_slots',
  {
    ...rollupKey,
    slot: integer('slot').notNull(),
    n: integer('n').notNull(),
    handleN: integer('handle_n').notNull(),
    handleSum: bigint('handle_sum', { mode: 'number' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.day, t.channel, t.direction, t.slot] })],
);

/**
 * How far a gemeente's rollups are built, and when they were last refreshed. While `status` is
 * 'building' a background job fills them a month at a time from `buildFrom` to `buildTo`, holding
 * a lease, and the dashboards read the contacts themselves.
 */
export const rollupState = pgTable(
  'insight_rollup_state',
  {
    tenantId: uuid('tenant_id').notNull(),
    // Days before this one are settled; from it on they are rebuilt at every refresh.
    settledBefore: date('settled_before', { mode: 'string' }).notNull(),
    refreshedAt: timestamp('refreshed_at', { withTimezone: true }).notNull(),
    status: text('status').notNull().default('ready'),
    buildFrom: date('build_from', { mode: 'string' }),
    buildTo: date('build_to', { mode: 'string' }),
    // The last day built so far (buildFrom - 1 before the first month).
    builtThrough: date('built_through', { mode: 'string' }),
    // The job building them (a random id per process) and until when that claim holds: a job that
    // died is taken over after its lease, from builtThrough on.
    leaseOwner: uuid('lease_owner'),
    leaseUntil: timestamp('lease_until', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId] }),
    check('insight_rollup_state_status_ck', sql`status in ('building', 'ready')`),
  ],
);

/** Per Amsterdam day, channel and measure: incoming contacts per duration (exact < 120 s, 5 s steps above). */
export const contactTimes = pgTable(
  'insight_contact_times',
  {
    tenantId: uuid('tenant_id').notNull(),
    day: date('day', { mode: 'string' }).notNull(),
    channel: text('channel').notNull(),
    measure: text('measure').notNull(),
    seconds: integer('seconds').notNull(),
    n: integer('n').notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.day, t.channel, t.measure, t.seconds] })],
);

/** Per Amsterdam day, topic and linked case (nil uuid: none): incoming contacts. */
export const contactCaseLinks = pgTable(
  'insight_contact_case_links',
  {
    tenantId: uuid('tenant_id').notNull(),
    day: date('day', { mode: 'string' }).notNull(),
    topicCode: text('topic_code').notNull(),
    caseId: uuid('case_id').notNull(),
    n: integer('n').notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.day, t.topicCode, t.caseId] })],
);

/**
 * Incoming e-mails (of a known party) per Amsterdam day of receipt and the working days until the
 * next outgoing contact to that party (-1: none yet; 61: more than 60).
 */
export const emailReplies = pgTable(
  'insight_email_replies',
  {
    tenantId: uuid('tenant_id').notNull(),
    day: date('day', { mode: 'string' }).notNull(),
    workingDays: integer('working_days').notNull(),
    n: integer('n').notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.day, t.workingDays] })],
);
