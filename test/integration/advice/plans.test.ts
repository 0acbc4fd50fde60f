import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, login, startTestApp, testConfig, type Login, type TestApp } from '../../helpers/app.js';
import { smallSurveyCsv } from './fixtures.js';

describe('channel plans', () => {
  let t: TestApp;
  let adviser: Login;
  let datasetId: string;

  beforeAll(async () => {
    t = await startTestApp({ advice: { ...testConfig().advice, minCell: 5 } });
    adviser = await login(t.app, 'voorbeeldstad', 'adviseur');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/advice/datasets?name=Klein&source=Test&year=2026',
      headers: as(adviser, { 'content-type': 'text/csv' }),
      payload: smallSurveyCsv(),
    });
    datasetId = res.json().dataset.id;
  });
  afterAll(() => t.close());

  const plan = (overrides: object = {}) => ({
    name: 'Melding openbare ruimte',
    context: 'service',
    dataset: datasetId,
    scheme: 'age',
    targetMode: 'every-group',
    target: 0.8,
    channels: [
      { code: 'whatsapp', cost: 1 },
      { code: 'webformulier', cost: 2 },
      { code: 'telefoon', cost: 3 },
    ],
    ...overrides,
  });
  const create = (body: object) =>
    t.app.inject({ method: 'POST', url: '/api/v1/advice/plans', headers: as(adviser), payload: body });

  it('finds the cheapest set that reaches 80% of every group, and says why each channel is in it', async () => {
    const res = await create(plan());
    expect(res.statusCode, res.body).toBe(201);
    const p = res.json();
    const phase2 = p.result.phases[1];
    // 75+ (one respondent) is reached only by telefoon (3). 16–24 then needs 6 more of 10: WhatsApp (1)
    // reaches r1–r6, so {WhatsApp, telefoon} costs 4 and reaches 8/10; {webformulier, telefoon} would
    // reach 10/10 but costs 5.
    expect(phase2.feasible).toBe(true);
    expect(phase2.channelCodes).toEqual(['whatsapp', 'telefoon']);
    expect(phase2.totalCost).toBe(4);
    expect(phase2.reach).toEqual(
      expect.arrayContaining([
        { group: '16-24', reach: 0.8 },
        { group: '75-plus', reach: 1 },
      ]),
    );
    expect(phase2.leastServedGroup).toEqual({ group: '16-24', reach: 0.8 });
    expect(phase2.reasons).toHaveLength(2);
    expect(phase2.reasons.join(' ')).toMatch(/75 jaar en ouder/);
    expect(p.result.provenance).toMatchObject({ datasetId, synthetic: false });
    expect(p.result.totalCost).toBe(20);
  });

  it('reports an unreachable target with the best reach possible', async () => {
    const res = await create(plan({ target: 0.9, channels: [{ code: 'whatsapp', cost: 1 }] }));
    expect(res.statusCode).toBe(201);
    const phase = res.json().result.phases[0];
    expect(phase.feasible).toBe(false);
    expect(phase.bestReach.groups).toEqual(expect.arrayContaining([{ group: '16-24', reach: 0.6 }]));
    expect(phase.message).toMatch(/\S/);
  });

  it('rejects unknown channels and a mismatched area, and compares and exports plans', async () => {
    const bad = await create(plan({ channels: [{ code: 'duif', cost: 1 }] }));
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0]).toEqual({ pointer: '/channels/0/code', detail: "onbekend kanaal 'duif'" });

    const a = (await create(plan({ name: 'A' }))).json();
    const b = (await create(plan({ name: 'B', targetMode: 'population', target: 0.6 }))).json();
    const cmp = await t.app.inject({
      method: 'GET',
      url: `/api/v1/advice/plan-comparison?a=${a.id}&b=${b.id}`,
      headers: as(adviser),
    });
    expect(cmp.statusCode).toBe(200);
    expect(cmp.json().phases).toHaveLength(5);
    expect(cmp.json().a.name).toBe('A');

    const csv = await t.app.inject({
      method: 'GET',
      url: `/api/v1/advice/plans/${a.id}/export.csv`,
      headers: as(adviser),
    });
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.body).toContain(';WhatsApp;1;ja;80,0%;100,0%;');
    expect(csv.body).toMatch(/^\ufeffplan;A/);
    const pdf = await t.app.inject({
      method: 'GET',
      url: `/api/v1/advice/plans/${a.id}/export.pdf`,
      headers: as(adviser),
    });
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');

    // Updates need If-Match; a stale one gets 412.
    const put = (etag: string) =>
      t.app.inject({
        method: 'PUT',
        url: `/api/v1/advice/plans/${a.id}`,
        headers: as(adviser, { 'if-match': etag }),
        payload: plan({ name: 'A2' }),
      });
    expect((await put('"1"')).statusCode).toBe(200);
    expect((await put('"1"')).statusCode).toBe(412);
  });

  it('keeps datasets, areas and plans within the gemeente', async () => {
    const other = await login(t.app, 'proefdorp', 'adviseur');
    const mine = (await create(plan({ name: 'Alleen Voorbeeldstad' }))).json();
    for (const url of [
      `/api/v1/advice/plans/${mine.id}`,
      `/api/v1/advice?dataset=${datasetId}&context=service&scheme=age&group=16-24&phase=2`,
      `/api/v1/advice/plans/${mine.id}/export.csv`,
    ]) {
      expect((await t.app.inject({ method: 'GET', url, headers: as(other) })).statusCode, url).toBe(404);
    }
    const lists = await Promise.all(
      ['/api/v1/advice/plans', '/api/v1/advice/datasets', '/api/v1/advice/areas'].map((url) =>
        t.app.inject({ method: 'GET', url, headers: as(other) }),
      ),
    );
    for (const l of lists) {
      expect(l.body).not.toContain(mine.id);
      expect(l.body).not.toContain(datasetId);
    }
    const stolen = await t.app.inject({
      method: 'POST',
      url: '/api/v1/advice/plans',
      headers: as(other),
      payload: plan(),
    });
    expect(stolen.statusCode).toBe(404);
  });
});
