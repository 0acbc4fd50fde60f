import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, login, startTestApp, type Login, type TestApp } from '../../helpers/app.js';

describe('channel advice on the synthetic national demo survey', () => {
  let t: TestApp;
  let adviser: Login;
  let demo: { id: string; synthetic: boolean; respondentCount: number; name: string };

  beforeAll(async () => {
    t = await startTestApp({}, undefined, { moduleContent: true });
    adviser = await login(t.app, 'voorbeeldstad', 'adviseur');
    demo = (
      await t.app.inject({ method: 'GET', url: '/api/v1/advice/datasets', headers: as(adviser) })
    ).json().items[0];
  });
  afterAll(() => t.close());

  const get = (url: string, session = adviser) => t.app.inject({ method: 'GET', url, headers: as(session) });
  const share = (channels: { code: string; share: number }[], code: string) =>
    channels.find((c) => c.code === code)?.share ?? 0;

  it('is labelled synthetic and carries its provenance on every figure', async () => {
    expect(demo).toMatchObject({ synthetic: true, respondentCount: 8000 });
    expect(demo.name).toMatch(/synthetisch/);
    const res = await get(`/api/v1/advice?dataset=${demo.id}&context=service&scheme=age&group=16-24&phase=2`);
    const body = res.json();
    expect(body.provenance).toMatchObject({ datasetId: demo.id, synthetic: true, year: 2021 });
    expect(body.provenance.n).toBe(body.n);
    expect(body.n).toBeGreaterThan(500);
    for (const c of body.channels) {
      expect(c.ci.low).toBeLessThanOrEqual(c.share);
      expect(c.ci.high).toBeGreaterThanOrEqual(c.share);
    }
  });

  it('shows the published pattern: young online and WhatsApp, older e-mail and phone', async () => {
    const young = (
      await get(`/api/v1/advice?dataset=${demo.id}&context=service&scheme=age&group=16-24&phase=2`)
    ).json().channels;
    const old = (
      await get(`/api/v1/advice?dataset=${demo.id}&context=service&scheme=age&group=75-plus&phase=2`)
    ).json().channels;
    expect(share(young, 'whatsapp')).toBeGreaterThan(share(old, 'whatsapp'));
    expect(share(young, 'webformulier')).toBeGreaterThan(share(old, 'webformulier'));
    expect(share(old, 'telefoon')).toBeGreaterThan(share(young, 'telefoon'));
  });

  it('gives the groups × channels matrix and the five phases of one group', async () => {
    const matrix = (
      await get(`/api/v1/advice/matrix?dataset=${demo.id}&context=participation&scheme=profile&phase=1`)
    ).json();
    expect(matrix.groups).toHaveLength(8);
    expect(matrix.groups.every((g: { n: number }) => g.n > 0)).toBe(true);
    const journey = (
      await get(`/api/v1/advice/journey?dataset=${demo.id}&context=service&scheme=age&group=45-54`)
    ).json();
    expect(journey.phases.map((p: { phase: number }) => p.phase)).toEqual([1, 2, 3, 4, 5]);
    const bad = await get(
      `/api/v1/advice?dataset=${demo.id}&context=service&scheme=age&group=99-100&phase=2`,
    );
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].pointer).toBe('/query/group');
  });

  it('weights channel preference by the people who live in an area', async () => {
    const areas = (await get('/api/v1/advice/areas')).json().items as {
      id: string;
      name: string;
      scheme: string;
      synthetic: boolean;
    }[];
    expect(areas.every((a) => a.synthetic)).toBe(true);
    const young = areas.find((a) => a.name.includes('Universiteitskwartier'))!;
    const older = areas.find((a) => a.name.includes('Lindenhof'))!;
    const mix = async (id: string) =>
      (await get(`/api/v1/advice/areas/${id}/mix?dataset=${demo.id}&context=service`)).json();
    const y = await mix(young.id);
    const o = await mix(older.id);
    expect(y.phases).toHaveLength(5);
    expect(share(y.phases[1].channels, 'whatsapp')).toBeGreaterThan(share(o.phases[1].channels, 'whatsapp'));
    expect(share(o.phases[1].channels, 'telefoon')).toBeGreaterThan(share(y.phases[1].channels, 'telefoon'));
    expect(y.phases[1].missingGroups).toEqual([]);
    expect(y.phases[1].coveredShare).toBeCloseTo(1, 10);
  });

  it('compares datasets with significance marked', async () => {
    const same = (
      await get(
        `/api/v1/advice/comparison?datasetA=${demo.id}&datasetB=${demo.id}&context=service&scheme=age&group=all&phase=3`,
      )
    ).json();
    expect(same.channels.length).toBeGreaterThan(3);
    expect(
      same.channels.every(
        (c: { significant: boolean; difference: number }) => !c.significant && c.difference === 0,
      ),
    ).toBe(true);
  });

  it('rejects an area whose shares do not add up, or normalises it with a warning', async () => {
    const body = { name: 'Scheve wijk', kind: 'wijk', scheme: 'age', shares: { '16-24': 0.5, '25-34': 0.3 } };
    const rejected = await t.app.inject({
      method: 'POST',
      url: '/api/v1/advice/areas',
      headers: as(adviser),
      payload: body,
    });
    expect(rejected.statusCode).toBe(400);
    expect(rejected.json().errors[0].pointer).toBe('/shares');
    const normalised = await t.app.inject({
      method: 'POST',
      url: '/api/v1/advice/areas',
      headers: as(adviser),
      payload: { ...body, normalise: true },
    });
    expect(normalised.statusCode).toBe(201);
    expect(normalised.json().area.shares['16-24']).toBeCloseTo(0.625, 10);
    expect(normalised.json().warnings.join(' ')).toMatch(/genormaliseerd/i);
    const csv = await t.app.inject({
      method: 'POST',
      url: '/api/v1/advice/areas/import?name=Uit%20CSV&kind=buurt&scheme=age',
      headers: as(adviser, { 'content-type': 'text/csv' }),
      payload: 'groep;aantal\n16-24;120\n75-plus;abc\n',
    });
    expect(csv.statusCode).toBe(400);
    expect(csv.json().errors[0].detail).toMatch(/regel 3, kolom aantal/);
  });

  it('serves the questionnaire and template, and lets a beheerder extend the catalogue', async () => {
    const md = await get('/api/v1/advice/survey-template');
    expect(md.headers['content-type']).toMatch(/text\/markdown/);
    expect(md.body).toContain('dienstverlening_f2_kanalen');
    expect(md.body).toContain('`whatsapp`');
    const csv = await get('/api/v1/advice/survey-template.csv');
    expect(csv.body.split('\n')[0]!.split(';')).toHaveLength(3 + 2 * 5 * 3);

    const channel = {
      code: 'buurtapp',
      nameNl: 'Buurtapp',
      nameEn: 'Neighbourhood app',
      digital: true,
      inbound: true,
      outbound: true,
      contexts: ['participation'],
    };
    expect(
      (
        await t.app.inject({
          method: 'POST',
          url: '/api/v1/advice/channels',
          headers: as(adviser),
          payload: channel,
        })
      ).statusCode,
    ).toBe(403);
    const admin = await login(t.app, 'voorbeeldstad', 'beheerder');
    expect(
      (
        await t.app.inject({
          method: 'POST',
          url: '/api/v1/advice/channels',
          headers: as(admin),
          payload: channel,
        })
      ).statusCode,
    ).toBe(201);
    expect(
      (
        await t.app.inject({
          method: 'POST',
          url: '/api/v1/advice/channels',
          headers: as(admin),
          payload: channel,
        })
      ).statusCode,
    ).toBe(400);
    const catalogue = (await get('/api/v1/advice/catalogue')).json();
    expect(catalogue.channels.map((c: { code: string }) => c.code)).toContain('buurtapp');
    expect(catalogue.profileRights).toMatch(/Citisens/);
    const overlap = await t.app.inject({
      method: 'POST',
      url: '/api/v1/advice/segments',
      headers: as(admin),
      payload: {
        scheme: 'age',
        code: '18-20',
        nameNl: '18–20',
        nameEn: '18–20',
        minAge: 18,
        maxAge: 20,
        source: 'test',
      },
    });
    expect(overlap.statusCode).toBe(400);
    expect(overlap.json().errors[0].detail).toMatch(/overlapt met leeftijdsgroep '16-24'/);
    // Other gemeenten keep their own catalogue.
    const other = await login(t.app, 'proefdorp', 'adviseur');
    expect(
      (await get('/api/v1/advice/catalogue', other)).json().channels.map((c: { code: string }) => c.code),
    ).not.toContain('buurtapp');
  });
});
