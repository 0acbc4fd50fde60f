// Advice answers are kept in memory per gemeente and dataset (datasets never change after import).
// These tests hold the cache to the rules: another gemeente never gets a cached answer, and a
// change to the catalogue shows up in the next answer.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, login, startTestApp, testConfig, type Login, type TestApp } from '../../helpers/app.js';
import { smallSurveyCsv } from './fixtures.js';

describe('the cache of advice answers', () => {
  let t: TestApp;
  let adviserA: Login;
  let adviserB: Login;
  let datasetA: string;

  const get = (session: Login, url: string) => t.app.inject({ method: 'GET', url, headers: as(session) });
  const upload = async (session: Login, csv: string) => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/advice/datasets?name=Eigen&source=Eigen%20enquete&year=2026',
      headers: as(session, { 'content-type': 'text/csv' }),
      payload: csv,
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().dataset.id as string;
  };
  const queries = (dataset: string) => [
    `/api/v1/advice?dataset=${dataset}&context=service&scheme=age&group=16-24&phase=2`,
    `/api/v1/advice/matrix?dataset=${dataset}&context=service&scheme=age&phase=2`,
    `/api/v1/advice/journey?dataset=${dataset}&context=service&scheme=age&group=16-24`,
    `/api/v1/advice/comparison?datasetA=${dataset}&datasetB=${dataset}&context=service&scheme=age&group=16-24&phase=2`,
  ];

  beforeAll(async () => {
    t = await startTestApp({ advice: { ...testConfig().advice, minCell: 5 } });
    adviserA = await login(t.app, 'voorbeeldstad', 'adviseur');
    adviserB = await login(t.app, 'proefdorp', 'adviseur');
    datasetA = await upload(adviserA, smallSurveyCsv());
  });
  afterAll(() => t.close());

  it('never answers another gemeente from the cache, before or after the owner warmed it', async () => {
    // Cold: nothing of voorbeeldstad's dataset in memory yet.
    for (const url of queries(datasetA)) expect((await get(adviserB, url)).statusCode, url).toBe(404);
    // Warm: voorbeeldstad's answers are now computed and kept.
    const owners = [];
    for (const url of queries(datasetA)) {
      const res = await get(adviserA, url);
      expect(res.statusCode, url).toBe(200);
      owners.push(res.body);
    }
    for (const url of queries(datasetA)) {
      const res = await get(adviserB, url);
      expect(res.statusCode, url).toBe(404);
      expect(res.body).not.toContain('whatsapp');
    }
    // The owner still gets exactly the same answers (now from memory).
    for (const [i, url] of queries(datasetA).entries())
      expect((await get(adviserA, url)).body).toBe(owners[i]);
  });

  it('keeps each gemeente’s own figures apart', async () => {
    // proefdorp's survey: only the first three respondents, all WhatsApp and webformulier.
    const lines = smallSurveyCsv().trim().split('\n');
    const datasetB = await upload(adviserB, [...lines.slice(0, 4), ''].join('\n'));
    const a = (await get(adviserA, queries(datasetA)[0]!)).json();
    const b = (await get(adviserB, queries(datasetB)[0]!)).json();
    expect(a.n).toBe(10);
    expect(b.n).toBe(3);
    expect(b.provenance.datasetId).toBe(datasetB);
    // And crossing over fails both ways.
    expect((await get(adviserA, queries(datasetB)[0]!)).statusCode).toBe(404);
  });

  it('shows a change to the catalogue in the next answer', async () => {
    const url = `/api/v1/advice/matrix?dataset=${datasetA}&context=service&scheme=profile&phase=2`;
    const before = (await get(adviserA, url)).json();
    expect(before.groups.map((g: { group: string }) => g.group)).not.toContain('cache-test');
    const admin = await login(t.app, 'voorbeeldstad', 'beheerder');
    const added = await t.app.inject({
      method: 'POST',
      url: '/api/v1/advice/segments',
      headers: as(admin),
      payload: {
        scheme: 'profile',
        code: 'cache-test',
        nameNl: 'Testgroep',
        nameEn: 'Test group',
        source: 'test',
      },
    });
    expect(added.statusCode, added.body).toBe(201);
    const after = (await get(adviserA, url)).json();
    const group = after.groups.find((g: { group: string }) => g.group === 'cache-test');
    expect(group).toMatchObject({ groupName: 'Testgroep', inDataset: false, n: 0 });
  });
});
