import { readFile } from 'node:fs/promises';
import { constants as zlib, inflateSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEFAULT_PHASE_NAMES, PHASE_KEYS } from '../../src/shared/journeys/model.js';
import { api } from './support/api.js';
import { expectAccessible } from './support/axe.js';
import { ADVISEUR, signedInState } from './support/auth.js';
import { launchBrowser, openPage, type StorageState } from './support/browser.js';
import { focused, tabTo, tabToId } from './support/keyboard.js';

const baseUrl = inject('baseUrl');
let browser: Browser;
let adviseur: StorageState;
const run = Date.now().toString(36);
const LONG = 240_000;

/** A fresh journey for this run with one step in "Actie & interactie", so tests do not share state. */
async function createJourney(page: Page, title: string): Promise<{ id: string; etag: string }> {
  const created = await api(page, 'POST', '/api/v1/journeys', {
    title,
    trajectory: 'service',
    lifeEvent: `paspoort ${run}`,
    state: 'current',
    personaIds: [],
    document: {
      phases: PHASE_KEYS.map((key) => ({
        key,
        name: DEFAULT_PHASE_NAMES.service[key],
        steps:
          key === 'action'
            ? [
                {
                  id: 'aanvragen',
                  title: 'Vraagt paspoort aan',
                  touchpoints: [],
                  painPoints: [],
                  ideas: [],
                  backstage: [],
                },
              ]
            : [],
      })),
    },
  });
  expect(created.status, created.body).toBe(201);
  return { id: (JSON.parse(created.body) as { id: string }).id, etag: created.etag! };
}

beforeAll(async () => {
  browser = await launchBrowser();
  adviseur = await signedInState(browser, baseUrl, ADVISEUR);
});

afterAll(async () => {
  await browser?.close();
});

describe('Klantreizen', () => {
  it('lists journeys, filters them and shows a demo map as SVG and as a table', async () => {
    const { page, problems, close } = await openPage(browser, baseUrl, adviseur);
    try {
      await page.goto('/klantreizen');
      await page.getByRole('heading', { level: 1, name: 'Klantreizen' }).waitFor();
      await page.getByRole('link', { name: 'Voorbeeld: melding openbare ruimte' }).first().waitFor();
      await expectAccessible(page, 'Klantreizen');

      await page.locator('#filter-state').selectOption('current');
      await page.locator('#filter-life-event').selectOption('melding openbare ruimte');
      await expect
        .poll(() => page.getByRole('link', { name: 'Voorbeeld: melding openbare ruimte' }).count())
        .toBe(1);
      await page.getByRole('link', { name: 'Voorbeeld: melding openbare ruimte' }).click();

      await page.getByRole('heading', { level: 1, name: 'Voorbeeld: melding openbare ruimte' }).waitFor();
      const svg = page.locator('svg.bb-journey-map');
      await svg.waitFor();
      expect(await svg.getAttribute('role')).toBe('img');
      expect(await svg.locator('circle').count()).toBeGreaterThan(0);
      // Assumed heartbeats are drawn dashed.
      expect(await svg.locator('[stroke-dasharray="6 5"]').count()).toBeGreaterThan(0);
      // The map view is the default: the table is not on the page, the map has its own buttons.
      const mapButton = page.getByRole('button', { name: 'Kaart', exact: true });
      const tableButton = page.getByRole('button', { name: 'Tabel', exact: true });
      expect(await mapButton.getAttribute('aria-pressed')).toBe('true');
      expect(await tableButton.getAttribute('aria-pressed')).toBe('false');
      expect(await page.getByRole('table', { name: 'Stappen per fase met alle lanen' }).count()).toBe(0);
      await page.getByRole('button', { name: 'Wijzigen Doet een melding' }).waitFor();
      expect(await page.locator('#journey-grounding').textContent()).toMatch(/\d+ % onderbouwd/);
      // Measured heartbeat with n and interval beside the assumed one.
      await page
        .getByText(/Gemeten KTO 6,9 \(n = 212/)
        .first()
        .waitFor();
      await expectAccessible(page, 'klantreiskaart (kaart)');

      // The table view: the same steps as a table, and no map.
      await tableButton.click();
      expect(await tableButton.getAttribute('aria-pressed')).toBe('true');
      const table = page.getByRole('table', { name: 'Stappen per fase met alle lanen' });
      await table.getByRole('rowheader', { name: 'Doet een melding' }).waitFor();
      expect(await table.getByRole('rowgroup').count()).toBe(6); // the header and five phases
      expect(await page.locator('svg.bb-journey-map').count()).toBe(0);
      await table
        .getByText(/Gemeten KTO 6,9 \(n = 212/)
        .first()
        .waitFor();
      await expectAccessible(page, 'klantreiskaart (tabel)');

      // The choice is remembered: the next visit opens in the table view.
      await page.reload();
      await table.getByRole('rowheader', { name: 'Doet een melding' }).waitFor();
      expect(await tableButton.getAttribute('aria-pressed')).toBe('true');
      expect(await page.locator('svg.bb-journey-map').count()).toBe(0);
      await mapButton.click();
      await svg.waitFor();

      await page.getByRole('link', { name: 'Huidige en gewenste reis vergelijken' }).click();
      await page.getByRole('heading', { level: 1, name: 'Huidig en gewenst naast elkaar' }).waitFor();
      await page.getByText('Nieuw: Krijgt een foto van het herstel').waitFor();
      await expect.poll(() => page.locator('svg.bb-journey-map').count()).toBe(2);
      await expectAccessible(page, 'vergelijken');
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it(
    'adds a step in every phase and edits a card by keyboard, then saves',
    async () => {
      const { page, problems, close } = await openPage(browser, baseUrl, adviseur);
      try {
        await page.goto('/klantreizen');
        const { id } = await createJourney(page, `Paspoort ${run}`);
        await page.goto(`/klantreizen/${id}`);
        await page.getByRole('heading', { level: 1, name: `Paspoort ${run}` }).waitFor();
        await page.locator('main h1').focus();

        const phases = [
          'Bewustwording & oriëntatie',
          'Eerste contact',
          'Actie & interactie',
          'Terugkoppeling',
          'Afronding',
        ];
        for (const [i, phase] of phases.entries()) {
          await tabTo(page, `Stap toevoegen aan ${phase}`, { max: 120 });
          await page.keyboard.press('Enter');
          expect((await focused(page)).id).toBe('step-editor-heading');
          await tabToId(page, 'step-title');
          await page.keyboard.press('ControlOrMeta+a');
          await page.keyboard.type(`Stap ${i + 1}`);
          await tabToId(page, 'step-heartbeat-sentiment');
          await page.keyboard.press('ArrowDown'); // Positief
          await tabTo(page, 'Toepassen', { max: 120 });
          await page.keyboard.press('Enter');
          expect((await focused(page)).text).toBe(`Wijzigen Stap ${i + 1}`);
        }

        // The editor is a modal dialog: Escape closes it, focus returns to the step's button, the
        // page has not scrolled.
        await page.locator('main h1').focus();
        await tabTo(page, 'Wijzigen Vraagt paspoort aan', { max: 150 });
        const scrolled = await page.evaluate('window.scrollY');
        await page.keyboard.press('Enter');
        expect((await focused(page)).id).toBe('step-editor-heading');
        expect(await page.locator('dialog.bb-step-dialog[open]').count()).toBe(1);
        expect(await page.evaluate('window.scrollY')).toBe(scrolled);
        await expectAccessible(page, 'stap wijzigen (dialoog, kaart)');
        await page.keyboard.press('Escape');
        await expect.poll(() => page.locator('#step-editor-heading').count()).toBe(0);
        expect((await focused(page)).text).toBe('Wijzigen Vraagt paspoort aan');

        // The table view, chosen by keyboard; there a card of the existing step is changed: what
        // the resident does.
        await page.locator('main h1').focus();
        await tabTo(page, 'Tabel', { max: 150 });
        await page.keyboard.press('Space');
        await page.getByRole('table', { name: 'Stappen per fase met alle lanen' }).waitFor();
        expect(
          await page.getByRole('button', { name: 'Tabel', exact: true }).getAttribute('aria-pressed'),
        ).toBe('true');
        expect((await focused(page)).text).toBe('Tabel');
        await expectAccessible(page, 'klantreis (tabel)');
        await tabTo(page, 'Wijzigen Vraagt paspoort aan', { max: 150 });
        await page.keyboard.press('Enter');
        expect((await focused(page)).id).toBe('step-editor-heading');
        await expectAccessible(page, 'stap wijzigen (dialoog, tabel)');
        await tabToId(page, 'step-does-text');
        await page.keyboard.type('Maakt online een afspraak');
        await tabToId(page, 'step-does-level');
        await page.keyboard.press('ArrowUp'); // gerapporteerd
        await tabTo(page, 'Toepassen', { max: 120 });
        await page.keyboard.press('Enter');
        expect((await focused(page)).text).toBe('Wijzigen Vraagt paspoort aan');
        await expectAccessible(page, 'klantreis na bewerken');

        // Moving a step is done in the table: "Stap 3" after it, then back again.
        await tabTo(page, 'Eerder Stap 3', { max: 40 });
        await page.keyboard.press('Enter');
        expect((await focused(page)).text).toBe('Wijzigen Stap 3');
        await tabTo(page, 'Later Stap 3', { max: 10 });
        await page.keyboard.press('Enter');
        expect((await focused(page)).text).toBe('Wijzigen Stap 3');

        await page.locator('main h1').focus();
        await tabTo(page, 'Klantreis opslaan');
        await page.keyboard.press('Enter');
        await page.getByText('De wijzigingen zijn opgeslagen.').waitFor();

        const saved = JSON.parse((await api(page, 'GET', `/api/v1/journeys/${id}`)).body) as {
          version: number;
          document: {
            phases: { steps: { title: string; does?: { text: string; evidence: { level: string } } }[] }[];
          };
        };
        expect(saved.version).toBe(2);
        expect(saved.document.phases.map((p) => p.steps.length)).toEqual([1, 1, 2, 1, 1]);
        expect(saved.document.phases[2]!.steps[0]!.does).toEqual({
          text: 'Maakt online een afspraak',
          evidence: { level: 'gerapporteerd' },
        });
        expect(problems).toEqual([]);
      } finally {
        await close();
      }
    },
    LONG,
  );

  it('answers a concurrent save with 412 and offers to reload, never overwriting', async () => {
    const { page, problems, close } = await openPage(browser, baseUrl, adviseur);
    try {
      await page.goto('/klantreizen');
      const { id, etag } = await createJourney(page, `Conflict ${run}`);
      const body = JSON.parse((await api(page, 'GET', `/api/v1/journeys/${id}`)).body) as Record<
        string,
        unknown
      >;
      const input = {
        title: body.title,
        trajectory: body.trajectory,
        lifeEvent: body.lifeEvent,
        state: body.state,
        personaIds: [],
        document: body.document,
      };

      await page.goto(`/klantreizen/${id}`);
      await page.getByRole('heading', { level: 1, name: `Conflict ${run}` }).waitFor();

      // Someone else saves first; a second save with the same ETag is refused.
      const first = await api(
        page,
        'PUT',
        `/api/v1/journeys/${id}`,
        { ...input, title: `Conflict ${run} (B)` },
        { 'If-Match': etag },
      );
      expect(first.status).toBe(200);
      const second = await api(page, 'PUT', `/api/v1/journeys/${id}`, input, { 'If-Match': etag });
      expect(second.status).toBe(412);

      // The page still holds the first ETag: its save is refused the same way.
      await page.getByText('Fasen hernoemen').click();
      await page.locator('#phase-name-closure').fill('Klaar');
      await page.getByRole('button', { name: 'Klantreis opslaan' }).click();
      await page.getByText('Iemand anders heeft deze klantreis intussen opgeslagen.').waitFor();
      await expectAccessible(page, 'conflictmelding');
      await page.getByRole('button', { name: 'Herladen' }).click();
      await page.getByRole('heading', { level: 1, name: `Conflict ${run} (B)` }).waitFor();
      expect(await page.getByText('Iemand anders heeft deze klantreis intussen opgeslagen.').count()).toBe(0);

      const after = JSON.parse((await api(page, 'GET', `/api/v1/journeys/${id}`)).body) as {
        version: number;
        title: string;
      };
      expect(after).toMatchObject({ version: 2, title: `Conflict ${run} (B)` });
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it('exports JSON, PNG and PDF', async () => {
    const { page, problems, close } = await openPage(browser, baseUrl, adviseur);
    try {
      await page.goto('/klantreizen');
      const { id } = await createJourney(page, `Export ${run}`);
      await page.goto(`/klantreizen/${id}`);
      await page.getByRole('heading', { level: 1, name: `Export ${run}` }).waitFor();

      const [json] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('link', { name: 'JSON (uitwisselformaat)' }).click(),
      ]);
      const file = JSON.parse(await readFile((await json.path())!, 'utf8')) as {
        format: string;
        journey: { title: string };
      };
      expect(file).toMatchObject({ format: 'buitenbinnen.journey', journey: { title: `Export ${run}` } });

      const [png] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'PNG maken' }).click(),
      ]);
      const pngBytes = await readFile((await png.path())!);
      expect(pngBytes.subarray(1, 4).toString()).toBe('PNG');

      const [pdf] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'PDF maken' }).click(),
      ]);
      const pdfBytes = await readFile((await pdf.path())!);
      expect(pdfBytes.subarray(0, 5).toString()).toBe('%PDF-');
      // Vector, not a picture of the map: the step's title is text in the page's content (pdf-lib
      // writes it deflated, as a hex string of its WinAnsi bytes).
      const content = [...pdfBytes.toString('latin1').matchAll(/stream\r?\n([\s\S]*?)endstream/g)]
        .map((m) =>
          inflateSync(Buffer.from(m[1]!, 'latin1'), { finishFlush: zlib.Z_SYNC_FLUSH }).toString('latin1'),
        )
        .join('\n');
      expect(content).toContain(Buffer.from('Vraagt paspoort aan', 'latin1').toString('hex').toUpperCase());

      // In the table view there is no map on the page; PNG and PDF are drawn all the same.
      await page.getByRole('button', { name: 'Tabel', exact: true }).click();
      await page.getByRole('table', { name: 'Stappen per fase met alle lanen' }).waitFor();
      expect(await page.locator('svg.bb-journey-map').count()).toBe(0);
      const [tablePng] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'PNG maken' }).click(),
      ]);
      const tablePngBytes = await readFile((await tablePng.path())!);
      expect(tablePngBytes.subarray(1, 4).toString()).toBe('PNG');
      // The same picture as from the map view (both are drawn from the map's scene).
      expect(tablePngBytes.equals(pngBytes)).toBe(true);
      const [tablePdf] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'PDF maken' }).click(),
      ]);
      expect((await readFile((await tablePdf.path())!)).subarray(0, 5).toString()).toBe('%PDF-');
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  // How fast this is, is measured by bench/journeys.mjs (docs/benchmarks.md), not asserted here.
  it("opens a 60-step map from the list and the last step's editor", async () => {
    const { page, problems, close } = await openPage(browser, baseUrl, adviseur);
    try {
      await page.goto('/klantreizen');
      await page.getByRole('heading', { level: 1, name: 'Klantreizen' }).waitFor();
      const phases = ['awareness', 'first-contact', 'action', 'feedback', 'closure'];
      const card = (text: string) => ({ text, evidence: { level: 'aangenomen' } });
      const step = (n: number) => ({
        id: `s${n}`,
        title: `Stap ${n} van de lange reis`,
        does: card('Doet iets wat een paar woorden kost om te beschrijven'),
        thinks: card('Denkt er het zijne van'),
        touchpoints: [
          {
            channel: 'telefoon',
            initiator: 'resident',
            receiver: 'gemeente',
            evidence: { level: 'gemeten' },
          },
        ],
        heartbeat: { score: (n % 5) + 1, evidence: { level: n % 3 ? 'aangenomen' : 'gemeten' } },
        painPoints: [card('Een knelpunt')],
        ideas: [{ text: 'Een idee', status: 'idea', evidence: { level: 'aangenomen' } }],
        backstage: [{ department: 'KCC', evidence: { level: 'gerapporteerd' } }],
        kpi: { name: 'Doorlooptijd', evidence: { level: 'gemeten' } },
      });
      const created = await api(page, 'POST', '/api/v1/journeys', {
        title: `Lang ${run}`,
        trajectory: 'service',
        lifeEvent: `lang ${run}`,
        state: 'desired',
        personaIds: [],
        document: {
          phases: phases.map((key, p) => ({
            key,
            name: `Fase ${p + 1}`,
            steps: Array.from({ length: 12 }, (_, i) => step(p * 12 + i)),
          })),
        },
      });
      expect(created.status, created.body).toBe(201);
      const id = (JSON.parse(created.body) as { id: string }).id;

      // Client-side navigation, as users open a map: a click on its link in the list.
      await page.goto('/klantreizen');
      await page.getByRole('link', { name: `Lang ${run}` }).click();
      await page.getByRole('heading', { level: 1, name: `Lang ${run}` }).waitFor();
      expect(new URL(page.url()).pathname).toBe(`/klantreizen/${id}`);
      await page.locator('#edit-s59').click();
      await page.getByRole('heading', { level: 2, name: /Stap 59 van de lange reis/ }).waitFor();
      expect(await page.locator('button[id^="edit-"]').count()).toBe(60);
      expect(await page.locator('svg.bb-journey-map circle').count()).toBe(60);
      await page.getByRole('button', { name: 'Annuleren' }).click();
      await expect.poll(() => focused(page).then((f) => f.id)).toBe('edit-s59');

      // The same in the table view.
      await page.getByRole('button', { name: 'Tabel', exact: true }).click();
      await page.locator('#edit-s59').click();
      await page.getByRole('heading', { level: 2, name: /Stap 59 van de lange reis/ }).waitFor();
      expect(await page.locator('button[id^="edit-"]').count()).toBe(60);
      expect(await page.locator('table.bb-journey-table tbody tr').count()).toBe(65); // and 5 phase rows
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it('imports a file with per-path errors and shares a journey in the library', async () => {
    const { page, problems, close } = await openPage(browser, baseUrl, adviseur);
    try {
      await page.goto('/klantreizen/importeren');
      await page.getByRole('heading', { level: 1, name: 'Klantreis importeren' }).waitFor();
      await expectAccessible(page, 'importeren');
      const broken = {
        format: 'buitenbinnen.journey',
        formatVersion: 1,
        journey: {
          title: 'Kapot',
          trajectory: 'service',
          lifeEvent: 'x',
          state: 'huidig',
          document: { phases: [] },
          personas: [],
        },
      };
      await page.locator('#import-file').setInputFiles({
        name: 'kapot.json',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify(broken)),
      });
      await page.getByRole('button', { name: 'Importeren' }).click();
      await page.getByRole('heading', { name: 'Het bestand is niet geïmporteerd' }).waitFor();
      await page.locator('code', { hasText: '/journey/state' }).first().waitFor();
      await expectAccessible(page, 'importfouten');

      const { id } = await createJourney(page, `Gedeeld ${run}`);
      await page.goto(`/klantreizen/${id}`);
      await page.getByRole('button', { name: 'Delen in de bibliotheek' }).click();
      await page.getByText('Gedeeld in de bibliotheek.').waitFor();
      await page.goto('/klantreizen/bibliotheek');
      await page.getByRole('heading', { level: 1, name: 'Gedeelde bibliotheek' }).waitFor();
      await page.getByRole('rowheader', { name: `Gedeeld ${run}` }).waitFor();
      await expectAccessible(page, 'bibliotheek');
      await page.getByRole('button', { name: `Kopiëren naar mijn gemeente Gedeeld ${run}` }).click();
      await page.getByRole('heading', { level: 1, name: `Gedeeld ${run}` }).waitFor();
      expect(page.url()).not.toContain(id);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it(
    'links a measured heartbeat from CSV and runs an experiment to its conclusion',
    async () => {
      const { page, problems, close } = await openPage(browser, baseUrl, adviseur);
      try {
        await page.goto('/klantreizen');
        const { id } = await createJourney(page, `Meten ${run}`);
        await page.goto(`/klantreizen/${id}`);
        await page.getByRole('heading', { level: 1, name: `Meten ${run}` }).waitFor();

        await page.locator('#measure-file').setInputFiles({
          name: 'kto.csv',
          mimeType: 'text/csv',
          buffer: Buffer.from('step_id;instrument;period;n;mean;sd\naanvragen;kto;2026-Q1;150;7,4;1,5\n'),
        });
        await page.locator('#measure-source').fill('KTO balie');
        await page.getByRole('button', { name: 'Metingen inlezen' }).click();
        await page.getByText('De metingen zijn ingelezen.').waitFor();
        await page
          .getByText(/Gemeten KTO 7,4 \(n = 150, 95%-interval 7,2–7,6/)
          .first()
          .waitFor();

        await page.locator('#exp-title').fill('Brief op B1');
        await page.locator('#exp-variantA').fill('Huidige brief');
        await page.locator('#exp-variantB').fill('Brief op B1');
        await page.locator('#exp-metric').fill('Maakt binnen 14 dagen een afspraak');
        await page.locator('#exp-baseline').fill('50');
        await page.locator('#exp-expected').fill('75');
        await page.getByText('Nodig: 58 inwoners per variant').waitFor();
        await page.getByRole('button', { name: 'Experiment aanmaken' }).click();
        await page.getByRole('heading', { level: 3, name: 'Brief op B1' }).waitFor();
        await expectAccessible(page, 'experiment');

        const prefix = await page.locator('article.bb-experiment input').first().getAttribute('id');
        const base = prefix!.replace(/-as$/, '');
        await page.locator(`#${base}-as`).fill('10');
        await page.locator(`#${base}-an`).fill('20');
        await page.locator(`#${base}-bs`).fill('16');
        await page.locator(`#${base}-bn`).fill('20');
        await page.getByRole('button', { name: 'Resultaten vastleggen' }).click();
        await page.getByRole('button', { name: 'Analyseren' }).click();
        await page.getByText(/Tussentijds kijken/).waitFor();
        await page.getByText(/p = 0,\d{4}/).waitFor();
        await page.locator(`#${base}-conclusion`).fill('B lijkt beter, maar de steekproef is te klein.');
        await page.getByRole('button', { name: 'Afronden en terugschrijven naar de stap' }).click();
        // The outcome is written back to the step: the table view shows it in the step's row.
        await page.getByRole('button', { name: 'Tabel', exact: true }).click();
        await page
          .getByText(/Experiment: winnaar (A|B|none)\. B lijkt beter/)
          .first()
          .waitFor();
        await expectAccessible(page, 'experiment afgerond');
        expect(problems).toEqual([]);
      } finally {
        await close();
      }
    },
    LONG,
  );
});
