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

/**
 * Adds a callback task on a melding, assigned to the signed-in handler, through the API in the
 * browser (like addRunCategory). It inherits the melding's resident and team, and lands in the
 * handler's own work queue ("Mijn werk"), which the demo's many tasks do not crowd.
 */
export async function addRunTask(
  browser: Browser,
  baseUrl: string,
  handler: StorageState,
  caseId: string,
  description: string,
): Promise<string> {
  const { page, close } = await openPage(browser, baseUrl, handler);
  try {
    await page.goto('/');
    const result = await page.evaluate<Created, { caseId: string; description: string }>(
      async ({ caseId, description }) => {
        const session = (await (await fetch('/api/v1/session')).json()) as {
          csrfToken: string;
          user: { id: string };
        };
        const response = await fetch('/api/v1/tasks', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': session.csrfToken },
          body: JSON.stringify({
            kind: 'callback',
            caseId,
            assigneeId: session.user.id,
            description,
            callbackPhone: '0612345678',
            dueAt: new Date(Date.now() + 86_400_000).toISOString(),
          }),
        });
        return { status: response.status, body: await response.text() };
      },
      { caseId, description },
    );
    if (result.status !== 201) throw new Error(`task not created: ${result.status} ${result.body}`);
    return (JSON.parse(result.body) as { id: string }).id;
  } finally {
    await close();
  }
}
