// Klantcontact benchmarks (issue 4) on PostgreSQL, recorded in docs/benchmarks.md:
//   1. POST /api/v1/contacts (contact + audit row + processing-log row) with autocannon, against the
//      ceiling measured the same way: a bare INSERT of a contact row through Fastify + pg (this same
//      file started with --ceiling-server: no session, no tenant transaction, no RLS, no audit).
//   2. GET /api/v1/parties/:id/history?limit=500 of a resident with 500 contacts, with 5,000,000
//      contacts in the table (bulk-loaded with generate_series as the database owner, over many
//      parties in two gemeenten): 200 sequential requests, and EXPLAIN ANALYZE of the contacts query.
//
// Env: BENCH_DURATION, BENCH_WARMUP, BENCH_CONNECTIONS, BENCH_ADMIN_URL, BENCH_WRITE as for
// bench/run.mjs; BENCH_CONTACTS_ROWS (default 5000000) contacts to bulk-load; BENCH_HISTORY_RUNS
// (default 200) sequential history requests. Flags: --no-write.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import pg from 'pg';
import {
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

const { fetch, performance } = globalThis;
const SELF = fileURLToPath(import.meta.url);
const DURATION = positive('BENCH_DURATION', 10);
const WARMUP = positive('BENCH_WARMUP', 2, true);
const CONNECTIONS = Math.round(positive('BENCH_CONNECTIONS', 10));
const ROWS = Math.round(positive('BENCH_CONTACTS_ROWS', 5_000_000));
const HISTORY_RUNS = Math.round(positive('BENCH_HISTORY_RUNS', 200));
const HISTORY_CONTACTS = 500;

// ---------------------------------------------------------------------------------------------
// The ceiling server: node bench/contacts.mjs --ceiling-server (DATABASE_URL, PORT, TENANT_ID)

async function ceilingServer() {
  const { default: Fastify } = await import('fastify');
  const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 }); // as the app's pool
  pool.on('error', () => undefined);
  const app = Fastify({ logger: false });
  app.get('/health/ready', async () => (await pool.query('select 1'), { status: 'ok' }));
  const body = {
    type: 'object',
    additionalProperties: false,
    required: ['channel', 'direction', 'summary', 'outcome'],
    properties: {
      channel: { type: 'string', maxLength: 20 },
      direction: { type: 'string', enum: ['in', 'out'] },
      partyId: { type: 'string', format: 'uuid' },
      topicCode: { type: 'string', maxLength: 100 },
      summary: { type: 'string', maxLength: 4000 },
      outcome: { type: 'string', maxLength: 20 },
      waitSeconds: { type: 'integer', minimum: 0 },
      handleSeconds: { type: 'integer', minimum: 0 },
    },
  };
  app.post('/contacts', { schema: { body } }, async (request, reply) => {
    const b = request.body;
    const { rows } = await pool.query(
      `insert into contacts (tenant_id, channel, direction, party_id, topic_code, summary, outcome,
         wait_seconds, handle_seconds, source)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'bench') returning id, version, occurred_at`,
      [
        process.env.TENANT_ID,
        b.channel,
        b.direction,
        b.partyId ?? null,
        b.topicCode ?? null,
        b.summary,
        b.outcome,
        b.waitSeconds ?? null,
        b.handleSeconds ?? null,
      ],
    );
    return reply.code(201).send(rows[0]);
  });
  process.on(
    'SIGTERM',
    () =>
      void app
        .close()
        .then(() => pool.end())
        .then(() => process.exit(0)),
  );
  await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
}

// ---------------------------------------------------------------------------------------------

async function withClient(url, fn) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/**
 * Waits until the first build of every gemeente's contact rollups is done. A fresh server builds
 * them in the background from the demo's year of contacts (docs/insights.md); an installation in
 * use has done that long ago, so the measurement starts after it. The refresh of the last days, at
 * most once a minute, stays in the measurement, as on a server in use.
 */
async function rollupsBuilt(url) {
  const t0 = performance.now();
  for (;;) {
    const { rows } = await withClient(url, (c) =>
      c.query(`select (select count(*) from tenants)::int as tenants,
                      count(*) filter (where status = 'ready')::int as ready
                 from insight_rollup_state`),
    );
    if (rows[0].tenants > 0 && rows[0].ready === rows[0].tenants) return (performance.now() - t0) / 1000;
    if (performance.now() - t0 > 600_000)
      throw new Error('the contact rollups were not built within 10 minutes');
    await sleep(500);
  }
}

async function measure(base, title, requests, pid) {
  process.stdout.write(`  ${title} … `);
  let start = null;
  const instance = autocannon({
    url: base,
    connections: CONNECTIONS,
    duration: DURATION,
    ...(WARMUP > 0 ? { warmup: { connections: CONNECTIONS, duration: WARMUP } } : {}),
    requests,
  });
  instance.on('start', () => (start = cpuSnapshot(pid, true)));
  const r = await instance;
  const cpu = start ? cpuSince(start, pid, true) : null;
  const ok = (x) =>
    Object.entries(x?.statusCodeStats ?? {})
      .filter(([c]) => c.startsWith('2'))
      .reduce((n, [, s]) => n + Number(s.count), 0);
  const row = {
    title,
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    non2xx: r.non2xx + (r.warmup?.non2xx ?? 0),
    errors: r.errors + (r.warmup?.errors ?? 0),
    answered: ok(r) + ok(r.warmup),
    cpu,
    serverMsPerReq: cpu ? (cpu.server * 1000) / r.requests.average : NaN,
    // Backends that exit during the case take their CPU time with them: then no figure.
    pgMsPerReq: cpu && cpu.postgres >= 0 ? (cpu.postgres * 1000) / r.requests.average : NaN,
  };
  console.log(
    `${Math.round(row.rps)} req/s, p50 ${row.p50} ms, p99 ${row.p99} ms, non-2xx ${row.non2xx}, errors ${row.errors}`,
  );
  return row;
}

const contactBody = (partyId) =>
  JSON.stringify({
    channel: 'phone',
    direction: 'in',
    partyId,
    topicCode: 'afval-grofvuil',
    summary: 'Vraagt wanneer het grofvuil wordt opgehaald.',
    outcome: 'answered',
    waitSeconds: 42,
    handleSeconds: 180,
  });

/** Contacts through the platform: POST /api/v1/contacts as the KCC, one resident. */
async function benchRegister(url) {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const dataDir = mkdtempSync(join(tmpdir(), 'bb-bench-'));
  cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
  const server = startServer('server (PostgreSQL)', { port, dataDir, databaseUrl: url });
  try {
    await waitReady(base, server);
    console.log(`  contact rollups of the demo built (${fmt(await rollupsBuilt(url), 1)} s after ready)`);
    const s = await login(base, {
      tenant: 'voorbeeldstad',
      email: 'kcc@voorbeeldstad.example',
      password: 'Welkom-demo-2026',
    });
    const headers = { cookie: s.cookie, 'x-csrf-token': s.csrfToken, 'content-type': 'application/json' };
    const { json: party } = await call(base, 'POST', '/api/v1/parties', {
      headers,
      body: { kind: 'person', givenName: 'Bench', familyName: 'Bewoner', postcode: '9999SA', houseNumber: 1 },
      expect: 201,
    });
    await call(base, 'POST', '/api/v1/contacts', {
      headers,
      body: JSON.parse(contactBody(party.id)),
      expect: 201,
    });
    const row = await measure(
      base,
      'POST /api/v1/contacts (platform)',
      [{ method: 'POST', path: '/api/v1/contacts', headers, body: contactBody(party.id) }],
      server.pid,
    );
    const tenantId = await withClient(
      url,
      async (c) => (await c.query(`select id from tenants where slug = 'voorbeeldstad'`)).rows[0].id,
    );
    // The resident whose history is measured: no contacts until the bulk load gives it exactly 500.
    const { json: resident } = await call(base, 'POST', '/api/v1/parties', {
      headers,
      body: {
        kind: 'person',
        givenName: 'Historie',
        familyName: 'Bewoner',
        postcode: '9999SA',
        houseNumber: 2,
      },
      expect: 201,
    });
    const counts = await withClient(
      url,
      async (c) =>
        (
          await c.query(
            `select
         (select count(*)::int from contacts where party_id = $1) as contacts,
         (select count(*)::int from audit_events where action = 'contact.register') as audits,
         (select count(*)::int from processing_records where activity = 'klantcontact-registratie' and action = 'create') as processing`,
            [party.id],
          )
        ).rows[0],
    );
    row.check = `${counts.contacts} contact rows, ${counts.audits} contact.register audit rows, ${counts.processing} processing-log rows; ${row.answered + 1} 2xx answers counted (+ at most ${CONNECTIONS * 2} in flight when autocannon stopped)`;
    console.log(`  check: ${row.check}`);
    return { row, tenantId, partyId: party.id, residentId: resident.id, server, base, s };
  } catch (e) {
    await server.stop();
    throw e;
  }
}

async function benchCeiling(url, tenantId, partyId) {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const server = startChild('ceiling', SELF, {
    PORT: String(port),
    DATABASE_URL: url,
    TENANT_ID: tenantId,
    CEILING: '1',
  });
  try {
    await waitReady(base, server);
    await call(base, 'POST', '/contacts', { body: JSON.parse(contactBody(partyId)), expect: 201 });
    return await measure(
      base,
      'Ceiling: bare INSERT of a contact row (Fastify + pg)',
      [
        {
          method: 'POST',
          path: '/contacts',
          headers: { 'content-type': 'application/json' },
          body: contactBody(partyId),
        },
      ],
      server.pid,
    );
  } finally {
    await server.stop();
  }
}

/** 5M contacts over two gemeenten; the resident under test gets exactly 500 of them. */
async function bulkLoad(url, partyId) {
  return withClient(url, async (c) => {
    const t0 = Date.now();
    const tenants = (
      await c.query(`select id from tenants where slug in ('voorbeeldstad', 'proefdorp') order by slug desc`)
    ).rows.map((r) => r.id);
    const perTenant = 50_000;
    for (const t of tenants) {
      await c.query(
        `insert into parties (tenant_id, id, kind, pseudonym, display_name, given_name, family_name, postcode, house_number)
         select $1, gen_random_uuid(), 'person', 'bench-' || g, 'Bench ' || g, 'Bench', 'Bewoner ' || g,
                (9990 + g % 9)::text || 'SA', 1 + g % 200
         from generate_series(1, $2) g`,
        [t, perTenant],
      );
    }
    const others = ROWS - HISTORY_CONTACTS;
    // Spread over the parties of both gemeenten (and ~10 % anonymous), a year of timestamps.
    await c.query(`create temporary table bench_party as
      select row_number() over () - 1 as n, tenant_id, id from parties where pseudonym like 'bench-%'`);
    const nParties = (await c.query('select count(*)::int as n from bench_party')).rows[0].n;
    await c.query(
      `insert into contacts (tenant_id, channel, direction, party_id, topic_code, summary, outcome,
         wait_seconds, handle_seconds, occurred_at, source)
       select p.tenant_id, (array['phone','email','counter','eform','whatsapp','chat'])[1 + g % 6], 'in',
              case when g % 10 = 0 then null else p.id end, 'afval-grofvuil', 'Bulk ' || g, 'answered',
              case when g % 6 in (0, 2, 4, 5) then 30 + g % 300 end, 60 + g % 600,
              now() - make_interval(secs => ((g::bigint * 7919) % 31536000)::int), 'bench'
       from generate_series(1, $1) g join bench_party p on p.n = g % $2`,
      [others, nParties],
    );
    const tenantOf = (await c.query('select tenant_id from parties where id = $1', [partyId])).rows[0]
      .tenant_id;
    await c.query(
      `insert into contacts (tenant_id, channel, direction, party_id, topic_code, summary, outcome, occurred_at, source)
       select $1, 'phone', 'in', $2, 'afval-grofvuil', 'Historie ' || g, 'answered',
              now() - make_interval(hours => g * 17), 'bench'
       from generate_series(1, $3) g`,
      [tenantOf, partyId, HISTORY_CONTACTS],
    );
    await c.query('analyze contacts; analyze parties');
    // The bulk load leaves about 2 GB of WAL behind it; without this the checkpoints that write it
    // out ran during the history requests (seen 2026-12-05 23:18 in the server log: 21 s of writes
    // overlapping them). A server in use with 5 million contacts is not in that state.
    await c.query('checkpoint');
    const total = (await c.query('select count(*)::int as n from contacts')).rows[0].n;
    const mine = (await c.query('select count(*)::int as n from contacts where party_id = $1', [partyId]))
      .rows[0].n;
    const size = (await c.query(`select pg_size_pretty(pg_total_relation_size('contacts')) as s`)).rows[0].s;
    return { seconds: (Date.now() - t0) / 1000, total, mine, size, tenantId: tenantOf };
  });
}

const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

async function benchHistory(base, cookie, partyId, pid) {
  const path = `/api/v1/parties/${partyId}/history?limit=${HISTORY_CONTACTS}`;
  const first = await call(base, 'GET', path, { headers: { cookie }, expect: 200 });
  const start = cpuSnapshot(pid, true);
  const t0 = process.hrtime.bigint();
  const times = [];
  // When each request started, to set the slowest beside the server's log (BENCH_SERVER_LOG).
  const started = [];
  for (let i = 0; i < HISTORY_RUNS; i++) {
    started.push(new Date().toISOString());
    const t = process.hrtime.bigint();
    const res = await fetch(base + path, { headers: { cookie } });
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`history answered ${res.status}`);
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  const slowest = times
    .map((ms, i) => ({ ms, at: started[i] }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 5);
  console.log(`  slowest history requests: ${slowest.map((s) => `${fmt(s.ms)} ms at ${s.at}`).join(', ')}`);
  times.sort((a, b) => a - b);
  const cpu = cpuSince(start, pid, true);
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  return {
    serverMsPerReq: (cpu.server * seconds * 1000) / HISTORY_RUNS,
    pgMsPerReq: (cpu.postgres * seconds * 1000) / HISTORY_RUNS,
    contacts: first.json.contacts.length,
    p50: pct(times, 50),
    p95: pct(times, 95),
    p99: pct(times, 99),
    max: times.at(-1),
  };
}

async function explain(url, tenantId, partyId) {
  return withClient(url, async (c) => {
    await c.query('begin');
    await c.query(`set local role buitenbinnen_app`);
    await c.query(`select set_config('app.tenant_id', $1, true)`, [tenantId]);
    // The contacts part of the history's statement (src/server/modules/contacts/history.ts), as a
    // plain select: its plan is what the 5 million rows test.
    const { rows } = await c.query(
      `explain (analyze, buffers) select c.*, t.name_nl from contacts c
       left join contact_topics t on t.tenant_id = c.tenant_id and t.code = c.topic_code
       where c.tenant_id = $1 and c.party_id = $2 order by c.occurred_at desc, c.id desc limit ${HISTORY_CONTACTS}`,
      [tenantId, partyId],
    );
    await c.query('rollback');
    return rows.map((r) => r['QUERY PLAN']);
  });
}

async function main() {
  const m = machine();
  ensureBuilt();
  const version = await postgresVersionOrNothing();
  if (!version) throw new Error('these benchmarks need PostgreSQL (BENCH_ADMIN_URL)');
  const url = await freshDatabase('contacts');
  const reg = await benchRegister(url);
  const rows = [reg.row];
  let hist;
  let load;
  let plan;
  try {
    // The platform server stays up (idle) during the ceiling case; the history case uses it after.
    rows.push(await benchCeiling(url, reg.tenantId, reg.partyId));
    console.log(`  bulk-loading ${ROWS} contacts …`);
    load = await bulkLoad(url, reg.residentId);
    console.log(
      `  loaded in ${fmt(load.seconds, 1)} s: ${load.total} contacts (${load.size}), ${load.mine} of the resident`,
    );
    hist = await benchHistory(reg.base, reg.s.cookie, reg.residentId, reg.server.pid);
    console.log(`  history: ${JSON.stringify(hist)}`);
    plan = await explain(url, load.tenantId, reg.residentId);
    console.log(plan.join('\n'));
  } finally {
    await reg.server.stop();
    await runCleanups();
  }
  const section = report(m, version, rows, load, hist, plan);
  console.log('\n' + section);
  if (WRITE_DOC) await writeDoc(section);
}

function report(m, version, rows, load, hist, plan) {
  const goal1 = rows[0].rps >= 1000 && rows[0].p99 < 50;
  const lines = [
    `### Klantcontact, ${m.date}`,
    '',
    ...machineLines(m, version, ''),
    `- autocannon: ${CONNECTIONS} connections, ${WARMUP} s warm-up + ${DURATION} s measured; load generator, server and PostgreSQL on the same machine`,
    '',
    '| Case | Requests/s (avg) | p50 (ms) | p99 (ms) | Non-2xx | Errors | CPU (cores): server / PostgreSQL / autocannon / whole machine | Server / PostgreSQL CPU per request (ms) |',
    '| --- | --: | --: | --: | --: | --: | --- | --- |',
    ...rows.map(
      (r) =>
        `| ${r.title} | ${fmt(r.rps)} | ${ms(r.p50)} | ${ms(r.p99)} | ${r.non2xx} | ${r.errors} | ${r.cpu ? `${fmt(r.cpu.server, 2)} / ${r.cpu.postgres >= 0 ? fmt(r.cpu.postgres, 2) : 'n/a'} / ${fmt(r.cpu.load, 2)} / ${fmt(r.cpu.machine, 2)}` : 'n/a'} | ${fmt(r.serverMsPerReq, 2)} / ${fmt(r.pgMsPerReq, 2)} |`,
    ),
    '',
    `- Check: ${rows[0].check}.`,
    `- Goal "registering a contact sustains ≥ 1,000 requests/s with p99 < 50 ms": **${goal1 ? 'met' : 'not met'}** (${fmt(rows[0].rps)} req/s, p99 ${rows[0].p99} ms).`,
  ];
  if (load && hist) {
    lines.push(
      `- History: ${load.total.toLocaleString('en')} contacts in the table (${ROWS.toLocaleString('en')} bulk-loaded, the rest demo data and the POST cases) (${load.size} with indexes; bulk load ${fmt(load.seconds, 0)} s), ` +
        `${load.mine} of the resident; GET /api/v1/parties/:id/history?limit=${HISTORY_CONTACTS} answered ${hist.contacts} contacts. ` +
        `${HISTORY_RUNS} sequential requests: p50 ${fmt(hist.p50, 1)} ms, p95 ${fmt(hist.p95, 1)} ms, p99 ${fmt(hist.p99, 1)} ms, max ${fmt(hist.max, 1)} ms. ` +
        `Server CPU per request ${fmt(hist.serverMsPerReq, 1)} ms, PostgreSQL CPU ${fmt(hist.pgMsPerReq, 1)} ms. ` +
        `Goal "< 50 ms": **${hist.p99 < 50 ? 'met' : hist.p50 < 50 ? 'met at the median, not at p99' : 'not met'}**.`,
      '',
      'EXPLAIN (ANALYZE, BUFFERS) of the contacts query of the history, as the application role under row-level security:',
      '',
      '```',
      ...plan,
      '```',
    );
  }
  return lines.join('\n') + '\n';
}

if (process.env.CEILING === '1' || process.argv.includes('--ceiling-server')) {
  await ceilingServer();
} else {
  main().catch(async (error) => {
    console.error(error instanceof Error ? error.stack : error);
    await runCleanups();
    process.exit(1);
  });
}
