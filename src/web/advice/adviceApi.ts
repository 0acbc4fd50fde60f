import { getJson, request, withQuery } from '../api/http';
import type {
  Advice,
  Area,
  AreaKind,
  AreaMix,
  AreaWithWarnings,
  Catalogue,
  Context,
  Dataset,
  DatasetComparison,
  Journey,
  Matrix,
  Phase,
  SchemeCode,
} from './types';

export const ADVICE_KEY = ['advice'] as const;
export const CATALOGUE_KEY = [...ADVICE_KEY, 'catalogue'] as const;
export const DATASETS_KEY = [...ADVICE_KEY, 'datasets'] as const;
export const AREAS_KEY = [...ADVICE_KEY, 'areas'] as const;

const BASE = '/api/v1/advice';

export interface CellSelection {
  dataset: string;
  context: Context;
  scheme: SchemeCode;
  group: string;
  phase: Phase;
}

export const fetchCatalogue = () => getJson<Catalogue>(`${BASE}/catalogue`);

export const fetchDatasets = async () => (await getJson<{ items: Dataset[] }>(`${BASE}/datasets`)).items;

export const fetchAdvice = (q: CellSelection) => getJson<Advice>(withQuery(BASE, { ...q }));

export const fetchMatrix = (q: Omit<CellSelection, 'group'>) =>
  getJson<Matrix>(withQuery(`${BASE}/matrix`, { ...q }));

export const fetchJourney = (q: Omit<CellSelection, 'phase'>) =>
  getJson<Journey>(withQuery(`${BASE}/journey`, { ...q }));

export const fetchComparison = ({ dataset, datasetB, ...q }: CellSelection & { datasetB: string }) =>
  getJson<DatasetComparison>(withQuery(`${BASE}/comparison`, { datasetA: dataset, datasetB, ...q }));

export const fetchAreas = async () => (await getJson<{ items: Area[] }>(`${BASE}/areas`)).items;

export const fetchAreaMix = (id: string, dataset: string, context: Context) =>
  getJson<AreaMix>(withQuery(`${BASE}/areas/${encodeURIComponent(id)}/mix`, { dataset, context }));

export interface NewArea {
  name: string;
  kind: AreaKind;
  scheme: SchemeCode;
  counts?: Record<string, number>;
  shares?: Record<string, number>;
  normalise: boolean;
}

export async function createArea(area: NewArea, idempotencyKey: string): Promise<AreaWithWarnings> {
  const { data } = await request<AreaWithWarnings>('POST', `${BASE}/areas`, {
    body: area,
    headers: { 'Idempotency-Key': idempotencyKey },
  });
  return data;
}

export async function importArea(
  meta: Omit<NewArea, 'counts' | 'shares'>,
  csv: string,
  idempotencyKey: string,
): Promise<AreaWithWarnings> {
  const { data } = await request<AreaWithWarnings>(
    'POST',
    withQuery(`${BASE}/areas/import`, { ...meta, normalise: String(meta.normalise) }),
    { text: { content: csv, type: 'text/csv' }, headers: { 'Idempotency-Key': idempotencyKey } },
  );
  return data;
}

export interface SurveyMeta {
  name: string;
  source: string;
  year: string;
  description?: string;
  weightArea?: string;
}

export async function importSurvey(
  meta: SurveyMeta,
  csv: string,
  idempotencyKey: string,
): Promise<{ dataset: Dataset; warnings: string[] }> {
  const { data } = await request<{ dataset: Dataset; warnings: string[] }>(
    'POST',
    withQuery(`${BASE}/datasets`, { ...meta }),
    { text: { content: csv, type: 'text/csv' }, headers: { 'Idempotency-Key': idempotencyKey } },
  );
  return data;
}

export const SURVEY_TEMPLATE_HREF = `${BASE}/survey-template`;
export const SURVEY_TEMPLATE_CSV_HREF = `${BASE}/survey-template.csv`;
