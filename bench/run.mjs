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
//   BENCH_WRITE        off: print the table only, as --no-write does
// Flags: --no-write prints the table without touching docs/benchmarks.md.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import {
  ROOT,
  call,
  cleanups,
  cpuSince,
  cpuSnapshot,
  ensureBuilt,
  fmt,
  freePort,
  freshDatabase,
  login,
  machine,
  machineLines,
  ms,
  positive,
  postgresVersionOrNothing,
  runCleanups,
  startChild,
  startServer,
  waitReady,
  writeDoc,
  WRITE_DOC,
} from './lib.mjs';

const CEILING_ENTRY = join(ROOT, 'bench', 'ceiling-server.mjs');

const DURATION = positive('BENCH_DURATION', 10);
const WARMUP = positive('BENCH_WARMUP', 2, true);
const CONNECTIONS = Math.round(positive('BENCH_CONNECTIONS', 10));

/** Filled in from the PGlite data directory after the PGlite cases. */
let pgliteServerVersion = '';

const LOGIN = {
  tenant: 'voorbeeldstad',
  email: 'beheerder@voorbeeldstad.example',
  password: 'Welkom-demo-2026',
};

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
  const server = startServer(`server (${database})`, { port, dataDir, databaseUrl });
  const prefix = `bench-${randomBytes(4).toString('hex')}`;
  const rows = [];
  try {
    await waitReady(base, server);
    const { cookie, csrfToken } = await login(base, LOGIN);
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
// Report

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
    ...machineLines(m, postgresVersion, pgliteServerVersion),
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

// ---------------------------------------------------------------------------------------------

async function main() {
  const m = machine();
  ensureBuilt();
  const postgresVersion = await postgresVersionOrNothing();
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
