import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

export const CASE_KINDS = ['melding', 'aanvraag', 'vraag', 'klacht'] as const;
export const CASE_STATUSES = ['gemeld', 'in_behandeling', 'on_hold', 'afgehandeld', 'gesloten'] as const;

/** The beheerder's category tree; a leaf is what a resident or the KCC reports on. */
export const caseCategories = pgTable(
  'case_categories',
  {
    tenantId: uuid('tenant_id').notNull(),
    code: text('code').notNull(),
    parentCode: text('parent_code'),
    kind: text('kind').notNull().default('melding'),
    nameNl: text('name_nl').notNull(),
    nameEn: text('name_en'),
    descriptionNl: text('description_nl'),
    // Afhandeltermijn in working days (Dutch public holidays excluded).
    dueWorkingDays: integer('due_working_days').notNull().default(10),
    // The team that gets the case when no routing rule matches.
    defaultTeamId: uuid('default_team_id'),
    active: boolean('active').notNull().default(true),
    sort: integer('sort').notNull().default(0),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.code] }),
    index('case_categories_tenant_parent_idx').on(t.tenantId, t.parentCode),
    check('case_categories_kind_ck', sql`kind in ('melding', 'aanvraag', 'vraag', 'klacht')`),
    check('case_categories_due_ck', sql`due_working_days between 0 and 365`),
  ],
);

/** Category (and optionally a postcode range) -> team. The most specific matching rule wins. */
export const routingRules = pgTable(
  'routing_rules',
  {
    tenantId: uuid('tenant_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    categoryCode: text('category_code').notNull(),
    // Numeric part of the postcode, inclusive bounds; both null = the whole gemeente.
    postcodeFrom: integer('postcode_from'),
    postcodeTo: integer('postcode_to'),
    teamId: uuid('team_id').notNull(),
    priority: integer('priority').notNull().default(0),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    index('routing_rules_tenant_category_idx').on(t.tenantId, t.categoryCode),
    check(
      'routing_rules_postcode_ck',
      sql`(postcode_from is null and postcode_to is null) or (postcode_from between 1000 and 9999 and postcode_to between postcode_from and 9999)`,
    ),
  ],
);

/** One counter per gemeente, prefix and year: numbers stay unique and gap-free under concurrency. */
export const caseCounters = pgTable(
  'case_counters',
  {
    tenantId: uuid('tenant_id').notNull(),
    prefix: text('prefix').notNull(),
    year: integer('year').notNull(),
    lastValue: integer('last_value').notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.prefix, t.year] })],
);

export const cases = pgTable(
  'cases',
  {
    tenantId: uuid('tenant_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    // Human-readable, e.g. M-2026-000123.
    number: text('number').notNull(),
    kind: text('kind').notNull(),
    categoryCode: text('category_code').notNull(),
    status: text('status').notNull().default('gemeld'),
    holdReason: text('hold_reason'),
    partyId: uuid('party_id'),
    teamId: uuid('team_id'),
    assigneeId: uuid('assignee_id'),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    // Where it is (openbare ruimte): postcode + house number, or a free description.
    postcode: text('postcode'),
    houseNumber: integer('house_number'),
    locationText: text('location_text'),
    // Answers to the category's e-form fields that are not columns; empty optional fields absent.
    formData: jsonb('form_data').$type<Record<string, string>>(),
    // How the case came in and on which channel the resident wants feedback (null: none).
    sourceChannel: text('source_channel').notNull(),
    feedbackChannel: text('feedback_channel'),
    // Address for feedback when there is no party (e-form without identification).
    feedbackAddress: text('feedback_address'),
    dueDate: date('due_date', { mode: 'string' }).notNull(),
    // SHA-256 of the token the resident gets to follow the case and answer the KTO.
    publicTokenHash: text('public_token_hash'),
    legalHold: boolean('legal_hold').notNull().default(false),
    anonymisedAt: timestamp('anonymised_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    createdBy: uuid('created_by'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    uniqueIndex('cases_tenant_number_uq').on(t.tenantId, t.number),
    index('cases_tenant_party_idx').on(t.tenantId, t.partyId, t.createdAt),
    index('cases_tenant_team_status_due_idx').on(t.tenantId, t.teamId, t.status, t.dueDate),
    index('cases_tenant_assignee_status_due_idx').on(t.tenantId, t.assigneeId, t.status, t.dueDate),
    index('cases_tenant_created_idx').on(t.tenantId, t.createdAt),
    // For Inzichten: the backlog (open cases by status and due date) and due-date compliance
    // (cases closed in a period) without reading every case of the gemeente.
    index('cases_tenant_status_due_idx').on(t.tenantId, t.status, t.dueDate),
    // Both carry every column those charts group and count by, so PostgreSQL answers them from
    // the index alone (index-only scan) instead of visiting a heap page per case (2026-11-23:
    // backlog over 160,000 open cases 300 ms -> under 100 ms; see docs/benchmarks.md).
    index('cases_tenant_closed_idx').on(t.tenantId, t.closedAt, t.dueDate, t.categoryCode, t.teamId, t.kind),
    index('cases_tenant_open_idx')
      .on(t.tenantId, t.teamId, t.categoryCode, t.createdAt, t.dueDate)
      .where(sql`status in ('gemeld', 'in_behandeling', 'on_hold')`),
    check(
      'cases_status_ck',
      sql`status in ('gemeld', 'in_behandeling', 'on_hold', 'afgehandeld', 'gesloten')`,
    ),
    check('cases_kind_ck', sql`kind in ('melding', 'aanvraag', 'vraag', 'klacht')`),
  ],
);

/**
 * The case event log: one row per thing that happened to a case. Process mining reads it
 * (case id, activity, timestamp, team, channel); it is append-only.
 */
export const caseEvents = pgTable(
  'case_events',
  {
    tenantId: uuid('tenant_id').notNull(),
    caseId: uuid('case_id').notNull(),
    seq: integer('seq').notNull(),
    activity: text('activity').notNull(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull().defaultNow(),
    teamId: uuid('team_id'),
    channel: text('channel'),
    actorId: uuid('actor_id'),
    statusFrom: text('status_from'),
    statusTo: text('status_to'),
    note: text('note'),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.caseId, t.seq] }),
    index('case_events_tenant_occurred_idx').on(t.tenantId, t.occurredAt),
  ],
);

/** Internal tasks and callback requests (terugbelverzoeken). */
export const tasks = pgTable(
  'tasks',
  {
    tenantId: uuid('tenant_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    kind: text('kind').notNull(), // callback | internal
    status: text('status').notNull().default('open'), // open | done | cancelled
    partyId: uuid('party_id'),
    caseId: uuid('case_id'),
    contactId: uuid('contact_id'),
    teamId: uuid('team_id'),
    assigneeId: uuid('assignee_id'),
    description: text('description').notNull(),
    // Phone number to call back, when it is not the party's own.
    callbackPhone: text('callback_phone'),
    dueAt: timestamp('due_at', { withTimezone: true }).notNull(),
    completedAt: timestamp('completed_at', { withTimezone: true }),
    result: text('result'),
    createdBy: uuid('created_by'),
    anonymisedAt: timestamp('anonymised_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    index('tasks_tenant_team_status_due_idx').on(t.tenantId, t.teamId, t.status, t.dueAt),
    index('tasks_tenant_assignee_status_due_idx').on(t.tenantId, t.assigneeId, t.status, t.dueAt),
    index('tasks_tenant_party_idx').on(t.tenantId, t.partyId),
    check('tasks_kind_ck', sql`kind in ('callback', 'internal')`),
    check('tasks_status_ck', sql`status in ('open', 'done', 'cancelled')`),
  ],
);

/** Per event and channel, the message the resident gets (tone of voice per channel). */
export const messageTemplates = pgTable(
  'message_templates',
  {
    tenantId: uuid('tenant_id').notNull(),
    // received | in_behandeling | on_hold | afgehandeld | gesloten | reopened | kto
    event: text('event').notNull(),
    channel: text('channel').notNull(), // email | sms | whatsapp | letter
    subject: text('subject'),
    // Placeholders: {{nummer}}, {{categorie}}, {{status}}, {{reden}}, {{naam}}, {{link}}, {{gemeente}}
    body: text('body').notNull(),
    version: integer('version').notNull().default(1),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.event, t.channel] })],
);

/** KTO: the short satisfaction question at closure. */
export const satisfactionResponses = pgTable(
  'satisfaction_responses',
  {
    tenantId: uuid('tenant_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    caseId: uuid('case_id').notNull(),
    score: integer('score').notNull(),
    comment: text('comment'),
    channel: text('channel'),
    // The resident asked to reopen the melding with this answer.
    reopened: boolean('reopened').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    index('satisfaction_responses_tenant_case_idx').on(t.tenantId, t.caseId),
    index('satisfaction_responses_tenant_created_idx').on(t.tenantId, t.createdAt),
    check('satisfaction_responses_score_ck', sql`score between 1 and 5`),
  ],
);
