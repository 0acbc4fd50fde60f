import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

// Parties (residents and organisations). Identifying data lives here and in party_identifiers
// only; everything analytics can reach refers to a party by its id and its HMAC pseudonym.
export const parties = pgTable(
  'parties',
  {
    tenantId: uuid('tenant_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    kind: text('kind').notNull(), // person | organisation
    // HMAC of the party id with the gemeente's pseudonym key: the only reference analytics gets.
    pseudonym: text('pseudonym').notNull(),
    displayName: text('display_name').notNull(),
    givenName: text('given_name'),
    familyName: text('family_name'),
    organisationName: text('organisation_name'),
    // Postal address, Dutch format. Postcode normalised: '1234AB'.
    postcode: text('postcode'),
    houseNumber: integer('house_number'),
    houseNumberSuffix: text('house_number_suffix'),
    street: text('street'),
    city: text('city'),
    // Channel the resident prefers for feedback: email | sms | whatsapp | letter | phone.
    preferredChannel: text('preferred_channel'),
    language: text('language').notNull().default('nl'),
    // Lower-cased names for the prefix search, kept by the database itself (see the indexes).
    displayNameKey: text('display_name_key').generatedAlwaysAs(sql`lower(display_name)`),
    familyNameKey: text('family_name_key').generatedAlwaysAs(sql`lower(family_name)`),
    // A legal hold stops retention from deleting or anonymising this party and its records.
    legalHold: boolean('legal_hold').notNull().default(false),
    anonymisedAt: timestamp('anonymised_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    index('parties_tenant_postcode_idx').on(t.tenantId, t.postcode, t.houseNumber),
    // Name search (`q`): starts_with() on the lower-cased name (see namePrefixMatch). A plain column,
    // not an index on lower(name): under row-level security a condition with a function that is
    // not leakproof (lower(), LIKE) is never used as an index condition; starts_with on a column is,
    // as a range. text_pattern_ops: byte order under any collation. The display-name index on
    // lower() serves the list's sort order.
    index('parties_tenant_display_name_idx').on(t.tenantId, sql`lower(${t.displayName})`),
    index('parties_tenant_display_name_key_idx').on(t.tenantId, t.displayNameKey.op('text_pattern_ops')),
    index('parties_tenant_family_name_key_idx').on(t.tenantId, t.familyNameKey.op('text_pattern_ops')),
    index('parties_tenant_updated_idx').on(t.tenantId, t.updatedAt),
    check('parties_kind_ck', sql`kind in ('person', 'organisation')`),
  ],
);

/** BSN (persons) and KvK number (organisations): stored once, unique per gemeente. */
export const partyIdentifiers = pgTable(
  'party_identifiers',
  {
    tenantId: uuid('tenant_id').notNull(),
    partyId: uuid('party_id').notNull(),
    type: text('type').notNull(), // bsn | kvk
    value: text('value').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.partyId, t.type] }),
    uniqueIndex('party_identifiers_tenant_type_value_uq').on(t.tenantId, t.type, t.value),
    check('party_identifiers_type_ck', sql`type in ('bsn', 'kvk')`),
  ],
);

/** E-mail addresses and phone numbers (also used for SMS and WhatsApp). */
export const partyAddresses = pgTable(
  'party_addresses',
  {
    tenantId: uuid('tenant_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    partyId: uuid('party_id').notNull(),
    kind: text('kind').notNull(), // email | phone
    // E-mail lower-cased; phone in E.164 (+31612345678).
    value: text('value').notNull(),
    label: text('label'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    index('party_addresses_tenant_party_idx').on(t.tenantId, t.partyId),
    index('party_addresses_tenant_value_idx').on(t.tenantId, t.kind, t.value),
    check('party_addresses_kind_ck', sql`kind in ('email', 'phone')`),
  ],
);

/** The beheerder's tree of contact reasons (onderwerpen). */
export const contactTopics = pgTable(
  'contact_topics',
  {
    tenantId: uuid('tenant_id').notNull(),
    code: text('code').notNull(),
    parentCode: text('parent_code'),
    nameNl: text('name_nl').notNull(),
    nameEn: text('name_en'),
    // The journey phase (1-5) a contact on this topic usually belongs to, for journeys/insights.
    phase: integer('phase'),
    // "Where is my melding?" and the like: demand the gemeente could have avoided.
    avoidable: boolean('avoidable').notNull().default(false),
    active: boolean('active').notNull().default(true),
    sort: integer('sort').notNull().default(0),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.code] }),
    index('contact_topics_tenant_parent_idx').on(t.tenantId, t.parentCode),
    check('contact_topics_phase_ck', sql`phase is null or phase between 1 and 5`),
  ],
);

export const CONTACT_CHANNELS = [
  'phone',
  'email',
  'counter',
  'eform',
  'whatsapp',
  'chat',
  'social',
  'letter',
  'sms',
] as const;
export const CONTACT_OUTCOMES = ['answered', 'forwarded', 'callback', 'case_created', 'informed'] as const;

/** Every contact on every channel, in and out. Append-mostly; corrected through If-Match. */
export const contacts = pgTable(
  'contacts',
  {
    tenantId: uuid('tenant_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    channel: text('channel').notNull(),
    direction: text('direction').notNull(), // in | out
    // Null for an anonymous contact.
    partyId: uuid('party_id'),
    topicCode: text('topic_code'),
    // What was discussed: free text, stored literally, always rendered escaped.
    summary: text('summary').notNull().default(''),
    outcome: text('outcome').notNull(),
    teamId: uuid('team_id'),
    caseId: uuid('case_id'),
    taskId: uuid('task_id'),
    // Seconds in the queue and in conversation, where the channel has them (phone, chat, counter).
    waitSeconds: integer('wait_seconds'),
    handleSeconds: integer('handle_seconds'),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull().defaultNow(),
    registeredBy: uuid('registered_by'),
    // 'staff' | 'eform' | 'system' (status feedback) | 'import'
    source: text('source').notNull().default('staff'),
    anonymisedAt: timestamp('anonymised_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    // The resident history: one index range scan, newest first.
    index('contacts_tenant_party_occurred_idx').on(t.tenantId, t.partyId, t.occurredAt.desc()),
    index('contacts_tenant_occurred_idx').on(t.tenantId, t.occurredAt),
    index('contacts_tenant_case_idx').on(t.tenantId, t.caseId),
    check('contacts_direction_ck', sql`direction in ('in', 'out')`),
    check('contacts_wait_ck', sql`wait_seconds is null or wait_seconds >= 0`),
    check('contacts_handle_ck', sql`handle_seconds is null or handle_seconds >= 0`),
  ],
);

/**
 * Amsterdam days whose contact figures changed after the day was over: a contact registered or
 * imported late, a correction, or an incoming e-mail whose answer came later. Written in the same
 * transaction as the change (see changed-days.ts); insights consumes the rows to refresh its
 * rollups, so that they stay equal to a direct read of the contacts.
 */
export const contactChangedDays = pgTable(
  'contact_changed_days',
  {
    tenantId: uuid('tenant_id').notNull(),
    day: date('day', { mode: 'string' }).notNull(),
    // Touched on every mark (not "do nothing"), so a consumer deleting the row waits for the
    // marking transaction to commit and then sees its contacts.
    markedAt: timestamp('marked_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.day] })],
);
