import type { FastifyRequest } from 'fastify';
import type { AppDeps } from '../../platform/deps.js';
import { inTenant } from '../../platform/request.js';
import { requireAuth } from '../../platform/auth/context.js';
import { CatalogueCache } from './catalogue-cache.js';
import type { Catalogue } from './catalogue-store.js';
import { DatasetCache } from './datasets.js';
import { Labels } from './query.js';

/** What the advice routes share within one app instance. */
export interface AdviceState {
  deps: AppDeps;
  datasets: DatasetCache;
  catalogues: CatalogueCache;
  minCell: number;
}

export function createAdviceState(deps: AppDeps): AdviceState {
  return {
    deps,
    datasets: new DatasetCache(),
    catalogues: new CatalogueCache(deps.database),
    minCell: deps.config.advice.minCell,
  };
}

// Labels are lookup maps over one catalogue version; built once per version, not per request.
const labelsOf = new WeakMap<Catalogue, Labels>();
function labelsFor(catalogue: Catalogue): Labels {
  let labels = labelsOf.get(catalogue);
  if (!labels) labelsOf.set(catalogue, (labels = new Labels(catalogue)));
  return labels;
}

/**
 * A dataset of the caller's gemeente (404 otherwise) with the labels to name its figures. A dataset
 * already in memory under the caller's tenant is served without a database transaction: it cannot
 * have changed, and the key holds the tenant of the session, so the answer is the same one a
 * transaction under row-level security would give.
 */
export async function datasetWithLabels(state: AdviceState, request: FastifyRequest, datasetId: string) {
  const tenantId = requireAuth(request).tenant.id;
  const entry =
    state.datasets.peek(tenantId, datasetId) ??
    (await inTenant(state.deps, request, (tx, ctx) => state.datasets.get(tx, ctx.tenantId, datasetId)));
  const labels = labelsFor(await state.catalogues.get(tenantId));
  return { row: entry.row, index: entry.index, labels, entry };
}
