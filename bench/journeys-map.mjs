// The set-up shared by the Klantreizen benchmark (bench/journeys.mjs) and its profiler
// (bench/journeys-profile.mjs): the built server on PGlite with the demo seed, a 60-step map
// created through the API, and Chromium logged in as the demo adviseur.
/* global window, document, performance, MutationObserver, setTimeout -- page functions run in Chromium */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { call, cleanups, ensureBuilt, freePort, login, ROOT, startServer, waitReady } from './lib.mjs';

const STEPS_PER_PHASE = 12;
// The journey page's remembered view (src/web/journeys/JourneyViews.tsx).
export const VIEW_STORAGE_KEY = 'bb.journeys.view';
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking'];

const ev = (level) => ({ level, source: level === 'aangenomen' ? undefined : 'Bench' });
function step(p, i) {
  const id = `p${p}s${i}`;
  return {
    id,
    title: `Stap ${p + 1}.${i + 1}: bewoner doet iets met een wat langere titel`,
    does: { text: 'Vult een formulier in en leest de bevestiging', evidence: ev('gerapporteerd') },
    thinks: { text: 'Is dit goed aangekomen, en wanneer hoor ik iets?', evidence: ev('aangenomen') },
    touchpoints: [
      { channel: 'webformulier', initiator: 'resident', receiver: 'gemeente', evidence: ev('gemeten') },
      { channel: 'e-mail', initiator: 'gemeente', receiver: 'resident', evidence: ev('aangenomen') },
    ],
    heartbeat: {
      sentiment: ['positive', 'neutral', 'negative'][i % 3],
      score: (i % 5) + 1,
      evidence: ev(i % 2 ? 'gemeten' : 'aangenomen'),
    },
    painPoints: [{ text: 'Geen statusinformatie na het melden', evidence: ev('gerapporteerd') }],
    ideas: [{ text: 'Statusbericht bij elke stap', status: 'planned', evidence: ev('aangenomen') }],
    backstage: [{ department: 'KCC', system: 'Zaaksysteem', evidence: ev('gerapporteerd') }],
    kpi: { name: 'Doorlooptijd', target: '5 werkdagen', evidence: ev('aangenomen') },
  };
}

// Runs in the page, on the journey list: the in-app open of a map, as a user does it (see above).
// `view` (default "map") is what must be in the DOM besides the step buttons: the SVG map, or for the
// table view (chosen in localStorage before the list loads) the table.
export const IN_APP = async ({ title, lastStep, expected, view = 'map' }) => {
  const shown = view === 'table' ? 'table.bb-journey-table' : 'svg.bb-journey-map';
  const frame = () => new Promise((done) => window.requestAnimationFrame(() => setTimeout(done)));
  const until = (test) =>
    new Promise((done) => {
      if (test()) return done();
      const observer = new MutationObserver(() => {
        if (!test()) return;
        observer.disconnect();
        done();
      });
      observer.observe(document.body, { childList: true, subtree: true });
    });
  const link = [...document.querySelectorAll('a')].find((a) => a.textContent === title);
  if (!link) throw new Error(`no link "${title}" in the list`);
  const start = performance.now();
  link.click();
  await until(
    () =>
      document.querySelector(shown) && document.querySelectorAll('button[id^="edit-"]').length >= expected,
  );
  const rendered = performance.now() - start;
  await frame();
  const painted = performance.now() - start;
  const clicked = performance.now();
  document.getElementById(`edit-${lastStep}`).click();
  await until(() => document.getElementById('step-editor-heading'));
  await frame();
  return { rendered, painted, editor: performance.now() - clicked };
};

/**
 * Starts the server, creates the map and opens a logged-in browser context (1400×900). `observer`,
 * when given, is installed in every page before its scripts run, with the number of steps.
 */
export async function openBench({ observer } = {}) {
  ensureBuilt();
  // The phases as the app defines them (the compiled shared model), with their default names.
  const { PHASE_KEYS: PHASES, DEFAULT_PHASE_NAMES } = await import(
    pathToFileURL(join(ROOT, 'dist', 'shared', 'journeys', 'model.js')).href
  );
  if (!existsSync(join(ROOT, 'dist', 'web', 'index.html')))
    throw new Error('dist/web is missing: npm run build');
  const dataDir = mkdtempSync(join(tmpdir(), 'bb-bench-journeys-'));
  cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  // BENCH_WEB_DIR serves another build of the web app, for an A/B on the same machine and minute.
  const env = process.env.BENCH_WEB_DIR ? { WEB_DIR: process.env.BENCH_WEB_DIR } : {};
  const server = startServer('server', { port, dataDir, env });
  await waitReady(base, server);
  const credentials = {
    tenant: 'voorbeeldstad',
    email: 'adviseur@voorbeeldstad.example',
    password: 'Welkom-demo-2026',
  };
  const session = await login(base, credentials);
  const headers = { cookie: session.cookie, 'x-csrf-token': session.csrfToken, origin: base };
  const document = {
    phases: PHASES.map((key, p) => ({
      key,
      name: DEFAULT_PHASE_NAMES.service[key],
      steps: Array.from({ length: STEPS_PER_PHASE }, (_, i) => step(p, i)),
    })),
  };
  const { json: journey } = await call(base, 'POST', '/api/v1/journeys', {
    headers,
    expect: 201,
    body: {
      title: 'Bench: 60 stappen',
      trajectory: 'service',
      lifeEvent: 'bench',
      state: 'current',
      personaIds: [],
      document,
    },
  });
  const total = PHASES.length * STEPS_PER_PHASE;
  const lastStep = `p${PHASES.length - 1}s${STEPS_PER_PHASE - 1}`;

  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  cleanups.push(() => browser.close());
  const context = await browser.newContext({
    baseURL: base,
    acceptDownloads: true,
    viewport: { width: 1400, height: 900 },
  });
  const [name, value] = session.cookie.split('=');
  await context.addCookies([{ name, value, url: base }]);
  if (observer) await context.addInitScript(observer, total);
  return { base, browser, context, journey, total, lastStep };
}
