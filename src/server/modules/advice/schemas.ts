import { Type } from 'typebox';
import { CONTEXTS, PHASES, SCHEMES } from '../../../shared/advice/model.js';

export const ContextSchema = Type.Union(CONTEXTS.map((c) => Type.Literal(c)));
export const SchemeSchema = Type.Union(SCHEMES.map((s) => Type.Literal(s)));
export const PhaseSchema = Type.Integer({ minimum: 1, maximum: PHASES.length });
export const Code = Type.String({ minLength: 1, maxLength: 60, pattern: '^[a-z0-9][a-z0-9-]*$' });
const Uuid = Type.String({ format: 'uuid' });
const Nullable = <T extends ReturnType<typeof Type.String>>(t: T) => Type.Union([t, Type.Null()]);

export const IdParams = Type.Object({ id: Uuid }, { additionalProperties: false });

export const AdviceQuerySchema = Type.Object(
  {
    dataset: Uuid,
    context: ContextSchema,
    scheme: SchemeSchema,
    group: Type.String({ minLength: 1, maxLength: 60 }),
    phase: PhaseSchema,
  },
  { additionalProperties: false },
);
export const MatrixQuerySchema = Type.Object(
  { dataset: Uuid, context: ContextSchema, scheme: SchemeSchema, phase: PhaseSchema },
  { additionalProperties: false },
);
export const JourneyQuerySchema = Type.Object(
  {
    dataset: Uuid,
    context: ContextSchema,
    scheme: SchemeSchema,
    group: Type.String({ minLength: 1, maxLength: 60 }),
  },
  { additionalProperties: false },
);
export const CompareQuerySchema = Type.Object(
  {
    datasetA: Uuid,
    datasetB: Uuid,
    context: ContextSchema,
    scheme: SchemeSchema,
    group: Type.String({ minLength: 1, maxLength: 60 }),
    phase: PhaseSchema,
  },
  { additionalProperties: false },
);
export const MixQuerySchema = Type.Object(
  { dataset: Uuid, context: ContextSchema },
  { additionalProperties: false },
);

export const Provenance = Type.Object({
  datasetId: Type.String(),
  dataset: Type.String(),
  source: Type.String(),
  year: Type.Integer(),
  synthetic: Type.Boolean(),
  n: Type.Integer(),
});

export const DatasetSchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  source: Type.String(),
  description: Nullable(Type.String()),
  year: Type.Integer(),
  synthetic: Type.Boolean(),
  respondentCount: Type.Integer(),
  weighting: Type.Union([
    Type.Object({
      areaId: Type.String(),
      areaName: Type.String(),
      weights: Type.Record(Type.String(), Type.Number()),
    }),
    Type.Null(),
  ]),
  createdAt: Type.String({ format: 'date-time' }),
});

export const ImportQuerySchema = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 200 }),
    source: Type.String({ minLength: 1, maxLength: 500 }),
    year: Type.Integer({ minimum: 1990, maximum: 2100 }),
    description: Type.Optional(Type.String({ maxLength: 2000 })),
    /** Weight to the age composition of this area (post-stratification by age group). */
    weightArea: Type.Optional(Uuid),
  },
  { additionalProperties: false },
);

const Composition = Type.Record(Type.String({ maxLength: 60 }), Type.Number({ minimum: 0 }), {
  maxProperties: 100,
});

export const AreaInputSchema = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 200 }),
    kind: Type.Union([Type.Literal('gemeente'), Type.Literal('wijk'), Type.Literal('buurt')]),
    scheme: SchemeSchema,
    counts: Type.Optional(Composition),
    shares: Type.Optional(Composition),
    normalise: Type.Optional(Type.Boolean()),
    source: Type.Optional(Nullable(Type.String({ maxLength: 500 }))),
  },
  { additionalProperties: false },
);

export const AreaImportQuerySchema = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 200 }),
    kind: Type.Union([Type.Literal('gemeente'), Type.Literal('wijk'), Type.Literal('buurt')]),
    scheme: SchemeSchema,
    normalise: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);

export const AreaSchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  kind: Type.String(),
  scheme: Type.String(),
  shares: Type.Record(Type.String(), Type.Number()),
  counts: Type.Union([Type.Record(Type.String(), Type.Number()), Type.Null()]),
  synthetic: Type.Boolean(),
  source: Nullable(Type.String()),
  version: Type.Integer(),
  updatedAt: Type.String(),
});

export const PlanInputSchema = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 200 }),
    context: ContextSchema,
    dataset: Uuid,
    scheme: SchemeSchema,
    /** With an area, groups count by their share in it; without, every group of the scheme counts. */
    area: Type.Optional(Nullable(Uuid)),
    targetMode: Type.Union([Type.Literal('every-group'), Type.Literal('population')]),
    target: Type.Number({ exclusiveMinimum: 0, maximum: 1 }),
    channels: Type.Array(
      Type.Object(
        { code: Code, cost: Type.Number({ minimum: 0, maximum: 1e9 }) },
        { additionalProperties: false },
      ),
      { minItems: 1, maxItems: 31 },
    ),
  },
  { additionalProperties: false },
);

export const ChannelInputSchema = Type.Object(
  {
    code: Code,
    nameNl: Type.String({ minLength: 1, maxLength: 100 }),
    nameEn: Type.String({ minLength: 1, maxLength: 100 }),
    digital: Type.Boolean(),
    inbound: Type.Boolean(),
    outbound: Type.Boolean(),
    contexts: Type.Array(ContextSchema, { minItems: 1, maxItems: 2, uniqueItems: true }),
  },
  { additionalProperties: false },
);

export const SegmentInputSchema = Type.Object(
  {
    scheme: SchemeSchema,
    code: Code,
    nameNl: Type.String({ minLength: 1, maxLength: 100 }),
    nameEn: Type.String({ minLength: 1, maxLength: 100 }),
    minAge: Type.Optional(Type.Union([Type.Integer({ minimum: 0, maximum: 120 }), Type.Null()])),
    maxAge: Type.Optional(Type.Union([Type.Integer({ minimum: 0, maximum: 120 }), Type.Null()])),
    populationShare: Type.Optional(Type.Union([Type.Number({ minimum: 0, maximum: 1 }), Type.Null()])),
    description: Type.Optional(Nullable(Type.String({ maxLength: 2000 }))),
    source: Type.String({ minLength: 1, maxLength: 500 }),
  },
  { additionalProperties: false },
);

export const ReasonInputSchema = Type.Object(
  {
    kind: Type.Union([Type.Literal('motive'), Type.Literal('expectation')]),
    code: Code,
    nameNl: Type.String({ minLength: 1, maxLength: 200 }),
    nameEn: Type.String({ minLength: 1, maxLength: 200 }),
    phases: Type.Array(PhaseSchema, { minItems: 1, maxItems: 5, uniqueItems: true }),
    contexts: Type.Array(ContextSchema, { minItems: 1, maxItems: 2, uniqueItems: true }),
  },
  { additionalProperties: false },
);
