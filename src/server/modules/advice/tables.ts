import {
  boolean,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';

// Catalogues are data per gemeente: seeded from the default catalogue, extendable by a beheerder.

export const adviceChannels = pgTable(
  'advice_channels',
  {
    tenantId: uuid('tenant_id').notNull(),
    code: text('code').notNull(),
    nameNl: text('name_nl').notNull(),
    nameEn: text('name_en').notNull(),
    digital: boolean('digital').notNull(),
    inbound: boolean('inbound').notNull(),
    outbound: boolean('outbound').notNull(),
    contexts: jsonb('contexts').$type<string[]>().notNull(),
    source: text('source').notNull(),
    sort: integer('sort').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.code] })],
);

export const adviceSegments = pgTable(
  'advice_segments',
  {
    tenantId: uuid('tenant_id').notNull(),
    scheme: text('scheme').notNull(),
    code: text('code').notNull(),
    nameNl: text('name_nl').notNull(),
    nameEn: text('name_en').notNull(),
    minAge: integer('min_age'),
    maxAge: integer('max_age'),
    populationShare: doublePrecision('population_share'),
    description: text('description'),
    source: text('source').notNull(),
    sort: integer('sort').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.scheme, t.code] })],
);

export const advicePhases = pgTable(
  'advice_phases',
  {
    tenantId: uuid('tenant_id').notNull(),
    context: text('context').notNull(),
    phase: integer('phase').notNull(),
    nameNl: text('name_nl').notNull(),
    nameEn: text('name_en').notNull(),
    description: text('description').notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.context, t.phase] })],
);

/** Motives for a channel choice and expectations of the gemeente, per phase. */
export const adviceReasons = pgTable(
  'advice_reasons',
  {
    tenantId: uuid('tenant_id').notNull(),
    kind: text('kind').notNull(),
    code: text('code').notNull(),
    nameNl: text('name_nl').notNull(),
    nameEn: text('name_en').notNull(),
    phases: jsonb('phases').$type<number[]>().notNull(),
    contexts: jsonb('contexts').$type<string[]>().notNull(),
    source: text('source').notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.kind, t.code] })],
);

// A dataset is immutable once imported: figures derived from it can be cached and cited.
export const adviceDatasets = pgTable(
  'advice_datasets',
  {
    tenantId: uuid('tenant_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    name: text('name').notNull(),
    source: text('source').notNull(),
    description: text('description'),
    year: integer('year').notNull(),
    synthetic: boolean('synthetic').notNull(),
    respondentCount: integer('respondent_count').notNull(),
    /** Post-stratification by age group: population shares used and resulting weight per group. */
    weighting: jsonb('weighting').$type<{
      areaId: string;
      areaName: string;
      weights: Record<string, number>;
    } | null>(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] })],
);

// Respondents in chunks of up to RESPONDENTS_PER_CHUNK, each the JSON text of an array of
// { k: key, a: age, g: age group, p: profile, x: answers }. A dataset is written once and always
// read whole, so a row per respondent only cost time: 100,000 rows took 16 s to store and 6 s to
// read on PostgreSQL, about 24 s each on PGlite. Text rather than jsonb: the database never looks
// inside, and parsing to jsonb and back was most of the remaining cost.
export const adviceRespondentChunks = pgTable(
  'advice_respondent_chunks',
  {
    tenantId: uuid('tenant_id').notNull(),
    datasetId: uuid('dataset_id').notNull(),
    seq: integer('seq').notNull(),
    respondents: text('respondents').notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.datasetId, t.seq] })],
);

/** The composition of a wijk, buurt or the whole gemeente, by one segmentation scheme. */
export const adviceAreas = pgTable(
  'advice_areas',
  {
    tenantId: uuid('tenant_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    name: text('name').notNull(),
    kind: text('kind').notNull(),
    scheme: text('scheme').notNull(),
    shares: jsonb('shares').$type<Record<string, number>>().notNull(),
    counts: jsonb('counts').$type<Record<string, number> | null>(),
    synthetic: boolean('synthetic').notNull().default(false),
    source: text('source'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] })],
);

export interface PlanChannel {
  code: string;
  cost: number;
}

export const advicePlans = pgTable(
  'advice_plans',
  {
    tenantId: uuid('tenant_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    name: text('name').notNull(),
    context: text('context').notNull(),
    datasetId: uuid('dataset_id').notNull(),
    scheme: text('scheme').notNull(),
    areaId: uuid('area_id'),
    targetMode: text('target_mode').notNull(),
    target: doublePrecision('target').notNull(),
    channels: jsonb('channels').$type<PlanChannel[]>().notNull(),
    result: jsonb('result').$type<unknown>(),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    index('advice_plans_tenant_created_idx').on(t.tenantId, t.createdAt),
  ],
);
