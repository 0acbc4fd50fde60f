// Helpers shared by the benchmark scripts (bench/run.mjs, bench/advice.mjs): building, starting the
// server as a child process, logging in, PostgreSQL bench databases, CPU accounting from /proc,
// the machine description and appending a section to docs/benchmarks.md.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { availableParallelism, loadavg, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const { fetch } = globalThis;
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const DOC = join(ROOT, 'docs', 'benchmarks.md');
export const SERVER_ENTRY = join(ROOT, 'dist', 'server', 'main.js');

const off = (name) => ['off', '0', 'false', 'no'].includes((process.env[name] || '').toLowerCase());
export const ADMIN_URL = process.env.BENCH_ADMIN_URL || 'postgres://postgres@127.0.0.1:5432/test';
export const WITH_POSTGRES = !off('BENCH_POSTGRES');
/**
 * Whether to append to docs/benchmarks.md: not with --no-write, nor with BENCH_WRITE=off (which also
 * reaches every script of `npm run bench`, where `npm run bench -- --no-write` reaches only the last).
 */
export const WRITE_DOC = !process.argv.includes('--no-write') && !off('BENCH_WRITE');

/** A positive number from the environment (or the fallback); exits with status 2 on nonsense. */
export function positive(name, fallback, zeroAllowed = false) {
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

export const cleanups = [];
export async function runCleanups() {
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
export function ensureBuilt() {
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

export function sh(cmd, args) {
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

export function machine() {
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

/** The machine, software and commit lines that head a results section (Markdown list items). */
export function machineLines(m, postgresVersion, pgliteServerVersion) {
  return [
    `- Machine: ${m.nproc} CPUs (nproc), ${m.cpu}, ${m.memory} RAM, ${m.os}`,
    `- Node ${m.node}; PostgreSQL ${postgresVersion || 'not measured'}; PGlite ${m.pglite}${
      pgliteServerVersion ? ` (PostgreSQL ${pgliteServerVersion})` : ''
    }`,
    `- Commit ${m.commit}; load average before the run ${m.loadavg}`,
  ];
}

// ---------------------------------------------------------------------------------------------
// CPU accounting from /proc (Linux): which process burnt how much of the machine during a case.

export const CLK_TCK = Number(sh('getconf', ['CLK_TCK'])) || 100;

export function cpuTicks(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[11]) + Number(fields[12]); // utime + stime
  } catch {
    return NaN;
  }
}

export function postgresTicks() {
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

/**
 * Like postgresTicks, but also counting backends that ended since: a backend's CPU moves on exit to
 * the postmaster's cutime + cstime, where postgresTicks no longer sees it (and can even go down).
 */
export function postgresTicksWithExited() {
  let sum = 0;
  let seen = false;
  try {
    for (const pid of readdirSync('/proc')) {
      if (!/^\d+$/.test(pid)) continue;
      let fields;
      try {
        if (readFileSync(`/proc/${pid}/comm`, 'utf8').trim() !== 'postgres') continue;
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      } catch {
        continue;
      }
      sum += Number(fields[11]) + Number(fields[12]); // utime + stime
      let parent = '';
      try {
        parent = readFileSync(`/proc/${fields[1]}/comm`, 'utf8').trim();
      } catch {
        // The parent is gone or not readable: not a backend of a running postmaster.
      }
      if (parent !== 'postgres') sum += Number(fields[13]) + Number(fields[14]); // the postmaster's reaped children
      seen = true;
    }
  } catch {
    return NaN;
  }
  return seen ? sum : NaN;
}

/** Busy ticks of the whole machine (all processes, including ones this script did not start). */
export function machineTicks() {
  try {
    const [, ...fields] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/);
    const t = fields.slice(0, 8).map(Number); // user nice system idle iowait irq softirq steal
    return t.reduce((a, b) => a + b, 0) - t[3] - t[4];
  } catch {
    return NaN;
  }
}

export function cpuSnapshot(serverPid, withPostgres) {
  return {
    at: process.hrtime.bigint(),
    machine: machineTicks(),
    server: cpuTicks(serverPid),
    postgres: withPostgres ? postgresTicks() : NaN,
    load: process.cpuUsage(),
  };
}

/** Average cores used since `start` by the server, PostgreSQL, this process and the whole machine. */
export function cpuSince(start, serverPid, withPostgres) {
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

export function freePort() {
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

export function startChild(label, entry, vars, nodeArgs = []) {
  const child = spawn(process.execPath, [...nodeArgs, entry], {
    cwd: ROOT,
    // A clean environment: nothing from the caller's shell (DATABASE_URL, PUBLIC_URL, OIDC_*, …)
    // may change what is measured.
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...vars },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const tail = [];
  // For a look inside a run: every line of the child's output also goes to this file.
  const log = process.env.BENCH_SERVER_LOG
    ? createWriteStream(process.env.BENCH_SERVER_LOG, { flags: 'a' })
    : null;
  const keep = (chunk) => {
    log?.write(`[${label} ${new Date().toISOString()}] ${chunk}`);
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

/**
 * The built platform server (dist/server/main.js) with the bench environment: the given port on
 * 127.0.0.1, the given data directory, demo data, development mode (so that the session cookie
 * works over plain HTTP) and no practical login rate limit; DATABASE_URL when given.
 */
export function startServer(label, { port, dataDir, databaseUrl, env = {} }) {
  // For a look inside a run, e.g. BENCH_SERVER_NODE_ARGS='--cpu-prof --cpu-prof-dir=/tmp/prof'.
  const nodeArgs = (process.env.BENCH_SERVER_NODE_ARGS || '').split(' ').filter(Boolean);
  return startChild(
    label,
    SERVER_ENTRY,
    {
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      SEED_DEMO: 'true',
      LOG_LEVEL: 'warn',
      LOGIN_RATE_LIMIT: '100000',
      NODE_ENV: 'development',
      ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
      ...env,
    },
    nodeArgs,
  );
}

export async function waitReady(base, child, path = '/health/ready') {
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

export async function call(base, method, path, { headers = {}, body, expect }) {
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

/** Logs in with { tenant, email, password }; returns the bb_session cookie and the CSRF token. */
export async function login(base, credentials) {
  const { res, json } = await call(base, 'POST', '/api/v1/session', { body: credentials, expect: 201 });
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .find((c) => c.startsWith('bb_session='));
  if (!cookie) throw new Error('POST /api/v1/session answered 201 without a bb_session cookie');
  if (typeof json?.csrfToken !== 'string') throw new Error('POST /api/v1/session: no csrfToken in the body');
  return { cookie, csrfToken: json.csrfToken };
}

// ---------------------------------------------------------------------------------------------
// PostgreSQL: a fresh database per run, created and dropped through the admin connection.

export async function adminQuery(sql) {
  const client = new pg.Client({ connectionString: ADMIN_URL, connectionTimeoutMillis: 3000 });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

/** The admin server's version, or '' (with a message) when it cannot be reached or is switched off. */
export async function postgresVersionOrNothing() {
  if (!WITH_POSTGRES) return '';
  try {
    return (await adminQuery('show server_version'))[0].server_version;
  } catch (error) {
    console.error(
      `PostgreSQL at ${ADMIN_URL} not reachable (${error.message}); ` +
        'only PGlite is measured. Set BENCH_ADMIN_URL, or BENCH_POSTGRES=off to skip this check.',
    );
    return '';
  }
}

export async function freshDatabase(suffix) {
  const name = `bb_bench_${process.pid}_${suffix}_${randomBytes(3).toString('hex')}`;
  await adminQuery(`CREATE DATABASE ${name}`);
  cleanups.push(() => adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
  const url = new URL(ADMIN_URL);
  url.pathname = '/' + name;
  return url.href;
}

// ---------------------------------------------------------------------------------------------
// Report

export const fmt = (n, digits = 0) => (Number.isFinite(n) ? n.toFixed(digits) : 'n/a');
// autocannon's latency histogram counts whole milliseconds: 0 means under 1 ms.
export const ms = (n) => (n === 0 ? '<1' : String(n));

const DOC_TEMPLATE = `# Benchmarks

Run with \`npm run bench\`; every run appends its figures under "Results".

## Results
`;

/** Appends a section to docs/benchmarks.md and formats the file with Prettier. */
export async function writeDoc(section) {
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
