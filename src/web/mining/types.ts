// Shapes of /api/v1/mining as docs/mining.md describes them. Durations are milliseconds.

export interface LogProvenance {
  kind: 'imported' | 'own-cases' | 'public-dataset' | string;
  label: string;
  attribution?: string | null;
  licence?: string | null;
  url?: string | null;
}

export interface EventLog {
  id: string;
  name: string;
  source: 'import-xes' | 'import-csv' | 'cases' | string;
  status: 'importing' | 'ready' | 'failed' | 'cancelled';
  progress: { bytesRead: number; bytesTotal: number | null; events: number; traces: number } | null;
  cases: number | null;
  events: number | null;
  activities: number | null;
  error: { detail: string; line: number | null } | null;
  provenance: LogProvenance;
  createdAt: string | null;
  finishedAt: string | null;
  /** After this the retention run deletes the log; null for the own cases. */
  retainUntil: string | null;
  resourceHandling: ResourceHandling | null;
  anonymisedAt: string | null;
}

export type ResourceHandling = 'keep' | 'drop' | 'pseudonymise';

/** Import options about personal data. */
export interface LogPrivacy {
  resourceHandling: ResourceHandling;
  retentionMonths?: number;
}

export interface MiningFilters {
  from?: string;
  to?: string;
  timeMode?: 'contained' | 'intersecting';
  activity?: string;
  variant?: string;
  startActivity?: string;
  endActivity?: string;
  attrKey?: string;
  attrValue?: string;
}

export interface DfgActivity {
  name: string;
  count: number;
  cases: number;
  startCount: number;
  endCount: number;
}

export interface DfgEdge {
  from: string;
  to: string;
  count: number;
  meanMs: number | null;
  medianMs: number | null;
}

export interface Dfg {
  totalCases: number;
  filteredCases: number;
  events: number;
  activities: DfgActivity[];
  edges: DfgEdge[];
  starts: { activity: string; count: number }[];
  ends: { activity: string; count: number }[];
  shown: { activities: number; edges: number; totalActivities: number; totalEdges: number };
}

export interface Variant {
  id: string;
  activities: string[];
  count: number;
  share: number;
  meanThroughputMs: number | null;
  medianThroughputMs: number | null;
}

export interface Filtered {
  totalCases: number;
  filteredCases: number;
}

export interface Throughput extends Filtered {
  minMs: number | null;
  maxMs: number | null;
  meanMs: number | null;
  medianMs: number | null;
  p80Ms: number | null;
  bins: { fromMs: number; toMs: number; count: number }[];
}

export interface Bottleneck {
  from: string;
  to: string;
  count: number;
  meanMs: number | null;
  medianMs: number | null;
  scoreMs: number | null;
}

export interface EdgeCase {
  caseId: string;
  occurrences: number;
  start: string;
  end: string;
  throughputMs: number;
  events: number;
  edgeMeanMs: number | null;
}

export interface CsvMapping {
  case: string;
  activity: string;
  timestamp: string;
  resource?: string;
  attributes?: string;
  delimiter?: ',' | ';';
}
