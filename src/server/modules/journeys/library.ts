// The shared library: gemeenten publish stripped copies of personas and journeys that every
// gemeente on the installation can browse and copy. Reading crosses tenants on purpose (a SELECT
// policy on library_items, see tables.ts); writing stays with the publisher (tenant_isolation).
import { and, asc, eq, sql, type SQL } from 'drizzle-orm';
import type { Tx } from '../../platform/db/client.js';
import { selectPage } from '../../platform/db/page.js';
import { recordAudit, type ActionContext } from '../../platform/audit/service.js';
import { problems } from '../../platform/http/problem.js';
import { stripJourneyFile } from '../../../shared/journeys/exchange.js';
import { stripPersona } from '../../../shared/journeys/persona.js';
import { createPersona, getPersona, personaInputOf } from '../personas/index.js';
import { exportJourney, importJourney } from './exchange.js';
import { libraryItems } from './tables.js';

type Row = typeof libraryItems.$inferSelect;
export type LibraryKind = 'persona' | 'journey';

/** What another gemeente sees: no tenant id, no id of the publisher's own record. */
function summaryOf(row: Row, tenantId: string) {
  return {
    id: row.id,
    kind: row.kind as LibraryKind,
    title: row.title,
    summary: row.summary,
    publisherName: row.publisherName,
    own: row.tenantId === tenantId,
    ...(row.tenantId === tenantId ? { sourceId: row.sourceId } : {}),
    version: row.version,
    publishedAt: row.publishedAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

function itemOf(row: Row, tenantId: string) {
  return { ...summaryOf(row, tenantId), persona: row.persona, journey: row.journey };
}

export async function publish(
  tx: Tx,
  ctx: ActionContext,
  input: { kind: LibraryKind; sourceId: string },
  publisherName: string,
): Promise<{ item: ReturnType<typeof itemOf>; created: boolean }> {
  let values: Pick<Row, 'title' | 'summary' | 'persona' | 'journey'>;
  if (input.kind === 'persona') {
    const persona = stripPersona(personaInputOf(await getPersona(tx, ctx.tenantId, input.sourceId)));
    values = { title: persona.name, summary: persona.lifeSituation ?? null, persona, journey: null };
  } else {
    const file = stripJourneyFile(await exportJourney(tx, ctx.tenantId, input.sourceId));
    values = {
      title: file.journey.title,
      summary: file.journey.description ?? file.journey.lifeEvent,
      persona: null,
      journey: file,
    };
  }
  const [existing] = await tx
    .select({ id: libraryItems.id })
    .from(libraryItems)
    .where(
      and(
        eq(libraryItems.tenantId, ctx.tenantId),
        eq(libraryItems.kind, input.kind),
        eq(libraryItems.sourceId, input.sourceId),
      ),
    );
  const [row] = existing
    ? await tx
        .update(libraryItems)
        .set({ ...values, publisherName, version: sql`${libraryItems.version} + 1`, updatedAt: new Date() })
        .where(and(eq(libraryItems.tenantId, ctx.tenantId), eq(libraryItems.id, existing.id)))
        .returning()
    : await tx
        .insert(libraryItems)
        .values({
          tenantId: ctx.tenantId,
          kind: input.kind,
          sourceId: input.sourceId,
          publisherName,
          ...values,
        })
        .returning();
  await recordAudit(tx, ctx, { action: 'library.publish', objectType: input.kind, objectId: input.sourceId });
  return { item: itemOf(row!, ctx.tenantId), created: !existing };
}

export async function listLibrary(
  tx: Tx,
  ctx: ActionContext,
  q: { page: number; pageSize: number; kind?: LibraryKind },
) {
  const filters: SQL[] = q.kind ? [eq(libraryItems.kind, q.kind)] : [];
  const where = filters.length ? and(...filters) : undefined;
  const { rows, total } = await selectPage(
    tx,
    libraryItems,
    where,
    [asc(libraryItems.title), asc(libraryItems.id)],
    q,
  );
  return {
    items: rows.map((r) => summaryOf(r, ctx.tenantId)),
    page: q.page,
    pageSize: q.pageSize,
    total,
  };
}

async function itemRow(tx: Tx, id: string): Promise<Row> {
  const [row] = await tx.select().from(libraryItems).where(eq(libraryItems.id, id));
  if (!row) throw problems.notFound('Het bibliotheekitem');
  return row;
}

export async function getLibraryItem(tx: Tx, ctx: ActionContext, id: string) {
  return itemOf(await itemRow(tx, id), ctx.tenantId);
}

/** Only the publisher can withdraw an item; for anyone else it does not exist to delete. */
export async function unpublish(tx: Tx, ctx: ActionContext, id: string): Promise<void> {
  const deleted = await tx
    .delete(libraryItems)
    .where(and(eq(libraryItems.tenantId, ctx.tenantId), eq(libraryItems.id, id)))
    .returning({ id: libraryItems.id, kind: libraryItems.kind, sourceId: libraryItems.sourceId });
  if (!deleted.length) throw problems.notFound('Het bibliotheekitem');
  await recordAudit(tx, ctx, {
    action: 'library.unpublish',
    objectType: deleted[0]!.kind,
    objectId: deleted[0]!.sourceId,
  });
}

/** Copies an item into the caller's own gemeente, as a new persona or journey (with its personas). */
export async function copyFromLibrary(tx: Tx, ctx: ActionContext, id: string) {
  const row = await itemRow(tx, id);
  const origin = { kind: 'library' as const, publisher: row.publisherName, itemId: row.id };
  await recordAudit(tx, ctx, { action: 'library.copy', objectType: row.kind, objectId: row.id });
  if (row.kind === 'persona') {
    const persona = await createPersona(tx, ctx, row.persona!, origin);
    return { kind: 'persona' as const, id: persona.id, location: `/api/v1/personas/${persona.id}` };
  }
  const journey = await importJourney(tx, ctx, row.journey!, origin);
  return { kind: 'journey' as const, id: journey.id, location: `/api/v1/journeys/${journey.id}` };
}
