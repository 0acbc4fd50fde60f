import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, login, startTestApp, testConfig, type Login, type TestApp } from '../../helpers/app.js';
import { smallSurveyCsv } from './fixtures.js';

describe('importing a gemeente’s own survey', () => {
  let t: TestApp;
  let adviser: Login;

  beforeAll(async () => {
    t = await startTestApp({ advice: { ...testConfig().advice, minCell: 5 } });
    adviser = await login(t.app, 'voorbeeldstad', 'adviseur');
  });
  afterAll(() => t.close());

  const upload = (
    csv: string,
    query = 'name=Eigen%20enquete&source=Gemeente%20Voorbeeldstad&year=2026',
    session = adviser,
  ) =>
    t.app.inject({
      method: 'POST',
      url: `/api/v1/advice/datasets?${query}`,
      headers: as(session, { 'content-type': 'text/csv' }),
      payload: csv,
    });
  const datasetCount = async () =>
    (await t.app.inject({ method: 'GET', url: '/api/v1/advice/datasets', headers: as(adviser) })).json().items
      .length as number;

  it('imports a valid file and computes shares with Wilson intervals (hand-computed)', async () => {
    const res = await upload(smallSurveyCsv());
    expect(res.statusCode, res.body).toBe(201);
    const { dataset } = res.json();
    expect(dataset).toMatchObject({
      respondentCount: 11,
      synthetic: false,
      year: 2026,
      source: 'Gemeente Voorbeeldstad',
    });

    const advice = await t.app.inject({
      method: 'GET',
      url: `/api/v1/advice?dataset=${dataset.id}&context=service&scheme=age&group=16-24&phase=2`,
      headers: as(adviser),
    });
    expect(advice.statusCode, advice.body).toBe(200);
    const body = advice.json();
    expect(body.n).toBe(10);
    expect(body.small).toBe(false);
    expect(body.provenance).toMatchObject({
      datasetId: dataset.id,
      source: 'Gemeente Voorbeeldstad',
      year: 2026,
      synthetic: false,
      n: 10,
    });
    const byCode = Object.fromEntries(body.channels.map((c: { code: string }) => [c.code, c]));
    // 8 of 10 name webformulier, 6 WhatsApp, 2 telefoon; first choices 6 WhatsApp, 2 telefoon, 2 webformulier.
    expect(body.channels.map((c: { code: string }) => c.code)).toEqual([
      'webformulier',
      'whatsapp',
      'telefoon',
    ]);
    expect(byCode.whatsapp.share).toBeCloseTo(0.6, 10);
    expect(byCode.whatsapp.firstChoiceShare).toBeCloseTo(0.6, 10);
    expect(byCode.webformulier.firstChoiceShare).toBeCloseTo(0.2, 10);
    // Wilson 95% for 6/10: centre (0.6 + z²/20)/(1 + z²/10) = 0.572245,
    // half-width z·√(0.024 + z²/400)/(1 + z²/10) = 0.259573 → [0.312672, 0.831818].
    expect(byCode.whatsapp.ci.low).toBeCloseTo(0.312672, 5);
    expect(byCode.whatsapp.ci.high).toBeCloseTo(0.831818, 5);
    expect(byCode.whatsapp.name).toBe('WhatsApp');
    expect(body.motives.find((m: { code: string }) => m.code === 'snel-antwoord').share).toBeCloseTo(0.6, 10);

    // A group below the minimum cell size is flagged and shows no point estimate.
    const old = await t.app.inject({
      method: 'GET',
      url: `/api/v1/advice?dataset=${dataset.id}&context=service&scheme=age&group=75-plus&phase=2`,
      headers: as(adviser),
    });
    expect(old.json()).toMatchObject({ n: 1, small: true, minCell: 5 });
    expect(old.json().channels[0]).toMatchObject({ code: 'telefoon', share: null });
    expect(old.json().channels[0].ci.high).toBe(1);
  });

  it('rejects a bad file with line and column named, storing nothing', async () => {
    const before = await datasetCount();
    const cases: [string, RegExp][] = [
      [
        'respondent_id;profiel;dienstverlening_f1_kanalen\nr1;;telefoon\n',
        /kolom leeftijd: verplichte kolom 'leeftijd' ontbreekt/,
      ],
      [
        'respondent_id;leeftijd;dienstverlening_f1_kanalen\nr1;30;telefoon\nr2;40;fax\n',
        /regel 3, kolom dienstverlening_f1_kanalen: onbekende kanaalcode 'fax'/,
      ],
      [
        'respondent_id;leeftijd;dienstverlening_f7_kanalen\nr1;30;telefoon\n',
        /regel 1, kolom dienstverlening_f7_kanalen: fase 7 bestaat niet/,
      ],
      [
        'respondent_id;leeftijd;dienstverlening_f1_kanalen\nr1;dertig;telefoon\n',
        /regel 2, kolom leeftijd: leeftijd 'dertig' is geen geheel getal/,
      ],
      [
        'respondent_id;leeftijd;dienstverlening_f1_kanalen\nr1;30;telefoon\nr1;31;e-mail\n',
        /regel 3, kolom respondent_id: respondent_id 'r1' komt al voor op regel 2/,
      ],
      [
        'respondent_id;leeftijd;dienstverlening_f1_kanalen\nr1;30\n',
        /regel 2: 2 velden, maar de kopregel heeft er 3/,
      ],
    ];
    for (const [csv, message] of cases) {
      const res = await upload(csv);
      expect(res.statusCode, csv).toBe(400);
      const body = res.json();
      expect(body.detail).toMatch(/Er is niets opgeslagen/);
      expect(body.errors.map((e: { detail: string }) => e.detail).join('\n'), csv).toMatch(message);
    }
    expect(await datasetCount()).toBe(before);
  });

  it('weights to an area’s age composition (post-stratification)', async () => {
    const area = await t.app.inject({
      method: 'POST',
      url: '/api/v1/advice/areas',
      headers: as(adviser),
      payload: { name: 'Testwijk', kind: 'wijk', scheme: 'age', shares: { '16-24': 0.5, '75-plus': 0.5 } },
    });
    expect(area.statusCode, area.body).toBe(201);
    const res = await upload(
      smallSurveyCsv(),
      `name=Gewogen&source=Test&year=2026&weightArea=${area.json().area.id}`,
    );
    expect(res.statusCode, res.body).toBe(201);
    const { dataset } = res.json();
    // Sample shares 10/11 and 1/11 → weights 0.5/(10/11) = 0.55 and 0.5/(1/11) = 5.5.
    expect(dataset.weighting.weights['16-24']).toBeCloseTo(0.55, 10);
    expect(dataset.weighting.weights['75-plus']).toBeCloseTo(5.5, 10);
    const all = await t.app.inject({
      method: 'GET',
      url: `/api/v1/advice?dataset=${dataset.id}&context=service&scheme=age&group=all&phase=2`,
      headers: as(adviser),
    });
    const tel = all.json().channels.find((c: { code: string }) => c.code === 'telefoon');
    // Weighted: (2 · 0.55 + 1 · 5.5) / (10 · 0.55 + 5.5) = 6.6 / 11 = 0.6 (unweighted it would be 3/11).
    expect(tel.share).toBeCloseTo(0.6, 10);
    // Kish n_eff = 11² / (10 · 0.3025 + 30.25) = 121 / 33.275 = 3.636.
    expect(all.json().nEffective).toBeCloseTo(3.6, 1);
  });

  it('lets only advisers, analysts and beheerders import', async () => {
    const kcc = await login(t.app, 'voorbeeldstad', 'kcc');
    expect((await upload(smallSurveyCsv(), undefined, kcc)).statusCode).toBe(403);
  });
});
