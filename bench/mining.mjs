// Procesmining benchmark (issue 6), recorded in docs/benchmarks.md: stream-parse an XES log and
// mine it to the directly-follows graph (frequency + mean/median durations) and the variants,
// on a generated log of BPI Challenge 2012 shape (262,200 events, about 13,000 cases, 24
// activities, from a fixed seed) and on a tenfold log (2,622,000 events), each case in its own
// child process so that its peak RSS is its own. pm4js (XesImporter + frequency and performance
// DFG + variants) runs on the same files in the same run. Goals of the issue: 262k events
// < 3 s and < 500 MB RSS; tenfold < 30 s with memory that does not grow with the file.
//
// Env: BENCH_MINING_EVENTS (default 262200), BENCH_MINING_FACTOR (default 10), BENCH_WRITE.
// Flags: --no-write, --no-pm4js. Run it under `flock /tmp/cpu.lock`.
import { createWriteStream, mkdtempSync, rmSync, statSync, readFileSync, createReadStream } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir, loadavg } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { register } from 'tsx/esm/api';
import { ROOT, WRITE_DOC, fmt, machine, positive, writeDoc } from './lib.mjs';

// The TypeScript sources are loaded through tsx (compiled at import, before any timing starts), so
// the benchmark does not depend on a fresh build of the whole server.
register();
const SELF = fileURLToPath(import.meta.url);
const src = (p) => pathToFileURL(join(ROOT, 'src', p)).href;

// ---------------------------------------------------------------------------------------------
// Child: one measurement, printed as JSON on the last line.

async function childOurs(file) {
  const { parseXesStream } = await import(src('server/modules/mining/xes-parser.ts'));
  const { Miner } = await import(src('server/modules/mining/mine.ts'));
  const start = performance.now();
  const miner = new Miner();
  await parseXesStream(createReadStream(file, { highWaterMark: 1 << 20 }), {
    onTraces: (batch) => {
      for (const t of batch) miner.add(t);
    },
  });
  const dfg = miner.dfg();
  const variants = miner.variantList();
  return {
    ms: performance.now() - start,
    events: dfg.events,
    cases: dfg.cases,
    edges: dfg.edges.length,
    variants: variants.length,
  };
}

function childPm4js(file) {
  const require = createRequire(import.meta.url);
  // Only the parts used, not pm4js/init.js: that also loads its Celonis connector, which starts a
  // sync-rpc worker process that outlives the test. pm4js defines its classes as globals.
  for (const part of [
    'pm4js.js',
    'utils/generic/business_hours.js',
    'objects/log/log.js',
    'statistics/log/general.js',
    'objects/log/importer/xes/importer.js',
    'algo/discovery/dfg/algorithm.js',
  ])
    require(`pm4js/pm4js/${part}`);
  const g = globalThis;
  const start = performance.now();
  const xml = readFileSync(file, 'utf8'); // pm4js takes the whole file as one string
  const log = g.XesImporter.apply(xml);
  const freq = g.FrequencyDfgDiscovery.apply(log);
  g.PerformanceDfgDiscovery.apply(log, 'concept:name', 'time:timestamp', 'mean');
  g.PerformanceDfgDiscovery.apply(log, 'concept:name', 'time:timestamp', 'median');
  const variants = g.GeneralLogStatistics.getVariants(log);
  let events = 0;
  for (const t of log.traces) events += t.events.length;
  return {
    ms: performance.now() - start,
    events,
    cases: log.traces.length,
    edges: Object.keys(freq.pathsFrequency).length,
    variants: Object.keys(variants).length,
  };
}

if (process.argv[2] === '--child') {
  const [, , , which, file] = process.argv;
  const result = which === 'ours' ? await childOurs(file) : childPm4js(file);
  result.maxRssMB = process.resourceUsage().maxRSS / 1024;
  console.log(JSON.stringify(result));
  process.exit(0);
}

// ---------------------------------------------------------------------------------------------
// The generated log: BPI Challenge 2012 shape (loan applications), fixed seed.

const ACTIVITIES = [
  'A_SUBMITTED',
  'A_PARTLYSUBMITTED',
  'A_PREACCEPTED',
  'A_ACCEPTED',
  'A_FINALIZED',
  'A_APPROVED',
  'A_REGISTERED',
  'A_ACTIVATED',
  'A_DECLINED',
  'A_CANCELLED',
  'O_SELECTED',
  'O_CREATED',
  'O_SENT',
  'O_SENT_BACK',
  'O_ACCEPTED',
  'O_DECLINED',
  'O_CANCELLED',
  'W_Afhandelen leads',
  'W_Completeren aanvraag',
  'W_Nabellen offertes',
  'W_Valideren aanvraag',
  'W_Nabellen incomplete dossiers',
  'W_Beoordelen fraude',
  'W_Wijzigen contractgegevens',
];

async function generate(file, targetEvents, seed) {
  const { Prng } = await import(src('shared/demo/prng.ts'));
  const rng = new Prng(seed);
  // Each activity has 2-4 successors with fixed weights: a process with loops, like BPI 2012.
  const next = ACTIVITIES.map((_, i) => {
    // One main successor and a few rarer ones, so that variants repeat as in a real log.
    const n = 2 + (i % 3);
    return Array.from({ length: n }, (_, k) => ({
      to: (i + 1 + k * 5 + (k ? rng.int(0, 3) : 0)) % ACTIVITIES.length,
      w: k === 0 ? 24 : 1,
    }));
  });
  const pick = (i) => {
    const opts = next[i];
    let r = rng.next() * opts.reduce((s, o) => s + o.w, 0);
    for (const o of opts) if ((r -= o.w) < 0) return o.to;
    return opts[0].to;
  };
  const out = createWriteStream(file, { highWaterMark: 1 << 20 });
  const write = (s) => (out.write(s) ? null : new Promise((r) => out.once('drain', r)));
  await write(
    '<?xml version="1.0" encoding="UTF-8" ?>\n<log xes.version="1.0" xes.features="nested-attributes" xmlns="http://www.xes-standard.org/">\n\t<extension name="Concept" prefix="concept" uri="http://www.xes-standard.org/concept.xesext"/>\n\t<string key="concept:name" value="Generated log of BPI Challenge 2012 shape (synthetic, fixed seed)"/>\n',
  );
  let events = 0;
  let cases = 0;
  let t0 = Date.UTC(2011, 9, 1);
  const stamp = (ms) => new Date(ms + 7_200_000).toISOString().replace('Z', '+02:00');
  while (events < targetEvents) {
    const id = 173688 + cases++;
    t0 += Math.floor(-Math.log(rng.nextOpen()) * 1_000_000);
    let t = t0;
    // About 20 events per case: the two opening steps, then a walk of geometric length.
    const len = Math.min(targetEvents - events, 2 + Math.floor(-Math.log(rng.nextOpen()) * 18));
    let s = `\t<trace>\n\t\t<date key="REG_DATE" value="${stamp(t)}"/>\n\t\t<string key="concept:name" value="${id}"/>\n\t\t<string key="AMOUNT_REQ" value="${rng.int(1, 100) * 500}"/>\n`;
    let act = 0;
    for (let k = 0; k < len; k++) {
      act = k === 0 ? 0 : k === 1 ? 1 : pick(act);
      t += Math.floor(-Math.log(rng.nextOpen()) * (rng.chance(0.1) ? 86_400_000 : 600_000));
      const name = ACTIVITIES[act];
      const life = name.startsWith('W_') ? (rng.chance(0.5) ? 'START' : 'COMPLETE') : 'COMPLETE';
      s += `\t\t<event>\n\t\t\t<string key="org:resource" value="${10000 + rng.int(0, 60)}"/>\n\t\t\t<string key="lifecycle:transition" value="${life}"/>\n\t\t\t<string key="concept:name" value="${name}"/>\n\t\t\t<date key="time:timestamp" value="${stamp(t)}"/>\n\t\t</event>\n`;
    }
    events += len;
    await write(s + '\t</trace>\n');
  }
  await write('</log>\n');
  await new Promise((r) => out.end(r));
  return { events, cases, bytes: statSync(file).size };
}

if (process.argv[2] === '--generate') {
  // For profiling by hand: node bench/mining.mjs --generate <file> <events>
  console.log(await generate(process.argv[3], Number(process.argv[4]), 20120101));
  process.exit(0);
}

// ---------------------------------------------------------------------------------------------

function measure(which, file) {
  const args = ['--max-old-space-size=8192', SELF, '--child', which, file];
  const started = performance.now();
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 20 });
  const wall = performance.now() - started;
  const last = r.stdout.trim().split('\n').pop();
  if (r.status !== 0 || !last?.startsWith('{'))
    return {
      failed: (r.stderr || r.stdout).trim().split('\n').filter(Boolean).slice(-3).join(' / ').slice(0, 300),
      wall,
    };
  return { ...JSON.parse(last), wall };
}

const mb = (bytes) => (bytes / 2 ** 20).toFixed(0);
const secs = (ms) => (ms / 1000).toFixed(2);

async function main() {
  const events = positive('BENCH_MINING_EVENTS', 262_200);
  const factor = positive('BENCH_MINING_FACTOR', 10);
  const withPm4js = !process.argv.includes('--no-pm4js');
  const m = machine();
  const load = loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');
  const dir = mkdtempSync(join(tmpdir(), 'bench-mining-'));
  const rows = [];
  try {
    for (const [label, n] of [
      ['1×', events],
      [`${factor}×`, events * factor],
    ]) {
      const file = join(dir, `log-${n}.xes`);
      const g0 = performance.now();
      const gen = await generate(file, n, 20120101);
      console.log(
        `${label}: generated ${gen.events} events, ${gen.cases} cases, ${mb(gen.bytes)} MB in ${secs(performance.now() - g0)} s`,
      );
      const ours = measure('ours', file);
      console.log(`  ours:  ${JSON.stringify(ours)}`);
      const theirs = withPm4js ? measure('pm4js', file) : null;
      if (theirs) console.log(`  pm4js: ${JSON.stringify(theirs)}`);
      rows.push({ label, gen, ours, theirs });
      rmSync(file);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const cell = (r) => (r.failed ? `failed: ${r.failed}` : `${secs(r.ms)} s, peak RSS ${fmt(r.maxRssMB)} MB`);
  const lines = [
    `### Procesmining: XES parse + DFG + variants (${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC)`,
    '',
    `- Machine: ${m.nproc} CPUs (nproc), ${m.cpu}, ${m.memory} RAM; Node ${m.node}; commit ${m.commit}; load average before the run ${load}`,
    "- Shared machine: other sessions' work (tests, builds, benchmarks) was running on the same 2 vCPUs outside this benchmark's lock; the load average above shows how much.",
    '- Generated logs of BPI Challenge 2012 shape (24 activities, about 20 events per case, fixed seed 20120101), uncompressed XES; each measurement in its own Node process (time from opening the file to DFG + variants, peak RSS of that process).',
    '',
    '| log | events | cases | file | ours | pm4js | pm4js / ours |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...rows.map(
      ({ label, gen, ours, theirs }) =>
        `| ${label} | ${gen.events.toLocaleString('en')} | ${gen.cases.toLocaleString('en')} | ${mb(gen.bytes)} MB | ${cell(ours)} | ${theirs ? cell(theirs) : 'not run'} | ${theirs && !theirs.failed && !ours.failed ? `${(theirs.ms / ours.ms).toFixed(1)}× the time, ${(theirs.maxRssMB / ours.maxRssMB).toFixed(1)}× the memory` : 'n/a'} |`,
    ),
    '',
    ...rows.map(
      ({ label, ours, theirs }) =>
        `- ${label}: ours found ${ours.edges ?? '?'} edges and ${ours.variants ?? '?'} variants${theirs && !theirs.failed ? `; pm4js ${theirs.edges} edges and ${theirs.variants} variants` : ''}.`,
    ),
    '',
  ];
  const section = lines.join('\n');
  console.log('\n' + section);
  if (WRITE_DOC) await writeDoc(section);
}

await main();
