// Personal data in imported event logs: the resource can be dropped or pseudonymised at import,
// each log carries a retention date, and the retention run deletes logs past it (counts only in
// its summary and audit). CSV imports stage their rows in the database and leave none behind.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { as, login, startTestApp, type Login, type TestApp } from '../../helpers/app.js';
import { ownerQuery } from '../contacts/helpers.js';
import { get, upload, waitForImport } from './helpers.js';

const CSV =
  'Zaak,Stap,Tijdstip,Wie\n' +
  'z2,Besluit,2026-01-06T09:00:00Z,Bob de Vries\n' +
  'z1,Ontvangen,2026-01-05T09:00:00Z,Ans Jansen\n' +
  'z2,Ontvangen,2026-01-05T10:00:00Z,Ans Jansen\n' +
  'z1,Besluit,2026-01-06T08:00:00Z,Bob de Vries\n' +
  'z1,Ontvangen,2026-01-05T09:00:00Z,Cor\n';
const MAP = 'format=csv&case=Zaak&activity=Stap&timestamp=Tijdstip&resource=Wie';

describe('mining logs and personal data', () => {
  let t: TestApp;
  let analist: Login;
  let beheer: Login;

  const importCsv = async (query: string) => {
    const res = await upload(t, analist, `${MAP}&${query}`, CSV, 'text/csv');
    expect(res.statusCode, res.body).toBe(202);
    return waitForImport(t, analist, res.json().id);
  };
  const resources = async (id: string) => {
    const csv = (await get(t, analist, `/api/v1/mining/logs/${id}/export.csv`)).body;
    return csv
      .trim()
      .split('\r\n')
      .slice(1)
      .map((r) => r.split(','));
  };

  beforeAll(async () => {
    t = await startTestApp();
    analist = await login(t.app, 'voorbeeldstad', 'analist');
    beheer = await login(t.app, 'voorbeeldstad', 'beheerder');
  }, 240_000);
  afterAll(() => t.close());

  it('streams a CSV through the staging table: grouped by case, ordered by time then line', async () => {
    const log = await importCsv('name=kept');
    expect(log).toMatchObject({ status: 'ready', cases: 2, events: 5, resourceHandling: 'keep' });
    // z1's two events at 09:00 keep their file order (lines 3 and 6).
    expect(await resources(log.id)).toEqual([
      ['z1', 'Ontvangen', '2026-01-05T09:00:00.000Z', 'Ans Jansen', ''],
      ['z1', 'Ontvangen', '2026-01-05T09:00:00.000Z', 'Cor', ''],
      ['z1', 'Besluit', '2026-01-06T08:00:00.000Z', 'Bob de Vries', ''],
      ['z2', 'Ontvangen', '2026-01-05T10:00:00.000Z', 'Ans Jansen', ''],
      ['z2', 'Besluit', '2026-01-06T09:00:00.000Z', 'Bob de Vries', ''],
    ]);
    const staged = await ownerQuery<{ n: number }>(t, sql`select count(*)::int as n from mining_csv_rows`);
    expect(staged[0]?.n).toBe(0);
  });

  it('fails a CSV with a bad row by its line and leaves nothing staged or stored', async () => {
    // 4,500 good rows first, so that two batches were staged before the bad line.
    let body = CSV;
    for (let i = 0; i < 4500; i++)
      body += `z${i % 300},Stap ${i % 7},2026-02-01T09:${String(i % 60).padStart(2, '0')}:00Z,X\n`;
    const res = await upload(
      t,
      analist,
      `${MAP}&name=kapot`,
      body + 'z3,Ontvangen,gisteren,Ans\n',
      'text/csv',
    );
    const log = await waitForImport(t, analist, res.json().id);
    expect(log).toMatchObject({ status: 'failed', error: { line: 4507 } });
    expect(log.error.detail).toContain('onbekend datumformaat "gisteren"');
    const left = await ownerQuery<{ rows: number; chunks: number }>(
      t,
      sql`select (select count(*)::int from mining_csv_rows where log_id = ${log.id}) as rows,
                 (select count(*)::int from mining_chunks where log_id = ${log.id}) as chunks`,
    );
    expect(left[0]).toEqual({ rows: 0, chunks: 0 });
  });

  it('drops or pseudonymises the resource at import, one pseudonym per person per log', async () => {
    const dropped = await importCsv('name=zonder&resourceHandling=drop');
    expect(dropped.resourceHandling).toBe('drop');
    expect((await resources(dropped.id)).map((r) => r[3])).toEqual(['', '', '', '', '']);

    const p1 = await importCsv('name=pseudo1&resourceHandling=pseudonymise');
    const p2 = await importCsv('name=pseudo2&resourceHandling=pseudonymise');
    const r1 = (await resources(p1.id)).map((r) => r[3]!);
    const r2 = (await resources(p2.id)).map((r) => r[3]!);
    for (const r of [...r1, ...r2]) expect(r).toMatch(/^medewerker-[A-Za-z0-9_-]{10}$/);
    // Ans (rows 1 and 4), Cor, Bob (rows 3 and 5): the same person is the same pseudonym in a log...
    expect(r1[0]).toBe(r1[3]);
    expect(r1[2]).toBe(r1[4]);
    expect(new Set(r1).size).toBe(3);
    // ...but not across logs, and no name is left anywhere in the stored traces.
    expect(r2[0]).not.toBe(r1[0]);
    const stored = await ownerQuery<{ data: string }>(
      t,
      sql`select data from mining_chunks where log_id in (${p1.id}, ${p2.id}, ${dropped.id})`,
    );
    expect(stored.map((s) => s.data).join()).not.toMatch(/Ans|Bob|Cor/);
  });

  it("sets the retention date from the import's term or the gemeente's term, and shows it", async () => {
    const chosen = await importCsv('name=kort&retentionMonths=3');
    const expected = new Date();
    expected.setUTCMonth(expected.getUTCMonth() + 3);
    expect(Math.abs(Date.parse(chosen.retainUntil) - expected.getTime())).toBeLessThan(60_000);

    // The beheerder's term for imported logs is the default for the next import.
    const url = '/api/v1/retention-terms/mining_logs';
    const term = await t.app.inject({ method: 'GET', url, headers: as(beheer) });
    expect(term.json()).toMatchObject({ months: 12, action: 'delete' });
    const put = await t.app.inject({
      method: 'PUT',
      url,
      headers: as(beheer, { 'if-match': `"${term.json().version}"` }),
      payload: { months: 6, action: 'delete' },
    });
    expect(put.statusCode, put.body).toBe(200);
    const byDefault = await importCsv('name=standaard');
    const six = new Date();
    six.setUTCMonth(six.getUTCMonth() + 6);
    expect(Math.abs(Date.parse(byDefault.retainUntil) - six.getTime())).toBeLessThan(60_000);

    const list = (await get(t, analist, '/api/v1/mining/logs')).json();
    expect(list.items.find((l: { id: string }) => l.id === 'cases')).toMatchObject({ retainUntil: null });
    expect(list.items.find((l: { id: string }) => l.id === chosen.id).retainUntil).toBe(chosen.retainUntil);
  });

  it('deletes logs past their date in the retention run, with counts only', async () => {
    const old = await importCsv('name=verlopen&resourceHandling=keep');
    const fresh = await importCsv('name=vers');
    await ownerQuery(
      t,
      sql`update mining_logs set retain_until = now() - interval '1 day' where id = ${old.id}`,
    );
    const run = await t.app.inject({
      method: 'POST',
      url: '/api/v1/retention-runs',
      headers: as(beheer),
      payload: {},
    });
    expect(run.statusCode, run.body).toBe(201);
    expect(run.json().summary.mining_logs).toMatchObject({ deleted: 1, anonymised: 0, held: 0 });
    expect((await get(t, analist, `/api/v1/mining/logs/${old.id}`)).statusCode).toBe(404);
    expect((await get(t, analist, `/api/v1/mining/logs/${fresh.id}`)).statusCode).toBe(200);
    const chunks = await ownerQuery<{ n: number }>(
      t,
      sql`select count(*)::int as n from mining_chunks where log_id = ${old.id}`,
    );
    expect(chunks[0]?.n).toBe(0);
    // The audit record names the run, not the log; the run's summary holds numbers only.
    const audit = await ownerQuery<{ n: number }>(
      t,
      sql`select count(*)::int as n from audit_events where object_id = ${old.id} and action like 'privacy%'`,
    );
    expect(audit[0]?.n).toBe(0);
    expect(JSON.stringify(run.json())).not.toContain('verlopen');
  });

  it('with the action "anonymise", strips resources and attributes instead of deleting', async () => {
    const url = '/api/v1/retention-terms/mining_logs';
    const term = (await t.app.inject({ method: 'GET', url, headers: as(beheer) })).json();
    const put = await t.app.inject({
      method: 'PUT',
      url,
      headers: as(beheer, { 'if-match': `"${term.version}"` }),
      payload: { months: term.months, action: 'anonymise' },
    });
    expect(put.statusCode, put.body).toBe(200);
    const log = await importCsv('name=strippen&resourceHandling=keep');
    await ownerQuery(
      t,
      sql`update mining_logs set retain_until = now() - interval '1 day' where id = ${log.id}`,
    );
    const run = await t.app.inject({
      method: 'POST',
      url: '/api/v1/retention-runs',
      headers: as(beheer),
      payload: {},
    });
    expect(run.json().summary.mining_logs).toMatchObject({ anonymised: 1, deleted: 0 });
    const after = (await get(t, analist, `/api/v1/mining/logs/${log.id}`)).json();
    expect(after).toMatchObject({ status: 'ready', cases: 2, resourceHandling: 'drop' });
    expect(after.anonymisedAt).not.toBeNull();
    expect((await resources(log.id)).map((r) => r[3])).toEqual(['', '', '', '', '']);
    // Not again on the next run.
    const again = await t.app.inject({
      method: 'POST',
      url: '/api/v1/retention-runs',
      headers: as(beheer),
      payload: {},
    });
    expect(again.json().summary.mining_logs).toMatchObject({ anonymised: 0 });
  });
});
