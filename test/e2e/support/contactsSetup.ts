import type { Browser } from 'playwright-core';
import { openPage, type StorageState } from './browser.js';

interface Created {
  status: number;
  body: string;
}

/**
 * Adds a melding category for this run through the API, as a beheerder in the browser (so the
 * request carries the session cookie, the CSRF token and the page's Origin like the app's own).
 * The spec then does not depend on which categories a demo seed happens to contain; the name
 * starts with a unique token so that typing it selects it in the native select.
 */
export async function addRunCategory(
  browser: Browser,
  baseUrl: string,
  beheerder: StorageState,
  code: string,
  nameNl: string,
): Promise<void> {
  const { page, close } = await openPage(browser, baseUrl, beheerder);
  try {
    await page.goto('/');
    const result = await page.evaluate<Created, { code: string; nameNl: string }>(
      async ({ code, nameNl }) => {
        const session = (await (await fetch('/api/v1/session')).json()) as { csrfToken: string };
        const teams = (await (await fetch('/api/v1/teams?pageSize=200')).json()) as {
          items: { id: string }[];
        };
        const response = await fetch('/api/v1/case-categories', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': session.csrfToken },
          body: JSON.stringify({
            code,
            nameNl,
            kind: 'melding',
            dueWorkingDays: 5,
            defaultTeamId: teams.items[0]?.id ?? null,
          }),
        });
        return { status: response.status, body: await response.text() };
      },
      { code, nameNl },
    );
    if (result.status !== 201) throw new Error(`category not created: ${result.status} ${result.body}`);
  } finally {
    await close();
  }
}
