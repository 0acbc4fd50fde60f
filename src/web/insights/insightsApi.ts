import { getJson, request, withQuery, type ApiResponse } from '../api/http';
import type { Chart, DashboardFilters, Norm, NormScores, Staffing } from './types';

export const INSIGHTS_KEY = ['insights'] as const;

export type ChartPath =
  | 'volume'
  | 'channel-shift'
  | 'heatmap'
  | 'times'
  | 'resolution'
  | 'avoidable'
  | 'reasons'
  | 'backlog'
  | 'due-compliance'
  | 'satisfaction';

export function getChart<R>(path: ChartPath, filters: DashboardFilters, signal?: AbortSignal) {
  return getJson<Chart<R>>(withQuery(`/api/v1/insights/${path}`, { ...filters }), signal);
}

export function listNorms(): Promise<{ items: Norm[] }> {
  return getJson('/api/v1/insights/norms');
}

/** The ETag of a norm as listed: the list has no per-item header, and the server's ETag is "<version>". */
export function etagOfNorm(norm: Norm): string {
  return `"${norm.version}"`;
}

export type NormPatch = Partial<Pick<Norm, 'thresholdSeconds' | 'workingDays' | 'target' | 'active'>>;

export function patchNorm(code: string, etag: string, patch: NormPatch): Promise<ApiResponse<Norm>> {
  return request<Norm>('PATCH', `/api/v1/insights/norms/${encodeURIComponent(code)}`, {
    body: patch,
    headers: { 'If-Match': etag },
  });
}

export function getNormScores(filters: Pick<DashboardFilters, 'from' | 'to' | 'team'>): Promise<NormScores> {
  return getJson(withQuery('/api/v1/insights/norms/scores', { ...filters }));
}

export interface StaffingParams {
  weeks?: number;
  intervalMinutes?: number;
  targetSeconds?: number;
  serviceLevel?: number;
  shrinkage?: number;
  maxOccupancy?: number;
  ahtSeconds?: number;
  team?: string;
}

export function getStaffing(params: StaffingParams): Promise<Staffing> {
  return getJson(withQuery('/api/v1/insights/staffing/forecast', { ...params }));
}
