// Measured heartbeats (CSV, all-or-nothing) and an A/B experiment from design to write-back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, login, startTestApp, type Login, type TestApp } from '../../helpers/app.js';
import { PEEKING_WARNING } from '../../../src/shared/journeys/experiment.js';
import { withTenant } from '../../../src/server/platform/db/tenant.js';
import { seedJourneyDemo } from '../../../src/server/modules/journeys/index.js';
import { journeyBody, personaBody } from './fixtures.js';

describe('measurements and experiments', () => {
  let t: TestApp;
  let adviser: Login;
  let journeyId: string;

  const req = (method: string, url: string, payload?: unknown, headers: Record<string, string> = {}) =>
    t.app.inject({
      method: method as 'GET',
      url,
      headers: as(adviser, headers),
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
  const csv = (body: string) =>
    req('POST', `/api/v1/journeys/${journeyId}/measurements?source=KTO%202025`, body, {
      'content-type': 'text/csv',
    });

  beforeAll(async () => {
    t = await startTestApp();
    adviser = await login(t.app, 'voorbeeldstad', 'analist');
    const personaId = (await req('POST', '/api/v1/personas', personaBody())).json().id;
    journeyId = (await req('POST', '/api/v1/journeys', journeyBody([personaId]))).json().id;
  }, 180_000);
  afterAll(() => t.close());

  it('imports measurements with n and a 95% interval, and counts the step as grounded', async () => {
    const res = await csv(
      'step_id;instrument;period;n;mean;sd\ns3;kto;2025-K1;100;6,5;2\ns3;ces;2025-K1;50;4;\n',
    );
    expect(res.statusCode, res.body).toBe(201);
    const [kto, ces] = res.json().items;
    // 6.5 ± 1.959964·2/√100 = 6.5 ± 0.39199
    expect(kto).toMatchObject({ stepId: 's3', n: 100, mean: 6.5, confidence: 0.95 });
    expect(kto.ciLow).toBeCloseTo(6.10801, 5);
    expect(kto.ciHigh).toBeCloseTo(6.89199, 5);
    expect(ces).toMatchObject({ sd: null, ciLow: null, ciHigh: null });
    const journey = (await req('GET', `/api/v1/journeys/${journeyId}`)).json();
    expect(journey.grounding.grounded).toBe(3);
    expect(journey.grounding.assumedStepIds).toEqual(['s4', 's5']);
  });

  it('answers the journey and its measurements in one response, as the two routes answer them', async () => {
    const res = await req('GET', `/api/v1/journeys/${journeyId}/with-measurements`);
    expect(res.statusCode, res.body).toBe(200);
    const journey = await req('GET', `/api/v1/journeys/${journeyId}`);
    const measurements = (await req('GET', `/api/v1/journeys/${journeyId}/measurements`)).json().items;
    expect(measurements.length).toBeGreaterThan(0);
    expect(res.json()).toEqual({ journey: journey.json(), measurements });
    expect(res.headers.etag).toBe(journey.headers.etag);
    // Another gemeente's user, and an id that is no journey: 404, as for the journey itself.
    const other = await login(t.app, 'proefdorp', 'analist');
    const foreign = await t.app.inject({
      method: 'GET',
      url: `/api/v1/journeys/${journeyId}/with-measurements`,
      headers: as(other),
    });
    expect(foreign.statusCode).toBe(404);
    expect(foreign.body).not.toContain('s3');
    const unknown = await req(
      'GET',
      '/api/v1/journeys/00000000-0000-4000-8000-000000000000/with-measurements',
    );
    expect(unknown.statusCode).toBe(404);
  });

  it('rejects a file with any bad line, naming each line, and stores nothing', async () => {
    const before = (await req('GET', `/api/v1/journeys/${journeyId}/measurements`)).json().items.length;
    const res = await csv(
      'step_id,instrument,period,n,mean\ns1,kto,K2,30,7\nonbekend,kto,K2,30,7\ns2,nps,K2,0,120\ns1,kto,K2,30,8\n',
    );
    expect(res.statusCode).toBe(400);
    const details = res.json().errors.map((e: { pointer: string }) => e.pointer);
    expect(details).toEqual(['/file/line/3/step_id', '/file/line/4/n', '/file/line/4/mean', '/file/line/5']);
    expect((await req('GET', `/api/v1/journeys/${journeyId}/measurements`)).json().items.length).toBe(before);
  });

  it('designs an experiment with a power calculation, warns against peeking, and writes the outcome back', async () => {
    const size = (await req('GET', '/api/v1/experiments/sample-size?p1=0.5&p2=0.75&power=0.9')).json();
    expect(size.nPerGroup).toBe(77);
    const created = await req('POST', `/api/v1/journeys/${journeyId}/experiments`, {
      stepId: 's3',
      title: 'Brief op B1',
      variantA: 'Huidige brief',
      variantB: 'Brief op B1',
      metric: 'Reactie binnen 14 dagen',
      baseline: 0.5,
      expected: 0.75,
      power: 0.9,
    });
    expect(created.statusCode, created.body).toBe(201);
    const exp = created.json();
    expect(exp.design).toMatchObject({ nPerGroup: 77 });
    const url = `/api/v1/journeys/${journeyId}/experiments/${exp.id}`;
    // An early look at small numbers: Fisher's test, and a peeking warning.
    let res = await req(
      'PUT',
      `${url}/results`,
      { a: { successes: 3, n: 4 }, b: { successes: 1, n: 4 } },
      { 'if-match': '"1"' },
    );
    expect(res.statusCode, res.body).toBe(200);
    let analysis = (await req('POST', `${url}/analysis`)).json();
    expect(analysis.method).toBe('fisher');
    expect(analysis.pValue).toBeCloseTo(34 / 70, 10);
    expect(analysis.warnings).toContain(PEEKING_WARNING);
    // The planned size reached.
    res = await req(
      'PUT',
      `${url}/results`,
      { a: { successes: 40, n: 80 }, b: { successes: 60, n: 80 } },
      { 'if-match': '"2"' },
    );
    expect(res.statusCode).toBe(200);
    analysis = (await req('POST', `${url}/analysis`)).json();
    expect(analysis.method).toBe('z-test');
    // Pooled p = 0.625, SE = √(0.625·0.375·2/80) = 0.076547, z = 0.25/0.076547 = 3.26599, two-sided p = 0.001091.
    expect(analysis.zTest.z).toBeCloseTo(3.26599, 4);
    expect(analysis.pValue).toBeCloseTo(0.001091, 5);
    expect(analysis.winner).toBe('B');
    expect(analysis.warnings).not.toContain(PEEKING_WARNING);
    expect(analysis.warnings.length).toBe(1); // analysed before
    const version = (await req('GET', `/api/v1/journeys/${journeyId}`)).json().version;
    const done = await req(
      'POST',
      `${url}/conclusion`,
      { summary: 'De B1-brief werkt beter' },
      { 'if-match': '"3"' },
    );
    expect(done.statusCode, done.body).toBe(200);
    const journey = (await req('GET', `/api/v1/journeys/${journeyId}`)).json();
    expect(journey.version).toBe(version + 1);
    expect(journey.document.phases[2].steps[0].experimentOutcome).toMatchObject({
      experimentId: exp.id,
      winner: 'B',
      summary: 'De B1-brief werkt beter',
    });
    // Results of a concluded experiment are fixed.
    expect(
      (
        await req(
          'PUT',
          `${url}/results`,
          { a: { successes: 1, n: 2 }, b: { successes: 1, n: 2 } },
          { 'if-match': '"4"' },
        )
      ).statusCode,
    ).toBe(409);
  });

  it('refuses results with more successes than participants', async () => {
    const exp = (
      await req('POST', `/api/v1/journeys/${journeyId}/experiments`, {
        stepId: 's1',
        title: 'x',
        variantA: 'a',
        variantB: 'b',
        metric: 'm',
        baseline: 0.2,
        expected: 0.3,
      })
    ).json();
    const res = await req(
      'PUT',
      `/api/v1/journeys/${journeyId}/experiments/${exp.id}/results`,
      { a: { successes: 5, n: 2 }, b: { successes: 1, n: 2 } },
      { 'if-match': '"1"' },
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].pointer).toBe('/a/successes');
  });

  it('seeds demo journeys, current and desired, with synthetic measurements, labelled as examples', async () => {
    await withTenant(t.db.database, adviser.tenantId, (tx) => seedJourneyDemo(tx, adviser.tenantId));
    await withTenant(t.db.database, adviser.tenantId, (tx) => seedJourneyDemo(tx, adviser.tenantId)); // idempotent
    const list = (await req('GET', '/api/v1/journeys?pageSize=200'))
      .json()
      .items.filter((j: { example: boolean }) => j.example);
    expect(list).toHaveLength(6);
    for (const word of ['melding openbare ruimte', 'verhuizen', 'herinrichting'])
      expect(list.filter((j: { title: string }) => j.title.toLowerCase().includes(word))).toHaveLength(2);
    const current = list.find(
      (j: { title: string; state: string }) => j.title.includes('verhuizen') && j.state === 'current',
    );
    const diff = (await req('GET', `/api/v1/journeys/${current.id}/diff`)).json();
    expect(diff.phases[2].changed[0].stepId).toBe('vh-controle');
    const measurements = (await req('GET', `/api/v1/journeys/${current.id}/measurements`)).json().items;
    expect(measurements.length).toBeGreaterThan(0);
    expect(measurements.every((m: { synthetic: boolean }) => m.synthetic)).toBe(true);
    const detail = (await req('GET', `/api/v1/journeys/${current.id}`)).json();
    expect(detail.personas.length).toBe(2);
    expect(detail.description).toMatch(/Voorbeeld/);
  });
});
