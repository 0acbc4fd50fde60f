import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible } from './support/axe.js';
import { launchBrowser, openPage } from './support/browser.js';
import { focused } from './support/keyboard.js';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('Public e-forms (no login)', () => {
  it('submits an e-form in voorbeeldstad and follows the melding with its token', async () => {
    const { page, problems, close } = await openPage(browser, baseUrl);
    try {
      await page.goto('/melden/voorbeeldstad');
      await page.getByRole('heading', { level: 1, name: /Melding doen bij gemeente/ }).waitFor();
      await expectAccessible(page, 'e-form list');

      // The first published form; every form asks what is wrong (description).
      const first = page.getByRole('main').getByRole('listitem').getByRole('link').first();
      const title = (await first.textContent()) ?? '';
      await first.press('Enter');
      await page.getByRole('heading', { level: 1, name: title }).waitFor();
      await page.locator('#eform-description').waitFor();
      // Each field says why it is asked; required and optional are marked in text.
      expect(await page.locator('#eform-description-description').textContent()).toMatch(
        /^.*Waarom vragen we dit\?/,
      );
      expect(await page.locator('label[for="eform-description"]').textContent()).toContain('(verplicht)');
      await expectAccessible(page, 'e-form');

      // Sending it empty: a focused summary that links to the fields.
      await page.getByRole('button', { name: 'Melding versturen' }).press('Enter');
      await page.locator('.bb-error-summary:focus').waitFor();
      expect(await page.locator('#eform-description').getAttribute('aria-invalid')).toBe('true');
      await expectAccessible(page, 'e-form with errors');
      await page.locator('.bb-error-summary a[href="#eform-description"]').press('Enter');
      await expect.poll(() => focused(page)).toMatchObject({ id: 'eform-description' });

      // Free text with markup stays text; the counter follows what is typed.
      const description = 'Losse tegel <b>bij</b> de ingang & de stoep';
      await page.keyboard.type(description);
      await expect
        .poll(() => page.locator('#eform-description-count').textContent())
        .toMatch(/U kunt nog \d+ van/);
      const requiredIds = await page
        .locator('.bb-form [aria-required="true"]')
        .evaluateAll((els) => els.map((el) => el.id));
      for (const id of requiredIds) {
        const input = page.locator(`#${id}`);
        if ((await input.inputValue()) !== '') continue;
        const tag = await input.evaluate((el) => el.tagName.toLowerCase());
        if (tag === 'select') await input.selectOption({ index: 1 });
        else await input.fill('Bij de ingang van het park');
      }
      await page
        .locator('#eform-email')
        .fill('inwoner@example.org')
        .catch(() => undefined);
      await page.getByRole('button', { name: 'Melding versturen' }).press('Enter');

      await page.getByRole('heading', { level: 1, name: 'Uw melding is verstuurd' }).waitFor();
      const number = (await page.locator('.bb-case-number').textContent()) ?? '';
      expect(number).toMatch(/^[A-Z]-\d{4}-\d+$/);
      await expectAccessible(page, 'confirmation');

      await page.getByRole('link', { name: 'Volg uw melding' }).press('Enter');
      await page.getByRole('heading', { level: 1, name: `Melding ${number}` }).waitFor();
      expect(page.url()).toContain('token=');
      await page.getByText('Ontvangen').first().waitFor();
      await expectAccessible(page, 'follow melding');

      // A wrong token tells nothing about the melding.
      await page.goto(`/melding/voorbeeldstad/${number}?token=fout`);
      await page.getByRole('heading', { level: 1, name: 'Niet gevonden' }).waitFor();
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it('says clearly when a gemeente or form does not exist', async () => {
    const { page, problems, close } = await openPage(browser, baseUrl);
    try {
      await page.goto('/melden/bestaat-niet');
      await page.getByRole('heading', { level: 1, name: 'Niet gevonden' }).waitFor();
      await page.getByText('We kennen deze gemeente niet.').waitFor();
      await expectAccessible(page, 'unknown gemeente');

      await page.goto('/melden/voorbeeldstad/bestaat-niet');
      await page.getByRole('heading', { level: 1, name: 'Niet gevonden' }).waitFor();
      await page.getByText('Dit formulier bestaat niet').waitFor();
      await expectAccessible(page, 'unknown form');
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });
});
