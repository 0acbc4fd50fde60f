// Journey maps of one gemeente: the map is one validated document; each save is a new version with
// a snapshot, guarded by If-Match so that two people never overwrite each other silently.
import { and, asc, desc, eq, or, type SQL } from 'drizzle-orm';
import type { Tx } from '../../platform/db/client.js';
import { selectPage } from '../../platform/db/page.js';
import { updateVersioned } from '../../platform/db/versioned.js';
import { recordAudit, type ActionContext } from '../../platform/audit/service.js';
import { problems, type FieldError } from '../../platform/http/problem.js';
import { emptyDocument, type JourneyDocument, type JourneyMeta } from '../../../shared/journeys/model.js';
import { documentProblems } from '../../../shared/journeys/validate.js';
import { grounding, journeyWarnings, type Grounding } from '../../../shared/journeys/grounding.js';
import { personasByIds } from '../personas/index.js';
import {
  journeyExperiments,
  journeyMeasurements,
  journeyPersonas,
  journeys,
  journeyStepLinks,
  journeyVersions,
} from './tables.js';

export type JourneyOrigin = (typeof journeys.$inferSelect)['origin'];

export interface JourneyInput extends JourneyMeta {
  document?: JourneyDocument;
  personaIds: string[];
  counterpartId?: string | null;
}

export interface JourneySummary extends JourneyMeta {
  id: string;
  audience: 'resident' | 'staff';
  counterpartId: string | null;
  example: boolean;
  origin: JourneyOrigin;
  version: number;
  liveOn: string | null;
  liveVersion: number | null;
  createdAt: string;
  updatedAt: string;
}

export interface JourneyView extends JourneySummary {
  document: JourneyDocument;
  personaIds: string[];
  personas: { id: string; name: string; vulnerable: boolean }[];
  grounding: Grounding;
  warnings: string[];
}

type Row = typeof journeys.$inferSelect;

function summaryOf(row: Row): JourneySummary {
  return {
    id: row.id,
    title: row.title,
    ...(row.description ? { description: row.description } : {}),
    trajectory: row.trajectory as JourneyMeta['trajectory'],
    lifeEvent: row.lifeEvent,
    state: row.state as JourneyMeta['state'],
    audience: row.audience as 'resident' | 'staff',
    counterpartId: row.counterpartId,
    example: row.example,
    origin: row.origin,
    version: row.version,
    liveOn: row.liveOn,
    liveVersion: row.liveVersion,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export async function measuredStepIds(tx: Tx, tenantId: string, journeyId: string): Promise<Set<string>> {
  const rows = await tx
    .selectDistinct({ stepId: journeyMeasurements.stepId })
    .from(journeyMeasurements)
    .where(and(eq(journeyMeasurements.tenantId, tenantId), eq(journeyMeasurements.journeyId, journeyId)));
  // A step linked to the KTO answers of Klantcontact is measured by the gemeente's own data too.
  const linked = await tx
    .selectDistinct({ stepId: journeyStepLinks.stepId })
    .from(journeyStepLinks)
    .where(
      and(
        eq(journeyStepLinks.tenantId, tenantId),
        eq(journeyStepLinks.journeyId, journeyId),
        eq(journeyStepLinks.kind, 'kto-category'),
      ),
    );
  return new Set([...rows, ...linked].map((r) => r.stepId));
}

async function personaIdsOf(tx: Tx, tenantId: string, journeyId: string): Promise<string[]> {
  const rows = await tx
    .select({ id: journeyPersonas.personaId })
    .from(journeyPersonas)
    .where(and(eq(journeyPersonas.tenantId, tenantId), eq(journeyPersonas.journeyId, journeyId)))
    .orderBy(asc(journeyPersonas.sort));
  return rows.map((r) => r.id);
}

async function viewOf(tx: Tx, row: Row): Promise<JourneyView> {
  // A deleted persona leaves a dangling link; it is simply no longer shown.
  const personas = await personasByIds(tx, row.tenantId, await personaIdsOf(tx, row.tenantId, row.id));
  return {
    ...summaryOf(row),
    document: row.document,
    personaIds: personas.map((p) => p.id),
    personas: personas.map((p) => ({ id: p.id, name: p.name, vulnerable: p.vulnerable })),
    grounding: grounding(row.document, await measuredStepIds(tx, row.tenantId, row.id)),
    warnings: row.audience === 'staff' ? [] : journeyWarnings(personas),
  };
}

export async function journeyRow(tx: Tx, tenantId: string, id: string): Promise<Row> {
  const [row] = await tx
    .select()
    .from(journeys)
    .where(and(eq(journeys.tenantId, tenantId), eq(journeys.id, id)));
  if (!row) throw problems.notFound('De klantreis');
  return row;
}

export async function getJourney(tx: Tx, tenantId: string, id: string): Promise<JourneyView> {
  return viewOf(tx, await journeyRow(tx, tenantId, id));
}

export interface JourneyQuery {
  page: number;
  pageSize: number;
  state?: string;
  trajectory?: string;
}

export async function listJourneys(tx: Tx, tenantId: string, q: JourneyQuery) {
  const filters: SQL[] = [eq(journeys.tenantId, tenantId)];
  if (q.state) filters.push(eq(journeys.state, q.state));
  if (q.trajectory) filters.push(eq(journeys.trajectory, q.trajectory));
  const where = and(...filters);
  const { rows, total } = await selectPage(tx, journeys, where, [asc(journeys.title), asc(journeys.id)], q);
  return { items: rows.map(summaryOf), page: q.page, pageSize: q.pageSize, total };
}

/** Checks what the body schema cannot: phase order, unique step ids, personas and counterpart of this gemeente. */
async function checkInput(
  tx: Tx,
  tenantId: string,
  input: JourneyInput,
  document: JourneyDocument,
  selfId?: string,
) {
  const errors: FieldError[] = documentProblems(document);
  const unique = new Set(input.personaIds);
  if (unique.size !== input.personaIds.length)
    errors.push({ pointer: '/personaIds', detail: 'een persona staat er twee keer in' });
  const found = new Set((await personasByIds(tx, tenantId, [...unique])).map((p) => p.id));
  input.personaIds.forEach((id, i) => {
    if (!found.has(id)) errors.push({ pointer: `/personaIds/${i}`, detail: 'onbekende persona' });
  });
  if (input.counterpartId) {
    if (input.counterpartId === selfId)
      errors.push({
        pointer: '/counterpartId',
        detail: 'een klantreis kan niet zijn eigen tegenhanger zijn',
      });
    else {
      const [other] = await tx
        .select({ id: journeys.id })
        .from(journeys)
        .where(and(eq(journeys.tenantId, tenantId), eq(journeys.id, input.counterpartId)));
      if (!other) errors.push({ pointer: '/counterpartId', detail: 'onbekende klantreis' });
    }
  }
  if (errors.length) throw problems.validation(errors);
}

const metaColumns = (input: JourneyInput) => ({
  title: input.title.trim(),
  description: input.description ?? null,
  trajectory: input.trajectory,
  lifeEvent: input.lifeEvent.trim(),
  state: input.state,
  audience: input.audience ?? 'resident',
  counterpartId: input.counterpartId ?? null,
});

async function saveLinksAndSnapshot(tx: Tx, ctx: ActionContext, row: Row, personaIds: string[]) {
  await tx
    .delete(journeyPersonas)
    .where(and(eq(journeyPersonas.tenantId, ctx.tenantId), eq(journeyPersonas.journeyId, row.id)));
  if (personaIds.length)
    await tx
      .insert(journeyPersonas)
      .values(
        personaIds.map((personaId, sort) => ({ tenantId: ctx.tenantId, journeyId: row.id, personaId, sort })),
      );
  const { document, version: _v, tenantId: _t, id: _i, createdAt: _c, updatedAt: _u, ...meta } = row;
  await tx.insert(journeyVersions).values({
    tenantId: ctx.tenantId,
    journeyId: row.id,
    version: row.version,
    snapshot: { meta, document, personaIds },
    savedBy: ctx.actor?.name ?? null,
  });
}

export async function createJourney(
  tx: Tx,
  ctx: ActionContext,
  input: JourneyInput,
  opts: { example?: boolean; origin?: JourneyOrigin } = {},
): Promise<JourneyView> {
  const document = input.document ?? emptyDocument(input.trajectory);
  await checkInput(tx, ctx.tenantId, input, document);
  const [row] = await tx
    .insert(journeys)
    .values({
      tenantId: ctx.tenantId,
      ...metaColumns(input),
      document,
      example: opts.example ?? false,
      origin: opts.origin ?? null,
    })
    .returning();
  await saveLinksAndSnapshot(tx, ctx, row!, input.personaIds);
  await recordAudit(tx, ctx, { action: 'journey.create', objectType: 'journey', objectId: row!.id });
  return viewOf(tx, row!);
}

export async function updateJourney(
  tx: Tx,
  ctx: ActionContext,
  id: string,
  expected: number,
  input: JourneyInput,
): Promise<JourneyView> {
  const current = await journeyRow(tx, ctx.tenantId, id);
  const document = input.document ?? current.document;
  await checkInput(tx, ctx.tenantId, input, document, id);
  const row = await updateVersioned(
    tx,
    journeys,
    { tenantId: ctx.tenantId, id },
    expected,
    { ...metaColumns(input), document },
    'De klantreis',
  );
  await saveLinksAndSnapshot(tx, ctx, row, input.personaIds);
  await recordAudit(tx, ctx, { action: 'journey.update', objectType: 'journey', objectId: id });
  return viewOf(tx, row);
}

/** Writes a new document (e.g. an experiment outcome) as a new version, under the caller's If-Match. */
export async function saveDocument(
  tx: Tx,
  ctx: ActionContext,
  id: string,
  expected: number,
  document: JourneyDocument,
) {
  const row = await updateVersioned(
    tx,
    journeys,
    { tenantId: ctx.tenantId, id },
    expected,
    { document },
    'De klantreis',
  );
  await saveLinksAndSnapshot(tx, ctx, row, await personaIdsOf(tx, ctx.tenantId, id));
  return row;
}

export async function deleteJourney(tx: Tx, ctx: ActionContext, id: string, expected: number): Promise<void> {
  const deleted = await tx
    .delete(journeys)
    .where(and(eq(journeys.tenantId, ctx.tenantId), eq(journeys.id, id), eq(journeys.version, expected)))
    .returning({ id: journeys.id });
  if (!deleted.length) {
    await journeyRow(tx, ctx.tenantId, id); // 404 when it is not there
    throw problems.preconditionFailed();
  }
  for (const table of [
    journeyPersonas,
    journeyVersions,
    journeyMeasurements,
    journeyExperiments,
    journeyStepLinks,
  ])
    await tx.delete(table).where(and(eq(table.tenantId, ctx.tenantId), eq(table.journeyId, id)));
  await tx
    .update(journeys)
    .set({ counterpartId: null })
    .where(and(eq(journeys.tenantId, ctx.tenantId), eq(journeys.counterpartId, id)));
  await recordAudit(tx, ctx, { action: 'journey.delete', objectType: 'journey', objectId: id });
}

/** The other state of the same journey: linked either way round. */
export async function counterpartOf(tx: Tx, tenantId: string, row: Row): Promise<Row | null> {
  const [other] = await tx
    .select()
    .from(journeys)
    .where(
      and(
        eq(journeys.tenantId, tenantId),
        row.counterpartId
          ? or(eq(journeys.id, row.counterpartId), eq(journeys.counterpartId, row.id))
          : eq(journeys.counterpartId, row.id),
      ),
    )
    .orderBy(desc(journeys.updatedAt))
    .limit(1);
  return other ?? null;
}

export async function listVersions(tx: Tx, tenantId: string, id: string) {
  await journeyRow(tx, tenantId, id);
  const rows = await tx
    .select({
      version: journeyVersions.version,
      savedBy: journeyVersions.savedBy,
      savedAt: journeyVersions.savedAt,
    })
    .from(journeyVersions)
    .where(and(eq(journeyVersions.tenantId, tenantId), eq(journeyVersions.journeyId, id)))
    .orderBy(desc(journeyVersions.version));
  return rows.map((r) => ({ ...r, savedAt: r.savedAt.toISOString() }));
}

export async function getVersion(tx: Tx, tenantId: string, id: string, version: number) {
  const [row] = await tx
    .select()
    .from(journeyVersions)
    .where(
      and(
        eq(journeyVersions.tenantId, tenantId),
        eq(journeyVersions.journeyId, id),
        eq(journeyVersions.version, version),
      ),
    );
  if (!row) throw problems.notFound('Deze versie van de klantreis');
  return { version: row.version, savedBy: row.savedBy, savedAt: row.savedAt.toISOString(), ...row.snapshot };
}
