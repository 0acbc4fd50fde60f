import { Type } from 'typebox';
import { JourneyDocumentSchema, JourneyMetaSchema, LIMITS } from '../../../shared/journeys/model.js';
import { JourneyFileSchema } from '../../../shared/journeys/exchange.js';
import { PersonaInputSchema } from '../../../shared/journeys/persona.js';
import { OriginSchema } from '../personas/schemas.js';

const uuid = Type.String({ format: 'uuid' });
const closed = { additionalProperties: false } as const;
const page = {
  page: Type.Integer({ minimum: 1, maximum: 100_000, default: 1 }),
  pageSize: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
};

export const IdParams = Type.Object({ id: uuid }, closed);
export const VersionParams = Type.Object({ id: uuid, version: Type.Integer({ minimum: 1 }) }, closed);
export const ExperimentParams = Type.Object({ id: uuid, experimentId: uuid }, closed);

export const JourneyInputSchema = Type.Object(
  {
    ...JourneyMetaSchema.properties,
    document: Type.Optional(JourneyDocumentSchema),
    personaIds: Type.Array(uuid, { maxItems: LIMITS.personasPerJourney }),
    counterpartId: Type.Optional(Type.Union([uuid, Type.Null()])),
  },
  closed,
);

export const JourneyListQuery = Type.Object(
  {
    ...page,
    state: Type.Optional(Type.Union([Type.Literal('current'), Type.Literal('desired')])),
    trajectory: Type.Optional(Type.Union([Type.Literal('service'), Type.Literal('participation')])),
  },
  closed,
);

const summary = {
  ...JourneyMetaSchema.properties,
  id: uuid,
  audience: Type.String(),
  counterpartId: Type.Union([uuid, Type.Null()]),
  example: Type.Boolean(),
  origin: OriginSchema,
  version: Type.Integer(),
  liveOn: Type.Union([Type.String(), Type.Null()]),
  liveVersion: Type.Union([Type.Integer(), Type.Null()]),
  createdAt: Type.String(),
  updatedAt: Type.String(),
};
export const JourneySummarySchema = Type.Object(summary);

export const GroundingSchema = Type.Object({
  steps: Type.Integer(),
  heartbeats: Type.Integer(),
  grounded: Type.Integer(),
  share: Type.Union([Type.Number(), Type.Null()]),
  assumedStepIds: Type.Array(Type.String()),
  stepsWithoutHeartbeat: Type.Array(Type.String()),
});

export const JourneySchema = Type.Object({
  ...summary,
  document: JourneyDocumentSchema,
  personaIds: Type.Array(uuid),
  personas: Type.Array(Type.Object({ id: uuid, name: Type.String(), vulnerable: Type.Boolean() })),
  grounding: GroundingSchema,
  warnings: Type.Array(Type.String()),
});

export const ExportQuery = Type.Object(
  { format: Type.Union([Type.Literal('json'), Type.Literal('mermaid')], { default: 'json' }) },
  closed,
);
export const DiffQuery = Type.Object({ with: Type.Optional(uuid) }, closed);

export const MeasurementImportQuery = Type.Object(
  { source: Type.String({ minLength: 1, maxLength: 200 }), synthetic: Type.Boolean({ default: false }) },
  closed,
);
export const MeasurementListQuery = Type.Object(
  { stepId: Type.Optional(Type.String({ maxLength: 40 })) },
  closed,
);
export const MeasurementSchema = Type.Object({
  id: uuid,
  stepId: Type.String(),
  instrument: Type.String(),
  period: Type.String(),
  n: Type.Integer(),
  mean: Type.Number(),
  sd: Type.Union([Type.Number(), Type.Null()]),
  ciLow: Type.Union([Type.Number(), Type.Null()]),
  ciHigh: Type.Union([Type.Number(), Type.Null()]),
  confidence: Type.Number(),
  source: Type.String(),
  synthetic: Type.Boolean(),
  importId: uuid,
});

const proportion = Type.Number({ exclusiveMinimum: 0, exclusiveMaximum: 1 });
export const PowerQuery = Type.Object(
  {
    p1: proportion,
    p2: proportion,
    alpha: Type.Number({ exclusiveMinimum: 0, maximum: 0.2, default: 0.05 }),
    power: Type.Number({ minimum: 0.5, exclusiveMaximum: 1, default: 0.8 }),
  },
  closed,
);

export const ExperimentInputSchema = Type.Object(
  {
    stepId: Type.String({ minLength: 1, maxLength: 40 }),
    title: Type.String({ minLength: 1, maxLength: 200 }),
    hypothesis: Type.Optional(Type.String({ maxLength: 2000 })),
    variantA: Type.String({ minLength: 1, maxLength: 500 }),
    variantB: Type.String({ minLength: 1, maxLength: 500 }),
    metric: Type.String({ minLength: 1, maxLength: 200 }),
    baseline: proportion,
    expected: proportion,
    alpha: Type.Optional(Type.Number({ exclusiveMinimum: 0, maximum: 0.2 })),
    power: Type.Optional(Type.Number({ minimum: 0.5, exclusiveMaximum: 1 })),
  },
  closed,
);
const arm = Type.Object(
  {
    successes: Type.Integer({ minimum: 0, maximum: 10_000_000 }),
    n: Type.Integer({ minimum: 0, maximum: 10_000_000 }),
  },
  closed,
);
export const ResultsInputSchema = Type.Object({ a: arm, b: arm }, closed);
export const ConclusionInputSchema = Type.Object(
  { summary: Type.String({ minLength: 1, maxLength: 2000 }) },
  closed,
);

export const LibraryPublishSchema = Type.Object(
  { kind: Type.Union([Type.Literal('persona'), Type.Literal('journey')]), sourceId: uuid },
  closed,
);
export const LibraryListQuery = Type.Object(
  { ...page, kind: Type.Optional(Type.Union([Type.Literal('persona'), Type.Literal('journey')])) },
  closed,
);
const librarySummary = {
  id: uuid,
  kind: Type.String(),
  title: Type.String(),
  summary: Type.Union([Type.String(), Type.Null()]),
  publisherName: Type.String(),
  own: Type.Boolean(),
  sourceId: Type.Optional(uuid),
  version: Type.Integer(),
  publishedAt: Type.String(),
  updatedAt: Type.String(),
};
export const LibrarySummarySchema = Type.Object(librarySummary);
export const LibraryItemSchema = Type.Object({
  ...librarySummary,
  persona: Type.Union([PersonaInputSchema, Type.Null()]),
  journey: Type.Union([JourneyFileSchema, Type.Null()]),
});

const code = Type.String({ minLength: 1, maxLength: 80 });
export const StepParams = Type.Object(
  { id: uuid, stepId: Type.String({ minLength: 1, maxLength: 40 }) },
  closed,
);
export const StepLinksInputSchema = Type.Object(
  {
    ktoCategories: Type.Array(code, { maxItems: 20, uniqueItems: true }),
    contactTopics: Type.Array(code, { maxItems: 20, uniqueItems: true }),
  },
  closed,
);
const day = Type.String({ format: 'date' });
export const KlantcontactQuery = Type.Object({ from: Type.Optional(day), to: Type.Optional(day) }, closed);
export const LiveInputSchema = Type.Object(
  { liveOn: day, version: Type.Optional(Type.Integer({ minimum: 1 })) },
  closed,
);
export const BeforeAfterQuery = Type.Object(
  { days: Type.Integer({ minimum: 7, maximum: 365, default: 91 }) },
  closed,
);
