// Klantreizen, second part: measured heartbeats from Klantcontact, going live with the before/after
// comparison, old versions read-only, the channel pick-list, and deleting with a confirmation
// dialog (412 when someone saved in between). Every page is checked with axe.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEFAULT_PHASE_NAMES, PHASE_KEYS } from '../../src/shared/journeys/model.js';
import { api } from './support/api.js';
import { expectAccessible } from './support/axe.js';
import { ADVISEUR, BEHEERDER, signedInState } from './support/auth.js';
import { launchBrowser, openPage, type StorageState } from './support/browser.js';

const baseUrl = inject('baseUrl');
let browser: Browser;
let adviseur: StorageState;
let beheerder: StorageState;
const run = Date.now().toString(36);
const LONG = 240_000;

function input(title: string, state: 'current' | 'desired') {
  return {
    title,
    trajectory: 'service',
    lifeEvent: `melding ${run}`,
    state,
    personaIds: [],
    document: {
      phases: PHASE_KEYS.map((key) => ({
        key,
        name: DEFAULT_PHASE_NAMES.service[key],
        steps:
          key === 'action'
            ? [
                {
                  id: 'wachten',
                  title: 'Wacht op herstel',
                  touchpoints: [],
                  painPoints: [],
                  ideas: [],
                  backstage: [],
                },
              ]
            : [],
      })),
    },
  };
}

async function createJourney(page: Page, title: string, state: 'current' | 'desired' = 'desired') {
  const created = await api(page, 'POST', '/api/v1/journeys', input(title, state));
  expect(created.status, created.body).toBe(201);
  return { id: (JSON.parse(created.body) as { id: string }).id, etag: created.etag! };
}

beforeAll(async () => {
  browser = await launchBrowser();
  adviseur = await signedInState(browser, baseUrl, ADVISEUR);
  beheerder = await signedInState(browser, baseUrl, BEHEERDER);
});

afterAll(async () => {
  await browser?.close();
});

describe('Klantreizen and Klantcontact', () => {
  it(
    'shows the demo map measured from Klantcontact, with provenance and the before/after comparison',
    async () => {
      const { page, problems, close } = await openPage(browser, baseUrl, beheerder);
      try {
        await page.goto('/klantreizen');
        await page
          .getByRole('link', { name: 'Voorbeeld: melding openbare ruimte (gewenst)' })
          .first()
          .click();
        await page.getByRole('heading', { level: 2, name: 'Gemeten uit Klantcontact' }).waitFor();
        const table = page.getByRole('table', { name: /Gekoppelde stappen/ });
        await table.getByRole('rowheader', { name: 'Wacht op herstel' }).waitFor();
        await page.getByText('Voorbeeldgemeente: alle cijfers zijn synthetisch.').first().waitFor();
        // The beheerder has contacts:read: contact counts with avoidable demand are shown.
        expect(await table.getByRole('row', { name: /Wacht op herstel/ }).textContent()).toMatch(
          /vermijdbaar/,
        );
        await page.getByRole('heading', { level: 2, name: 'Voor en na livegang' }).waitFor();
        await page.getByText(/^Live sinds \d{4}-\d{2}-\d{2}/).waitFor();
        await page.getByRole('table', { name: 'Gemeten stappen voor en na livegang' }).waitFor();
        await expectAccessible(page, 'klantreis met Klantcontact');
        expect(problems).toEqual([]);
      } finally {
        await close();
      }
    },
    LONG,
  );

  it(
    'links a step to a category and a topic, records going live and compares; hides contacts without contacts:read',
    async () => {
      const { page, problems, close } = await openPage(browser, baseUrl, adviseur);
      try {
        await page.goto('/klantreizen');
        const { id } = await createJourney(page, `Gekoppeld ${run}`);
        await page.goto(`/klantreizen/${id}`);
        await page.getByRole('heading', { level: 3, name: 'Stap koppelen aan Klantcontact' }).waitFor();
        await page
          .getByRole('group', { name: 'Meldingcategorieën (KTO)' })
          .getByRole('checkbox', { name: 'Openbare ruimte', exact: true })
          .check();
        await page.getByRole('checkbox', { name: /Waar blijft mijn melding\? \(vermijdbaar\)/ }).check();
        await page.getByRole('button', { name: 'Koppelingen opslaan' }).click();
        await page.getByText('De koppelingen zijn opgeslagen.').waitFor();
        const table = page.getByRole('table', { name: 'Gekoppelde stappen (1)' });
        await table.getByRole('rowheader', { name: 'Wacht op herstel' }).waitFor();
        // The adviseur may read KTO nor contacts: both are named as not shown.
        await page
          .getByText(/Niet getoond — contacts: vraagt het recht contacts:read/)
          .first()
          .waitFor();

        await page.getByLabel('Live sinds (datum)').fill('2026-06-01');
        await page.getByRole('button', { name: 'Live-datum vastleggen' }).click();
        await page.getByText('Live sinds 2026-06-01 (kaartversie 1).').waitFor();
        await page.getByRole('table', { name: 'Gemeten stappen voor en na livegang' }).waitFor();
        await expectAccessible(page, 'koppelen en live');
        expect(problems).toEqual([]);
      } finally {
        await close();
      }
    },
    LONG,
  );

  it(
    'opens an old version read-only and picks a touchpoint channel from the catalogue',
    async () => {
      const { page, problems, close } = await openPage(browser, baseUrl, adviseur);
      try {
        await page.goto('/klantreizen');
        const { id, etag } = await createJourney(page, `Versies ${run}`, 'current');
        const changed = await api(
          page,
          'PUT',
          `/api/v1/journeys/${id}`,
          input(`Versies ${run} (2)`, 'current'),
          {
            'If-Match': etag,
          },
        );
        expect(changed.status).toBe(200);
        await page.goto(`/klantreizen/${id}`);
        await page.getByRole('link', { name: 'Versie 1 bekijken' }).click();
        await page.getByRole('heading', { level: 1, name: `Versies ${run} — versie 1` }).waitFor();
        await page.getByText(/Een oude versie, alleen te lezen/).waitFor();
        expect(await page.getByRole('button', { name: /Wijzigen/ }).count()).toBe(0);
        await expectAccessible(page, 'oude versie');

        await page.getByRole('link', { name: 'Terug naar de actuele versie' }).click();
        await page.getByRole('button', { name: 'Wijzigen Wacht op herstel' }).click();
        await page.getByRole('button', { name: 'Toevoegen aan Contactmomenten' }).click();
        const channel = page.locator('#step-touchpoints-0-channel');
        expect(await channel.evaluate((el) => el.tagName)).toBe('SELECT');
        await channel.selectOption('telefoon');
        expect(await channel.locator('option:checked').textContent()).toBe('Telefoon');
        await expectAccessible(page, 'kanaalkeuze');
        expect(problems).toEqual([]);
      } finally {
        await close();
      }
    },
    LONG,
  );

  it(
    'deletes a journey after confirmation; a concurrent save first gives 412 and a reload',
    async () => {
      const { page, problems, close } = await openPage(browser, baseUrl, adviseur);
      try {
        await page.goto('/klantreizen');
        const { id, etag } = await createJourney(page, `Weg ${run}`, 'current');
        await page.goto(`/klantreizen/${id}`);
        await page.getByRole('heading', { level: 1, name: `Weg ${run}` }).waitFor();
        const other = await api(page, 'PUT', `/api/v1/journeys/${id}`, input(`Weg ${run}`, 'current'), {
          'If-Match': etag,
        });
        expect(other.status).toBe(200);

        await page.getByRole('button', { name: 'Verwijderen' }).click();
        const dialog = page.getByRole('dialog', { name: 'Verwijderen?' });
        await dialog.waitFor();
        await expectAccessible(page, 'verwijderdialoog');
        await dialog.getByRole('button', { name: 'Ja, verwijderen' }).click();
        await dialog.getByText(/Iemand anders heeft dit intussen gewijzigd/).waitFor();
        expect((await api(page, 'GET', `/api/v1/journeys/${id}`)).status).toBe(200);
        await dialog.getByRole('button', { name: 'Nieuwe versie laden' }).click();

        await page.getByRole('button', { name: 'Verwijderen' }).click();
        await dialog.getByRole('button', { name: 'Ja, verwijderen' }).click();
        await page.waitForURL(/\/klantreizen$/);
        expect((await api(page, 'GET', `/api/v1/journeys/${id}`)).status).toBe(404);
        expect(problems.filter((p) => !/412/.test(p))).toEqual([]);
      } finally {
        await close();
      }
    },
    LONG,
  );

  it(
    'deletes a persona after confirmation',
    async () => {
      const { page, problems, close } = await openPage(browser, baseUrl, adviseur);
      try {
        await page.goto('/klantreizen/personas');
        const created = await api(page, 'POST', '/api/v1/personas', {
          name: `Weg-persona ${run}`,
          kind: 'resident',
          goals: [],
          motivations: [],
          worries: [],
          dreams: [],
          informedBy: [],
          contactBy: [],
          quotes: [],
          vulnerabilityTags: [],
          evidence: { sources: [], interviewCount: 0 },
        });
        expect(created.status, created.body).toBe(201);
        const id = (JSON.parse(created.body) as { id: string }).id;
        await page.goto(`/klantreizen/personas/${id}`);
        await page.getByRole('button', { name: 'Verwijderen' }).click();
        await page
          .getByRole('dialog', { name: 'Verwijderen?' })
          .getByRole('button', { name: 'Ja, verwijderen' })
          .click();
        await page.waitForURL(/\/klantreizen\/personas$/);
        expect((await api(page, 'GET', `/api/v1/personas/${id}`)).status).toBe(404);
        expect(problems).toEqual([]);
      } finally {
        await close();
      }
    },
    LONG,
  );
});
