import { getJson, request, withQuery, type ApiResponse } from '../api/http';
import type { PageOf } from '../api/types';
import type { Persona, PersonaInput } from '../journeys/types';

export const PERSONAS_KEY = ['personas'] as const;

export interface PersonaPage extends PageOf<Persona> {
  quoteReminder?: string;
}

export function listPersonas(filter: { kind?: string; vulnerable?: string } = {}): Promise<PersonaPage> {
  return getJson(withQuery('/api/v1/personas', { ...filter, pageSize: 200 }));
}

export function getPersona(id: string): Promise<ApiResponse<Persona>> {
  return request<Persona>('GET', `/api/v1/personas/${encodeURIComponent(id)}`);
}

export async function createPersona(input: PersonaInput, key: string): Promise<Persona> {
  return (
    await request<Persona>('POST', '/api/v1/personas', { body: input, headers: { 'Idempotency-Key': key } })
  ).data;
}

export function updatePersona(id: string, etag: string, input: PersonaInput): Promise<ApiResponse<Persona>> {
  return request<Persona>('PUT', `/api/v1/personas/${encodeURIComponent(id)}`, {
    body: input,
    headers: { 'If-Match': etag },
  });
}

export async function deletePersona(id: string, etag: string): Promise<void> {
  await request('DELETE', `/api/v1/personas/${encodeURIComponent(id)}`, { headers: { 'If-Match': etag } });
}
