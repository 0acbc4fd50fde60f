// A persona: a fictional resident (or staff member) grounded in research. Age group and engagement
// profile are plain codes of the channel-advice segmentation (Kanaaladvies), so the web app can
// link a persona to the advice for its group without the modules sharing tables.
import { Type, type Static } from 'typebox';
import { LIMITS } from './model.js';

const closed = { additionalProperties: false } as const;
const list = (max = 10) =>
  Type.Array(Type.String({ minLength: 1, maxLength: LIMITS.short * 2 }), { maxItems: max });

export const SKILL_LEVELS = ['low', 'basic', 'good', 'high'] as const;
/** CEFR levels, plus 'native'. Low literacy is usually below B1 (taalniveau B1 is the norm for government letters). */
export const LANGUAGE_LEVELS = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'native'] as const;

/** Reasons a resident is often missed; any tag marks the persona as from a vulnerable group. */
export const VULNERABILITY_TAGS = [
  'low-literacy',
  'low-digital-skills',
  'screen-reader',
  'newcomer',
  'older-alone',
  'mental-health',
  'debt',
  'physical-disability',
  'other',
] as const;

export const PersonaEvidenceSchema = Type.Object(
  {
    sources: Type.Array(
      Type.Object(
        {
          title: Type.String({ minLength: 1, maxLength: LIMITS.short }),
          year: Type.Optional(Type.Integer({ minimum: 1900, maximum: 2100 })),
          url: Type.Optional(Type.String({ maxLength: 500 })),
          // A report only the gemeente may see: dropped when the persona is published.
          internal: Type.Optional(Type.Boolean()),
        },
        closed,
      ),
      { maxItems: 20 },
    ),
    interviewCount: Type.Integer({ minimum: 0, maximum: 100000 }),
    survey: Type.Optional(
      Type.Object(
        {
          description: Type.String({ minLength: 1, maxLength: LIMITS.short }),
          respondents: Type.Integer({ minimum: 0, maximum: 10_000_000 }),
          year: Type.Optional(Type.Integer({ minimum: 1900, maximum: 2100 })),
        },
        closed,
      ),
    ),
  },
  closed,
);

export const PersonaInputSchema = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 100 }),
    kind: Type.Enum(['resident', 'staff'] as const),
    // An illustration or avatar key; no real person's photo is needed or wanted.
    avatar: Type.Optional(Type.String({ maxLength: 500 })),
    ageGroup: Type.Optional(Type.String({ maxLength: 40, pattern: '^[a-z0-9-]+$' })),
    engagementProfile: Type.Optional(Type.String({ maxLength: 60, pattern: '^[a-z0-9-]+$' })),
    lifeSituation: Type.Optional(Type.String({ maxLength: LIMITS.text })),
    goals: list(),
    motivations: list(),
    worries: list(),
    dreams: list(),
    digitalSkills: Type.Optional(Type.Enum(SKILL_LEVELS)),
    languageLevel: Type.Optional(Type.Enum(LANGUAGE_LEVELS)),
    // Channel codes (plain, as in the advice catalogue) and free text on how they like to be informed.
    informedBy: list(),
    contactBy: list(),
    // Composed or paraphrased quotes: never a real resident's words with personal data.
    quotes: list(),
    vulnerabilityTags: Type.Array(Type.Enum(VULNERABILITY_TAGS), {
      maxItems: VULNERABILITY_TAGS.length,
      uniqueItems: true,
    }),
    evidence: PersonaEvidenceSchema,
    // The team's own notes: tenant-private, never published.
    internalNotes: Type.Optional(Type.String({ maxLength: LIMITS.text })),
    example: Type.Optional(Type.Boolean()),
  },
  closed,
);
export type PersonaInput = Static<typeof PersonaInputSchema>;

export const QUOTE_REMINDER =
  'Citaten zijn samengesteld of geparafraseerd; zet er geen naam, adres of ander persoonsgegeven van een echte inwoner in.';

export function isVulnerable(persona: Pick<PersonaInput, 'vulnerabilityTags'>): boolean {
  return persona.vulnerabilityTags.length > 0;
}

/** The persona as it may leave the gemeente: no internal notes, no internal sources. */
export function stripPersona(persona: PersonaInput): PersonaInput {
  const { internalNotes: _notes, ...rest } = persona;
  return {
    ...rest,
    evidence: {
      ...persona.evidence,
      sources: persona.evidence.sources.filter((s) => !s.internal).map(({ internal: _i, ...s }) => s),
    },
  };
}
