import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible } from './support/axe.js';
import { BEHEERDER, signedInState } from './support/auth.js';
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

async function openTeams(page: Page): Promise<void> {
  await page.goto('/beheer/teams');
  await page.getByRole('heading', { level: 1, name: 'Teams' }).waitFor();
  await page.getByRole('table').waitFor();
}

describe('Beheer > Teams', () => {
  it('adds a team with the keyboard and shows it in the table', async () => {
    const { page, problems, close } = await openPage(browser, baseUrl, beheerder);
    try {
      await openTeams(page);
      const name = `Team Wijkzaken ${Date.now()}`;

      // Submitting empty gives a focused summary and a marked field.
      await tabTo(page, 'Team toevoegen');
      const button = await focused(page);
      expect(button.tag).toBe('button');
      await page.keyboard.press('Enter');
      await page.locator('.bb-error-summary:focus').waitFor();
      const nameInput = page.locator('#new-team-name');
      expect(await nameInput.getAttribute('aria-invalid')).toBe('true');
      await expectAccessible(page, 'Teams with errors');

      // The summary's link takes focus to the field.
      await tabTo(page, 'Naam: Vul naam in.');
      await page.keyboard.press('Enter');
      await expect.poll(() => focused(page)).toMatchObject({ id: 'new-team-name' });
      await page.keyboard.type(name);
      await page.keyboard.press('Tab');
      await page.keyboard.type('wijkzaken@voorbeeldstad.example');
      await page.keyboard.press('Enter');

      await page
        .getByRole('status')
        .filter({ hasText: `Team ${name} is toegevoegd.` })
        .waitFor();
      await page.getByRole('cell', { name, exact: true }).waitFor();
      expect(await nameInput.getAttribute('aria-invalid')).toBeNull();
      await expectAccessible(page, 'Teams after add');
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it('edits a team and reports a conflicting edit (412) with a reload', async () => {
    // Two tabs of one beheerder: the ETag, not the session, decides who wins.
    const first = await openPage(browser, baseUrl, beheerder);
    const second = await openPage(browser, baseUrl, beheerder);
    try {
      await openTeams(first.page);
      const editLink = first.page.getByRole('link', { name: /^Wijzigen / }).first();
      const href = await editLink.getAttribute('href');
      expect(href).toMatch(/^\/beheer\/teams\/.+/);

      // Both tabs load the same version of the team.
      for (const { page } of [first, second]) {
        await page.goto(href ?? '');
        await page.getByRole('heading', { level: 1, name: 'Team wijzigen' }).waitFor();
        await page.locator('#edit-team-name').waitFor();
      }
      await expectAccessible(first.page, 'Team wijzigen');

      await first.page.locator('#edit-team-description').fill(`Eerste wijziging ${Date.now()}`);
      await first.page.getByRole('button', { name: 'Opslaan' }).press('Enter');
      await first.page.getByRole('status').filter({ hasText: 'De wijzigingen zijn opgeslagen.' }).waitFor();

      await second.page.locator('#edit-team-description').fill('Tweede wijziging');
      await second.page.getByRole('button', { name: 'Opslaan' }).press('Enter');
      await second.page.getByText('Iemand anders heeft dit intussen gewijzigd.').waitFor();
      await expectAccessible(second.page, 'Team wijzigen (412)');

      await second.page.getByRole('button', { name: 'Opnieuw laden' }).press('Enter');
      await expect
        .poll(() => second.page.locator('#edit-team-description').inputValue())
        .toMatch(/^Eerste wijziging/);
      expect(await second.page.getByText('Iemand anders heeft dit intussen gewijzigd.').count()).toBe(0);

      await first.page.getByRole('link', { name: 'Terug naar het overzicht' }).press('Enter');
      await first.page.getByRole('heading', { level: 1, name: 'Teams' }).waitFor();
      expect([...first.problems, ...second.problems]).toEqual([]);
    } finally {
      await first.close();
      await second.close();
    }
  });
});
