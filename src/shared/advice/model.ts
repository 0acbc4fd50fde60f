// The Kanaaladvies data model, shared by server and web. Codes are stable identifiers; names are
// data (a beheerder can extend catalogues), so nothing here lists channels or groups.

/** Trajectory type: dienstverlening (service) or participatie (participation). */
export const CONTEXTS = ['service', 'participation'] as const;
export type Context = (typeof CONTEXTS)[number];

/** The five journey phases of the Ken je inwoner model, numbered 1..5. */
export const PHASES = [1, 2, 3, 4, 5] as const;
export type Phase = (typeof PHASES)[number];

/** Built-in segmentation schemes. A beheerder may add groups to them. */
export const SCHEMES = ['age', 'profile'] as const;
export type SchemeCode = (typeof SCHEMES)[number];

/** What one respondent answered for one context and phase. */
export interface PhaseAnswer {
  /** Channels the respondent would use, most preferred first (at least one). */
  channels: string[];
  /** Motive codes for the choice of channel (may be empty). */
  motives: string[];
  /** Expectation codes: what the respondent expects of the gemeente in this phase (may be empty). */
  expectations: string[];
}

/** Answers keyed by context, then phase ("1".."5"). A respondent may skip a context or phase. */
export type Answers = Partial<Record<Context, Partial<Record<`${Phase}`, PhaseAnswer>>>>;

export interface Respondent {
  /** The survey's own respondent id, unique within a dataset. */
  key: string;
  age: number;
  /** Age-group code, derived from age with the tenant's age scheme. */
  ageGroup: string;
  /** Engagement-profile code, or null when the survey did not establish it. */
  profile: string | null;
  answers: Answers;
}

export interface Interval {
  low: number;
  high: number;
}

/** Where a figure comes from: shown beside every figure. */
export interface Provenance {
  datasetId: string;
  dataset: string;
  source: string;
  year: number;
  synthetic: boolean;
  /** Respondents behind this figure (unweighted count). */
  n: number;
}
