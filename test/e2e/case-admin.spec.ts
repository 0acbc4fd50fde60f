import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible } from './support/axe.js';
import { BEHEERDER, signedInState } from './support/auth.js';
import { launchBrowser, openPage, type StorageState } from './support/browser.js';

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

const PAGES = [
  ['/beheer/meldingcategorieen', 'Meldingcategorieën'],
  ['/beheer/routering', 'Routering'],
  ['/beheer/berichtsjablonen', 'Berichtsjablonen'],
  ['/beheer/contactonderwerpen', 'Contactonderwerpen'],
  ['/beheer/formulieren', 'E-formulieren'],
  ['/beheer/bewaartermijnen', 'Bewaartermijnen'],
] as const;

async function open(page: Page, path: string, heading: string | RegExp): Promise<void> {
  await page.goto(path);
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  await page.locator('[role="status"]', { hasText: 'Bezig met laden' }).waitFor({ state: 'detached' });
}

describe('Beheer > Klantcontact en meldingen', () => {
  it('opens every page from the menu without axe violations', async () => {
    const { page, problems, close } = await openPage(browser, baseUrl, beheerder);
    try {
      for (const [path, heading] of PAGES) {
        await open(page, path, heading);
        expect(await page.locator('h1').count()).toBe(1);
        await page
          .getByRole('navigation', { name: /Beheer/ })
          .getByRole('link', { name: heading })
          .waitFor();
        await expectAccessible(page, heading);
      }
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
    // Six pages, each with an axe scan.
  }, 180_000);

  it("edits a category's due period", async () => {
    const { page, problems, close } = await openPage(browser, baseUrl, beheerder);
    try {
      await open(page, '/beheer/meldingcategorieen', 'Meldingcategorieën');
      await page.getByRole('table').waitFor();
      await page
        .getByRole('link', { name: /^Wijzigen / })
        .last()
        .press('Enter');
      await page.getByRole('heading', { level: 1, name: 'Categorie wijzigen' }).waitFor();
      const due = page.locator('#edit-category-dueWorkingDays');
      await due.waitFor();
      const next = String(((Number(await due.inputValue()) + 1) % 30) + 1);
      await due.fill(next);
      await expectAccessible(page, 'Categorie wijzigen');
      await page.getByRole('button', { name: 'Opslaan' }).press('Enter');
      await page.getByRole('status').filter({ hasText: 'De wijzigingen zijn opgeslagen.' }).waitFor();
      await page.reload();
      await expect.poll(() => page.locator('#edit-category-dueWorkingDays').inputValue()).toBe(next);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it('edits a message template and shows the preview', async () => {
    const { page, problems, close } = await openPage(browser, baseUrl, beheerder);
    try {
      await open(page, '/beheer/berichtsjablonen', 'Berichtsjablonen');
      await page
        .getByRole('link', { name: /^Wijzigen / })
        .first()
        .press('Enter');
      await page.getByRole('heading', { level: 1, name: /^Sjabloon / }).waitFor();
      const body = page.locator('#template-body');
      await body.waitFor();
      const text = `Melding {{nummer}} is ontvangen. <b>Test</b> ${Date.now()}`;
      await body.fill(text);
      // The preview fills the placeholders and shows markup as text.
      await page
        .locator('.bb-template-preview')
        .getByText(/Melding M-2026-000123 is ontvangen\. <b>Test<\/b>/)
        .waitFor();
      await expectAccessible(page, 'Sjabloon wijzigen');

      await body.fill(`${text} {{onbekend}}`);
      await page.getByRole('button', { name: 'Opslaan' }).press('Enter');
      await page.locator('.bb-error-summary:focus').waitFor();
      await body.fill(text);
      await page.getByRole('button', { name: 'Opslaan' }).press('Enter');
      await page.getByRole('status').filter({ hasText: 'De wijzigingen zijn opgeslagen.' }).waitFor();
      await page.reload();
      await expect.poll(() => page.locator('#template-body').inputValue()).toBe(text);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });
});
