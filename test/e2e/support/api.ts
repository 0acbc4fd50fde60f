// A call to the API from inside the page: with the page's session cookie, its CSRF token and the
// app's Origin, as the app itself would make it. For setting up and checking state in browser tests.
import type { Page } from 'playwright-core';

export interface Answer {
  status: number;
  etag: string | null;
  body: string;
}

export function api(
  page: Page,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<Answer> {
  return page.evaluate<
    Answer,
    { method: string; path: string; body?: unknown; headers: Record<string, string> }
  >(
    async ({ method, path, body, headers }) => {
      const session = (await (await fetch('/api/v1/session')).json()) as { csrfToken: string };
      const response = await fetch(path, {
        method,
        headers: {
          ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
          'X-CSRF-Token': session.csrfToken,
          ...headers,
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: response.status, etag: response.headers.get('ETag'), body: await response.text() };
    },
    { method, path, body, headers },
  );
}
