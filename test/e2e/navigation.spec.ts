import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible } from './support/axe.js';
import { BEHEERDER, KCC_PROEFDORP, login, signedInState } from './support/auth.js';
import { launchBrowser, openPage, type StorageState } from './support/browser.js';
import { focused, tabTo } from './support/keyboard.js';

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

/** Shift+Tab from the current h1 back to a menu item, Enter, and check focus lands on the new h1. */
async function goByKeyboard(page: Page, linkText: string, heading: string): Promise<void> {
  await tabTo(page, linkText, { backwards: true });
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  await expect.poll(() => focused(page)).toMatchObject({ tag: 'h1', text: heading });
  expect(await page.title()).toBe(`${heading} - Buitenbinnen`);
  await expectAccessible(page, heading);
}

const SECTIONS: [string, string][] = [
  ['Kanaaladvies', 'Kanaaladvies'],
  ['Klantreizen', 'Klantreizen'],
  ['Klantcontact', 'Klantcontact'],
  ['Meldingen', 'Meldingen'],
  ['Inzichten', 'Inzichten'],
  ['Start', 'Start'],
  ['Beheer', 'Beheer'],
];

const ADMIN_PAGES = ['Gebruikers', 'Teams', 'Auditlog', 'Verwerkingenlog'];

describe('signed-in navigation', () => {
  it('reaches every section and Beheer page by keyboard, each passing axe', async () => {
    const { page, problems, close } = await openPage(browser, baseUrl, beheerder);
    try {
      // A fresh load starts at the top: the first Tab reaches the skip link, Enter moves to main.
      await page.goto('/');
      await page.getByRole('heading', { level: 1, name: 'Start' }).waitFor();
      await expectAccessible(page, 'Start');
      const skip = await tabTo(page, 'Naar de inhoud', { max: 1 });
      expect(skip.tag).toBe('a');
      await page.keyboard.press('Enter');
      await expect.poll(() => focused(page)).toMatchObject({ tag: 'main', id: 'inhoud' });
      await page.locator('main h1').focus();

      for (const [link, heading] of SECTIONS) await goByKeyboard(page, link, heading);
      for (const name of ADMIN_PAGES) await goByKeyboard(page, name, name);

      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it('works in English, with <html lang> following the switch', async () => {
    const { page, problems, close } = await openPage(browser, baseUrl, beheerder);
    try {
      await page.goto('/');
      await page.getByRole('heading', { level: 1, name: 'Start' }).waitFor();
      await tabTo(page, 'English');
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { level: 1, name: 'Home' }).waitFor();
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
      await expectAccessible(page, 'Home (en)');
      await page.locator('main h1').focus();
      await goByKeyboard(page, 'Administration', 'Administration');
      await goByKeyboard(page, 'Audit log', 'Audit log');
      await goByKeyboard(page, 'Processing log', 'Processing log');
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it('stacks the main menu on a small screen and stays accessible', async () => {
    const { page, problems, close } = await openPage(browser, baseUrl, beheerder);
    try {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto('/');
      const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
      const first = await nav.getByRole('link', { name: 'Start' }).boundingBox();
      const second = await nav.getByRole('link', { name: 'Kanaaladvies' }).boundingBox();
      expect(second && first && second.y > first.y).toBe(true);
      await expectAccessible(page, 'Start (small screen)');
      await page.goto('/beheer/auditlog');
      await page.getByRole('table').waitFor();
      await expectAccessible(page, 'Auditlog (small screen)');
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it('hides Beheer from a KCC-medewerker and refuses the URL', async () => {
    const { page, problems, close } = await openPage(browser, baseUrl);
    try {
      await login(page, KCC_PROEFDORP);
      const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
      await nav.getByRole('link', { name: 'Klantcontact' }).waitFor();
      expect(await nav.getByRole('link', { name: 'Beheer' }).count()).toBe(0);
      await page.goto('/beheer');
      await page.getByRole('heading', { level: 1, name: 'Geen toegang' }).waitFor();
      await expectAccessible(page, 'Geen toegang');
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it('moves focus to the Start heading after login and logs out with the keyboard', async () => {
    const { page, problems, close } = await openPage(browser, baseUrl);
    try {
      await login(page, BEHEERDER);
      await expect.poll(() => focused(page)).toMatchObject({ tag: 'h1', text: 'Start' });
      await tabTo(page, 'Uitloggen', { backwards: true });
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
      // The session is gone on the server too: a reload stays on the login page.
      await page.goto('/beheer');
      await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });
});
