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

const HEADER = 'respondent_id;leeftijd;profiel;dienstverlening_f1_kanalen';
const VALID = [
  HEADER,
  'r1;23;;webformulier|whatsapp',
  'r2;45;gehaaste-gezinnen;telefoon',
  'r3;70;;telefoon|e-mail',
  'r4;31;;e-mail',
  '',
].join('\n');
const INVALID = [HEADER, 'r1;abc;;webformulier', 'r2;45;onbekend;telefoon', 'r3;70;;postduif', ''].join('\n');

async function fillSurvey(page: Page, name: string, csv: string): Promise<void> {
  await page.locator('#survey-name').fill(name);
  await page.locator('#survey-source').fill('Gemeente Voorbeeldstad, online panel');
  await page.locator('#survey-year').fill('2026');
  await page
    .locator('#survey-file')
    .setInputFiles({ name: 'antwoorden.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.getByRole('button', { name: 'Enquête inlezen' }).press('Enter');
}

describe('Kanaaladvies > Eigen enquête', () => {
  it('imports a valid survey, rejects an invalid one with line numbers, and advises on it', async () => {
    const { page, problems, close } = await openPage(browser, baseUrl, adviseur);
    try {
      await page.goto('/kanaaladvies/enquete');
      await page.getByRole('heading', { level: 1, name: 'Eigen enquête' }).waitFor();
      await page.getByRole('table', { name: 'Datasets van uw gemeente' }).waitFor();
      const questionnaire = page.getByRole('link', { name: /Download de vragenlijst/ });
      expect(await questionnaire.getAttribute('href')).toBe('/api/v1/advice/survey-template');
      const template = page.getByRole('link', { name: /Download het CSV-sjabloon/ });
      const templateCsv = await page.request.get((await template.getAttribute('href')) ?? '');
      expect(templateCsv.headers()['content-type']).toContain('text/csv');
      expect(await templateCsv.text()).toContain('respondent_id');
      await expectAccessible(page, 'Eigen enquête');

      const name = `Inwonerspanel ${Date.now()}`;
      await fillSurvey(page, name, VALID);
      await page
        .getByRole('status')
        .filter({ hasText: `Dataset ${name} is ingelezen met 4 respondenten.` })
        .waitFor();
      const datasets = page.getByRole('table', { name: 'Datasets van uw gemeente' });
      await datasets.getByRole('rowheader', { name }).waitFor();
      await expectAccessible(page, 'Eigen enquête imported');

      await fillSurvey(page, `${name} (fout)`, INVALID);
      const summary = page.locator('.bb-error-summary:focus');
      await summary.waitFor();
      await summary.getByText('Het bestand is niet ingelezen: er is niets opgeslagen.').waitFor();
      const items = await summary.locator('li').allTextContents();
      expect(items).toContain("regel 2, kolom leeftijd: leeftijd 'abc' is geen geheel getal");
      expect(items.some((item) => item.startsWith('regel 3, kolom profiel:'))).toBe(true);
      expect(items.some((item) => item.startsWith('regel 4, kolom dienstverlening_f1_kanalen:'))).toBe(true);
      expect(await page.locator('#survey-file').getAttribute('aria-invalid')).toBe('true');
      await expectAccessible(page, 'Eigen enquête with errors');
      expect(await datasets.getByRole('rowheader', { name: `${name} (fout)` }).count()).toBe(0);

      // Advice on four respondents: too few for a percentage, only intervals.
      await datasets.getByRole('link', { name: `Advies met ${name}` }).press('Enter');
      await page.getByRole('heading', { level: 1, name: 'Kanaaladvies' }).waitFor();
      const table = page.getByRole('table', { name: /Kanaalvoorkeur van Alle respondenten in fase 1/ });
      await table.waitFor();
      expect(await table.locator('tbody tr').first().locator('td').nth(1).textContent()).toBe(
        'te weinig respondenten (n = 4)',
      );
      expect(await table.locator('tbody tr').first().locator('td').nth(2).textContent()).toMatch(
        /^\d+–\d+%$/,
      );
      await page.getByText(/Te weinig respondenten \(n = 4, minimaal \d+\)/).waitFor();
      expect(await page.locator('.bb-provenance', { hasText: 'Fictieve voorbeelddata' }).count()).toBe(0);
      await expectAccessible(page, 'Kanaaladvies on a small survey');
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe('Kanaaladvies > Gebied', () => {
  it('adds an area by hand and from CSV, with warnings and line errors', async () => {
    const { page, problems, close } = await openPage(browser, baseUrl, adviseur);
    try {
      await page.goto('/kanaaladvies/gebied');
      await page.getByRole('heading', { level: 1, name: 'Gebied' }).waitFor();
      await page.getByRole('table', { name: 'Gebieden' }).waitFor();

      const name = `Havenkwartier ${Date.now()}`;
      await page.locator('#new-area-name').fill(name);
      await page.locator('#new-area-kind').selectOption('buurt');
      await page.locator('#new-area-mode').selectOption('shares');
      await page.getByLabel('16–24 jaar (%)').fill('50');
      await page.getByLabel('25–34 jaar (%)').fill('40');
      await page.locator('#new-area-normalise').focus();
      await page.keyboard.press('Space');
      await page.getByRole('button', { name: 'Gebied toevoegen' }).press('Enter');
      await page
        .getByRole('status')
        .filter({ hasText: `Gebied ${name} is toegevoegd.` })
        .waitFor();
      await page
        .getByRole('status')
        .filter({ hasText: /genormaliseerd/ })
        .waitFor();
      await page.getByRole('heading', { level: 2, name }).waitFor();
      await page.getByRole('table', { name: `Samenstelling van ${name}` }).waitFor();
      await expectAccessible(page, 'Gebied added');

      const csvName = `Dorpskern ${Date.now()}`;
      await page.locator('#csv-area-name').fill(csvName);
      await page.locator('#csv-area-file').setInputFiles({
        name: 'gebied.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from('groep;aantal\n16-24;120\n25-34;abc\n'),
      });
      await page.getByRole('button', { name: 'Gebied inlezen uit CSV' }).press('Enter');
      await page.locator('.bb-error-summary:focus').waitFor();
      await expect.poll(() => focused(page)).toMatchObject({ tag: 'div' });
      await page
        .getByText(/regel 3, kolom aantal/)
        .first()
        .waitFor();

      await page.locator('#csv-area-file').setInputFiles({
        name: 'gebied.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from('groep;aantal\n16-24;120\n25-34;300\n65-74;80\n'),
      });
      await page.getByRole('button', { name: 'Gebied inlezen uit CSV' }).press('Enter');
      await page
        .getByRole('status')
        .filter({ hasText: `Gebied ${csvName} is toegevoegd.` })
        .waitFor();
      await page.getByRole('table', { name: 'Gebieden' }).getByRole('rowheader', { name: csvName }).waitFor();
      await expectAccessible(page, 'Gebied from CSV');
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });
});
