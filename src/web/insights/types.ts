// Shapes of /api/v1/insights as docs/insights.md describes them. The server owns the contract.

export interface Provenance {
  source: 'klantcontact' | 'meldingen' | 'kto' | 'demo' | string;
  synthetic: boolean;
  label: string;
  n: number;
  generatedAt: string;
  /** rollup: from the summary tables as of asOf; direct: read from the records themselves. */
  method?: 'rollup' | 'direct';
  asOf?: string | null;
  /** Why the records were read directly (rollups being built or catching up), in Dutch. */
  note?: string | null;
}

export interface DrillDown {
  resource: 'contacts' | 'cases';
  query: Record<string, string | number | boolean>;
  ids?: string[];
}

export interface Chart<R> {
  chart: string;
  filters: Record<string, string | null>;
  provenance: Provenance;
  minGroupSize: number;
  rows: R[];
}

interface Suppressible {
  suppressed: boolean;
}

export interface VolumeRow extends Suppressible {
  period: string;
  channel: string;
  n: number | null;
  drillDown: DrillDown | null;
}

export interface ShiftRow extends Suppressible {
  period: string;
  digital: number | null;
  personal: number | null;
  other: number | null;
  total: number | null;
  digitalShare: number | null;
}

export interface HeatmapRow extends Suppressible {
  channel: string;
  weekday: number;
  hour: number;
  n: number | null;
}

export interface TimesRow extends Suppressible {
  channel: string;
  measure: 'wait' | 'handle';
  n: number | null;
  mean: number | null;
  median: number | null;
  p80: number | null;
  p95: number | null;
  drillDown: DrillDown | null;
}

export interface ResolutionRow extends Suppressible {
  topicCode: string;
  topicName: string;
  n: number | null;
  identified: number | null;
  resolved: number | null;
  resolvedShare: number | null;
  repeated: number | null;
  repeatShare: number | null;
  drillDown: DrillDown | null;
}

export interface AvoidableRow extends Suppressible {
  topicCode: string;
  topicName: string;
  categoryCode: string | null;
  categoryName: string | null;
  n: number | null;
  cases: number | null;
  drillDown: DrillDown | null;
}

export interface ReasonRow extends Suppressible {
  topicCode: string;
  topicName: string;
  avoidable: boolean;
  n: number | null;
  previous: number | null;
  change: number | null;
  trend: { period: string; n: number | null }[];
  suggestPublish: boolean;
  drillDown: DrillDown | null;
}

export interface BacklogRow extends Suppressible {
  teamId: string | null;
  teamName: string | null;
  bucket: string;
  n: number | null;
  overdue: number | null;
  drillDown: DrillDown | null;
}

export interface DueRow extends Suppressible {
  categoryCode: string;
  categoryName: string;
  closed: number | null;
  onTime: number | null;
  onTimeShare: number | null;
  open: number | null;
  openOverdue: number | null;
  drillDown: DrillDown | null;
}

export interface SatisfactionRow extends Suppressible {
  dimension: 'channel' | 'category';
  key: string;
  name: string;
  n: number | null;
  mean: number | null;
  satisfiedShare: number | null;
}

export interface DashboardFilters {
  from?: string;
  to?: string;
  interval?: 'day' | 'week' | 'month';
  channel?: string;
  topic?: string;
  category?: string;
  team?: string;
  area?: string;
}

export interface Norm {
  code: string;
  nameNl: string;
  kind: 'mean-at-most' | 'share-within';
  thresholdSeconds: number | null;
  workingDays: number | null;
  target: number | null;
  active: boolean;
  source: string;
  version: number;
}

export interface NormScoreRow extends Suppressible {
  normCode: string;
  week: string;
  n: number | null;
  score: number | null;
  met: boolean | null;
}

export interface NormSummary {
  code: string;
  trend: 'improving' | 'worsening' | 'stable' | 'unknown';
  slopePerWeek: number | null;
  latest: number | null;
  met: boolean | null;
}

export interface NormScores extends Chart<NormScoreRow> {
  norms: NormSummary[];
}

export interface StaffingRow {
  weekday: number;
  start: string;
  forecastCalls: number;
  ahtSeconds: number | null;
  agents: number;
  scheduled: number;
  serviceLevel: number | null;
  asaSeconds: number | null;
  occupancy: number | null;
}

export interface Staffing {
  chart: string;
  parameters: Record<string, number | string>;
  provenance: Provenance;
  rows: StaffingRow[];
}
