// The journey map as one JSON document, shared by the server (validation, storage, export) and the
// web app (editing). The same TypeBox schemas are JSON Schema: docs/journey-format.schema.json is
// generated from them, so other tools read and write exactly what the API accepts.
import { Type, type Static } from 'typebox';

export const FORMAT_NAME = 'buitenbinnen.journey';
export const FORMAT_VERSION = 1;

// Explicit limits (the bar: every size, length and count has one).
export const LIMITS = {
  text: 2000,
  short: 200,
  stepsPerPhase: 30,
  cardsPerLane: 20,
  personasPerJourney: 20,
} as const;

export const TRAJECTORIES = ['service', 'participation'] as const;
export type Trajectory = (typeof TRAJECTORIES)[number];

export const JOURNEY_STATES = ['current', 'desired'] as const;
export type JourneyState = (typeof JOURNEY_STATES)[number];

/** How well a card is grounded: measured, reported by residents or staff, or assumed. */
export const EVIDENCE_LEVELS = ['gemeten', 'gerapporteerd', 'aangenomen'] as const;
export type EvidenceLevel = (typeof EVIDENCE_LEVELS)[number];
export const GROUNDED_LEVELS: readonly EvidenceLevel[] = ['gemeten', 'gerapporteerd'];

/** The five phases of the journey model (DESIGN.md); names are renamable per journey. */
export const PHASE_KEYS = ['awareness', 'first-contact', 'action', 'feedback', 'closure'] as const;
export type PhaseKey = (typeof PHASE_KEYS)[number];

export const DEFAULT_PHASE_NAMES: Record<Trajectory, Record<PhaseKey, string>> = {
  service: {
    awareness: 'Bewustwording & oriëntatie',
    'first-contact': 'Eerste contact',
    action: 'Actie & interactie',
    feedback: 'Terugkoppeling',
    closure: 'Afronding',
  },
  participation: {
    awareness: 'Bewustwording & uitnodiging',
    'first-contact': 'Aanmelding',
    action: 'Deelname',
    feedback: 'Terugkoppeling',
    closure: 'Afronding & reflectie',
  },
};

/** CJML-style actors: who initiates a touchpoint and who receives it. */
export const ACTORS = ['resident', 'gemeente', 'partner', 'system'] as const;
export const SENTIMENTS = ['positive', 'neutral', 'negative'] as const;
export type Sentiment = (typeof SENTIMENTS)[number];
export const IDEA_STATUSES = ['idea', 'planned', 'in-progress', 'done', 'rejected'] as const;

const text = (max: number = LIMITS.text) => Type.String({ minLength: 1, maxLength: max });
const closed = { additionalProperties: false } as const;

export const EvidenceSchema = Type.Object(
  {
    level: Type.Enum(EVIDENCE_LEVELS),
    source: Type.Optional(Type.String({ maxLength: LIMITS.short })),
  },
  closed,
);
export type Evidence = Static<typeof EvidenceSchema>;

export const CardSchema = Type.Object({ text: text(), evidence: EvidenceSchema }, closed);
export type Card = Static<typeof CardSchema>;

export const TouchpointSchema = Type.Object(
  {
    // A channel code of the channel-advice catalogue (e.g. 'telefoon', 'webformulier'), kept as a plain code.
    channel: Type.String({ minLength: 1, maxLength: 60, pattern: '^[a-z0-9-]+$' }),
    initiator: Type.Enum(ACTORS),
    receiver: Type.Enum(ACTORS),
    description: Type.Optional(Type.String({ maxLength: LIMITS.text })),
    evidence: EvidenceSchema,
  },
  closed,
);
export type Touchpoint = Static<typeof TouchpointSchema>;

export const HeartbeatSchema = Type.Object(
  {
    sentiment: Type.Optional(Type.Enum(SENTIMENTS)),
    score: Type.Optional(Type.Integer({ minimum: 1, maximum: 5 })),
    note: Type.Optional(Type.String({ maxLength: LIMITS.text })),
    evidence: EvidenceSchema,
  },
  closed,
);
export type Heartbeat = Static<typeof HeartbeatSchema>;

export const IdeaSchema = Type.Object(
  {
    text: text(),
    // A name or team inside the gemeente: private, stripped when published.
    owner: Type.Optional(Type.String({ maxLength: LIMITS.short })),
    status: Type.Enum(IDEA_STATUSES),
    evidence: EvidenceSchema,
  },
  closed,
);

export const BackstageSchema = Type.Object(
  {
    department: text(LIMITS.short),
    system: Type.Optional(Type.String({ maxLength: LIMITS.short })),
    description: Type.Optional(Type.String({ maxLength: LIMITS.text })),
    evidence: EvidenceSchema,
  },
  closed,
);

export const KpiSchema = Type.Object(
  {
    name: text(LIMITS.short),
    target: Type.Optional(Type.String({ maxLength: LIMITS.short })),
    evidence: EvidenceSchema,
  },
  closed,
);

/** Written back by a concluded experiment. */
export const ExperimentOutcomeSchema = Type.Object(
  {
    experimentId: Type.String({ maxLength: 60 }),
    summary: text(),
    winner: Type.Enum(['A', 'B', 'none'] as const),
    pValue: Type.Number({ minimum: 0, maximum: 1 }),
    decidedAt: Type.String({ maxLength: 40 }),
  },
  closed,
);

const cards = <T extends Parameters<typeof Type.Array>[0]>(item: T) =>
  Type.Array(item, { maxItems: LIMITS.cardsPerLane });

export const StepSchema = Type.Object(
  {
    // Stable within the journey, so measurements and experiments can point at a step.
    id: Type.String({ minLength: 1, maxLength: 40, pattern: '^[A-Za-z0-9_-]+$' }),
    title: text(LIMITS.short),
    does: Type.Optional(CardSchema),
    thinks: Type.Optional(CardSchema),
    touchpoints: cards(TouchpointSchema),
    heartbeat: Type.Optional(HeartbeatSchema),
    painPoints: cards(CardSchema),
    ideas: cards(IdeaSchema),
    backstage: cards(BackstageSchema),
    kpi: Type.Optional(KpiSchema),
    experimentOutcome: Type.Optional(ExperimentOutcomeSchema),
  },
  closed,
);
export type Step = Static<typeof StepSchema>;

export const PhaseSchema = Type.Object(
  {
    key: Type.Enum(PHASE_KEYS),
    name: text(LIMITS.short),
    steps: Type.Array(StepSchema, { maxItems: LIMITS.stepsPerPhase }),
  },
  closed,
);
export type JourneyPhase = Static<typeof PhaseSchema>;

/** Exactly the five phases, in order (checked in validate.ts; JSON Schema cannot say "in order"). */
export const JourneyDocumentSchema = Type.Object(
  { phases: Type.Array(PhaseSchema, { minItems: 5, maxItems: 5 }) },
  closed,
);
export type JourneyDocument = Static<typeof JourneyDocumentSchema>;

export const JourneyMetaSchema = Type.Object(
  {
    title: text(LIMITS.short),
    description: Type.Optional(Type.String({ maxLength: LIMITS.text })),
    trajectory: Type.Enum(TRAJECTORIES),
    // A life event or product, e.g. 'verhuizen', 'paspoort', 'melding openbare ruimte'.
    lifeEvent: text(LIMITS.short),
    state: Type.Enum(JOURNEY_STATES),
    // An employee journey (medewerkersreis) uses the same model with a staff persona.
    audience: Type.Optional(Type.Enum(['resident', 'staff'] as const)),
  },
  closed,
);
export type JourneyMeta = Static<typeof JourneyMetaSchema>;

/** An empty map with the five phases named for the trajectory. */
export function emptyDocument(trajectory: Trajectory): JourneyDocument {
  return {
    phases: PHASE_KEYS.map((key) => ({ key, name: DEFAULT_PHASE_NAMES[trajectory][key], steps: [] })),
  };
}

export function allSteps(document: JourneyDocument): { phase: PhaseKey; step: Step }[] {
  return document.phases.flatMap((p) => p.steps.map((step) => ({ phase: p.key, step })));
}
