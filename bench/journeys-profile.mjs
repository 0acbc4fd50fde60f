// Where the time of opening a 60-step journey map goes (issue 5), from a Chrome trace of the
// renderer: the same set-up as bench/journeys.mjs, then per mode one traced run, summarised as
// milliseconds per kind of main-thread work (script, style, layout, paint, …) and the longest
// JavaScript functions by self time. Prints only; what it found is written up in docs/benchmarks.md.
//
//   node bench/journeys-profile.mjs [in-app|cold|editor|pdf]...   (default: in-app cold)
// (editor: only the click on the last step's "Wijzigen" until its editor is painted)
//
// Needs `npm run build`. Run it under the CPU lock like the benchmark.
/* global window, document, performance, setTimeout -- page functions run in Chromium */
import { IN_APP, openBench } from './journeys-map.mjs';
import { runCleanups } from './lib.mjs';

const MODES = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'blink.user_timing',
].join(',');

// Top-level trace events of the renderer's main thread, grouped as DevTools' summary does.
const KIND = {
  EvaluateScript: 'script',
  FunctionCall: 'script',
  TimerFire: 'script',
  EventDispatch: 'script',
  FireAnimationFrame: 'script',
  RunMicrotasks: 'script',
  'v8.compile': 'script (compile)',
  'v8.compileModule': 'script (compile)',
  'v8.evaluateModule': 'script',
  ParseHTML: 'parse HTML',
  ParseAuthorStyleSheet: 'parse CSS',
  UpdateLayoutTree: 'style',
  Layout: 'layout',
  PrePaint: 'paint',
  Paint: 'paint',
  Layerize: 'paint',
  Commit: 'paint',
  MajorGC: 'GC',
  MinorGC: 'GC',
  'V8.GC_SCAVENGER': 'GC',
};

function summarise(events) {
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const mine = events.filter((e) => main && e.pid === main.pid && e.tid === main.tid && e.ph === 'X');
  mine.sort((a, b) => a.ts - b.ts);
  const totals = {};
  const forced = [];
  // Count only the outermost event of each kind, so nested work is not counted twice; style and
  // layout inside a script are "forced" (the script asked for geometry) and listed separately.
  const open = [];
  for (const e of mine) {
    while (open.length && open.at(-1).ts + open.at(-1).dur <= e.ts) open.pop();
    const kind = KIND[e.name];
    if (!kind) continue;
    const parent = open.find((o) => KIND[o.name]);
    if (!parent) totals[kind] = (totals[kind] ?? 0) + e.dur / 1000;
    else if ((kind === 'style' || kind === 'layout') && KIND[parent.name].startsWith('script'))
      forced.push(`${e.name} ${(e.dur / 1000).toFixed(1)} ms`);
    open.push(e);
  }
  const first = mine[0]?.ts ?? 0;
  const last = mine.reduce((m, e) => Math.max(m, e.ts + e.dur), first);
  return { span: (last - first) / 1000, totals, forced };
}

function hotFunctions(profile, top = 15) {
  const self = new Map();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const dt = profile.timeDeltas;
  profile.samples.forEach((id, i) => {
    const n = byId.get(id);
    const f = n.callFrame;
    const key = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + (dt[i] ?? 0) / 1000);
  });
  return [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, top);
}

async function traced(page, work) {
  const cdp = await page.context().newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
  await cdp.send('Profiler.start');
  const result = await work();
  const { profile } = await cdp.send('Profiler.stop');
  const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.end');
  await done;
  return { result, trace: summarise(events), hot: hotFunctions(profile) };
}

function print(mode, { result, trace, hot }) {
  console.log(`\n## ${mode}: ${JSON.stringify(result)}`);
  console.log(`main thread span ${trace.span.toFixed(0)} ms`);
  for (const [k, v] of Object.entries(trace.totals).sort((a, b) => b[1] - a[1]))
    console.log(`  ${k.padEnd(18)} ${v.toFixed(1)} ms`);
  console.log(`  forced style/layout in scripts: ${trace.forced.length ? trace.forced.join(', ') : 'none'}`);
  console.log('JS self time (sampled):');
  for (const [k, v] of hot) console.log(`  ${v.toFixed(1).padStart(7)} ms  ${k}`);
}

async function main() {
  const { context, journey, total, lastStep } = await openBench();
  for (const mode of MODES.length ? MODES : ['in-app', 'cold']) {
    // One untraced run first, so the HTTP cache and the server are warm as in the benchmark.
    for (let run = 0; run < 2; run++) {
      const page = await context.newPage();
      let outcome;
      if (mode === 'in-app') {
        await page.goto('/klantreizen');
        await page.getByRole('link', { name: journey.title }).waitFor();
        const args = { title: journey.title, lastStep, expected: total };
        outcome = await traced(page, () => page.evaluate(IN_APP, args));
      } else if (mode === 'cold') {
        outcome = await traced(page, async () => {
          await page.goto(`/klantreizen/${journey.id}`);
          await page.locator(`#edit-${lastStep}`).waitFor();
          await page.evaluate(() => new Promise((r) => window.requestAnimationFrame(() => setTimeout(r))));
          return { loaded: await page.evaluate(() => performance.now()) };
        });
      } else if (mode === 'editor') {
        // Only the click on the last step's "Wijzigen" until the editor's frame is painted.
        await page.goto(`/klantreizen/${journey.id}`);
        await page.locator(`#edit-${lastStep}`).waitFor();
        await page.evaluate(() => new Promise((r) => window.requestAnimationFrame(() => setTimeout(r))));
        outcome = await traced(page, () =>
          page.evaluate(
            (id) =>
              new Promise((resolve) => {
                const start = performance.now();
                document.getElementById(`edit-${id}`).click();
                const wait = () =>
                  document.getElementById('step-editor-heading')
                    ? window.requestAnimationFrame(() =>
                        setTimeout(() => resolve({ editor: performance.now() - start })),
                      )
                    : setTimeout(wait);
                wait();
              }),
            lastStep,
          ),
        );
      } else if (mode === 'pdf') {
        await page.goto(`/klantreizen/${journey.id}`);
        await page.locator(`#edit-${lastStep}`).waitFor();
        outcome = await traced(page, async () => {
          const t0 = Date.now();
          await Promise.all([
            page.waitForEvent('download'),
            page.getByRole('button', { name: 'PDF maken' }).click(),
          ]);
          return { pdf: Date.now() - t0 };
        });
      } else throw new Error(`unknown mode ${mode}`);
      if (run === 1) print(mode, outcome);
      await page.close();
    }
  }
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(runCleanups);
