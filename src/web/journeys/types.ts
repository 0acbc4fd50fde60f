// Shapes of the journeys API as the web app reads them (docs/journeys.md). The document itself is
// the shared model, so the editor and the server validate the same thing.
import type { JourneyDocument, JourneyMeta } from '../../shared/journeys/model';
import type { Grounding } from '../../shared/journeys/grounding';
import type { PhaseDiff } from '../../shared/journeys/diff';
import type { ExperimentAnalysis } from '../../shared/journeys/experiment';
import type { PersonaInput } from '../../shared/journeys/persona';
import type { JourneyFile } from '../../shared/journeys/exchange';

export type { JourneyDocument, Grounding, PhaseDiff, ExperimentAnalysis, PersonaInput, JourneyFile };

export interface Origin {
  kind: 'library' | 'import';
  publisher?: string;
  itemId?: string;
}

export interface JourneySummary extends JourneyMeta {
  id: string;
  audience: 'resident' | 'staff';
  counterpartId: string | null;
  example: boolean;
  origin: Origin | null;
  version: number;
  /** A desired journey put into practice: the day and the map version. */
  liveOn: string | null;
  liveVersion: number | null;
  createdAt: string;
  updatedAt: string;
}

export interface Journey extends JourneySummary {
  document: JourneyDocument;
  personaIds: string[];
  personas: { id: string; name: string; vulnerable: boolean }[];
  grounding: Grounding;
  warnings: string[];
}

/** What PUT/POST accept: the meta, the persona links and the document. */
export interface JourneyInput extends JourneyMeta {
  personaIds: string[];
  counterpartId?: string | null;
  document?: JourneyDocument;
}

export interface JourneyDiff {
  current: { id: string; title: string; state: string; version: number };
  desired: { id: string; title: string; state: string; version: number };
  phases: PhaseDiff[];
}

export interface Measurement {
  id: string;
  stepId: string;
  instrument: 'kto' | 'ces' | 'nps' | string;
  period: string;
  n: number;
  mean: number;
  sd: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  confidence: number;
  source: string;
  synthetic: boolean;
}

export interface Experiment {
  id: string;
  journeyId: string;
  stepId: string;
  title: string;
  hypothesis: string | null;
  variantA: string;
  variantB: string;
  metric: string;
  design: { baseline: number; expected: number; alpha: number; power: number; nPerGroup: number };
  results: { a: { successes: number; n: number }; b: { successes: number; n: number } } | null;
  looks: number;
  lastAnalysis: ExperimentAnalysis | null;
  status: string;
  version: number;
}

export interface Persona extends PersonaInput {
  id: string;
  example: boolean;
  vulnerable: boolean;
  origin: Origin | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface LibrarySummary {
  id: string;
  kind: 'persona' | 'journey';
  title: string;
  summary: string | null;
  publisherName: string;
  own: boolean;
  sourceId?: string;
  version: number;
  publishedAt: string;
}

export interface LibraryItem extends LibrarySummary {
  persona: PersonaInput | null;
  journey: JourneyFile | null;
}
