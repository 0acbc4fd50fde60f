import { ApiError, toProblem } from './problem';

// The CSRF token comes with the session; it lives here so that every mutation sends it without
// each caller having to thread the session through.
let csrfToken: string | null = null;
let acceptLanguage = 'nl';

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export function setRequestLanguage(lang: string): void {
  acceptLanguage = lang;
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RequestOptions {
  body?: unknown;
  /** A non-JSON body sent as is, e.g. the text of a CSV file with type 'text/csv'. */
  text?: { content: string; type: string };
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

export interface ApiResponse<T> {
  data: T;
  etag: string | null;
  status: number;
}

export async function request<T>(
  method: Method,
  path: string,
  options: RequestOptions = {},
): Promise<ApiResponse<T>> {
  const headers: Record<string, string> = {
    Accept: 'application/json, application/problem+json',
    'Accept-Language': acceptLanguage,
    ...options.headers,
  };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  else if (options.text) headers['Content-Type'] = options.text.type;
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;

  const response = await fetch(path, {
    method,
    headers,
    credentials: 'same-origin',
    body: options.body === undefined ? options.text?.content : JSON.stringify(options.body),
    signal: options.signal,
  });

  const text = response.status === 204 ? '' : await response.text();
  let body: unknown = undefined;
  if (text) {
    try {
      body = JSON.parse(text);
    } catch {
      body = undefined;
    }
  }
  if (!response.ok) throw new ApiError(response.status, toProblem(response.status, body));
  return { data: body as T, etag: response.headers.get('ETag'), status: response.status };
}

export async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  return (await request<T>('GET', path, { signal })).data;
}

/** Builds "path?a=1&b=x", leaving out empty values so the server's defaults apply. */
export function withQuery(path: string, params: Record<string, string | number | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '') continue;
    search.set(key, String(value));
  }
  const query = search.toString();
  return query ? `${path}?${query}` : path;
}
