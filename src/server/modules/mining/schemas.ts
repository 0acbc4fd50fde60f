import { Type, type Static } from 'typebox';
import { PageQuery } from '../../platform/http/pagination.js';
import { Nullable, oneOf } from '../../platform/http/schema-types.js';

const Name = Type.String({ minLength: 1, maxLength: 500 });

export const LogParams = Type.Object(
  { logId: Type.String({ maxLength: 64 }) },
  { additionalProperties: false },
);

export const FilterProps = {
  from: Type.Optional(Type.String({ format: 'date-time' })),
  to: Type.Optional(Type.String({ format: 'date-time' })),
  timeMode: Type.Optional(oneOf(['contained', 'intersecting'] as const)),
  activity: Type.Optional(Name),
  variant: Type.Optional(Type.String({ pattern: '^v-[0-9a-f]{12}$' })),
  startActivity: Type.Optional(Name),
  endActivity: Type.Optional(Name),
  attrKey: Type.Optional(Name),
  attrValue: Type.Optional(Type.String({ maxLength: 500 })),
};
export const FilterQuery = Type.Object(FilterProps, { additionalProperties: false });
export type FilterQuery = Static<typeof FilterQuery>;

export const DfgQuery = Type.Object(
  {
    ...FilterProps,
    activities: Type.Optional(Type.Integer({ minimum: 1, maximum: 500 })),
    paths: Type.Optional(Type.Integer({ minimum: 1, maximum: 5000 })),
  },
  { additionalProperties: false },
);
export const VariantQuery = Type.Object(
  { ...FilterProps, ...PageQuery.properties },
  { additionalProperties: false },
);
export const ThroughputQuery = Type.Object(
  { ...FilterProps, bins: Type.Integer({ minimum: 1, maximum: 100, default: 20 }) },
  { additionalProperties: false },
);
export const BottleneckQuery = Type.Object(
  { ...FilterProps, limit: Type.Integer({ minimum: 1, maximum: 100, default: 20 }) },
  { additionalProperties: false },
);
export const EdgeCaseQuery = Type.Object(
  { ...FilterProps, ...PageQuery.properties, source: Name, target: Name },
  { additionalProperties: false },
);

export const UploadQuery = Type.Object(
  {
    format: oneOf(['xes', 'csv'] as const),
    name: Type.String({ minLength: 1, maxLength: 200 }),
    case: Type.Optional(Name),
    activity: Type.Optional(Name),
    timestamp: Type.Optional(Name),
    resource: Type.Optional(Name),
    attributes: Type.Optional(Type.String({ maxLength: 2000 })),
    delimiter: Type.Optional(oneOf([',', ';'] as const)),
    // Months to keep the log; without it the gemeente's term for imported logs (beheer).
    retentionMonths: Type.Optional(Type.Integer({ minimum: 1, maximum: 120 })),
    // What to do with org:resource (staff names): keep, drop, or a per-log pseudonym.
    resourceHandling: Type.Optional(oneOf(['keep', 'drop', 'pseudonymise'] as const)),
  },
  { additionalProperties: false },
);
export type UploadQuery = Static<typeof UploadQuery>;

export const ProvenanceSchema = Type.Object({
  kind: oneOf(['imported', 'own-cases', 'public-dataset'] as const),
  label: Type.String(),
  attribution: Type.Optional(Type.String()),
  licence: Type.Optional(Type.String()),
  url: Type.Optional(Type.String()),
});

export const LogSchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  source: oneOf(['import-xes', 'import-csv', 'cases'] as const),
  status: oneOf(['importing', 'ready', 'failed', 'cancelled'] as const),
  progress: Type.Object({
    bytesRead: Type.Integer(),
    bytesTotal: Nullable(Type.Integer()),
    events: Type.Integer(),
    traces: Type.Integer(),
  }),
  cases: Nullable(Type.Integer()),
  events: Nullable(Type.Integer()),
  activities: Nullable(Type.Integer()),
  error: Nullable(Type.Object({ detail: Type.String(), line: Nullable(Type.Integer()) })),
  provenance: ProvenanceSchema,
  createdAt: Nullable(Type.String({ format: 'date-time' })),
  finishedAt: Nullable(Type.String({ format: 'date-time' })),
  // Null for the own-cases log (it follows the cases' own retention) and for logs imported before
  // terms existed (they count from createdAt with the gemeente's term).
  retainUntil: Nullable(Type.String({ format: 'date-time' })),
  resourceHandling: Nullable(oneOf(['keep', 'drop', 'pseudonymise'] as const)),
  anonymisedAt: Nullable(Type.String({ format: 'date-time' })),
});

const Counts = { totalCases: Type.Integer(), filteredCases: Type.Integer() };
const Activity = Type.Object({
  name: Type.String(),
  count: Type.Integer(),
  cases: Type.Integer(),
  startCount: Type.Integer(),
  endCount: Type.Integer(),
});
const Edge = Type.Object({
  from: Type.String(),
  to: Type.String(),
  count: Type.Integer(),
  meanMs: Type.Number(),
  medianMs: Type.Number(),
});
const Endpoint = Type.Object({ activity: Type.String(), count: Type.Integer() });

export const DfgSchema = Type.Object({
  ...Counts,
  events: Type.Integer(),
  activities: Type.Array(Activity),
  edges: Type.Array(Edge),
  starts: Type.Array(Endpoint),
  ends: Type.Array(Endpoint),
  shown: Type.Object({
    activities: Type.Integer(),
    edges: Type.Integer(),
    totalActivities: Type.Integer(),
    totalEdges: Type.Integer(),
  }),
});

export const VariantPageSchema = Type.Object({
  items: Type.Array(
    Type.Object({
      id: Type.String(),
      activities: Type.Array(Type.String()),
      count: Type.Integer(),
      share: Type.Number(),
      meanThroughputMs: Type.Number(),
      medianThroughputMs: Type.Number(),
    }),
  ),
  page: Type.Integer(),
  pageSize: Type.Integer(),
  total: Type.Integer(),
  ...Counts,
});

const MaybeMs = Nullable(Type.Number());
export const ThroughputSchema = Type.Object({
  ...Counts,
  minMs: MaybeMs,
  maxMs: MaybeMs,
  meanMs: MaybeMs,
  medianMs: MaybeMs,
  p80Ms: MaybeMs,
  bins: Type.Array(Type.Object({ fromMs: Type.Number(), toMs: Type.Number(), count: Type.Integer() })),
});

export const BottleneckSchema = Type.Object({
  ...Counts,
  items: Type.Array(
    Type.Object({
      from: Type.String(),
      to: Type.String(),
      count: Type.Integer(),
      meanMs: Type.Number(),
      medianMs: Type.Number(),
      scoreMs: Type.Number(),
    }),
  ),
});

export const EdgeCasePageSchema = Type.Object({
  items: Type.Array(
    Type.Object({
      caseId: Type.String(),
      occurrences: Type.Integer(),
      start: Type.String({ format: 'date-time' }),
      end: Type.String({ format: 'date-time' }),
      throughputMs: Type.Number(),
      events: Type.Integer(),
      edgeMeanMs: Type.Number(),
    }),
  ),
  page: Type.Integer(),
  pageSize: Type.Integer(),
  total: Type.Integer(),
});
