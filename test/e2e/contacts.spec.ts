import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible } from './support/axe.js';
import { BEHEERDER, signedInState } from './support/auth.js';
import { launchBrowser, openPage, type StorageState } from './support/browser.js';
import { BEHANDELAAR, KCC } from './support/contactsAccounts.js';
import { addRunCategory, addRunTask } from './support/contactsSetup.js';
import { focused, tabTo, tabToId } from './support/keyboard.js';

const baseUrl = inject('baseUrl');
let browser: Browser;
let kcc: StorageState;
let behandelaar: StorageState;
let beheerder: StorageState;

// Made unique per run: the same server may serve several runs (E2E_BASE_URL).
const run = Date.now().toString(36);
const email = `eva.${run}@voorbeeldstad.example`;
const familyName = `Toetsenbord${run}`;
// HTML in free text must come back as text, never as markup.
const summary = `<b>Lantaarnpaal</b> kapot bij nummer 12 (${run})`;
const categoryCode = `e2e-${run}`;
const categoryName = `Q${run} lantaarnpaal`;

/** Shared between the tests, in order: the KCC's melding is the behandelaar's work. */
const created: { caseNumber?: string; casePath?: string } = {};

// A whole call by keyboard is many key presses, each followed by a look at the focus.
const LONG = 240_000;

beforeAll(async () => {
  browser = await launchBrowser();
  kcc = await signedInState(browser, baseUrl, KCC);
  behandelaar = await signedInState(browser, baseUrl, BEHANDELAAR);
  beheerder = await signedInState(browser, baseUrl, BEHEERDER);
  await addRunCategory(browser, baseUrl, beheerder, categoryCode, categoryName);
});

afterAll(async () => {
  await browser?.close();
});

async function press(page: Page, key: string, times = 1): Promise<void> {
  for (let i = 0; i < times; i++) await page.keyboard.press(key);
}

describe('Klantcontact en meldingen', () => {
  it(
    'KCC registers a contact by keyboard alone and creates a melding from it',
    async () => {
      const { page, problems, close } = await openPage(browser, baseUrl, kcc);
      try {
        await page.goto('/klantcontact');
        await page.getByRole('heading', { level: 1, name: 'Contact registreren' }).waitFor();
        await expectAccessible(page, 'Contact registreren');
        await page.locator('main h1').focus();

        // Submitting an empty form: a focused summary whose links lead to the fields.
        await tabTo(page, 'Contact registreren');
        await page.keyboard.press('Enter');
        await page.locator('.bb-error-summary:focus').waitFor();
        expect(await page.locator('#kcc-summary').getAttribute('aria-invalid')).toBe('true');
        await expectAccessible(page, 'Contact registreren with errors');

        // The resident does not exist yet: search by e-mail, then add them inline.
        await tabTo(page, 'Inwoner: Kies een inwoner of kies anoniem.');
        await page.keyboard.press('Enter');
        await expect.poll(() => focused(page)).toMatchObject({ id: 'kcc-party-search' });
        await page.keyboard.type(email);
        await page.keyboard.press('Enter');
        await page.getByText('Geen inwoner gevonden, gezocht op e-mailadres.').waitFor();
        await tabTo(page, 'Nieuwe inwoner');
        await page.keyboard.press('Enter');
        await tabToId(page, 'new-party-given-name');
        await page.keyboard.type('Eva');
        await page.keyboard.press('Tab');
        await page.keyboard.type(familyName);
        expect(await page.locator('#new-party-email').inputValue()).toBe(email);
        await tabToId(page, 'new-party-preferred-channel');
        // A closed native select takes type-ahead: "E" picks "E-mail".
        await page.keyboard.type('E');
        expect(await page.locator('#new-party-preferred-channel').inputValue()).toBe('email');
        await expectAccessible(page, 'Nieuwe inwoner');
        await tabTo(page, 'Inwoner opslaan');
        await page.keyboard.press('Enter');
        await page.locator('.bb-kcc-chosen:focus').waitFor();
        expect((await focused(page)).text).toBe(`Gekozen inwoner: Eva ${familyName}`);
        // The (still empty) history appears beside the form.
        await page.getByRole('heading', { level: 2, name: `Historie van Eva ${familyName}` }).waitFor();

        // Channel: Space picks the first option (Telefoon); the direction is "Inkomend" already.
        await tabToId(page, 'kcc-channel-phone');
        await page.keyboard.press('Space');
        // Reason: the seeded topic tree; typing picks it in the native select.
        await tabToId(page, 'kcc-topic');
        await page.keyboard.type('Straatverlichting');
        expect(await page.locator('#kcc-topic').inputValue()).toBe('or-verlichting');
        await tabToId(page, 'kcc-summary');
        await page.keyboard.type(summary);
        // Telefoon has a queue and a conversation, so the time fields are there.
        await tabToId(page, 'kcc-wait');
        await page.keyboard.type('35');
        await page.keyboard.press('Tab');
        await page.keyboard.type('140');
        // Outcome: a native radio group; the arrow keys move the choice within it.
        await tabToId(page, 'kcc-outcome-answered');
        await press(page, 'ArrowDown', 3);
        expect(await page.locator('#kcc-outcome-case_created').isChecked()).toBe(true);
        await tabToId(page, 'kcc-case-category');
        await page
          .locator('#kcc-case-category option[value="' + categoryCode + '"]')
          .waitFor({ state: 'attached' });
        await page.keyboard.type(`Q${run}`);
        expect(await page.locator('#kcc-case-category').inputValue()).toBe(categoryCode);
        await tabToId(page, 'kcc-case-location');
        await page.keyboard.type('Stationsstraat 12');
        await expectAccessible(page, 'Contact registreren filled in');
        await tabTo(page, 'Contact registreren');
        await page.keyboard.press('Enter');

        // The confirmation takes focus and names the case number; the form starts afresh.
        const result = page.locator('.bb-kcc-result:focus');
        await result.waitFor();
        const text = (await result.textContent()) ?? '';
        const number = /melding (M-\d{4}-\d+) is aangemaakt/.exec(text)?.[1];
        expect(number, text).toBeDefined();
        created.caseNumber = number;
        created.casePath =
          (await page.getByRole('link', { name: `Melding ${number} openen` }).getAttribute('href')) ?? '';
        expect(created.casePath).toMatch(/^\/meldingen\/.+/);
        expect(await page.locator('#kcc-party-search').inputValue()).toBe('');
        expect(await page.locator('#kcc-summary').inputValue()).toBe('');
        await expectAccessible(page, 'Contact registreren after save');

        // The next call from the same resident: found by e-mail, with the contact in the history.
        await tabToId(page, 'kcc-party-search');
        await page.keyboard.type(email);
        await page.keyboard.press('Enter');
        await tabTo(page, `Kies Eva ${familyName}`);
        await page.keyboard.press('Enter');
        const history = page.locator('.bb-kcc-history');
        await history.getByRole('cell', { name: summary, exact: true }).waitFor();
        expect(await history.locator('b').count()).toBe(0);
        await history.getByRole('link', { name: number! }).waitFor();
        expect(await history.textContent()).toContain('Voorkeurskanaal voor terugkoppeling: E-mail');
        await expectAccessible(page, 'Contact registreren with history');
        expect(problems).toEqual([]);
      } finally {
        await close();
      }
    },
    LONG,
  );

  it(
    'behandelaar changes the status and the resident’s history shows the outgoing message',
    async () => {
      expect(created.casePath, 'the melding of the previous test').toBeTruthy();
      const { page, problems, close } = await openPage(browser, baseUrl, behandelaar);
      try {
        await page.goto('/meldingen');
        await page.getByRole('heading', { level: 1, name: 'Meldingen' }).waitFor();
        await page.getByRole('table').waitFor();
        await expectAccessible(page, 'Meldingen');

        await page.goto(created.casePath!);
        await page.getByRole('heading', { level: 1, name: `Melding ${created.caseNumber}` }).waitFor();
        await page.locator('.bb-kcc-history').getByRole('cell', { name: summary, exact: true }).waitFor();
        await expectAccessible(page, 'Melding');
        await page.locator('main h1').focus();

        // On hold needs a reason: without one, the summary links to the field.
        await tabToId(page, 'case-new-status');
        await page.keyboard.type('On');
        expect(await page.locator('#case-new-status').inputValue()).toBe('on_hold');
        await tabTo(page, 'Status wijzigen');
        await page.keyboard.press('Enter');
        await page.locator('.bb-error-summary:focus').waitFor();
        await expectAccessible(page, 'Melding with errors');

        // Gemeld -> in behandeling: the first next status, chosen by typing.
        await tabToId(page, 'case-new-status');
        await page.keyboard.type('In');
        expect(await page.locator('#case-new-status').inputValue()).toBe('in_behandeling');
        await tabTo(page, 'Status wijzigen');
        await page.keyboard.press('Enter');
        await page
          .getByRole('status')
          .filter({ hasText: 'De status is gewijzigd naar In behandeling.' })
          .waitFor();
        await expect.poll(() => focused(page)).toMatchObject({ tag: 'button', text: 'Status wijzigen' });

        // The message to the resident (preferred channel e-mail) is registered as an outgoing contact.
        const history = page.locator('.bb-kcc-history');
        await history.getByRole('cell', { name: 'E-mail, uitgaand' }).first().waitFor();
        await history.getByRole('cell', { name: 'Inwoner geïnformeerd' }).first().waitFor();
        // The outbox rows of the case: the receipt and the "in behandeling" message, both by e-mail.
        const messages = page.getByRole('table', { name: 'Verstuurde en wachtende berichten' });
        await expect.poll(() => messages.getByRole('cell', { name: 'E-mail', exact: true }).count()).toBe(2);
        expect(await page.locator('.bb-case-data').textContent()).toContain('In behandeling');
        await expectAccessible(page, 'Melding after status change');
        expect(problems).toEqual([]);
      } finally {
        await close();
      }
    },
    LONG,
  );

  it(
    'reports a bad BSN on its field and registers an anonymous callback request',
    async () => {
      const { page, problems, close } = await openPage(browser, baseUrl, kcc);
      try {
        await page.goto('/klantcontact');
        await page.getByRole('heading', { level: 1, name: 'Contact registreren' }).waitFor();
        await page.locator('main h1').focus();

        // The server's 422 (elfproef) lands on the BSN field through the error summary.
        await tabTo(page, 'Nieuwe inwoner');
        await page.keyboard.press('Enter');
        await tabToId(page, 'new-party-family-name');
        await page.keyboard.type('Elfproef');
        await tabToId(page, 'new-party-bsn');
        await page.keyboard.type('123456788');
        await tabTo(page, 'Inwoner opslaan');
        await page.keyboard.press('Enter');
        await page.locator('.bb-error-summary:focus').waitFor();
        expect(await page.locator('#new-party-bsn').getAttribute('aria-invalid')).toBe('true');
        await expectAccessible(page, 'Nieuwe inwoner with a bad BSN');
        await tabTo(page, 'Annuleren');
        await page.keyboard.press('Enter');

        // Anonymous, by phone, with a callback request for tomorrow (the default date).
        await tabTo(page, 'Anoniem');
        await page.keyboard.press('Enter');
        await page.locator('.bb-kcc-chosen:focus').waitFor();
        await tabToId(page, 'kcc-channel-phone');
        await page.keyboard.press('Space');
        await tabToId(page, 'kcc-summary');
        await page.keyboard.type(`Vraag over de afvalpas (${run})`);
        await tabToId(page, 'kcc-outcome-answered');
        await press(page, 'ArrowDown', 2);
        expect(await page.locator('#kcc-outcome-callback').isChecked()).toBe(true);
        await tabToId(page, 'kcc-task-phone');
        await page.keyboard.type('0612345678');
        await expectAccessible(page, 'Terugbelverzoek');
        await tabTo(page, 'Contact registreren');
        await page.keyboard.press('Enter');
        await page
          .locator('.bb-kcc-result:focus')
          .filter({ hasText: 'Het contact is geregistreerd en het terugbelverzoek is aangemaakt.' })
          .waitFor();
        expect(problems).toEqual([]);
      } finally {
        await close();
      }
    },
    LONG,
  );

  it('answers a stale status change (412) with a reload', async () => {
    const first = await openPage(browser, baseUrl, behandelaar);
    const second = await openPage(browser, baseUrl, behandelaar);
    try {
      for (const { page } of [first, second]) {
        await page.goto(created.casePath!);
        await page.getByRole('heading', { level: 1, name: `Melding ${created.caseNumber}` }).waitFor();
        await page.locator('#case-new-status').waitFor();
      }
      await first.page.locator('#case-note').fill('Eerste tabblad');
      await first.page.getByRole('button', { name: 'Status wijzigen' }).press('Enter');
      await first.page.getByRole('status').filter({ hasText: 'De status is gewijzigd' }).waitFor();

      await second.page.getByRole('button', { name: 'Status wijzigen' }).press('Enter');
      await second.page.locator('.bb-stale-alert:focus').waitFor();
      await expectAccessible(second.page, 'Melding stale');
      await second.page.getByRole('button', { name: 'Opnieuw laden' }).press('Enter');
      await second.page.locator('.bb-stale-alert').waitFor({ state: 'detached' });
      expect(first.problems).toEqual([]);
      expect(second.problems).toEqual([]);
    } finally {
      await first.close();
      await second.close();
    }
  });

  it(
    'behandelaar opens a callback task from the work queue and completes it by keyboard',
    async () => {
      expect(created.casePath, 'the melding of the first test').toBeTruthy();
      const caseId = created.casePath!.split('/').pop()!;
      const description = `Terugbellen over de lantaarnpaal (${run})`;
      await addRunTask(browser, baseUrl, behandelaar, caseId, description);
      const { page, problems, close } = await openPage(browser, baseUrl, behandelaar);
      try {
        await page.goto('/meldingen?scope=mine');
        await page.getByRole('heading', { level: 1, name: 'Meldingen' }).waitFor();
        const row = page.getByRole('row').filter({ hasText: description });
        await row.waitFor();
        // Open it from the queue with the keyboard: the row's link, then Enter.
        await row.getByRole('link').focus();
        await page.keyboard.press('Enter');
        await page.getByRole('heading', { level: 1, name: 'Terugbelverzoek' }).waitFor();
        await page.locator('.bb-case-data').getByText(description).waitFor();
        // Its melding is a link; its resident's history stands beside it.
        expect(
          await page
            .locator('.bb-case-data')
            .getByRole('link', { name: 'Melding bekijken' })
            .getAttribute('href'),
        ).toBe(created.casePath);
        await page
          .locator('.bb-kcc-history')
          .getByRole('heading', { name: new RegExp(familyName) })
          .waitFor();
        await expectAccessible(page, 'Taak');
        await page.locator('main h1').focus();

        // Done needs a result: without one, the summary links to the field.
        await tabToId(page, 'task-new-status');
        expect(await page.locator('#task-new-status').inputValue()).toBe('done');
        await tabTo(page, 'Taak bijwerken');
        await page.keyboard.press('Enter');
        await page.locator('.bb-error-summary:focus').waitFor();
        await expectAccessible(page, 'Taak with errors');
        await tabToId(page, 'task-result');
        await page.keyboard.type('Teruggebeld, de lamp wordt deze week vervangen.');
        await tabTo(page, 'Taak bijwerken');
        await page.keyboard.press('Enter');
        await page.getByRole('status').filter({ hasText: 'De taak is bijgewerkt: afgerond.' }).waitFor();
        expect(await page.locator('.bb-case-data').textContent()).toContain('Teruggebeld');
        // Finished: the next step offered is to reopen it.
        expect(await page.locator('#task-new-status').inputValue()).toBe('open');
        await expectAccessible(page, 'Taak afgerond');

        // And it has left the work queue.
        await page.goto('/meldingen?scope=mine');
        await page.getByRole('table').waitFor();
        expect(await page.getByRole('row').filter({ hasText: description }).count()).toBe(0);
        expect(problems).toEqual([]);
      } finally {
        await close();
      }
    },
    LONG,
  );

  it('lets a beheerder look up a resident without registering', async () => {
    const { page, problems, close } = await openPage(browser, baseUrl, beheerder);
    try {
      await page.goto('/klantcontact');
      await page.getByRole('heading', { level: 1, name: 'Klantcontact' }).waitFor();
      expect(await page.getByRole('button', { name: 'Nieuwe inwoner' }).count()).toBe(0);
      expect(await page.getByRole('button', { name: 'Contact registreren' }).count()).toBe(0);
      await page.locator('#kcc-party-search').fill(email);
      await page.locator('#kcc-party-search').press('Enter');
      await page.getByRole('button', { name: `Kies Eva ${familyName}` }).press('Enter');
      await page.locator('.bb-kcc-history').getByRole('cell', { name: summary, exact: true }).waitFor();
      await expectAccessible(page, 'Klantcontact (beheerder)');

      // Beheer may read a melding but not handle it: no status or assignment forms.
      await page.goto(created.casePath!);
      await page.getByRole('heading', { level: 1, name: `Melding ${created.caseNumber}` }).waitFor();
      await page.getByRole('heading', { level: 2, name: 'Tijdlijn' }).waitFor();
      expect(await page.locator('#case-new-status').count()).toBe(0);
      expect(await page.locator('#case-team').count()).toBe(0);
      await expectAccessible(page, 'Melding (beheerder)');

      // The beheerder places a legal hold, with a reason, by keyboard; the timeline records it.
      await page.locator('main h1').focus();
      await tabTo(page, 'Bewaarplicht instellen');
      await page.keyboard.press('Enter');
      await page.locator('.bb-error-summary:focus').waitFor();
      await tabToId(page, 'case-legal-hold-reason');
      await page.keyboard.type('Bezwaarprocedure loopt');
      await tabTo(page, 'Bewaarplicht instellen');
      await page.keyboard.press('Enter');
      await page.getByRole('status').filter({ hasText: 'De bewaarplicht is ingesteld.' }).waitFor();
      await page.getByText('Bewaarplicht ingesteld', { exact: false }).first().waitFor();
      await page.getByRole('button', { name: 'Bewaarplicht opheffen' }).waitFor();
      await expectAccessible(page, 'Melding under legal hold');
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });
});
