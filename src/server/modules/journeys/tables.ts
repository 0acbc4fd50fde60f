import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgPolicy,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { JourneyDocument } from '../../../shared/journeys/model.js';
import type { JourneyFile } from '../../../shared/journeys/exchange.js';
import type { PersonaInput } from '../../../shared/journeys/persona.js';
import type { ExperimentAnalysis } from '../../../shared/journeys/experiment.js';

export const journeys = pgTable(
  'journeys',
  {
    tenantId: uuid('tenant_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    title: text('title').notNull(),
    description: text('description'),
    trajectory: text('trajectory').notNull(),
    lifeEvent: text('life_event').notNull(),
    state: text('state').notNull(),
    audience: text('audience').notNull().default('resident'),
    /** The other state of the same journey (current ↔ desired), for the side-by-side comparison. */
    counterpartId: uuid('counterpart_id'),
    example: boolean('example').notNull().default(false),
    document: jsonb('document').$type<JourneyDocument>().notNull(),
    origin: jsonb('origin').$type<{
      kind: 'library' | 'import';
      publisher?: string;
      itemId?: string;
    } | null>(),
    version: integer('version').notNull().default(1),
    /** A desired journey put into practice: the day it went live and the map version that did. */
    liveOn: date('live_on'),
    liveVersion: integer('live_version'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    index('journeys_tenant_title').on(t.tenantId, t.title),
  ],
);

export const journeyPersonas = pgTable(
  'journey_personas',
  {
    tenantId: uuid('tenant_id').notNull(),
    journeyId: uuid('journey_id').notNull(),
    personaId: uuid('persona_id').notNull(),
    sort: integer('sort').notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.journeyId, t.personaId] }),
    index('journey_personas_tenant_persona').on(t.tenantId, t.personaId),
  ],
);

/** A snapshot per saved version: the history, and what a diff between versions reads. */
export const journeyVersions = pgTable(
  'journey_versions',
  {
    tenantId: uuid('tenant_id').notNull(),
    journeyId: uuid('journey_id').notNull(),
    version: integer('version').notNull(),
    snapshot: jsonb('snapshot')
      .$type<{ meta: Record<string, unknown>; document: JourneyDocument; personaIds: string[] }>()
      .notNull(),
    savedBy: text('saved_by'),
    savedAt: timestamp('saved_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.journeyId, t.version] })],
);

/** Measured heartbeats: KTO (grade 1–10), CES (1–7) or NPS (−100…100) per step and period. */
export const journeyMeasurements = pgTable(
  'journey_measurements',
  {
    tenantId: uuid('tenant_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    journeyId: uuid('journey_id').notNull(),
    stepId: text('step_id').notNull(),
    instrument: text('instrument').notNull(),
    period: text('period').notNull(),
    n: integer('n').notNull(),
    mean: doublePrecision('mean').notNull(),
    sd: doublePrecision('sd'),
    ciLow: doublePrecision('ci_low'),
    ciHigh: doublePrecision('ci_high'),
    source: text('source').notNull(),
    synthetic: boolean('synthetic').notNull().default(false),
    importId: uuid('import_id').notNull(),
    measuredOn: date('measured_on'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    index('journey_measurements_tenant_step').on(t.tenantId, t.journeyId, t.stepId),
  ],
);

/**
 * Klantcontact behind a step: the melding categories whose KTO answers measure it
 * (`kto-category`) and the contact topics whose contacts it causes (`contact-topic`). Codes, not
 * foreign keys: the catalogues belong to the cases and contacts modules, which own their tables.
 */
export const journeyStepLinks = pgTable(
  'journey_step_links',
  {
    tenantId: uuid('tenant_id').notNull(),
    journeyId: uuid('journey_id').notNull(),
    stepId: text('step_id').notNull(),
    kind: text('kind').notNull(),
    code: text('code').notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.journeyId, t.stepId, t.kind, t.code] })],
);

export interface ExperimentDesign {
  baseline: number;
  expected: number;
  alpha: number;
  power: number;
  nPerGroup: number;
  nExact: number;
}

export const journeyExperiments = pgTable(
  'journey_experiments',
  {
    tenantId: uuid('tenant_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    journeyId: uuid('journey_id').notNull(),
    stepId: text('step_id').notNull(),
    title: text('title').notNull(),
    hypothesis: text('hypothesis'),
    variantA: text('variant_a').notNull(),
    variantB: text('variant_b').notNull(),
    metric: text('metric').notNull(),
    design: jsonb('design').$type<ExperimentDesign>().notNull(),
    results: jsonb('results').$type<{
      a: { successes: number; n: number };
      b: { successes: number; n: number };
    } | null>(),
    /** How often the results were analysed: more than one look inflates false positives. */
    looks: integer('looks').notNull().default(0),
    lastAnalysis: jsonb('last_analysis').$type<ExperimentAnalysis | null>(),
    status: text('status').notNull().default('designed'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    index('journey_experiments_tenant_journey').on(t.tenantId, t.journeyId),
  ],
);

/**
 * The shared library: stripped copies that every gemeente on the installation may read. The row's
 * tenant_id is the publisher, so the standard tenant_isolation policy (added at start-up by
 * bb_enforce_tenant_isolation) keeps insert, update and delete to the publisher. This table adds
 * one deliberate, read-only cross-tenant path: a permissive SELECT policy for any transaction that
 * runs in some tenant's context (none without one). Only stripped documents are ever written here.
 */
export const libraryItems = pgTable(
  'library_items',
  {
    tenantId: uuid('tenant_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    kind: text('kind').notNull(),
    /** The publisher's own record; only shown to the publisher. */
    sourceId: uuid('source_id').notNull(),
    title: text('title').notNull(),
    summary: text('summary'),
    publisherName: text('publisher_name').notNull(),
    persona: jsonb('persona').$type<PersonaInput | null>(),
    journey: jsonb('journey').$type<JourneyFile | null>(),
    version: integer('version').notNull().default(1),
    publishedAt: timestamp('published_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    uniqueIndex('library_items_tenant_source').on(t.tenantId, t.kind, t.sourceId),
    pgPolicy('library_read_any_tenant', {
      as: 'permissive',
      for: 'select',
      using: sql`bb_current_tenant() is not null`,
    }),
  ],
);
