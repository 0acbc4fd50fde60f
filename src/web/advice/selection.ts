// The advice views share one selection (dataset, context, scheme, group, phase) kept in the URL's
// search parameters, so that a view can be linked and the back button works. Anything missing or
// unknown in the URL falls back to a default instead of producing an error.
import { CONTEXTS, PHASES, SCHEMES } from '../../shared/advice/model';
import type { CellSelection } from './adviceApi';
import type { Catalogue, Context, Dataset, Phase, SchemeCode } from './types';

/** The server's code for "every respondent, no segmentation". */
export const ALL_GROUP = 'all';

export interface Selection extends CellSelection {
  /** Second dataset, for the comparison of two datasets. */
  datasetB: string;
}

export const SELECTION_KEYS = ['dataset', 'datasetB', 'context', 'scheme', 'group', 'phase'] as const;
export type SelectionKey = (typeof SELECTION_KEYS)[number];

/** "Name (2021) – fictief": a dataset in a list of choices, its synthetic nature in words. */
export function datasetLabel(dataset: Dataset, syntheticWord: string): string {
  return `${dataset.name} (${dataset.year})${dataset.synthetic ? ` – ${syntheticWord}` : ''}`;
}

/** The first synthetic dataset (the demo survey) when there is one, else the newest. */
export function defaultDataset(datasets: readonly Dataset[]): string {
  return (datasets.find((d) => d.synthetic) ?? datasets[0])?.id ?? '';
}

export function groupsOf(catalogue: Catalogue | undefined, scheme: string): string[] {
  return (catalogue?.segments ?? []).filter((s) => s.scheme === scheme).map((s) => s.code);
}

function oneOf<T extends string | number>(value: T | undefined, allowed: readonly T[], fallback: T): T {
  return value !== undefined && allowed.includes(value) ? value : fallback;
}

export function resolveSelection(
  params: URLSearchParams,
  catalogue: Catalogue | undefined,
  datasets: readonly Dataset[],
): Selection {
  const ids = datasets.map((d) => d.id);
  const dataset = oneOf(params.get('dataset') ?? undefined, ids, defaultDataset(datasets));
  const other = ids.find((id) => id !== dataset) ?? dataset;
  const scheme = oneOf(params.get('scheme') as SchemeCode | undefined, SCHEMES, 'age');
  return {
    dataset,
    datasetB: oneOf(params.get('datasetB') ?? undefined, ids, other),
    context: oneOf(params.get('context') as Context | undefined, CONTEXTS, 'service'),
    scheme,
    group: oneOf(params.get('group') ?? undefined, [ALL_GROUP, ...groupsOf(catalogue, scheme)], ALL_GROUP),
    phase: oneOf(Number(params.get('phase')) as Phase, PHASES, 1),
  };
}

/** The selection as search parameters, leaving the others (e.g. ?plan=) as they are. */
export function withSelection(params: URLSearchParams, selection: Partial<Selection>): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const key of SELECTION_KEYS) {
    const value = selection[key];
    if (value !== undefined && value !== '') next.set(key, String(value));
  }
  return next;
}

/** Only the shared selection, to carry it from one advice page to the next. */
export function selectionSearch(params: URLSearchParams): string {
  const kept = new URLSearchParams();
  for (const key of SELECTION_KEYS) {
    const value = params.get(key);
    if (value) kept.set(key, value);
  }
  const search = kept.toString();
  return search ? `?${search}` : '';
}
