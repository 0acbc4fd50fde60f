// Event logs over HTTP: upload (XES, XES.GZ, CSV) in the background, progress, the process map and
// its companions, exports, bad input, size limit, cancel, delete, audit and tenant isolation.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { as, login, startTestApp, type Login, type TestApp } from '../../helpers/app.js';
import { countRows, ownerQuery } from '../contacts/helpers.js';
import { get, manyCases, upload, waitForImport, xesOf } from './helpers.js';
import { withTenant } from '../../../src/server/platform/db/tenant.js';
import { insertLog } from '../../../src/server/modules/mining/store.js';
import { startImport } from '../../../src/server/modules/mining/import-job.js';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

const RECEIPT = readFileSync(new URL('../../../db/demo/receipt.xes.gz', import.meta.url));

describe('mining logs', () => {
  let t: TestApp;
  let analist: Login;
  let other: Login;
  let kcc: Login;
  let receiptId: string;

  beforeAll(async () => {
    t = await startTestApp({ mining: { maxUploadBytes: 2_000_000 } });
    analist = await login(t.app, 'voorbeeldstad', 'analist');
    other = await login(t.app, 'proefdorp', 'analist');
    kcc = await login(t.app, 'voorbeeldstad', 'kcc');
    const res = await upload(t, analist, 'format=xes&name=receipt', RECEIPT, 'application/octet-stream');
    expect(res.statusCode, res.body).toBe(202);
    expect(res.headers.location).toBe(`/api/v1/mining/logs/${res.json().id}`);
    receiptId = res.json().id;
  }, 240_000);
  afterAll(() => t.close());

  it('imports a gzipped XES in the background, with progress and counts', async () => {
    const log = await waitForImport(t, analist, receiptId);
    expect(log).toMatchObject({
      status: 'ready',
      source: 'import-xes',
      cases: 1434,
      events: 8577,
      activities: 27,
      error: null,
      progress: { bytesRead: RECEIPT.length, bytesTotal: RECEIPT.length, events: 8577, traces: 1434 },
      provenance: { kind: 'imported' },
    });
    const list = (await get(t, analist, '/api/v1/mining/logs')).json();
    expect(list.items[0]).toMatchObject({ id: 'cases', source: 'cases', provenance: { kind: 'own-cases' } });
    expect(list.items.map((l: { id: string }) => l.id)).toContain(receiptId);
  });

  it('answers the process map, limited to the top activities and paths', async () => {
    const full = (await get(t, analist, `/api/v1/mining/logs/${receiptId}/dfg`)).json();
    expect(full).toMatchObject({ totalCases: 1434, filteredCases: 1434, events: 8577 });
    expect(full.shown).toEqual({
      activities: 27,
      edges: full.edges.length,
      totalActivities: 27,
      totalEdges: full.edges.length,
    });
    expect(full.starts.reduce((s: number, x: { count: number }) => s + x.count, 0)).toBe(1434);
    const small = (await get(t, analist, `/api/v1/mining/logs/${receiptId}/dfg?activities=5&paths=4`)).json();
    expect(small.activities).toHaveLength(5);
    expect(small.edges.length).toBeLessThanOrEqual(4);
    const names = new Set(small.activities.map((a: { name: string }) => a.name));
    for (const e of small.edges) expect(names.has(e.from) && names.has(e.to)).toBe(true);
    // The same numbers as the unfiltered cache when computed through a filter that keeps every case.
    const filtered = (
      await get(t, analist, `/api/v1/mining/logs/${receiptId}/dfg?from=2000-01-01T00:00:00Z`)
    ).json();
    expect(filtered.edges).toEqual(full.edges);
  });

  it('filters by start activity, variant and time frame', async () => {
    const variants = (await get(t, analist, `/api/v1/mining/logs/${receiptId}/variants?pageSize=5`)).json();
    expect(variants).toMatchObject({ page: 1, pageSize: 5, totalCases: 1434, filteredCases: 1434 });
    expect(variants.items).toHaveLength(5);
    const top = variants.items[0];
    const byVariant = (
      await get(t, analist, `/api/v1/mining/logs/${receiptId}/dfg?variant=${top.id}`)
    ).json();
    expect(byVariant.filteredCases).toBe(top.count);
    const start = encodeURIComponent(top.activities[0]);
    const byStart = (
      await get(t, analist, `/api/v1/mining/logs/${receiptId}/variants?startActivity=${start}`)
    ).json();
    expect(byStart.items.every((v: { activities: string[] }) => v.activities[0] === top.activities[0])).toBe(
      true,
    );
    const none = (
      await get(t, analist, `/api/v1/mining/logs/${receiptId}/dfg?to=2000-01-01T00:00:00Z`)
    ).json();
    expect(none).toMatchObject({ filteredCases: 0, activities: [], edges: [] });
    const bad = await get(
      t,
      analist,
      `/api/v1/mining/logs/${receiptId}/dfg?from=2020-01-02T00:00:00Z&to=2020-01-01T00:00:00Z`,
    );
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].pointer).toBe('/query/to');
  });

  it('answers throughput, bottlenecks and the cases behind an edge', async () => {
    const th = (await get(t, analist, `/api/v1/mining/logs/${receiptId}/throughput?bins=10`)).json();
    expect(th.bins).toHaveLength(10);
    expect(th.bins.reduce((s: number, b: { count: number }) => s + b.count, 0)).toBe(1434);
    const bn = (await get(t, analist, `/api/v1/mining/logs/${receiptId}/bottlenecks?limit=3`)).json();
    expect(bn.items).toHaveLength(3);
    expect(bn.items[0].scoreMs).toBeGreaterThanOrEqual(bn.items[1].scoreMs);
    const edge = bn.items[0];
    const q = `source=${encodeURIComponent(edge.from)}&target=${encodeURIComponent(edge.to)}&pageSize=200`;
    const cases = (await get(t, analist, `/api/v1/mining/logs/${receiptId}/edge-cases?${q}`)).json();
    const occurrences = cases.items.reduce((s: number, c: { occurrences: number }) => s + c.occurrences, 0);
    if (cases.total <= 200) expect(occurrences).toBe(edge.count);
    expect(cases.total).toBeGreaterThan(0);
  });

  it('exports the filtered log as XES that imports to the same process map, and as formula-safe CSV', async () => {
    const xes = await get(t, analist, `/api/v1/mining/logs/${receiptId}/export.xes`);
    expect(xes.statusCode).toBe(200);
    expect(xes.headers['content-type']).toContain('application/xml');
    const again = await upload(t, analist, 'format=xes&name=roundtrip', gzipSync(xes.rawPayload));
    const log = await waitForImport(t, analist, again.json().id);
    expect(log.status).toBe('ready');
    const a = (await get(t, analist, `/api/v1/mining/logs/${receiptId}/dfg`)).json();
    const b = (await get(t, analist, `/api/v1/mining/logs/${log.id}/dfg`)).json();
    expect(b.edges).toEqual(a.edges);
    expect(b.activities).toEqual(a.activities);

    const csvLog = await upload(
      t,
      analist,
      'format=csv&name=formules&case=Zaak&activity=Stap&timestamp=Tijdstip&attributes=Opmerking',
      'Zaak,Stap,Tijdstip,Opmerking\n"=HYPERLINK(""x"")",@Start,2026-01-05T09:00:00Z,+31 6\nz2,Stap,2026-01-05T09:00:00Z,-1\n',
      'text/csv',
    );
    expect(csvLog.statusCode, csvLog.body).toBe(202);
    expect((await waitForImport(t, analist, csvLog.json().id)).status).toBe('ready');
    const csv = (await get(t, analist, `/api/v1/mining/logs/${csvLog.json().id}/export.csv`)).body;
    expect(csv.split('\r\n')).toEqual([
      'case,activity,timestamp,resource,lifecycle,Opmerking',
      `"'=HYPERLINK(""x"")",'@Start,2026-01-05T09:00:00.000Z,,,'+31 6`,
      `z2,Stap,2026-01-05T09:00:00.000Z,,,'-1`,
      '',
    ]);
  });

  it('fails a malformed XES with the line, and keeps no traces', async () => {
    const bad = xesOf([
      {
        id: 'a',
        events: [
          ['A', '2026-01-01T00:00:00Z'],
          ['B', '01/02/2026'],
        ],
      },
    ]);
    const res = await upload(t, analist, 'format=xes&name=kapot', bad);
    expect(res.statusCode).toBe(202);
    const log = await waitForImport(t, analist, res.json().id);
    expect(log).toMatchObject({ status: 'failed', error: { line: 11 } });
    expect(log.error.detail).toContain('onbekend datumformaat "01/02/2026"');
    expect(await countRows(t, 'mining_chunks', analist.tenantId)).toBeGreaterThan(0); // receipt's
    const chunks = await ownerQuery<{ n: number }>(
      t,
      sql`select count(*)::int as n from mining_chunks where log_id = ${log.id}`,
    );
    expect(chunks[0]?.n).toBe(0);
    const dfg = await get(t, analist, `/api/v1/mining/logs/${log.id}/dfg`);
    expect(dfg.statusCode).toBe(409);
    expect(dfg.json().type).toContain('mining-log-not-ready');
  });

  it('fails a CSV whose header lacks a mapped column, saying which', async () => {
    const res = await upload(
      t,
      analist,
      'format=csv&name=csv&case=Zaak&activity=Stap&timestamp=Tijd',
      'Zaak,Stap,Wanneer\nz,A,2026-01-01\n',
      'text/csv',
    );
    const log = await waitForImport(t, analist, res.json().id);
    expect(log.error).toEqual({ detail: 'Regel 1: Kolom ontbreekt in de CSV: "Tijd" (tijdstip)', line: 1 });
    const noMapping = await upload(t, analist, 'format=csv&name=csv&case=Zaak', 'Zaak\n', 'text/csv');
    expect(noMapping.statusCode).toBe(400);
    expect(noMapping.json().errors.map((e: { pointer: string }) => e.pointer)).toEqual([
      '/query/activity',
      '/query/timestamp',
    ]);
  });

  it('refuses an upload above the limit before reading it, and one that streams past it', async () => {
    const big = Buffer.alloc(2_000_001, 32);
    const res = await upload(t, analist, 'format=xes&name=groot', big);
    expect(res.statusCode).toBe(413);
    expect(res.json().type).toContain('payload-too-large');
    const { Readable } = await import('node:stream');
    const chunked = await t.app.inject({
      method: 'POST',
      url: '/api/v1/mining/logs?format=xes&name=groot',
      headers: as(analist, { 'content-type': 'application/xml' }),
      payload: Readable.from([big.subarray(0, 1_000_000), big.subarray(1_000_000)]),
    });
    expect(chunked.statusCode).toBe(413);
  });

  it('keeps logs to their own gemeente (404) and to the roles allowed', async () => {
    expect((await get(t, other, `/api/v1/mining/logs/${receiptId}`)).statusCode).toBe(404);
    expect((await get(t, other, `/api/v1/mining/logs/${receiptId}/dfg`)).statusCode).toBe(404);
    expect((await get(t, other, `/api/v1/mining/logs/${receiptId}/export.csv`)).statusCode).toBe(404);
    const del = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/mining/logs/${receiptId}`,
      headers: as(other),
    });
    expect(del.statusCode).toBe(404);
    const list = (await get(t, other, '/api/v1/mining/logs')).json();
    expect(list.items.map((l: { id: string }) => l.id)).not.toContain(receiptId);
    expect((await get(t, kcc, '/api/v1/mining/logs')).statusCode).toBe(403);
    expect((await upload(t, kcc, 'format=xes&name=x', RECEIPT)).statusCode).toBe(403);
  });

  it('cancels a running import: nothing of it is kept', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mining-'));
    const path = join(dir, 'many.xes');
    writeFileSync(path, manyCases(2500));
    const row = await withTenant(t.deps.database, analist.tenantId, (tx) =>
      insertLog(tx, analist.tenantId, {
        name: 'groot',
        source: 'import-xes',
        bytesTotal: null,
        provenance: { kind: 'imported', label: 'test' },
        createdBy: null,
        retainUntil: new Date(Date.now() + 86_400_000),
        resourceHandling: 'keep',
      }),
    );
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let chunks = 0;
    const job = startImport(
      t.deps.database,
      analist.tenantId,
      row.id,
      path,
      { format: 'xes' },
      {
        afterChunk: async () => {
          chunks++;
          await gate;
        },
      },
    );
    while (chunks === 0) await new Promise((r) => setTimeout(r, 10));
    const progress = (await get(t, analist, `/api/v1/mining/logs/${row.id}`)).json();
    expect(progress).toMatchObject({ status: 'importing', progress: { traces: 1000 } });
    const cancel = t.app.inject({
      method: 'POST',
      url: `/api/v1/mining/logs/${row.id}/cancel`,
      headers: as(analist),
    });
    setTimeout(release, 50);
    const res = await cancel;
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().status).toBe('cancelled');
    expect(await job).toBe('cancelled');
    const stored = await ownerQuery<{ n: number }>(
      t,
      sql`select count(*)::int as n from mining_chunks where log_id = ${row.id}`,
    );
    expect(stored[0]?.n).toBe(0);
    const again = await t.app.inject({
      method: 'POST',
      url: `/api/v1/mining/logs/${row.id}/cancel`,
      headers: as(analist),
    });
    expect(again.statusCode).toBe(409);
  });

  it('deletes a log with an audit trail', async () => {
    const res = await upload(t, analist, 'format=xes&name=weg', manyCases(3));
    const id = res.json().id;
    await waitForImport(t, analist, id);
    const del = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/mining/logs/${id}`,
      headers: as(analist),
    });
    expect(del.statusCode).toBe(204);
    expect((await get(t, analist, `/api/v1/mining/logs/${id}`)).statusCode).toBe(404);
    const audit = await ownerQuery<{ action: string }>(
      t,
      sql`select action from audit_events where object_id = ${id} order by action`,
    );
    expect(audit.map((a) => a.action)).toEqual(['mining-log.delete', 'mining-log.import']);
  });

  it('serves the own-cases log as a virtual log', async () => {
    const res = await get(t, analist, '/api/v1/mining/logs/cases');
    expect(res.json()).toMatchObject({ id: 'cases', status: 'ready', source: 'cases' });
    const dfg = (await get(t, analist, '/api/v1/mining/logs/cases/dfg')).json();
    expect(dfg.filteredCases).toBe(res.json().cases);
    const del = await t.app.inject({
      method: 'DELETE',
      url: '/api/v1/mining/logs/cases',
      headers: as(analist),
    });
    expect(del.statusCode).toBe(409);
  });
});

describe('mining demo', () => {
  let t: TestApp;
  afterAll(() => t.close());
  it('imports the real receipt log once per gemeente, labelled with its source from the XES header', async () => {
    t = await startTestApp();
    const analist = await login(t.app, 'proefdorp', 'analist');
    const { seedMiningDemo } = await import('../../../src/server/modules/mining/index.js');
    expect(await seedMiningDemo(t.deps.database, analist.tenantId)).toBe('ready');
    expect(await seedMiningDemo(t.deps.database, analist.tenantId)).toBe('present');
    const logs = (await get(t, analist, '/api/v1/mining/logs')).json().items;
    const demo = logs.find((l: { provenance: { kind: string } }) => l.provenance.kind === 'public-dataset');
    expect(demo).toMatchObject({
      status: 'ready',
      cases: 1434,
      events: 8577,
      provenance: {
        kind: 'public-dataset',
        attribution: 'Buijs, J.C.A.M., Eindhoven University of Technology',
        url: 'https://doi.org/10.4121/uuid:a07386a5-7be3-4367-9535-70bc9e77dbe6',
      },
    });
    expect(demo.provenance.label).toContain('Receipt phase of an environmental permit application process');
  }, 120_000);
});
