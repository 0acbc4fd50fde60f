import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible } from './support/axe.js';
import { DEMO_PASSWORD, signedInState, type DemoAccount } from './support/auth.js';
import { launchBrowser, openPage, type StorageState } from './support/browser.js';
import { focused } from './support/keyboard.js';

const ANALIST: DemoAccount = {
  tenant: 'voorbeeldstad',
  email: 'analist@voorbeeldstad.example',
  password: DEMO_PASSWORD,
};

const baseUrl = inject('baseUrl');
let browser: Browser;
let analist: StorageState;

beforeAll(async () => {
  browser = await launchBrowser();
  analist = await signedInState(browser, baseUrl, ANALIST);
});

afterAll(async () => {
  await browser?.close();
});

/** The list of logs, waiting (reloading) until the named log is ready: the demo import may still run. */
async function openLog(page: Page, name: string | RegExp): Promise<void> {
  await page.goto('/inzichten/procesmining');
  await page.getByRole('heading', { level: 1, name: 'Procesmining' }).waitFor();
  const logs = page.getByRole('table', { name: 'Event logs' });
  await logs.locator('tbody tr').first().waitFor();
  await logs.getByRole('link', { name }).click({ timeout: 45_000 });
  await page.getByRole('heading', { level: 1, name: /^Procesmining: / }).waitFor();
}

/** The map is drawn once ELK has laid it out; its edges are buttons named "Van … naar …". */
function edges(page: Page) {
  return page.locator('svg g[role="button"]');
}

describe('Procesmining', () => {
  it('opens the process map of the own cases and shows the cases behind an edge by keyboard', async () => {
    const { page, problems, close } = await openPage(browser, baseUrl, analist);
    try {
      await page.goto('/inzichten/procesmining');
      await page.getByRole('heading', { level: 1, name: 'Procesmining' }).waitFor();
      await page.getByRole('table', { name: 'Event logs' }).locator('tbody tr').first().waitFor();
      await page.getByRole('heading', { level: 2, name: 'Event log importeren' }).waitFor();
      await expectAccessible(page, 'Event logs');

      await openLog(page, 'Eigen zaken');
      await edges(page).first().waitFor();
      await page.getByRole('table', { name: 'Paden op de kaart (direct na elkaar)' }).waitFor();
      await expectAccessible(page, 'Proceskaart eigen zaken');

      // Keyboard: focus the first edge, Enter opens its cases and moves focus to their heading.
      const first = edges(page).first();
      const name = (await first.getAttribute('aria-label')) ?? '';
      const [, from, to] = /^Van (.+) naar (.+?): /.exec(name) ?? [];
      await first.focus();
      await page.keyboard.press('Enter');
      const heading = `Zaken met ${from} direct gevolgd door ${to}`;
      await page.getByRole('heading', { level: 3, name: heading }).waitFor();
      await expect.poll(() => focused(page)).toMatchObject({ tag: 'h3', text: heading });
      const cases = page.getByRole('table', { name: /^[\d.]+ zaken$/ });
      await cases.locator('tbody tr').first().waitFor();
      expect(await cases.locator('tbody tr th').first().textContent()).toMatch(/\S/);
      await expectAccessible(page, 'Zaken achter een pad');
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it('opens the process map of the receipt log, limits it with the sliders and clicks an edge', async () => {
    const { page, problems, close } = await openPage(browser, baseUrl, analist);
    try {
      await openLog(page, /^receipt\.xes\.gz/);
      await edges(page).first().waitFor();
      // The receipt log has 27 activities; the sliders say how many are shown out of how many.
      const activities = page.getByLabel('Aantal activiteiten');
      await activities.focus();
      await page.keyboard.press('End');
      expect(await activities.getAttribute('aria-valuetext')).toBe('27 van 27');
      await expect
        .poll(() => page.getByRole('table', { name: 'Activiteiten op de kaart' }).locator('tbody tr').count())
        .toBe(27);
      const paths = page.getByLabel('Aantal paden');
      await paths.focus();
      await page.keyboard.press('Home');
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => edges(page).count()).toBe(3);

      // Performance view labels the edges with durations.
      await page.getByLabel('Doorlooptijd (gemiddelde en mediaan)').check();
      await expect.poll(() => edges(page).first().textContent()).toMatch(/gem\. .* \/ med\. /);

      // A pointer user clicks the line or its label (the middle of a bent edge's box is empty).
      await edges(page).first().locator('text').click();
      await page.getByRole('heading', { level: 3, name: /^Zaken met .* direct gevolgd door / }).waitFor();
      await page
        .getByRole('table', { name: /^[\d.]+ zaken$/ })
        .locator('tbody tr')
        .first()
        .waitFor();
      await page
        .getByRole('table', { name: /varianten, meest voorkomend eerst/ })
        .locator('tbody tr')
        .first()
        .waitFor();
      await page.getByRole('table', { name: 'Tabel bij: Knelpunten' }).locator('tbody tr').first().waitFor();
      await expectAccessible(page, 'Proceskaart receipt');
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });
  it('imports a CSV event log with a column mapping and mines it', async () => {
    const { page, problems, close } = await openPage(browser, baseUrl, analist);
    try {
      const name = `e2e-${Date.now().toString(36)}.csv`;
      // Three cases, semicolon-separated as a Dutch spreadsheet writes them.
      const rows = ['Zaak;Activiteit;Tijdstip;Team'];
      for (const [id, day] of [
        ['z1', 2],
        ['z2', 3],
        ['z3', 4],
      ] as const) {
        rows.push(`${id};Melding ontvangen;2026-03-0${day}T08:00:00Z;KCC`);
        rows.push(`${id};In behandeling;2026-03-0${day}T10:00:00Z;Buitendienst`);
        rows.push(`${id};Afgehandeld;2026-03-0${day}T15:30:00Z;Buitendienst`);
      }
      await page.goto('/inzichten/procesmining');
      await page.getByRole('heading', { level: 2, name: 'Event log importeren' }).waitFor();
      await page.getByLabel('Bestand').setInputFiles({
        name,
        mimeType: 'text/csv',
        buffer: Buffer.from(rows.join('\n') + '\n'),
      });
      // The mapping form offers the header's columns, with a first guess from their names.
      await page.getByRole('group', { name: 'Kolommen van de CSV' }).waitFor();
      expect(await page.getByLabel(/^Zaak \(case id\)/).inputValue()).toBe('Zaak');
      expect(await page.getByLabel(/^Activiteit/).inputValue()).toBe('Activiteit');
      expect(await page.getByLabel(/^Tijdstip/).inputValue()).toBe('Tijdstip');
      expect(await page.getByLabel('Scheidingsteken').inputValue()).toBe(';');
      await expectAccessible(page, 'CSV-kolommen koppelen');
      await page.getByRole('button', { name: 'Importeren' }).click();
      await page.getByText(`${name} is geüpload en wordt nu ingelezen.`).waitFor();

      // The list polls while the import runs; once ready the log opens like any other.
      await page.getByRole('link', { name }).click({ timeout: 30_000 });
      await page.getByRole('heading', { level: 1, name: `Procesmining: ${name}` }).waitFor();
      await page.getByText('3 van 3 zaken, 9 gebeurtenissen.').waitFor();
      const pathsTable = page.getByRole('table', { name: 'Paden op de kaart (direct na elkaar)' });
      await expect.poll(() => pathsTable.locator('tbody tr').count()).toBe(2);
      // Each case waits 2 hours between the first two steps: mean and median are both 2 u.
      const firstStep = pathsTable.locator('tbody tr', { hasText: 'Melding ontvangen' });
      expect(await firstStep.locator('td').allTextContents()).toEqual(
        expect.arrayContaining(['In behandeling', '3', '2 u']),
      );
      await pathsTable
        .getByRole('button', { name: /Zaken tonen van Melding ontvangen naar In behandeling/ })
        .click();
      const cases = page.getByRole('table', { name: '3 zaken' });
      await expect.poll(() => cases.locator('tbody tr th').allTextContents()).toEqual(['z1', 'z2', 'z3']);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });
});
