import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible } from './support/axe.js';
import { BEHEERDER, signedInState } from './support/auth.js';
import { launchBrowser, openPage, type StorageState } from './support/browser.js';
import { focused } from './support/keyboard.js';

const baseUrl = inject('baseUrl');
let browser: Browser;
let beheerder: StorageState;

beforeAll(async () => {
  browser = await launchBrowser();
  beheerder = await signedInState(browser, baseUrl, BEHEERDER);
});

afterAll(async () => {
  await browser?.close();
});

/** Today as the browser's date input gives it: the local calendar date, not the UTC one. */
function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

describe('Beheer > Gebruikers', () => {
  it('shows a server-side field error on its field, adds the user and edits it', async () => {
    const { page, problems, close } = await openPage(browser, baseUrl, beheerder);
    try {
      await page.goto('/beheer/gebruikers');
      await page.getByRole('heading', { level: 1, name: 'Gebruikers' }).waitFor();
      await page.getByRole('cell', { name: BEHEERDER.email }).waitFor();
      await expectAccessible(page, 'Gebruikers');

      const stamp = Date.now();
      const name = `Nieuwe Medewerker ${stamp}`;
      const email = `nieuw.${stamp}@voorbeeldstad.example`;
      await page.locator('#new-user-name').fill(name);
      await page.locator('#new-user-email').fill(email);
      await page.locator('#new-user-role').selectOption('behandelaar');
      // Too short: the server answers 400 with errors[].pointer "/password".
      await page.locator('#new-user-password').fill('kort');
      await page.locator('#new-user-password').press('Enter');

      await page.locator('.bb-error-summary:focus').waitFor();
      const password = page.locator('#new-user-password');
      expect(await password.getAttribute('aria-invalid')).toBe('true');
      expect(await password.getAttribute('aria-describedby')).toContain('new-user-password-error');
      expect((await page.locator('#new-user-password-error').textContent())?.length).toBeGreaterThan(0);
      await expectAccessible(page, 'Gebruikers with a server error');

      await password.fill('');
      await password.press('Enter');
      await page
        .getByRole('status')
        .filter({ hasText: `${name} is toegevoegd` })
        .waitFor();
      await page.getByRole('cell', { name: email }).waitFor();

      // Edit: deactivate the account and change the role, then see it in the table.
      await page.getByRole('link', { name: `Wijzigen ${name}` }).press('Enter');
      await page.getByRole('heading', { level: 1, name: 'Gebruiker wijzigen' }).waitFor();
      await expect.poll(() => focused(page)).toMatchObject({ tag: 'h1' });
      await page.locator('#edit-user-name').waitFor();
      await expectAccessible(page, 'Gebruiker wijzigen');
      await page.locator('#edit-user-role').selectOption('analist');
      await page.locator('#edit-user-active').press('Space');
      await page.getByRole('button', { name: 'Opslaan' }).press('Enter');
      await page.getByRole('status').filter({ hasText: 'De wijzigingen zijn opgeslagen.' }).waitFor();
      await page.getByRole('link', { name: 'Terug naar het overzicht' }).press('Enter');
      const row = page.getByRole('row').filter({ hasText: email });
      await row.getByRole('cell', { name: 'Analist', exact: true }).waitFor();
      await row.getByRole('cell', { name: 'Nee', exact: true }).waitFor();
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe('Beheer > logs', () => {
  it('filters the audit log by action and date', async () => {
    const { page, problems, close } = await openPage(browser, baseUrl, beheerder);
    try {
      await page.goto('/beheer/auditlog');
      await page.getByRole('heading', { level: 1, name: 'Auditlog' }).waitFor();
      await page.getByRole('table').waitFor();
      await expectAccessible(page, 'Auditlog');

      await page.getByLabel('Vanaf datum').fill(today());
      await page.getByLabel('Actie').fill('auth.login');
      await page.getByLabel('Actie').press('Enter');
      await expect
        .poll(async () => {
          const cells = await page.locator('tbody td:nth-child(3)').allTextContents();
          return cells.length > 0 && cells.every((text) => text.includes('auth.login'));
        })
        .toBe(true);
      expect(await page.locator('.bb-error-summary').count()).toBe(0);

      await page.getByRole('button', { name: 'Filters wissen' }).press('Enter');
      await expect.poll(() => page.getByLabel('Actie').inputValue()).toBe('');
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it('shows the processing log with its filters', async () => {
    const { page, problems, close } = await openPage(browser, baseUrl, beheerder);
    try {
      await page.goto('/beheer/verwerkingenlog');
      await page.getByRole('heading', { level: 1, name: 'Verwerkingenlog' }).waitFor();
      await page.getByRole('table').waitFor();
      await page.getByLabel('Tot en met datum').fill(today());
      await page.getByRole('button', { name: 'Filter toepassen' }).press('Enter');
      await page.getByRole('table').waitFor();
      expect(await page.locator('.bb-error-summary').count()).toBe(0);
      await expectAccessible(page, 'Verwerkingenlog filtered');
      await page.getByRole('navigation', { name: 'Paginering' }).waitFor();
      expect((await focused(page)).text).toBe('Filter toepassen');
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });
});
