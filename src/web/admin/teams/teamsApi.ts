import { getJson, request, withQuery, type ApiResponse } from '../../api/http';
import type { PageOf, Team } from '../../api/types';

export const TEAMS_KEY = ['teams'] as const;

export interface NewTeam {
  name: string;
  email?: string;
  description?: string;
}

export interface TeamPatch {
  name?: string;
  email?: string | null;
  description?: string | null;
}

export function listTeams(page: number, pageSize: number): Promise<PageOf<Team>> {
  return getJson(withQuery('/api/v1/teams', { page, pageSize }));
}

export function getTeam(id: string): Promise<ApiResponse<Team>> {
  return request<Team>('GET', `/api/v1/teams/${encodeURIComponent(id)}`);
}

export async function createTeam(team: NewTeam, idempotencyKey: string): Promise<Team> {
  const { data } = await request<Team>('POST', '/api/v1/teams', {
    body: team,
    headers: { 'Idempotency-Key': idempotencyKey },
  });
  return data;
}

export function updateTeam(id: string, etag: string, patch: TeamPatch): Promise<ApiResponse<Team>> {
  return request<Team>('PATCH', `/api/v1/teams/${encodeURIComponent(id)}`, {
    body: patch,
    headers: { 'If-Match': etag },
  });
}
