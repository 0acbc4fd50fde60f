// Export to and import from the documented exchange file (docs/journey-format.schema.json).
import type { Tx } from '../../platform/db/client.js';
import type { ActionContext } from '../../platform/audit/service.js';
import { problems, type FieldError } from '../../platform/http/problem.js';
import { journeyFile, type JourneyFile } from '../../../shared/journeys/exchange.js';
import type { JourneyMeta } from '../../../shared/journeys/model.js';
import { documentProblems } from '../../../shared/journeys/validate.js';
import { createPersona, personaInputOf, personasByIds } from '../personas/index.js';
import { createJourney, journeyRow, type JourneyOrigin, type JourneyView } from './journeys.js';
import { journeyPersonas } from './tables.js';
import { and, asc, eq } from 'drizzle-orm';

export function metaOf(row: Awaited<ReturnType<typeof journeyRow>>): JourneyMeta {
  return {
    title: row.title,
    ...(row.description ? { description: row.description } : {}),
    trajectory: row.trajectory as JourneyMeta['trajectory'],
    lifeEvent: row.lifeEvent,
    state: row.state as JourneyMeta['state'],
    audience: row.audience as 'resident' | 'staff',
  };
}

export async function exportJourney(tx: Tx, tenantId: string, id: string): Promise<JourneyFile> {
  const row = await journeyRow(tx, tenantId, id);
  const links = await tx
    .select({ id: journeyPersonas.personaId })
    .from(journeyPersonas)
    .where(and(eq(journeyPersonas.tenantId, tenantId), eq(journeyPersonas.journeyId, id)))
    .orderBy(asc(journeyPersonas.sort));
  const personas = await personasByIds(
    tx,
    tenantId,
    links.map((l) => l.id),
  );
  return journeyFile(metaOf(row), row.document, personas.map(personaInputOf));
}

/** The checks the JSON Schema cannot make, with pointers into the file. */
export function fileProblems(file: JourneyFile): FieldError[] {
  return documentProblems(file.journey.document, '/journey/document');
}

/**
 * Creates the journey and its personas from a file that passed the schema. All checks come before
 * the first write, and it runs in one transaction: a rejected file stores nothing.
 */
export async function importJourney(
  tx: Tx,
  ctx: ActionContext,
  file: JourneyFile,
  origin: NonNullable<JourneyOrigin>,
): Promise<JourneyView> {
  const errors = fileProblems(file);
  if (errors.length)
    throw problems.validation(errors, 'Het bestand is niet ingelezen; er is niets opgeslagen.');
  const { document, personas, ...meta } = file.journey;
  const personaIds: string[] = [];
  for (const persona of personas) personaIds.push((await createPersona(tx, ctx, persona, origin)).id);
  return createJourney(tx, ctx, { ...meta, document, personaIds }, { origin });
}
