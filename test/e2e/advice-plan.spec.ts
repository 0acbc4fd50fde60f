import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible } from './support/axe.js';
import { ADVISEUR, signedInState } from './support/auth.js';
import { launchBrowser, openPage, type StorageState } from './support/browser.js';
import { focused } from './support/keyboard.js';

const baseUrl = inject('baseUrl');
let browser: Browser;
let adviseur: StorageState;

beforeAll(async () => {
  browser = await launchBrowser();
  adviseur = await signedInState(browser, baseUrl, ADVISEUR);
});

afterAll(async () => {
  await browser?.close();
});

const CHANNELS: [string, string][] = [
  ['telefoon', '3'],
  ['e-mail', '1'],
  ['webformulier', '1'],
  ['whatsapp', '2'],
  ['website', '1'],
];

/** Fills the plan form with the keyboard (Space ticks a box, arrows move between radio buttons). */
async function buildPlan(page: Page, name: string, mode: 'every-group' | 'population'): Promise<void> {
  await page.locator('#plan-name').focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(name);
  await page.locator('#plan-targetMode-every-group').focus();
  await page.keyboard.press('Space');
  if (mode === 'population') await page.keyboard.press('ArrowDown');
  expect(await page.locator(`#plan-targetMode-${mode}`).isChecked()).toBe(true);
  await page.locator('#plan-target').fill('60');
  for (const [code, cost] of CHANNELS) {
    const box = page.locator(`#plan-offer-${code}`);
    if (!(await box.isChecked())) {
      await box.focus();
      await page.keyboard.press('Space');
    }
    await page.locator(`#plan-cost-${code}`).fill(cost);
  }
  await page.getByRole('button', { name: 'Plan maken' }).press('Enter');
  await page.getByRole('heading', { level: 2, name: `Kanaalplan: ${name}` }).waitFor();
  await expect.poll(() => focused(page)).toMatchObject({ tag: 'h2', text: `Kanaalplan: ${name}` });
}

describe('Kanaaladvies > Kanaalplan', () => {
  it('builds a plan, shows it per phase, exports it, compares and deletes plans', async () => {
    const { page, problems, close } = await openPage(browser, baseUrl, adviseur);
    try {
      await page.goto('/kanaaladvies/kanaalplan');
      await page.getByRole('heading', { level: 1, name: 'Kanaalplan' }).waitFor();
      await page.locator('#plan-offer-telefoon').waitFor();
      await expectAccessible(page, 'Kanaalplan');

      // Submitting without channels is refused on the page, with a linked summary.
      await page.locator('#plan-name').fill('Leeg plan');
      await page.getByRole('button', { name: 'Plan maken' }).press('Enter');
      await page.locator('.bb-error-summary:focus').waitFor();
      await page.getByRole('link', { name: /Vink minstens één kanaal aan/ }).waitFor();

      const stamp = Date.now();
      const first = `Vergunningen ${stamp}`;
      await buildPlan(page, first, 'population');
      const result = page.locator('section[aria-labelledby="plan-result-heading"]');
      expect(await result.getByRole('heading', { level: 3, name: /^Fase \d: / }).count()).toBe(5);
      await result.getByRole('table', { name: /^Bereik per groep in fase 1/ }).waitFor();
      await result.getByText('Minst bediende groep').first().waitFor();
      await result
        .getByText(/^(Haalbaar: het doel wordt gehaald\.|Niet haalbaar\.)/)
        .first()
        .waitFor();
      expect(
        await result.getByRole('heading', { level: 4, name: 'Waarom deze kanalen' }).count(),
      ).toBeGreaterThan(0);
      expect(await result.getByText(/Totale kosten over alle fasen: \d/).count()).toBe(1);
      await result.locator('.bb-provenance', { hasText: 'Fictieve voorbeelddata' }).waitFor();
      expect(page.url()).toContain('plan=');
      await expectAccessible(page, 'Kanaalplan result');

      // CSV: a plain download link, followed with the keyboard.
      const csvLink = result.getByRole('link', { name: 'Download als CSV' });
      expect(await csvLink.getAttribute('download')).toMatch(/\.csv$/);
      const [download] = await Promise.all([page.waitForEvent('download'), csvLink.press('Enter')]);
      expect(download.suggestedFilename()).toMatch(/^kanaalplan-.*\.csv$/);
      const csv = await page.request.get((await csvLink.getAttribute('href')) ?? '');
      expect(csv.status()).toBe(200);
      expect(csv.headers()['content-type']).toContain('text/csv');
      expect(await csv.text()).toContain(';');
      const pdfLink = result.getByRole('link', { name: 'Download als PDF' });
      expect(await pdfLink.getAttribute('download')).toMatch(/\.pdf$/);
      const pdf = await page.request.get((await pdfLink.getAttribute('href')) ?? '');
      expect(pdf.headers()['content-type']).toContain('application/pdf');
      expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');

      // A second plan: every group must be reached. Then the two side by side.
      const second = `Vergunningen elke groep ${stamp}`;
      await buildPlan(page, second, 'every-group');
      await page.getByRole('heading', { level: 2, name: 'Twee plannen vergelijken' }).waitFor();
      await page.locator('#compare-plan-a').selectOption({ label: first });
      await page.locator('#compare-plan-b').selectOption({ label: second });
      await page.getByRole('button', { name: 'Plannen vergelijken' }).press('Enter');
      const comparison = page.getByRole('table', { name: `${first} (A) en ${second} (B) per fase` });
      await comparison.waitFor();
      expect(await comparison.locator('tbody tr').count()).toBe(5);
      await page
        .getByRole('status')
        .filter({ hasText: /een verschil van/ })
        .waitFor();
      await expectAccessible(page, 'Kanaalplan comparison');

      // Delete the second plan, with the confirmation in place.
      await page.getByRole('button', { name: `Verwijderen ${second}` }).press('Enter');
      await expect
        .poll(() => focused(page))
        .toMatchObject({ tag: 'button', text: `Ja, verwijder ${second}` });
      await page.keyboard.press('Enter');
      await page
        .getByRole('status')
        .filter({ hasText: `Kanaalplan ${second} is verwijderd.` })
        .waitFor();
      const plans = page.getByRole('table', { name: 'Opgeslagen kanaalplannen' });
      await expect.poll(() => plans.getByRole('rowheader', { name: second }).count()).toBe(0);
      await plans.getByRole('rowheader', { name: first }).waitFor();
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });
});
