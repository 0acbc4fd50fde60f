import type { FastifyRequest } from 'fastify';
import type { AppDeps } from '../../platform/deps.js';
import { inTenant } from '../../platform/request.js';
import { CatalogueCache } from './catalogue-cache.js';
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

/** A dataset of the caller's gemeente (404 otherwise) with the labels to name its figures. */
export async function datasetWithLabels(state: AdviceState, request: FastifyRequest, datasetId: string) {
  const { row, index } = await inTenant(state.deps, request, (tx, ctx) =>
    state.datasets.get(tx, ctx.tenantId, datasetId),
  );
  const labels = new Labels(await state.catalogues.get(row.tenantId));
  return { row, index, labels };
}
