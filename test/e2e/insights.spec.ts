import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible } from './support/axe.js';
import { BEHEERDER, signedInState } from './support/auth.js';
import { launchBrowser, openPage, type StorageState } from './support/browser.js';

const baseUrl = inject('baseUrl');
let browser: Browser;
let beheerder: StorageState;

// The beheerder may read insights, set norms and read the contacts and cases behind a figure.
beforeAll(async () => {
  browser = await launchBrowser();
  beheerder = await signedInState(browser, baseUrl, BEHEERDER);
});

afterAll(async () => {
  await browser?.close();
});

const VOLUME_TABLE = 'Tabel bij: Contactvolume per kanaal';

describe('Inzichten', () => {
  it('shows the dashboard, filters it and reads the table behind a chart', async () => {
    const { page, problems, close } = await openPage(browser, baseUrl, beheerder);
    try {
      await page.goto('/inzichten');
      await page.getByRole('heading', { level: 1, name: 'Inzichten' }).waitFor();
      const volume = page.getByRole('table', { name: VOLUME_TABLE });
      await volume.locator('tbody tr').first().waitFor();
      // Every chart is drawn (a canvas summarised for screen readers) and has a table and a CSV.
      await page.getByRole('img', { name: /Lijngrafiek van .* contacten per kanaal/ }).waitFor();
      await page.getByRole('table', { name: 'Tabel bij: Tevredenheid (KTO)' }).waitFor();
      expect(await page.getByRole('button', { name: /^CSV downloaden/ }).count()).toBeGreaterThanOrEqual(10);
      expect(await page.getByText('Fictieve voorbeelddata').count()).toBeGreaterThan(0);
      await expectAccessible(page, 'Dashboard');

      // Filter on the phone channel: the address carries it and the table only has phone rows.
      await page.getByLabel('Kanaal', { exact: true }).selectOption('phone');
      await page.getByRole('button', { name: 'Filters toepassen' }).click();
      await page.waitForURL(/channel=phone/);
      await expect
        .poll(async () => {
          const channels = await volume.locator('tbody tr td:nth-child(2)').allTextContents();
          return channels.length > 0 && channels.every((c) => c === 'Telefoon');
        })
        .toBe(true);

      // The CSV download is the same rows as the table.
      const rows = await volume.locator('tbody tr').count();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page
          .getByRole('region', { name: 'Contactvolume per kanaal', exact: true })
          .getByRole('button', { name: /^CSV downloaden/ })
          .click(),
      ]);
      const stream = await download.createReadStream();
      let csv = '';
      for await (const chunk of stream) csv += chunk.toString();
      const lines = csv
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\r\n');
      expect(lines[0]).toBe('period,channel,n,suppressed');
      expect(lines).toHaveLength(rows + 1);
      expect(lines.slice(1).every((line) => line.split(',')[1] === 'phone')).toBe(true);

      // A figure links to the contacts behind it.
      const firstLink = volume.locator('tbody tr a').first();
      await firstLink.click();
      await page.getByRole('heading', { level: 1, name: 'Contacten achter het cijfer' }).waitFor();
      await page
        .getByRole('table', { name: 'Contacten achter het cijfer' })
        .locator('tbody tr')
        .first()
        .waitFor();
      const channels = await page.locator('table tbody tr td:nth-child(2)').allTextContents();
      expect(channels.every((c) => c === 'Telefoon')).toBe(true);
      await expectAccessible(page, 'Contacten achter het cijfer');
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it('shows the service norms with their weekly scores and the beheerder edits one', async () => {
    const { page, problems, close } = await openPage(browser, baseUrl, beheerder);
    try {
      await page.goto('/inzichten/normen');
      await page.getByRole('heading', { level: 1, name: 'Servicenormen' }).waitFor();
      await page
        .getByRole('table', { name: 'Normen: laatste week en trend' })
        .locator('tbody tr')
        .first()
        .waitFor();
      await page.getByRole('heading', { level: 2, name: 'Normen instellen' }).waitFor();
      await expectAccessible(page, 'Servicenormen');
      const form = page.getByRole('form', { name: /Telefoon: 70% binnen 30 seconden/ });
      await form.getByLabel('Doel (procent)').fill('75');
      await form.getByRole('button', { name: 'Opslaan' }).click();
      await form.getByText('De norm is opgeslagen.').waitFor();
      await form.getByRole('button', { name: 'Standaardwaarde invullen' }).click();
      expect(await form.getByLabel('Doel (procent)').inputValue()).toBe('70');
      await form.getByRole('button', { name: 'Opslaan' }).click();
      await form.getByText('De norm is opgeslagen.').waitFor();
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it('forecasts the phone staffing', async () => {
    const { page, problems, close } = await openPage(browser, baseUrl, beheerder);
    try {
      await page.goto('/inzichten/bezetting');
      await page.getByRole('heading', { level: 1, name: 'Bezetting telefonie' }).waitFor();
      const table = page.getByRole('table', { name: 'Tabel bij: Voorspelling en benodigde medewerkers' });
      await table.locator('tbody tr').first().waitFor();
      await expectAccessible(page, 'Bezetting');
      await page.getByLabel('Shrinkage (procent)').fill('40');
      await page.getByRole('button', { name: 'Berekenen' }).click();
      await table.locator('tbody tr').first().waitFor();
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });
});
