import { getJson, request, withQuery, type ApiResponse } from '../api/http';
import type { PageOf } from '../api/types';
import type {
  Experiment,
  ExperimentAnalysis,
  Journey,
  JourneyDiff,
  JourneyFile,
  JourneyInput,
  JourneySummary,
  LibraryItem,
  LibrarySummary,
  Measurement,
} from './types';

export const JOURNEYS_KEY = ['journeys'] as const;
export const LIBRARY_KEY = ['library'] as const;

const enc = encodeURIComponent;
const base = (id: string) => `/api/v1/journeys/${enc(id)}`;
const idem = (key: string) => ({ 'Idempotency-Key': key });

export interface JourneyFilter {
  state?: string;
  trajectory?: string;
}

// The list is small per gemeente (tens of maps); one page of 200 lets the life-event filter work
// on the client, since the server filters only by state and trajectory.
export function listJourneys(filter: JourneyFilter): Promise<PageOf<JourneySummary>> {
  return getJson(withQuery('/api/v1/journeys', { ...filter, pageSize: 200 }));
}

export function getJourney(id: string): Promise<ApiResponse<Journey>> {
  return request<Journey>('GET', base(id));
}

/**
 * The journey (as getJourney answers it, with its ETag) and its measurements (as listMeasurements
 * answers them) in one request: what the journey page shows first (issue 5).
 */
export async function getJourneyWithMeasurements(
  id: string,
): Promise<{ journey: ApiResponse<Journey>; measurements: Measurement[] }> {
  const res = await request<{ journey: Journey; measurements: Measurement[] }>(
    'GET',
    `${base(id)}/with-measurements`,
  );
  return {
    journey: { data: res.data.journey, etag: res.etag, status: res.status },
    measurements: res.data.measurements,
  };
}

export async function createJourney(input: JourneyInput, key: string): Promise<Journey> {
  return (await request<Journey>('POST', '/api/v1/journeys', { body: input, headers: idem(key) })).data;
}

export function saveJourney(id: string, etag: string, input: JourneyInput): Promise<ApiResponse<Journey>> {
  return request<Journey>('PUT', base(id), { body: input, headers: { 'If-Match': etag } });
}

export function getDiff(id: string): Promise<JourneyDiff> {
  return getJson(`${base(id)}/diff`);
}

export function exportHref(id: string, format: 'json' | 'mermaid'): string {
  return withQuery(`${base(id)}/export`, { format });
}

export async function importJourney(file: unknown, key: string): Promise<Journey> {
  return (await request<Journey>('POST', '/api/v1/journeys/imports', { body: file, headers: idem(key) }))
    .data;
}

export async function listMeasurements(id: string): Promise<Measurement[]> {
  return (await getJson<{ items: Measurement[] }>(`${base(id)}/measurements`)).items;
}

export async function importMeasurements(id: string, csv: string, source: string): Promise<void> {
  await request('POST', withQuery(`${base(id)}/measurements`, { source }), {
    text: { content: csv, type: 'text/csv' },
  });
}

export async function listExperiments(id: string): Promise<Experiment[]> {
  return (await getJson<{ items: Experiment[] }>(`${base(id)}/experiments`)).items;
}

export type ExperimentDesign = Pick<Experiment, 'stepId' | 'title' | 'variantA' | 'variantB' | 'metric'> & {
  hypothesis?: string;
  baseline: number;
  expected: number;
};

export async function createExperiment(id: string, design: ExperimentDesign, key: string) {
  return (await request<Experiment>('POST', `${base(id)}/experiments`, { body: design, headers: idem(key) }))
    .data;
}

const experimentPath = (id: string, experimentId: string) => `${base(id)}/experiments/${enc(experimentId)}`;

// The list carries each experiment's version; its ETag is that version quoted (platform/http/etag).
const ifMatch = (experiment: Experiment) => ({ 'If-Match': `"${experiment.version}"` });

export async function recordResults(id: string, experiment: Experiment, results: Experiment['results']) {
  return (
    await request<Experiment>('PUT', `${experimentPath(id, experiment.id)}/results`, {
      body: results,
      headers: ifMatch(experiment),
    })
  ).data;
}

export async function analyseExperiment(id: string, experimentId: string): Promise<ExperimentAnalysis> {
  return (await request<ExperimentAnalysis>('POST', `${experimentPath(id, experimentId)}/analysis`)).data;
}

export async function concludeExperiment(id: string, experiment: Experiment, summary: string) {
  await request('POST', `${experimentPath(id, experiment.id)}/conclusion`, {
    body: { summary },
    headers: ifMatch(experiment),
  });
}

export function listLibrary(kind?: string): Promise<PageOf<LibrarySummary>> {
  return getJson(withQuery('/api/v1/library/items', { kind, pageSize: 200 }));
}

export function getLibraryItem(id: string): Promise<LibraryItem> {
  return getJson(`/api/v1/library/items/${enc(id)}`);
}

export async function publishToLibrary(kind: 'persona' | 'journey', sourceId: string): Promise<LibraryItem> {
  return (await request<LibraryItem>('POST', '/api/v1/library/items', { body: { kind, sourceId } })).data;
}

export async function copyFromLibrary(id: string, key: string): Promise<{ id: string }> {
  return (
    await request<{ id: string }>('POST', `/api/v1/library/items/${enc(id)}/copies`, { headers: idem(key) })
  ).data;
}

export type { JourneyFile };
