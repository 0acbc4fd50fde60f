// node bench/advice.mjs: the Kanaaladvies goals, measured on the built server (dist/) with the demo
// data of gemeente voorbeeldstad, on PGlite and on PostgreSQL. See docs/benchmarks.md.
//
//   1. "Advice query p99 under 10 ms at 200 requests/s on the embedded database": GET /api/v1/advice
//      (age groups × phases in turn) and GET /api/v1/advice/matrix (profiles, phases in turn) at a
//      fixed overall rate, with autocannon (overallRate) and with an evenly paced open-loop client.
//   2. "An import of 100,000 respondent rows in under 5 s": POST /api/v1/advice/datasets with a CSV
//      made by the compiled demo generator, a few times per database, plus the time of a rejected
//      file (upload + parse + validation, nothing stored) to tell parsing from storing.
//
// Env (all optional):
//   BENCH_DURATION       seconds measured per query case (default 10)
//   BENCH_WARMUP         seconds of warm-up before each query case, not measured (default 2)
//   BENCH_CONNECTIONS    connections (default 10)
//   BENCH_RATE           requests per second of the query cases (default 200)
//   BENCH_IMPORT_ROWS    respondents in the import file (default 100000, at most 100000)
//   BENCH_IMPORT_RUNS    imports per database (default 3)
//   BENCH_ADMIN_URL, BENCH_POSTGRES, BENCH_WRITE: as for bench/run.mjs
// Flags: --no-write prints the tables without touching docs/benchmarks.md.
import { spawnSync } from 'node:child_process';
import { Agent, get } from 'node:http';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout } from 'node:timers';
import autocannon from 'autocannon';
import {
  ROOT,
  WRITE_DOC,
  call,
  cleanups,
  cpuSince,
  cpuSnapshot,
  cpuTicks,
  machineTicks,
  CLK_TCK,
  ensureBuilt,
  fmt,
  freePort,
  freshDatabase,
  login,
  machine,
  machineLines,
  positive,
  postgresTicksWithExited,
  postgresVersionOrNothing,
  runCleanups,
  startServer,
  waitReady,
  writeDoc,
} from './lib.mjs';

const { fetch, performance, URLSearchParams } = globalThis;
const DURATION = positive('BENCH_DURATION', 10);
const WARMUP = positive('BENCH_WARMUP', 2, true);
const CONNECTIONS = Math.round(positive('BENCH_CONNECTIONS', 10));
const RATE = Math.round(positive('BENCH_RATE', 200));
const IMPORT_ROWS = Math.round(positive('BENCH_IMPORT_ROWS', 100_000));
const IMPORT_RUNS = Math.round(positive('BENCH_IMPORT_RUNS', 3));

const GOAL_P99_MS = 10;
const GOAL_IMPORT_S = 5;
const DEFAULT_IMPORT_MB = 64; // the server's default ADVICE_MAX_IMPORT_MB

const LOGIN = {
  tenant: 'voorbeeldstad',
  email: 'adviseur@voorbeeldstad.example',
  password: 'Welkom-demo-2026',
};

/** Filled in from the PGlite data directory after the PGlite cases. */
let pgliteServerVersion = '';

// ---------------------------------------------------------------------------------------------
// Statistics

function quantile(sorted, q) {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}
const median = (xs) =>
  quantile(
    [...xs].sort((a, b) => a - b),
    0.5,
  );
const mib = (bytes) => bytes / 2 ** 20;

function latencySummary(latencies) {
  const s = [...latencies].sort((a, b) => a - b);
  return {
    count: s.length,
    p50: quantile(s, 0.5),
    p975: quantile(s, 0.975),
    p99: quantile(s, 0.99),
    max: s[s.length - 1] ?? NaN,
  };
}

// ---------------------------------------------------------------------------------------------
// Query cases

/**
 * autocannon at a fixed overall rate. Its latencies are taken from the 'response' events (fractional
 * milliseconds, 2xx only, measured run only), not from its histogram: that one holds whole
 * milliseconds, and with a rate set it "corrects" for coordinated omission with an expected interval
 * of ceil(1 / per-connection rate) = 1 ms, which adds made-up samples (ignoreCoordinatedOmission).
 */
async function autocannonCase({ base, requests, server, withPostgres }) {
  const latencies = [];
  let start = null;
  const instance = autocannon({
    url: base,
    connections: CONNECTIONS,
    overallRate: RATE,
    duration: DURATION,
    ignoreCoordinatedOmission: true,
    ...(WARMUP > 0 ? { warmup: { connections: CONNECTIONS, duration: WARMUP } } : {}),
    requests,
  });
  // With a warm-up, 'start' and 'response' on the returned instance belong to the measured run.
  instance.on('start', () => {
    start = cpuSnapshot(server.pid, withPostgres);
  });
  instance.on('response', (_client, statusCode, _bytes, responseTime) => {
    if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime);
  });
  const result = await instance;
  const cpu = start ? cpuSince(start, server.pid, withPostgres) : null;
  return {
    method: 'autocannon',
    rate: result.requests.average,
    ...latencySummary(latencies),
    non2xx: result.non2xx + (result.warmup?.non2xx ?? 0),
    errors: result.errors + (result.warmup?.errors ?? 0),
    codes: result.statusCodeStats,
    cpu,
  };
}

/**
 * An open-loop client: one request every 1000 / RATE ms on up to CONNECTIONS keep-alive sockets,
 * latency counted from the moment the request was due (so a queue in front of the server counts).
 */
async function pacedCase({ base, next, server, withPostgres }) {
  const agent = new Agent({ keepAlive: true, maxSockets: CONNECTIONS });
  // When the server cannot keep up, the backlog grows without bound; past MAX_BACKLOG requests
  // nothing more is sent, the requests in flight are awaited, and the case counts as overloaded.
  const MAX_BACKLOG = 2 * RATE;
  let overloaded;
  const run = (seconds, record) =>
    new Promise((resolve) => {
      const total = Math.round(seconds * RATE);
      const interval = 1000 / RATE;
      const t0 = performance.now();
      let sent = 0;
      let done = 0;
      let stopped = false;
      const finish = (status, due) => {
        record(status, performance.now() - due);
        done++;
        if (done === total || (stopped && done === sent)) resolve(performance.now() - t0);
      };
      const fire = (due) => {
        const { path, headers } = next();
        const req = get(base + path, { agent, headers }, (res) => {
          res.resume();
          res.on('end', () => finish(res.statusCode, due));
        });
        req.on('error', () => finish(0, due));
      };
      const tick = () => {
        const now = performance.now();
        while (sent < total && t0 + sent * interval <= now) {
          if (sent - done >= MAX_BACKLOG) {
            stopped = overloaded = true;
            return;
          }
          fire(t0 + sent++ * interval);
        }
        if (sent < total) setTimeout(tick, Math.max(0, t0 + sent * interval - performance.now()));
      };
      if (total === 0) resolve(0);
      else tick();
    });
  let non2xx = 0;
  let errors = 0;
  const count = (status) => {
    if (status === 0) errors++;
    else if (status < 200 || status >= 300) non2xx++;
  };
  if (WARMUP > 0) await run(WARMUP, count);
  overloaded = false;
  const latencies = [];
  const start = cpuSnapshot(server.pid, withPostgres);
  const elapsed = await run(DURATION, (status, latency) => {
    count(status);
    if (status >= 200 && status < 300) latencies.push(latency);
  });
  const cpu = cpuSince(start, server.pid, withPostgres);
  agent.destroy();
  return {
    method: 'paced',
    overloaded,
    rate: (latencies.length * 1000) / elapsed,
    ...latencySummary(latencies),
    non2xx,
    errors,
    cpu,
  };
}

/**
 * Age group × phase in turn: 35 different cells. The server tallies every cell of a dataset once,
 * when it first reads the dataset, and keeps each finished answer per gemeente, dataset and query
 * (datasets never change after import). After the first 35 requests every answer therefore comes
 * from memory: this case measures the request path (session, routing, serialising), which is what
 * an adviser clicking through the cells gets. The cost of computing a cell shows in the "first query
 * after import" figure and in the one-off requests before the cases.
 */
function adviceRequests(datasetId, groups, cookie) {
  let n = 0;
  return () => {
    const i = n++;
    const group = groups[i % groups.length];
    const phase = 1 + (Math.floor(i / groups.length) % 5);
    return {
      path: `/api/v1/advice?dataset=${datasetId}&context=service&scheme=age&group=${encodeURIComponent(group)}&phase=${phase}`,
      headers: { cookie },
    };
  };
}

function matrixRequests(datasetId, cookie) {
  let n = 0;
  return () => ({
    path: `/api/v1/advice/matrix?dataset=${datasetId}&context=service&scheme=profile&phase=${1 + (n++ % 5)}`,
    headers: { cookie },
  });
}

async function queryCases({ base, server, withPostgres, database, cookie, datasetId, ageGroups }) {
  const cases = [
    {
      name: 'GET /api/v1/advice (age group × phase in turn)',
      make: () => adviceRequests(datasetId, ageGroups, cookie),
    },
    {
      name: 'GET /api/v1/advice/matrix (profiles, phase in turn)',
      make: () => matrixRequests(datasetId, cookie),
    },
  ];
  const rows = [];
  for (const c of cases) {
    for (const method of ['autocannon', 'paced']) {
      process.stdout.write(`  ${c.name}, ${method}, ${database} … `);
      const next = c.make();
      const row =
        method === 'autocannon'
          ? await autocannonCase({
              base,
              server,
              withPostgres,
              requests: [{ method: 'GET', setupRequest: (req) => ({ ...req, ...next() }) }],
            })
          : await pacedCase({ base, server, withPostgres, next });
      console.log(
        `${fmt(row.rate)} req/s${row.overloaded ? ' (overloaded)' : ''}, p50 ${fmt(row.p50, 1)} ms, p99 ${fmt(row.p99, 1)} ms, ` +
          `max ${fmt(row.max, 1)} ms, non-2xx ${row.non2xx}, errors ${row.errors}`,
      );
      if (row.non2xx || row.errors) {
        console.log(`    status codes: ${JSON.stringify(row.codes ?? {})}`);
        console.log(`    last server output:\n      ${server.tail.slice(-10).join('\n      ')}`);
      }
      rows.push({ case: c.name, database, ...row });
    }
  }
  return rows;
}

// ---------------------------------------------------------------------------------------------
// Import

function memoryOf(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1]) * 1024;
    return { hwm: kb('VmHWM'), rss: kb('VmRSS') };
  } catch {
    return { hwm: NaN, rss: NaN };
  }
}

/** Resets the peak RSS (VmHWM) of a process to its current RSS (Linux, own process or root). */
function resetPeak(pid) {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
    return true;
  } catch {
    return false;
  }
}

async function postSurvey(base, auth, body, name) {
  const query = new URLSearchParams({ name, source: 'bench/advice.mjs (synthetisch)', year: '2026' });
  const t0 = performance.now();
  const res = await fetch(`${base}/api/v1/advice/datasets?${query}`, {
    method: 'POST',
    headers: { cookie: auth.cookie, 'x-csrf-token': auth.csrfToken, 'content-type': 'text/csv' },
    body,
  });
  const text = await res.text();
  const seconds = (performance.now() - t0) / 1000;
  let json = null;
  try {
    json = JSON.parse(text);
  } catch {
    // Not JSON: reported below with the status.
  }
  return { status: res.status, seconds, json, text };
}

async function importCases({ base, server, withPostgres, database, auth, file, ageGroups }) {
  const idle = memoryOf(server.pid);
  const pgTicks = () => (withPostgres ? postgresTicksWithExited() : NaN);
  // A rejected file first: upload, parse and check every line, store nothing.
  process.stdout.write(`  rejected file (unknown profile on the last line), ${database} … `);
  const rejected = await postSurvey(base, auth, file.bad, `bench-rejected-${Date.now()}`);
  if (rejected.status !== 400 || !rejected.text.includes(`regel ${IMPORT_ROWS + 1}`)) {
    throw new Error(`the rejected file answered ${rejected.status}: ${rejected.text.slice(0, 500)}`);
  }
  console.log(`400 after ${fmt(rejected.seconds, 2)} s`);

  const runs = [];
  let peakReset = true;
  let lastId = null;
  for (let i = 1; i <= IMPORT_RUNS; i++) {
    process.stdout.write(`  import ${i} of ${IMPORT_RUNS}, ${database} … `);
    const before = memoryOf(server.pid);
    peakReset = resetPeak(server.pid) && peakReset;
    const server0 = cpuTicks(server.pid);
    const pg0 = pgTicks();
    const machine0 = machineTicks();
    const load0 = process.cpuUsage();
    const r = await postSurvey(base, auth, file.good, `bench-import-${Date.now()}-${i}`);
    const after = memoryOf(server.pid);
    if (r.status !== 201 || r.json?.dataset?.respondentCount !== IMPORT_ROWS) {
      throw new Error(`import ${i} answered ${r.status}: ${r.text.slice(0, 500)}`);
    }
    lastId = r.json.dataset.id;
    const run = {
      seconds: r.seconds,
      rssBefore: before.rss,
      peak: after.hwm,
      serverCpu: (cpuTicks(server.pid) - server0) / CLK_TCK,
      postgresCpu: (pgTicks() - pg0) / CLK_TCK,
    };
    const load = process.cpuUsage(load0);
    // CPU seconds used by processes outside the benchmark while this import ran.
    run.outside =
      (machineTicks() - machine0) / CLK_TCK -
      run.serverCpu -
      (withPostgres ? run.postgresCpu : 0) -
      (load.user + load.system) / 1e6;
    runs.push(run);
    console.log(
      `201 after ${fmt(run.seconds, 2)} s; server RSS ${fmt(mib(run.rssBefore))} MiB before, ` +
        `peak ${fmt(mib(run.peak))} MiB; CPU ${fmt(run.serverCpu, 1)} s server` +
        (withPostgres ? `, ${fmt(run.postgresCpu, 1)} s PostgreSQL` : ''),
    );
  }

  // The first query on a new dataset reads all its respondents into the server's memory.
  const path = `/api/v1/advice?dataset=${lastId}&context=service&scheme=age&group=${ageGroups[0]}&phase=1`;
  let t0 = performance.now();
  await call(base, 'GET', path, { headers: { cookie: auth.cookie }, expect: 200 });
  const coldMs = performance.now() - t0;
  t0 = performance.now();
  await call(base, 'GET', path, { headers: { cookie: auth.cookie }, expect: 200 });
  const warmMs = performance.now() - t0;
  console.log(
    `  first query on the imported dataset (loads ${IMPORT_ROWS} respondents) ${fmt(coldMs)} ms, ` +
      `the next ${fmt(warmMs, 1)} ms`,
  );

  const seconds = runs.map((r) => r.seconds);
  const medianRun = runs.find((r) => r.seconds === median(seconds));
  return {
    database,
    runs,
    median: median(seconds),
    max: Math.max(...seconds),
    rejected: rejected.seconds,
    peak: Math.max(...runs.map((r) => r.peak)),
    peakReset,
    rssBefore: idle.rss,
    medianRun,
    coldMs,
    warmMs,
  };
}

// ---------------------------------------------------------------------------------------------
// One database

async function benchDatabase(database, databaseUrl, file) {
  const dataDir = mkdtempSync(join(tmpdir(), 'bb-bench-advice-'));
  cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const withPostgres = !!databaseUrl;
  const importMb = Math.max(DEFAULT_IMPORT_MB, Math.ceil(mib(file.good.length)) + 1);
  console.log(`\n${database}: starting node dist/server/main.js on ${base}`);
  const server = startServer(`server (${database})`, {
    port,
    dataDir,
    databaseUrl,
    env: importMb > DEFAULT_IMPORT_MB ? { ADVICE_MAX_IMPORT_MB: String(importMb) } : {},
  });
  let queries;
  let imports;
  try {
    await waitReady(base, server);
    const auth = await login(base, LOGIN);
    const headers = { cookie: auth.cookie };
    const { json: catalogue } = await call(base, 'GET', '/api/v1/advice/catalogue', { headers, expect: 200 });
    const ageGroups = catalogue.segments.filter((s) => s.scheme === 'age').map((s) => s.code);
    const { json: list } = await call(base, 'GET', '/api/v1/advice/datasets', { headers, expect: 200 });
    const demo = list.items.find((d) => d.synthetic);
    if (!demo) throw new Error('GET /api/v1/advice/datasets has no synthetic demo dataset (SEED_DEMO?)');
    // One request of each kind by hand: a misbehaving endpoint fails here with its answer. The
    // first one also reads the demo dataset into memory, as any first query would.
    const { json: advice } = await call(base, 'GET', adviceRequests(demo.id, ageGroups, '')().path, {
      headers,
      expect: 200,
    });
    if (!(advice.n > 0 && advice.channels.length > 0)) throw new Error('the advice has no respondents');
    const { json: matrix } = await call(base, 'GET', matrixRequests(demo.id, '')().path, {
      headers,
      expect: 200,
    });
    if (!(matrix.groups.length > 0)) throw new Error('the matrix has no groups');
    console.log(
      `  demo dataset ${demo.id}: ${demo.respondentCount} respondents; ` +
        `${ageGroups.length} age groups, ${matrix.groups.length} profiles`,
    );
    queries = await queryCases({
      base,
      server,
      withPostgres,
      database,
      cookie: auth.cookie,
      datasetId: demo.id,
      ageGroups,
    });
    imports = await importCases({ base, server, withPostgres, database, auth, file, ageGroups });
  } finally {
    await server.stop();
  }
  if (!withPostgres) {
    const { PGlite } = await import('@electric-sql/pglite');
    const db = await PGlite.create(join(dataDir, 'pglite'));
    try {
      pgliteServerVersion = (await db.query('show server_version')).rows[0].server_version;
    } finally {
      await db.close();
    }
  }
  return { queries, imports };
}

// ---------------------------------------------------------------------------------------------
// Report

const met = (ok) => (ok ? '**met**' : '**not met**');

function loadLabel(r) {
  if (r.method === 'autocannon') return `autocannon overallRate ${RATE}`;
  return `paced, every ${fmt(1000 / RATE, 1)} ms${r.overloaded ? ` (overloaded: stopped at a backlog of ${2 * RATE})` : ''}`;
}

function queryTable(rows) {
  const lines = [
    '| Case | Database | Load | Achieved req/s | p50 (ms) | p97.5 (ms) | p99 (ms) | Max (ms) | Non-2xx | Errors | Server CPU (cores) | Server CPU per request (ms) | p99 < 10 ms |',
    '| --- | --- | --- | --: | --: | --: | --: | --: | --: | --: | --: | --: | --- |',
  ];
  for (const r of rows) {
    const perRequest = r.cpu ? (r.cpu.server / r.rate) * 1000 : NaN;
    lines.push(
      `| ${r.case} | ${r.database} | ${loadLabel(r)} | ` +
        `${fmt(r.rate)} | ${fmt(r.p50, 1)} | ${fmt(r.p975, 1)} | ${fmt(r.p99, 1)} | ${fmt(r.max, 1)} | ` +
        `${r.non2xx} | ${r.errors} | ${fmt(r.cpu?.server, 2)} | ${fmt(perRequest, 2)} | ${r.p99 < GOAL_P99_MS && !r.non2xx && !r.errors ? 'yes' : 'no'} |`,
    );
  }
  return lines.join('\n');
}

function importTable(results) {
  const lines = [
    `| Database | Imports | Median (s) | Max (s) | Each (s) | Rejected file: upload + parse + check (s) | Rest: storing (s, median − rejected) | CPU of the median import: server / PostgreSQL (s) | Server RSS before the imports → peak during one (MiB) | First query after import (ms) | < 5 s |`,
    '| --- | --: | --: | --: | --- | --: | --: | --- | --: | --: | --- |',
  ];
  for (const r of results) {
    lines.push(
      `| ${r.database} | ${r.runs.length} | ${fmt(r.median, 2)} | ${fmt(r.max, 2)} | ${r.runs.map((x) => fmt(x.seconds, 2)).join(', ')} | ` +
        `${fmt(r.rejected, 2)} | ${fmt(r.median - r.rejected, 2)} | ` +
        `${fmt(r.medianRun.serverCpu, 1)} / ${r.database === 'PGlite' ? '–' : fmt(r.medianRun.postgresCpu, 1)} | ` +
        `${fmt(mib(r.rssBefore))} → ${fmt(mib(r.peak))} | ${fmt(r.coldMs)} | ${r.max < GOAL_IMPORT_S ? 'yes' : 'no'} |`,
    );
  }
  return lines.join('\n');
}

function section(m, postgresVersion, queries, imports, local) {
  const pgliteQ = queries.filter((r) => r.database === 'PGlite' && r.case.startsWith('GET /api/v1/advice ('));
  const goal1 = pgliteQ.find((r) => r.method === 'autocannon');
  const goal1Paced = pgliteQ.find((r) => r.method === 'paced');
  const worstImport = Math.max(...imports.map((r) => r.max));
  const goal2 = imports.every((r) => r.max < GOAL_IMPORT_S);
  const notes = [];
  for (const r of queries) {
    if (r.non2xx || r.errors)
      notes.push(`**${r.case}, ${r.method}, ${r.database}: ${r.non2xx} non-2xx, ${r.errors} errors.**`);
    const other = r.cpu ? r.cpu.machine - r.cpu.server - (r.cpu.postgres || 0) - r.cpu.load : NaN;
    if (other > 0.25)
      notes.push(
        `${r.case}, ${r.method}, ${r.database}: processes outside the benchmark used about ${fmt(other, 2)} ` +
          'cores during the measurement; the figures are probably too high.',
      );
  }
  for (const r of imports) {
    const outside =
      r.runs.reduce((sum, x) => sum + x.outside, 0) / r.runs.reduce((sum, x) => sum + x.seconds, 0);
    if (outside > 0.25)
      notes.push(
        `Imports on ${r.database}: processes outside the benchmark used about ${fmt(outside, 2)} cores ` +
          'while they ran; the times are probably too long.',
      );
  }
  if (imports.some((r) => !r.peakReset))
    notes.push(
      'The peak RSS could not be reset before each import: it is the peak since the server started.',
    );
  const lines = [
    `### Kanaaladvies, ${m.date}`,
    '',
    ...machineLines(m, postgresVersion, pgliteServerVersion),
    `- Built server with the demo data of voorbeeldstad (8,000 synthetic respondents), logged in as adviseur; ` +
      'load generator, server and PostgreSQL on the same machine',
    `- Queries: ${RATE} requests/s, ${CONNECTIONS} connections, ${WARMUP} s warm-up + ${DURATION} s measured per case. ` +
      'Latencies in fractional ms, 2xx only. "autocannon" is autocannon 9 with `overallRate`: each connection ' +
      `sends its ${fmt(RATE / CONNECTIONS)} requests of a second back to back at the start of that second, so ` +
      `the server gets bursts of ${CONNECTIONS} concurrent requests. "paced" sends one request every ` +
      `${fmt(1000 / RATE, 1)} ms (open loop; latency counted from when the request was due).`,
    `- Import file: ${IMPORT_ROWS.toLocaleString('en')} respondents from the compiled demo generator, ` +
      `${fmt(mib(local.bytes), 1)} MiB; generated in ${fmt(local.generateMs / 1000, 1)} s. ` +
      `Reading, checking and coding it with the compiled import code, without HTTP and database, takes ` +
      `${fmt(local.parseMs / 1000, 2)} s in a process of its own (splitting into records ` +
      `${fmt(local.tokeniseMs / 1000, 2)} s). The file is made in that process too, so the load ` +
      'generator holds only the two files, outside its JavaScript heap.',
    '',
    queryTable(queries),
    '',
    importTable(imports),
    '',
    `- Goal "advice query p99 under ${GOAL_P99_MS} ms at ${RATE} requests/s on the embedded database": ` +
      `${goal1 ? met(goal1.p99 < GOAL_P99_MS && !goal1.non2xx && !goal1.errors) : 'not measured'} with autocannon ` +
      `(p99 ${fmt(goal1?.p99, 1)} ms); with evenly paced requests p99 ${fmt(goal1Paced?.p99, 1)} ms ` +
      `(${goal1Paced ? met(goal1Paced.p99 < GOAL_P99_MS && !goal1Paced.non2xx && !goal1Paced.errors) : 'not measured'}).`,
    `- Goal "an import of ${IMPORT_ROWS.toLocaleString('en')} respondent rows in under ${GOAL_IMPORT_S} s": ` +
      `${met(goal2)} (slowest import ${fmt(worstImport, 2)} s${
        goal2
          ? ''
          : `, ${fmt(worstImport - GOAL_IMPORT_S, 2)} s or ${fmt((worstImport / GOAL_IMPORT_S - 1) * 100)}% over`
      }).`,
    ...notes.map((n) => `- ${n}`),
    '',
  ];
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------

async function main() {
  const m = machine();
  ensureBuilt();
  const postgresVersion = await postgresVersionOrNothing();
  console.log(
    `Kanaaladvies: ${RATE} req/s on ${CONNECTIONS} connections, ${WARMUP} s warm-up + ${DURATION} s per ` +
      `query case; ${IMPORT_RUNS} imports of ${IMPORT_ROWS} respondents per database; ` +
      `${m.nproc} CPUs, ${m.cpu}, Node ${m.node}`,
  );

  // The file is made, and the import reading timed, in a child process (see bench/advice-file.mjs):
  // this process only holds the two files as buffers, outside its JavaScript heap.
  const fileDir = mkdtempSync(join(tmpdir(), 'bb-bench-advice-file-'));
  cleanups.push(() => rmSync(fileDir, { recursive: true, force: true }));
  const child = spawnSync(
    process.execPath,
    [join(ROOT, 'bench', 'advice-file.mjs'), fileDir, String(IMPORT_ROWS)],
    {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  if (child.status !== 0) throw new Error(`bench/advice-file.mjs exited with ${child.status}`);
  const local = JSON.parse(child.stdout.trim().split('\n').at(-1));
  const file = { good: readFileSync(join(fileDir, 'good.csv')), bad: readFileSync(join(fileDir, 'bad.csv')) };
  console.log(
    `import file: ${IMPORT_ROWS} respondents, ${fmt(mib(file.good.length), 1)} MiB (generated in ${fmt(local.generateMs)} ms); ` +
      `in-process reading ${fmt(local.parseMs)} ms (splitting into records ${fmt(local.tokeniseMs)} ms)`,
  );

  const queries = [];
  const imports = [];
  const add = (database, r) => {
    queries.push(...r.queries);
    imports.push({ ...r.imports, database });
  };
  add('PGlite', await benchDatabase('PGlite', undefined, file));
  if (postgresVersion) {
    const label = `PostgreSQL ${postgresVersion.split(' ')[0]}`;
    add(label, await benchDatabase(label, await freshDatabase('advice'), file));
  }
  await runCleanups();

  const text = section(m, postgresVersion, queries, imports, local);
  console.log('\n' + text);
  if (WRITE_DOC) await writeDoc(text);
  if (queries.some((r) => r.non2xx || r.errors)) {
    console.error('\nSome requests failed; see the notes above.');
    process.exitCode = 1;
  }
}

main().catch(async (error) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  await runCleanups();
  process.exit(1);
});
