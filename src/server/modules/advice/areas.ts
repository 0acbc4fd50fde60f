// Area compositions: how many people of each group live in a wijk, buurt or the whole gemeente.
import { and, asc, eq } from 'drizzle-orm';
import type { Tx } from '../../platform/db/client.js';
import { updateVersioned } from '../../platform/db/versioned.js';
import { recordAudit, type ActionContext } from '../../platform/audit/service.js';
import { problems } from '../../platform/http/problem.js';
import { normaliseComposition } from '../../../shared/statistics/normalise.js';
import type { SchemeCode } from '../../../shared/advice/model.js';
import { adviceAreas, advicePlans } from './tables.js';

export const AREA_KINDS = ['gemeente', 'wijk', 'buurt'] as const;
export type AreaKind = (typeof AREA_KINDS)[number];

export interface AreaInput {
  name: string;
  kind: AreaKind;
  scheme: SchemeCode;
  /** Either counts (people per group) or shares (fractions per group). */
  counts?: Record<string, number>;
  shares?: Record<string, number>;
  /** Shares that do not add up to 1 are normalised (with a warning) instead of rejected. */
  normalise?: boolean;
  source?: string | null;
}

export interface AreaView {
  id: string;
  name: string;
  kind: string;
  scheme: string;
  shares: Record<string, number>;
  counts: Record<string, number> | null;
  synthetic: boolean;
  source: string | null;
  version: number;
  updatedAt: string;
}

export function areaView(row: typeof adviceAreas.$inferSelect): AreaView {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    scheme: row.scheme,
    shares: row.shares,
    counts: row.counts,
    synthetic: row.synthetic,
    source: row.source,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** Validates the groups and turns counts or shares into shares; warnings say what was changed. */
export function compose(
  input: AreaInput,
  validGroups: Set<string>,
): { shares: Record<string, number>; counts: Record<string, number> | null; warnings: string[] } {
  const given = input.counts ?? input.shares;
  const pointer = input.counts ? '/counts' : '/shares';
  if (!given || (input.counts && input.shares)) {
    throw problems.validation([
      { pointer: '/counts', detail: 'geef óf aantallen (counts) óf aandelen (shares) per groep' },
    ]);
  }
  const unknown = Object.keys(given).filter((g) => !validGroups.has(g));
  if (unknown.length) {
    throw problems.validation(
      unknown.map((g) => ({
        pointer: `${pointer}/${g}`,
        detail: `onbekende groep '${g}' in indeling ${input.scheme}`,
      })),
    );
  }
  try {
    const result = normaliseComposition(given, {
      kind: input.counts ? 'counts' : 'shares',
      normalise: input.normalise ?? false,
    });
    return { shares: result.shares, counts: input.counts ?? null, warnings: result.warnings };
  } catch (error) {
    throw problems.validation([{ pointer, detail: (error as Error).message }]);
  }
}

export async function listAreas(tx: Tx, tenantId: string): Promise<AreaView[]> {
  const rows = await tx
    .select()
    .from(adviceAreas)
    .where(eq(adviceAreas.tenantId, tenantId))
    .orderBy(asc(adviceAreas.name), asc(adviceAreas.id));
  return rows.map(areaView);
}

export async function getArea(tx: Tx, tenantId: string, id: string): Promise<AreaView> {
  const [row] = await tx
    .select()
    .from(adviceAreas)
    .where(and(eq(adviceAreas.tenantId, tenantId), eq(adviceAreas.id, id)));
  if (!row) throw problems.notFound('Het gebied');
  return areaView(row);
}

export async function createArea(
  tx: Tx,
  ctx: ActionContext,
  input: AreaInput,
  validGroups: Set<string>,
  synthetic = false,
) {
  const c = compose(input, validGroups);
  const [row] = await tx
    .insert(adviceAreas)
    .values({
      tenantId: ctx.tenantId,
      name: input.name.trim(),
      kind: input.kind,
      scheme: input.scheme,
      shares: c.shares,
      counts: c.counts,
      synthetic,
      source: input.source ?? null,
    })
    .returning();
  await recordAudit(tx, ctx, { action: 'advice.area.create', objectType: 'advice-area', objectId: row!.id });
  return { area: areaView(row!), warnings: c.warnings };
}

export async function updateArea(
  tx: Tx,
  ctx: ActionContext,
  id: string,
  expected: number,
  input: AreaInput,
  validGroups: Set<string>,
) {
  const c = compose(input, validGroups);
  const row = await updateVersioned(
    tx,
    adviceAreas,
    { tenantId: ctx.tenantId, id },
    expected,
    {
      name: input.name.trim(),
      kind: input.kind,
      scheme: input.scheme,
      shares: c.shares,
      counts: c.counts,
      source: input.source ?? null,
    },
    'Het gebied',
  );
  await recordAudit(tx, ctx, { action: 'advice.area.update', objectType: 'advice-area', objectId: id });
  return { area: areaView(row), warnings: c.warnings };
}

export async function deleteArea(tx: Tx, ctx: ActionContext, id: string): Promise<void> {
  const used = await tx
    .select({ id: advicePlans.id })
    .from(advicePlans)
    .where(and(eq(advicePlans.tenantId, ctx.tenantId), eq(advicePlans.areaId, id)));
  if (used.length)
    throw problems.conflict(
      `Dit gebied wordt gebruikt door ${used.length} kanaalplan(nen); verwijder of wijzig die eerst.`,
    );
  const deleted = await tx
    .delete(adviceAreas)
    .where(and(eq(adviceAreas.tenantId, ctx.tenantId), eq(adviceAreas.id, id)))
    .returning({ id: adviceAreas.id });
  if (!deleted.length) throw problems.notFound('Het gebied');
  await recordAudit(tx, ctx, { action: 'advice.area.delete', objectType: 'advice-area', objectId: id });
}
