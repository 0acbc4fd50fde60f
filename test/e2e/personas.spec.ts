import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible } from './support/axe.js';
import { ADVISEUR, signedInState } from './support/auth.js';
import { launchBrowser, openPage, type StorageState } from './support/browser.js';

const baseUrl = inject('baseUrl');
let browser: Browser;
let adviseur: StorageState;
const run = Date.now().toString(36);

beforeAll(async () => {
  browser = await launchBrowser();
  adviseur = await signedInState(browser, baseUrl, ADVISEUR);
});

afterAll(async () => {
  await browser?.close();
});

describe("Persona's", () => {
  it('shows the starter set, filters it and opens a persona with its link to Kanaaladvies', async () => {
    const { page, problems, close } = await openPage(browser, baseUrl, adviseur);
    try {
      await page.goto('/klantreizen/personas');
      await page.getByRole('heading', { level: 1, name: "Persona's" }).waitFor();
      await page.getByRole('link', { name: 'Voorbeeld: Daan, 29, blind' }).waitFor();
      await expectAccessible(page, "persona's");

      await page.locator('#persona-vulnerable').selectOption('false');
      await expect.poll(() => page.getByRole('link', { name: 'Voorbeeld: Daan, 29, blind' }).count()).toBe(0);
      await page.locator('#persona-vulnerable').selectOption('true');
      await page.getByRole('link', { name: 'Voorbeeld: Ans, 78, woont alleen' }).click();

      await page.getByRole('heading', { level: 1, name: 'Voorbeeld: Ans, 78, woont alleen' }).waitFor();
      const advice = page.getByRole('link', { name: 'kanaaladvies voor deze groep' }).first();
      expect(await advice.getAttribute('href')).toMatch(/^\/kanaaladvies\?scheme=(age|profile)&group=/);
      await page.getByText('Oudere, alleenwonend').waitFor();
      await expectAccessible(page, 'persona');
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it('creates a persona with the quote reminder in view', async () => {
    const { page, problems, close } = await openPage(browser, baseUrl, adviseur);
    try {
      await page.goto('/klantreizen/personas/nieuw');
      await page.getByRole('heading', { level: 1, name: 'Nieuwe persona' }).waitFor();
      await expectAccessible(page, 'nieuwe persona');
      await page
        .getByText(/zet er geen naam, adres of ander persoonsgegeven/i)
        .first()
        .waitFor();

      // Saving without a name: a focused summary, nothing stored.
      await page.getByRole('button', { name: 'Opslaan' }).click();
      await page.getByRole('heading', { name: 'Controleer het formulier' }).waitFor();

      await page.locator('#persona-name').fill(`Mirjam ${run}`);
      await page.locator('#persona-quotes').fill('Ik wil gewoon weten waar ik aan toe ben.');
      await page.locator('#persona-tag-low-literacy').check();
      await page.locator('#persona-interviewCount').fill('4');
      await page.getByRole('button', { name: 'Opslaan' }).click();

      await page.getByRole('heading', { level: 1, name: `Mirjam ${run}` }).waitFor();
      await page.getByText('Aantal interviews: 4.').waitFor();
      await page.getByText('Laaggeletterd').waitFor();
      await expectAccessible(page, 'nieuwe persona opgeslagen');
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });
});
