import { getJson, request, setCsrfToken } from '../api/http';
import { isApiError } from '../api/problem';
import type { AuthOptions, Session } from '../api/types';

export const SESSION_KEY = ['session'] as const;

/** The current session, or null when nobody is logged in (401). */
export async function fetchSession(): Promise<Session | null> {
  try {
    const session = await getJson<Session>('/api/v1/session');
    setCsrfToken(session.csrfToken);
    return session;
  } catch (error) {
    if (isApiError(error) && error.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

export interface Credentials {
  tenant: string;
  email: string;
  password: string;
}

export async function createSession(credentials: Credentials): Promise<Session> {
  const { data } = await request<Session>('POST', '/api/v1/session', { body: credentials });
  setCsrfToken(data.csrfToken);
  return data;
}

export async function deleteSession(): Promise<void> {
  try {
    await request<void>('DELETE', '/api/v1/session');
  } finally {
    setCsrfToken(null);
  }
}

export function fetchAuthOptions(): Promise<AuthOptions> {
  return getJson<AuthOptions>('/api/v1/auth/options');
}

export function oidcLoginHref(tenantSlug: string): string {
  return `/api/v1/auth/oidc/login?tenant=${encodeURIComponent(tenantSlug)}`;
}
