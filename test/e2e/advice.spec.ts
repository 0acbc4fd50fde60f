import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible } from './support/axe.js';
import { ADVISEUR, KCC_PROEFDORP, login, signedInState } from './support/auth.js';
import { launchBrowser, openPage, type StorageState } from './support/browser.js';
import { focused, tabTo, tabToId } from './support/keyboard.js';

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

/** Tabs to a select and moves one option down with the arrow key, as a keyboard user would. */
async function nextOption(page: Page, id: string, expected: string): Promise<void> {
  await tabToId(page, id);
  await page.keyboard.press('ArrowDown');
  expect(await page.locator(`#${id}`).inputValue()).toBe(expected);
}

/** Shift+Tab from the h1 to a Kanaaladvies menu item, Enter, and focus lands on the new h1. */
async function openSubPage(page: Page, link: string, heading: string): Promise<void> {
  await page.locator('main h1').focus();
  await tabTo(page, link, { backwards: true });
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  await expect.poll(() => focused(page)).toMatchObject({ tag: 'h1', text: heading });
}

describe('Kanaaladvies', () => {
  it('gives the advice for a group and phase chosen by keyboard, with provenance', async () => {
    const { page, problems, close } = await openPage(browser, baseUrl, adviseur);
    try {
      await page.goto('/kanaaladvies');
      await page.getByRole('heading', { level: 1, name: 'Kanaaladvies' }).waitFor();
      await page.getByRole('table', { name: /Kanaalvoorkeur van Alle respondenten in fase 1/ }).waitFor();
      await page.locator('.bb-provenance', { hasText: 'Fictieve voorbeelddata' }).first().waitFor();
      await expectAccessible(page, 'Kanaaladvies');

      await page.locator('main h1').focus();
      await nextOption(page, 'advice-context', 'participation');
      await nextOption(page, 'advice-scheme', 'profile');
      await nextOption(page, 'advice-group', 'honkvaste-buurtbewoners');
      await nextOption(page, 'advice-phase', '2');
      await tabTo(page, 'Advies tonen');
      await page.keyboard.press('Enter');

      await page.getByRole('heading', { level: 2, name: /^Honkvaste Buurtbewoners, fase 2: / }).waitFor();
      const url = new URL(page.url());
      expect(Object.fromEntries(url.searchParams)).toMatchObject({
        context: 'participation',
        scheme: 'profile',
        group: 'honkvaste-buurtbewoners',
        phase: '2',
      });
      const table = page.getByRole('table', { name: /Kanaalvoorkeur van Honkvaste Buurtbewoners in fase 2/ });
      const rows = table.locator('tbody tr');
      expect(await rows.count()).toBeGreaterThan(3);
      // Rank, then (after the channel's row header) share, interval, count and first choice.
      const first = rows.first().locator('td');
      expect(await first.nth(1).textContent()).toMatch(/^\d+%$/);
      expect(await first.nth(2).textContent()).toMatch(/^\d+–\d+%$/);
      expect(await first.nth(4).textContent()).toMatch(/^\d+%$/);
      const provenance = page.locator('.bb-provenance', { hasText: 'Fictieve voorbeelddata' });
      expect(await provenance.count()).toBeGreaterThanOrEqual(3);
      expect(await provenance.first().textContent()).toMatch(/\(2021\); n = \d+ respondenten/);
      await page.getByRole('heading', { level: 3, name: 'Motieven voor de kanaalkeuze' }).waitFor();
      await page.getByRole('heading', { level: 3, name: 'Verwachtingen van de gemeente' }).waitFor();
      // The profiles' rights notice goes with them.
      await page.getByText(/eigendom van Citisens/).waitFor();
      await expectAccessible(page, 'Kanaaladvies for a profile');

      // The view is a link: opened anew it shows the same choice.
      await page.goto(url.pathname + url.search);
      await page.getByRole('heading', { level: 2, name: /^Honkvaste Buurtbewoners, fase 2: / }).waitFor();
      expect(await page.locator('#advice-scheme').inputValue()).toBe('profile');
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it('compares groups, shows the phases and the area mix, each page passing axe', async () => {
    const { page, problems, close } = await openPage(browser, baseUrl, adviseur);
    try {
      await page.goto('/kanaaladvies?context=service&scheme=age&group=75-plus&phase=2');
      await page.getByRole('heading', { level: 2, name: /^75 jaar en ouder, fase 2/ }).waitFor();

      await openSubPage(page, 'Vergelijk groepen', 'Vergelijk groepen');
      const matrix = page.getByRole('table', { name: /Aandeel per kanaal, per Leeftijdsgroep/ });
      await matrix.waitFor();
      // One row per age group, each with its n; the choice travelled along from the advice page.
      expect(await matrix.locator('tbody tr').count()).toBe(7);
      await matrix.getByRole('rowheader', { name: '16–24 jaar' }).waitFor();
      expect(await matrix.getByRole('columnheader', { name: 'Telefoon' }).count()).toBe(1);
      expect(await matrix.locator('tbody tr').first().locator('td').first().textContent()).toMatch(/^\d+$/);
      expect(page.url()).toContain('phase=2');
      await expectAccessible(page, 'Vergelijk groepen');

      await openSubPage(page, 'Fasen', 'Fasen');
      await page.getByRole('heading', { level: 2, name: /^75 jaar en ouder – Dienstverlening/ }).waitFor();
      expect(await page.getByRole('heading', { level: 3, name: /^Fase \d: / }).count()).toBe(5);
      await expectAccessible(page, 'Fasen');

      await openSubPage(page, 'Gebied', 'Gebied');
      await page.getByRole('table', { name: 'Gebieden' }).waitFor();
      await page
        .getByRole('link', { name: 'Bekijken Lindenhof (oudere wijk) (Leeftijdsgroep)' })
        .press('Enter');
      await expect.poll(() => focused(page)).toMatchObject({ tag: 'h2', text: 'Lindenhof (oudere wijk)' });
      await page.getByRole('table', { name: 'Samenstelling van Lindenhof (oudere wijk)' }).waitFor();
      await page
        .getByRole('table', { name: /Verwachte kanaalvoorkeur in Lindenhof \(oudere wijk\), fase 5/ })
        .waitFor();
      await expectAccessible(page, 'Gebied with mix');

      await openSubPage(page, 'Vergelijk datasets', 'Vergelijk datasets');
      await page.getByRole('table', { name: /Aandeel per kanaal: .* \(A\) tegenover .* \(B\)/ }).waitFor();
      await page.getByRole('columnheader', { name: 'Significant verschil' }).waitFor();
      await expectAccessible(page, 'Vergelijk datasets');

      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto('/kanaaladvies');
      await page.getByRole('table', { name: /Kanaalvoorkeur van Alle respondenten/ }).waitFor();
      await expectAccessible(page, 'Kanaaladvies (small screen)');
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it('names channels and groups in English when the UI is English', async () => {
    const { page, problems, close } = await openPage(browser, baseUrl, adviseur);
    try {
      await page.goto('/kanaaladvies?scheme=age&group=65-74');
      await page.getByRole('heading', { level: 1, name: 'Kanaaladvies' }).waitFor();
      await page.locator('main h1').focus();
      await tabTo(page, 'English');
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { level: 1, name: 'Channel advice' }).waitFor();
      const table = page.getByRole('table', { name: /Channel preference of 65–74 years in phase 1/ });
      await table.getByRole('rowheader', { name: 'Phone' }).waitFor();
      await page.locator('.bb-provenance', { hasText: 'Fictitious example data' }).first().waitFor();
      await expectAccessible(page, 'Channel advice (en)');
      await tabTo(page, 'Nederlands', { backwards: true });
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { level: 1, name: 'Kanaaladvies' }).waitFor();
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it('shows a KCC-medewerker the advice but neither plan form nor survey import', async () => {
    const { page, problems, close } = await openPage(browser, baseUrl);
    try {
      await login(page, KCC_PROEFDORP);
      await page.goto('/kanaaladvies/kanaalplan');
      await page.getByRole('heading', { level: 1, name: 'Kanaalplan' }).waitFor();
      await page.getByRole('table', { name: 'Opgeslagen kanaalplannen' }).waitFor();
      expect(await page.getByRole('heading', { name: 'Nieuw kanaalplan' }).count()).toBe(0);
      const menu = page.getByRole('navigation', { name: 'Onderdelen van Kanaaladvies' });
      await menu.getByRole('link', { name: 'Vergelijk groepen' }).waitFor();
      expect(await menu.getByRole('link', { name: 'Eigen enquête' }).count()).toBe(0);
      await expectAccessible(page, 'Kanaalplan (read only)');
      await page.goto('/kanaaladvies/enquete');
      await page.getByRole('heading', { level: 1, name: 'Geen toegang' }).waitFor();
      await page.goto('/kanaaladvies/gebied');
      await page.getByRole('table', { name: 'Gebieden' }).waitFor();
      expect(await page.getByRole('button', { name: 'Gebied toevoegen' }).count()).toBe(0);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });
});
