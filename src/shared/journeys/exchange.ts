// The exchange file: one journey with its personas embedded, readable without the database it
// came from. Export writes it, import reads it, the shared library stores it (stripped).
import { Type, type Static } from 'typebox';
import {
  FORMAT_NAME,
  FORMAT_VERSION,
  JourneyDocumentSchema,
  JourneyMetaSchema,
  LIMITS,
  type JourneyDocument,
  type JourneyMeta,
} from './model.js';
import { PersonaInputSchema, stripPersona, type PersonaInput } from './persona.js';

export const JourneyFileSchema = Type.Object(
  {
    format: Type.Literal(FORMAT_NAME),
    formatVersion: Type.Literal(FORMAT_VERSION),
    journey: Type.Object(
      {
        ...JourneyMetaSchema.properties,
        document: JourneyDocumentSchema,
        personas: Type.Array(PersonaInputSchema, { maxItems: LIMITS.personasPerJourney }),
      },
      { additionalProperties: false },
    ),
  },
  { additionalProperties: false },
);

/** The published JSON Schema document (docs/journey-format.schema.json is this, pretty-printed). */
export function journeyFormatJsonSchema(): Record<string, unknown> {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://buitenbinnen.nl/schemas/journey-format.schema.json',
    title: 'Buitenbinnen klantreis (journey) exchange format',
    description:
      'One journey map with its personas embedded. Written by GET /api/v1/journeys/{id}/export, read by POST /api/v1/journeys/imports. Evidence levels: gemeten (measured), gerapporteerd (reported), aangenomen (assumed).',
    ...(JSON.parse(JSON.stringify(JourneyFileSchema)) as Record<string, unknown>),
  };
}
export type JourneyFile = Static<typeof JourneyFileSchema>;

export function journeyFile(
  meta: JourneyMeta,
  document: JourneyDocument,
  personas: PersonaInput[],
): JourneyFile {
  return {
    format: FORMAT_NAME,
    formatVersion: FORMAT_VERSION,
    journey: { ...meta, document, personas },
  };
}

/**
 * The copy that may leave the gemeente: idea owners (named colleagues) and the internal id of an
 * experiment go; personas lose internal notes and internal sources. Measurements and experiments
 * live in their own tables and are never part of the file.
 */
export function stripJourneyFile(file: JourneyFile): JourneyFile {
  const document: JourneyDocument = {
    phases: file.journey.document.phases.map((phase) => ({
      ...phase,
      steps: phase.steps.map((step) => {
        const { experimentOutcome, ...rest } = step;
        return {
          ...rest,
          ideas: step.ideas.map(({ owner: _owner, ...idea }) => idea),
          ...(experimentOutcome
            ? { experimentOutcome: { ...experimentOutcome, experimentId: 'gedeeld' } }
            : {}),
        };
      }),
    })),
  };
  return {
    ...file,
    journey: { ...file.journey, document, personas: file.journey.personas.map(stripPersona) },
  };
}
