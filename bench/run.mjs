// npm run bench: load-tests the built server with autocannon and records the figures in
// docs/benchmarks.md. See that file for what each case measures and how to read the figures.
//
// Env (all optional):
//   BENCH_DURATION     seconds measured per case (default 10); BENCH_DURATION=1 for a smoke run
//   BENCH_WARMUP       seconds of warm-up before each case, not measured (default 2)
//   BENCH_CONNECTIONS  concurrent connections (default 10)
//   BENCH_ADMIN_URL    PostgreSQL connection used to CREATE and DROP the bench databases
//                      (default postgres://postgres@127.0.0.1:5432/test); BENCH_POSTGRES=off skips
//                      the PostgreSQL and ceiling cases
// Flags: --no-write prints the table without touching docs/benchmarks.md.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { availableParallelism, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import pg from 'pg';

const { fetch } = globalThis;
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DOC = join(ROOT, 'docs', 'benchmarks.md');
const SERVER_ENTRY = join(ROOT, 'dist', 'server', 'main.js');
const CEILING_ENTRY = join(ROOT, 'bench', 'ceiling-server.mjs');

const DURATION = positive('BENCH_DURATION', 10);
const WARMUP = positive('BENCH_WARMUP', 2, true);
const CONNECTIONS = Math.round(positive('BENCH_CONNECTIONS', 10));
const ADMIN_URL = process.env.BENCH_ADMIN_URL || 'postgres://postgres@127.0.0.1:5432/test';
const WITH_POSTGRES = !['off', '0', 'false', 'no'].includes((process.env.BENCH_POSTGRES || '').toLowerCase());
const WRITE_DOC = !process.argv.includes('--no-write');

/** Filled in from the PGlite data directory after the PGlite cases. */
let pgliteServerVersion = '';

const LOGIN = {
  tenant: 'voorbeeldstad',
  email: 'beheerder@voorbeeldstad.example',
  password: 'Welkom-demo-2026',
};

function positive(name, fallback, zeroAllowed = false) {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < 0 || (n === 0 && !zeroAllowed)) {
    console.error(`${name} must be a positive number, got "${raw}"`);
    process.exit(2);
  }
  return n;
}

// ---------------------------------------------------------------------------------------------
// Clean-up that also runs on Ctrl-C: child processes, temp dirs, bench databases.

const cleanups = [];
async function runCleanups() {
  while (cleanups.length) {
    const fn = cleanups.pop();
    try {
      await fn();
    } catch (error) {
      console.error(`clean-up failed: ${error.message}`);
    }
  }
}
process.on('SIGINT', () => {
  console.error('\ninterrupted; cleaning up');
  void runCleanups().then(() => process.exit(130));
});

// ---------------------------------------------------------------------------------------------
// Build

function newestSource(dir) {
  let max = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    if (entry.isDirectory()) max = Math.max(max, newestSource(p));
    else if (!entry.name.endsWith('.test.ts')) max = Math.max(max, statSync(p).mtimeMs);
  }
  return max;
}

/** Builds when dist/server/main.js is missing (the full build) or older than the server sources. */
function ensureBuilt() {
  let script = null;
  if (!existsSync(SERVER_ENTRY)) script = 'build';
  else {
    const sources = ['src/server', 'src/shared'].map((d) => newestSource(join(ROOT, d)));
    if (Math.max(...sources) > statSync(SERVER_ENTRY).mtimeMs) script = 'build:server';
  }
  if (!script) return;
  console.log(
    script === 'build'
      ? 'dist/server/main.js is missing: npm run build'
      : 'server sources are newer than dist/server: npm run build:server',
  );
  const result = spawnSync('npm', ['run', script], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`npm run ${script} failed`);
}

// ---------------------------------------------------------------------------------------------
// Machine

function sh(cmd, args) {
  try {
    return execFileSync(cmd, args, {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return '';
  }
}

function machine() {
  let cpu = 'unknown';
  let memory = `${(totalmem() / 2 ** 30).toFixed(1)} GiB`;
  try {
    cpu = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1]?.trim() ?? cpu;
    const kb = Number(/^MemTotal:\s+(\d+) kB/m.exec(readFileSync('/proc/meminfo', 'utf8'))?.[1]);
    if (kb) memory = `${(kb / 2 ** 20).toFixed(1)} GiB`;
  } catch {
    // Not Linux: keep the os module's figures.
  }
  const dirty = sh('git', ['status', '--porcelain']) !== '';
  const commit = sh('git', ['rev-parse', '--short', 'HEAD']);
  return {
    date: sh('date', ['-u', '+%Y-%m-%d %H:%M UTC']) || new Date().toISOString(),
    nproc: sh('nproc', []) || String(availableParallelism()),
    cpu,
    memory,
    node: process.version,
    loadavg: loadavg()
      .map((n) => n.toFixed(2))
      .join(' '),
    os: sh('uname', ['-sr']),
    commit: commit ? commit + (dirty ? ' (with uncommitted changes in the working tree)' : '') : 'unknown',
    pglite: JSON.parse(readFileSync(join(ROOT, 'node_modules/@electric-sql/pglite/package.json'), 'utf8'))
      .version,
  };
}

// ---------------------------------------------------------------------------------------------
// CPU accounting from /proc (Linux): which process burnt how much of the machine during a case.

const CLK_TCK = Number(sh('getconf', ['CLK_TCK'])) || 100;

function cpuTicks(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[11]) + Number(fields[12]); // utime + stime
  } catch {
    return NaN;
  }
}

function postgresTicks() {
  let sum = 0;
  let seen = false;
  try {
    for (const pid of readdirSync('/proc')) {
      if (!/^\d+$/.test(pid)) continue;
      try {
        if (readFileSync(`/proc/${pid}/comm`, 'utf8').trim() !== 'postgres') continue;
      } catch {
        continue;
      }
      const t = cpuTicks(pid);
      if (Number.isFinite(t)) {
        sum += t;
        seen = true;
      }
    }
  } catch {
    return NaN;
  }
  return seen ? sum : NaN;
}

/** Busy ticks of the whole machine (all processes, including ones this script did not start). */
function machineTicks() {
  try {
    const [, ...fields] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/);
    const t = fields.slice(0, 8).map(Number); // user nice system idle iowait irq softirq steal
    return t.reduce((a, b) => a + b, 0) - t[3] - t[4];
  } catch {
    return NaN;
  }
}

function cpuSnapshot(serverPid, withPostgres) {
  return {
    at: process.hrtime.bigint(),
    machine: machineTicks(),
    server: cpuTicks(serverPid),
    postgres: withPostgres ? postgresTicks() : NaN,
    load: process.cpuUsage(),
  };
}

function cpuSince(start, serverPid, withPostgres) {
  const end = cpuSnapshot(serverPid, withPostgres);
  const seconds = Number(end.at - start.at) / 1e9;
  const load = process.cpuUsage(start.load);
  return {
    server: (end.server - start.server) / CLK_TCK / seconds,
    postgres: (end.postgres - start.postgres) / CLK_TCK / seconds,
    load: (load.user + load.system) / 1e6 / seconds,
    machine: (end.machine - start.machine) / CLK_TCK / seconds,
  };
}

// ---------------------------------------------------------------------------------------------
// Child processes

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

function startChild(label, entry, vars) {
  const child = spawn(process.execPath, [entry], {
    cwd: ROOT,
    // A clean environment: nothing from the caller's shell (DATABASE_URL, PUBLIC_URL, OIDC_*, …)
    // may change what is measured.
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...vars },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const tail = [];
  const keep = (chunk) => {
    for (const line of chunk.toString().split('\n')) {
      if (!line.trim()) continue;
      tail.push(line);
      if (tail.length > 40) tail.shift();
    }
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  let exited = null;
  const exit = new Promise((resolve) => {
    child.on('exit', (code, signal) => {
      exited = { code, signal };
      resolve(exited);
    });
  });
  const handle = {
    label,
    pid: child.pid,
    tail,
    get exited() {
      return exited;
    },
    async stop() {
      if (exited) return;
      child.kill('SIGTERM');
      const timer = sleep(15_000).then(() => 'timeout');
      if ((await Promise.race([exit, timer])) === 'timeout') {
        child.kill('SIGKILL');
        await exit;
      }
    },
  };
  cleanups.push(() => handle.stop());
  return handle;
}

async function waitReady(base, child, path = '/health/ready') {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exited) {
      throw new Error(
        `${child.label} exited (${JSON.stringify(child.exited)}) before it was ready:\n${child.tail.join('\n')}`,
      );
    }
    try {
      const res = await fetch(base + path);
      if (res.status === 200) return;
    } catch {
      // Not listening yet.
    }
    await sleep(200);
  }
  throw new Error(`${child.label} not ready after 120 s:\n${child.tail.join('\n')}`);
}

// ---------------------------------------------------------------------------------------------
// HTTP set-up requests (outside the measurement)

async function call(base, method, path, { headers = {}, body, expect }) {
  const res = await fetch(base + path, {
    method,
    headers: body === undefined ? headers : { 'content-type': 'application/json', ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  if (res.status !== expect) {
    throw new Error(`${method} ${path} answered ${res.status}, expected ${expect}: ${text.slice(0, 500)}`);
  }
  return { res, json: text ? JSON.parse(text) : null };
}

async function login(base) {
  const { res, json } = await call(base, 'POST', '/api/v1/session', { body: LOGIN, expect: 201 });
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .find((c) => c.startsWith('bb_session='));
  if (!cookie) throw new Error('POST /api/v1/session answered 201 without a bb_session cookie');
  if (typeof json?.csrfToken !== 'string') throw new Error('POST /api/v1/session: no csrfToken in the body');
  return { cookie, csrfToken: json.csrfToken };
}

// ---------------------------------------------------------------------------------------------
// Measurement

async function measure({ base, title, requests, server, withPostgres }) {
  process.stdout.write(`  ${title} … `);
  let start = null;
  const instance = autocannon({
    url: base,
    connections: CONNECTIONS,
    duration: DURATION,
    ...(WARMUP > 0 ? { warmup: { connections: CONNECTIONS, duration: WARMUP } } : {}),
    requests,
  });
  // With a warm-up, 'start' on the returned instance marks the start of the measured run.
  instance.on('start', () => {
    start = cpuSnapshot(server.pid, withPostgres);
  });
  const result = await instance;
  const cpu = start ? cpuSince(start, server.pid, withPostgres) : null;
  const ok = (r) =>
    (r ? Object.entries(r.statusCodeStats ?? {}) : [])
      .filter(([code]) => code.startsWith('2'))
      .reduce((n, [, s]) => n + Number(s.count), 0);
  const row = {
    title,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    total: result.requests.total,
    ok: ok(result),
    warmupOk: ok(result.warmup),
    non2xx: result.non2xx + (result.warmup?.non2xx ?? 0),
    errors: result.errors + (result.warmup?.errors ?? 0),
    codes: { ...(result.warmup?.statusCodeStats ?? {}) },
    cpu,
  };
  for (const [code, s] of Object.entries(result.statusCodeStats ?? {})) {
    row.codes[code] = { count: Number(row.codes[code]?.count ?? 0) + Number(s.count) };
  }
  console.log(
    `${Math.round(row.rps)} req/s, p50 ${row.p50} ms, p99 ${row.p99} ms, non-2xx ${row.non2xx}, errors ${row.errors}`,
  );
  if (row.non2xx || row.errors) {
    console.log(`    status codes (warm-up + run): ${JSON.stringify(row.codes)}`);
    console.log(`    last server output:\n      ${server.tail.slice(-10).join('\n      ')}`);
  }
  return row;
}

function postTeams(cookie, csrfToken, prefix) {
  let n = 0;
  return [
    {
      method: 'POST',
      path: '/api/v1/teams',
      headers: { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' },
      // Team names are unique per gemeente: every request gets a fresh one.
      setupRequest: (req) => ({ ...req, body: JSON.stringify({ name: `${prefix}-${++n}` }) }),
    },
  ];
}

/** The platform: GET one team and POST a team (+ audit row), on PGlite or PostgreSQL. */
async function benchApp(database, databaseUrl) {
  const dataDir = mkdtempSync(join(tmpdir(), 'bb-bench-'));
  cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const withPostgres = !!databaseUrl;
  console.log(`\n${database}: starting node dist/server/main.js on ${base}`);
  const server = startChild(`server (${database})`, SERVER_ENTRY, {
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    SEED_DEMO: 'true',
    LOG_LEVEL: 'warn',
    LOGIN_RATE_LIMIT: '100000',
    NODE_ENV: 'development',
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
  });
  const prefix = `bench-${randomBytes(4).toString('hex')}`;
  const rows = [];
  try {
    await waitReady(base, server);
    const { cookie, csrfToken } = await login(base);
    const { json: list } = await call(base, 'GET', '/api/v1/teams', { headers: { cookie }, expect: 200 });
    const teamId = list?.items?.[0]?.id;
    if (!teamId) throw new Error('GET /api/v1/teams returned no team to read (is SEED_DEMO honoured?)');
    // One request of each kind by hand first: a misbehaving endpoint fails here with its answer.
    await call(base, 'GET', `/api/v1/teams/${teamId}`, { headers: { cookie }, expect: 200 });
    await call(base, 'POST', '/api/v1/teams', {
      headers: { cookie, 'x-csrf-token': csrfToken },
      body: { name: `${prefix}-0` },
      expect: 201,
    });

    rows.push({
      case: 'GET /api/v1/teams/:id (authenticated)',
      database,
      ...(await measure({
        base,
        title: `GET team, ${database}`,
        requests: [{ method: 'GET', path: `/api/v1/teams/${teamId}`, headers: { cookie } }],
        server,
        withPostgres,
      })),
    });
    rows.push({
      case: 'POST /api/v1/teams (team + audit row)',
      database,
      ...(await measure({
        base,
        title: `POST team, ${database}`,
        requests: postTeams(cookie, csrfToken, prefix),
        server,
        withPostgres,
      })),
    });
  } finally {
    await server.stop();
  }
  const post = rows[1];
  post.check = await countWrites(databaseUrl, dataDir, prefix, 1 + post.ok + post.warmupOk);
  return rows;
}

// autocannon stops a run (warm-up and measurement each) with up to one request per connection in
// flight: the server completes those, but their answers are not counted.
const IN_FLIGHT_MAX = CONNECTIONS * (WARMUP > 0 ? 2 : 1);
const IN_FLIGHT = `(+ at most ${IN_FLIGHT_MAX} in flight when autocannon stopped)`;
const written = (rows, counted) => rows >= counted && rows <= counted + IN_FLIGHT_MAX;

/** After the run: one team row and one team.create audit row per 2xx POST, nothing more or less. */
async function countWrites(databaseUrl, dataDir, prefix, expected) {
  const query = `select
      (select count(*)::int from teams where name like '${prefix}-%') as teams,
      (select count(*)::int from audit_events a
         where a.action = 'team.create'
           and a.object_id in (select id::text from teams where name like '${prefix}-%')) as audits`;
  let counts;
  if (databaseUrl) {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      counts = (await client.query(query)).rows[0];
    } finally {
      await client.end();
    }
  } else {
    const { PGlite } = await import('@electric-sql/pglite');
    const db = await PGlite.create(join(dataDir, 'pglite'));
    try {
      counts = (await db.query(query)).rows[0];
      pgliteServerVersion = (await db.query('show server_version')).rows[0].server_version;
    } finally {
      await db.close();
    }
  }
  const ok = counts.audits === counts.teams && written(counts.teams, expected);
  const text =
    `${counts.teams} team rows written, ${counts.audits} of them with their team.create audit row; ` +
    `${expected} 2xx answers counted ${IN_FLIGHT}`;
  console.log(`  check: ${text}${ok ? '' : ' — MISMATCH'}`);
  return { ok, text };
}

/** The ceiling: bare Fastify + node-postgres, one query per request. */
async function benchCeiling(database, databaseUrl) {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  console.log(`\nceiling (${database}): starting bench/ceiling-server.mjs on ${base}`);
  const server = startChild('ceiling server', CEILING_ENTRY, {
    PORT: String(port),
    HOST: '127.0.0.1',
    DATABASE_URL: databaseUrl,
  });
  const prefix = `bench-${randomBytes(4).toString('hex')}`;
  const rows = [];
  try {
    await waitReady(base, server);
    const { json: item } = await call(base, 'POST', '/items', { body: { name: `${prefix}-0` }, expect: 201 });
    await call(base, 'GET', `/items/${item.id}`, { expect: 200 });
    rows.push({
      case: 'Ceiling: GET one row by primary key',
      database,
      ...(await measure({
        base,
        title: 'GET row, bare Fastify + pg',
        requests: [{ method: 'GET', path: `/items/${item.id}` }],
        server,
        withPostgres: true,
      })),
    });
    let n = 0;
    rows.push({
      case: 'Ceiling: POST one row',
      database,
      ...(await measure({
        base,
        title: 'POST row, bare Fastify + pg',
        requests: [
          {
            method: 'POST',
            path: '/items',
            headers: { 'content-type': 'application/json' },
            setupRequest: (req) => ({ ...req, body: JSON.stringify({ name: `${prefix}-${++n}` }) }),
          },
        ],
        server,
        withPostgres: true,
      })),
    });
  } finally {
    await server.stop();
  }
  const post = rows[1];
  const expected = 1 + post.ok + post.warmupOk;
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows: r } = await client.query('select count(*)::int as n from bench_items');
    const ok = written(r[0].n, expected);
    post.check = { ok, text: `${r[0].n} rows written; ${expected} 2xx answers counted ${IN_FLIGHT}` };
    console.log(`  check: ${post.check.text}${ok ? '' : ' — MISMATCH'}`);
  } finally {
    await client.end();
  }
  return rows;
}

// ---------------------------------------------------------------------------------------------
// PostgreSQL: a fresh database per run, created and dropped through the admin connection.

async function adminQuery(sql) {
  const client = new pg.Client({ connectionString: ADMIN_URL, connectionTimeoutMillis: 3000 });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

async function freshDatabase(suffix) {
  const name = `bb_bench_${process.pid}_${suffix}_${randomBytes(3).toString('hex')}`;
  await adminQuery(`CREATE DATABASE ${name}`);
  cleanups.push(() => adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
  const url = new URL(ADMIN_URL);
  url.pathname = '/' + name;
  return url.href;
}

// ---------------------------------------------------------------------------------------------
// Report

const fmt = (n, digits = 0) => (Number.isFinite(n) ? n.toFixed(digits) : 'n/a');
// autocannon's latency histogram counts whole milliseconds: 0 means under 1 ms.
const ms = (n) => (n === 0 ? '<1' : String(n));

function table(rows) {
  const lines = [
    '| Case | Database | Requests/s (avg) | p50 (ms) | p99 (ms) | Non-2xx | Errors | CPU (cores): server / PostgreSQL / autocannon / whole machine |',
    '| --- | --- | --: | --: | --: | --: | --: | --- |',
  ];
  for (const r of rows) {
    const cpu = r.cpu
      ? `${fmt(r.cpu.server, 2)} / ${r.database.startsWith('PGlite') ? '–' : fmt(r.cpu.postgres, 2)} / ${fmt(r.cpu.load, 2)} / ${fmt(r.cpu.machine, 2)}`
      : 'n/a';
    lines.push(
      `| ${r.case} | ${r.database} | ${fmt(r.rps)} | ${ms(r.p50)} | ${ms(r.p99)} | ${r.non2xx} | ${r.errors} | ${cpu} |`,
    );
  }
  return lines.join('\n');
}

function runSection(m, postgresVersion, rows, notes) {
  const lines = [
    `### ${m.date}`,
    '',
    `- Machine: ${m.nproc} CPUs (nproc), ${m.cpu}, ${m.memory} RAM, ${m.os}`,
    `- Node ${m.node}; PostgreSQL ${postgresVersion || 'not measured'}; PGlite ${m.pglite}${
      pgliteServerVersion ? ` (PostgreSQL ${pgliteServerVersion})` : ''
    }`,
    `- Commit ${m.commit}; load average before the run ${m.loadavg}`,
    `- autocannon: ${CONNECTIONS} connections, ${WARMUP} s warm-up + ${DURATION} s measured per case; ` +
      'load generator, server and PostgreSQL on the same machine',
    '',
    table(rows),
    '',
    ...notes.map((n) => `- ${n}`),
    '',
  ];
  return lines.join('\n');
}

const DOC_TEMPLATE = `# Benchmarks

Run with \`npm run bench\`; every run appends its figures under "Results".

## Results
`;

async function writeDoc(section) {
  const before = existsSync(DOC) ? readFileSync(DOC, 'utf8') : DOC_TEMPLATE;
  let text = before.replace(/\s*$/, '\n\n') + section;
  try {
    const prettier = await import('prettier');
    const options = (await prettier.resolveConfig(DOC)) ?? {};
    text = await prettier.format(text, { ...options, filepath: DOC });
  } catch (error) {
    console.error(`prettier not applied: ${error.message}`);
  }
  writeFileSync(DOC, text);
  console.log(`\nappended to ${DOC}`);
}

// ---------------------------------------------------------------------------------------------

async function main() {
  const m = machine();
  ensureBuilt();
  let postgresVersion = '';
  if (WITH_POSTGRES) {
    try {
      postgresVersion = (await adminQuery('show server_version'))[0].server_version;
    } catch (error) {
      console.error(
        `PostgreSQL at ${ADMIN_URL} not reachable (${error.message}); ` +
          'only PGlite is measured. Set BENCH_ADMIN_URL, or BENCH_POSTGRES=off to skip this check.',
      );
    }
  }
  console.log(
    `autocannon: ${CONNECTIONS} connections, ${WARMUP} s warm-up + ${DURATION} s per case; ` +
      `${m.nproc} CPUs, ${m.cpu}, Node ${m.node}`,
  );

  const rows = [];
  rows.push(...(await benchApp('PGlite')));
  if (postgresVersion) {
    const pgLabel = `PostgreSQL ${postgresVersion.split(' ')[0]}`;
    rows.push(...(await benchApp(pgLabel, await freshDatabase('app'))));
    rows.push(...(await benchCeiling(pgLabel, await freshDatabase('ceiling'))));
  }
  await runCleanups();

  const notes = [];
  for (const r of rows) {
    if (r.non2xx || r.errors)
      notes.push(
        `**${r.case} on ${r.database}: ${r.non2xx} non-2xx, ${r.errors} errors** (warm-up included); status codes ${JSON.stringify(r.codes)}.`,
      );
    const other = r.cpu ? r.cpu.machine - r.cpu.server - (r.cpu.postgres || 0) - r.cpu.load : NaN;
    if (other > 0.25)
      notes.push(
        `${r.case} on ${r.database}: processes outside the benchmark used about ${fmt(other, 2)} cores ` +
          'during the measurement; the figures are probably low.',
      );
    if (r.check)
      notes.push(`${r.case} on ${r.database}: ${r.check.ok ? '' : '**MISMATCH** '}${r.check.text}.`);
  }
  if (!postgresVersion) notes.push('PostgreSQL was not reachable; only PGlite was measured.');

  const section = runSection(m, postgresVersion, rows, notes);
  console.log('\n' + section);
  if (WRITE_DOC) await writeDoc(section);
  const bad = rows.some((r) => r.non2xx || r.errors || (r.check && !r.check.ok));
  if (bad) {
    console.error('\nSome requests failed or the written rows do not add up; see the notes above.');
    process.exitCode = 1;
  }
}

main().catch(async (error) => {
  console.error(error instanceof Error ? error.message : error);
  await runCleanups();
  process.exit(1);
});
