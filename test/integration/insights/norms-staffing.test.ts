import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as } from '../../helpers/app.js';
import { buildWorld, get, type World } from './fixtures.js';

const PERIOD = '?from=2026-10-05&to=2026-10-25';

describe('insights: norms, staffing, CSV, isolation and permissions', () => {
  let w: World;
  beforeAll(async () => {
    w = await buildWorld();
  }, 120_000);
  afterAll(() => w?.t.close());

  const patch = (session: World['beheerder'], code: string, body: object, ifMatch?: string) =>
    w.t.app.inject({
      method: 'PATCH',
      url: `/api/v1/insights/norms/${code}`,
      headers: as(session, ifMatch ? { 'if-match': ifMatch } : {}),
      payload: body,
    });

  it('starts every gemeente on the preset norms, with their sources', async () => {
    const res = await get(w, w.analist, '/api/v1/insights/norms');
    expect(res.statusCode).toBe(200);
    const items = res.json().items;
    expect(items.map((n: { code: string }) => n.code)).toEqual([
      'phone-asa',
      'phone-30s',
      'email-2wd',
      'meldingen-due',
      'first-contact',
    ]);
    expect(items[1]).toMatchObject({
      kind: 'share-within',
      thresholdSeconds: 30,
      target: 0.7,
      active: true,
      version: 1,
    });
    expect(items[1].source).toMatch(/Tilburg/);
    expect(items[0]).toMatchObject({ kind: 'mean-at-most', thresholdSeconds: 25, target: null });
    expect(items[0].source).toMatch(/VNG/);
    expect(items[2]).toMatchObject({ workingDays: 2, target: 0.85 });
  });

  it('scores each norm per week with a trend', async () => {
    const res = await get(w, w.analist, `/api/v1/insights/norms/scores${PERIOD}`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    const rows = (code: string) => body.rows.filter((r: { normCode: string }) => r.normCode === code);
    // Phone waits 10..60 s in week 2026-10-05: mean 35 s (> 25), 3 of 6 within 30 s.
    expect(rows('phone-asa')).toEqual([
      { normCode: 'phone-asa', week: '2026-10-05', n: 6, score: 35, met: false, suppressed: false },
    ]);
    expect(rows('phone-30s')).toEqual([
      { normCode: 'phone-30s', week: '2026-10-05', n: 6, score: 0.5, met: false, suppressed: false },
    ]);
    expect(rows('email-2wd')).toEqual([]);
    // Five meldingen closed in week 2026-10-19, one after its due date.
    expect(rows('meldingen-due')).toEqual([
      { normCode: 'meldingen-due', week: '2026-10-19', n: 5, score: 0.8, met: false, suppressed: false },
    ]);
    // 4/6, 3/7 (1 of the 5 e-forms + 2 counter visits) and 24/28 (4 WhatsApps + 20 calls).
    expect(rows('first-contact').map((r: { score: number }) => r.score)).toEqual([0.6667, 0.4286, 0.8571]);
    const fcr = body.norms.find((n: { code: string }) => n.code === 'first-contact');
    expect(fcr).toMatchObject({ trend: 'improving', latest: 0.8571, met: true });
    expect(fcr.slopePerWeek).toBeCloseTo((0.857142 - 0.666667) / 2, 3);
    expect(body.norms.find((n: { code: string }) => n.code === 'phone-asa').trend).toBe('unknown');
  });

  it('lets the beheerder change a norm under If-Match only', async () => {
    expect((await patch(w.beheerder, 'first-contact', { target: 0.9 })).statusCode).toBe(428);
    expect((await patch(w.analist, 'first-contact', { target: 0.9 }, '"1"')).statusCode).toBe(403);
    expect((await patch(w.beheerder, 'onbekend', { target: 0.9 }, '"1"')).statusCode).toBe(404);
    const wrong = await patch(w.beheerder, 'first-contact', { thresholdSeconds: 20 }, '"1"');
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().errors).toEqual([expect.objectContaining({ pointer: '/thresholdSeconds' })]);
    expect((await patch(w.beheerder, 'first-contact', { target: 1.5 }, '"1"')).statusCode).toBe(400);
    expect((await patch(w.beheerder, 'first-contact', { extra: 1 }, '"1"')).statusCode).toBe(400);
    const ok = await patch(w.beheerder, 'first-contact', { target: 0.9 }, '"1"');
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.headers.etag).toBe('"2"');
    expect(ok.json()).toMatchObject({ target: 0.9, version: 2 });
    expect((await patch(w.beheerder, 'first-contact', { target: 0.8 }, '"1"')).statusCode).toBe(412);
    const scores = (await get(w, w.analist, `/api/v1/insights/norms/scores${PERIOD}`)).json();
    expect(scores.norms.find((n: { code: string }) => n.code === 'first-contact').met).toBe(false);
    // Another gemeente keeps its own norms.
    const other = (await get(w, w.other, '/api/v1/insights/norms')).json().items;
    expect(other.find((n: { code: string }) => n.code === 'first-contact').target).toBe(0.8);
  });

  it('computes Erlang C for the reference case', async () => {
    const res = await get(
      w,
      w.analist,
      '/api/v1/insights/staffing/erlang?calls=100&intervalMinutes=30&ahtSeconds=180&agents=14&targetSeconds=20',
    );
    expect(res.statusCode).toBe(200);
    const r = res.json();
    expect(r.trafficErlangs).toBe(10);
    expect(r.serviceLevel).toBeCloseTo(0.88835, 5);
    expect(r.probabilityWaiting).toBeCloseTo(0.17413, 5);
    expect(r.asaSeconds).toBeCloseTo(7.836, 3);
    expect(r.occupancy).toBeCloseTo(0.7143, 4);
  });

  it('forecasts phone calls per weekday and hour and the agents needed', async () => {
    const res = await get(w, w.analist, '/api/v1/insights/staffing/forecast?to=2026-10-25&weeks=3');
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.parameters).toMatchObject({
      from: '2026-10-05',
      to: '2026-10-25',
      weeks: 3,
      intervalMinutes: 60,
    });
    // Monday 09h: 6 calls in 3 weeks = 2 per week, AHT 350 s: 0.19 Erlang; 1 agent gives SL 0.82.
    // Thursday 10h: 20 calls / 3, no handling times: AHT 240 s; 1 agent gives 0.59, 2 give 0.93.
    expect(body.rows).toEqual([
      expect.objectContaining({
        weekday: 1,
        start: '09:00',
        forecastCalls: 2,
        ahtSeconds: 350,
        agents: 1,
        scheduled: 2,
      }),
      expect.objectContaining({
        weekday: 4,
        start: '10:00',
        forecastCalls: 6.67,
        ahtSeconds: 240,
        agents: 2,
        scheduled: 3,
      }),
    ]);
    expect(body.rows[0].serviceLevel).toBeCloseTo(0.8185, 3);
    const bad = await get(
      w,
      w.analist,
      '/api/v1/insights/staffing/forecast?shrinkage=0.95&intervalMinutes=45',
    );
    expect(bad.statusCode).toBe(400);
  });

  it('exports CSV with formula-safe cells', async () => {
    const topic = await w.t.app.inject({
      method: 'POST',
      url: '/api/v1/contact-topics',
      headers: as(w.beheerder),
      payload: { code: 'formule', parentCode: 'overig', nameNl: '=HYPERLINK("http://x.example")' },
    });
    expect(topic.statusCode, topic.body).toBe(201);
    const contact = await w.t.app.inject({
      method: 'POST',
      url: '/api/v1/contacts',
      headers: as(w.kcc),
      payload: {
        channel: 'email',
        direction: 'in',
        topicCode: 'formule',
        summary: 'x',
        outcome: 'answered',
        occurredAt: '2026-09-29T10:00:00+02:00',
      },
    });
    expect(contact.statusCode, contact.body).toBe(201);
    const url = '/api/v1/insights/resolution?from=2026-09-28&to=2026-10-04&format=csv';
    // A contact registered weeks after it happened counts at once (its day is marked as changed).
    const rebuild = (session: World['beheerder']) =>
      w.t.app.inject({ method: 'POST', url: '/api/v1/insights/rollups/rebuild', headers: as(session) });
    expect((await rebuild(w.analist)).statusCode).toBe(403);
    const rebuilt = await rebuild(w.beheerder);
    expect(rebuilt.statusCode, rebuilt.body).toBe(202);
    expect(rebuilt.json()).toMatchObject({ status: 'building', progress: expect.any(Number) });
    const res = await get(w, w.analist, url);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    expect(res.headers['content-disposition']).toMatch(/inzichten-resolution\.csv/);
    expect(res.body).toBe(
      'topicCode,topicName,n,identified,resolved,resolvedShare,repeated,repeatShare,suppressed\r\n' +
        `formule,"'=HYPERLINK(""http://x.example"")",,,,,,,true\r\n`,
    );
    const volume = await get(
      w,
      w.analist,
      '/api/v1/insights/volume?from=2026-10-05&to=2026-10-11&format=csv',
    );
    expect(volume.body).toBe('period,channel,n,suppressed\r\n2026-10-05,phone,6,false\r\n');
  });

  it('shows another gemeente none of it', async () => {
    for (const path of ['volume', 'heatmap', 'times', 'resolution', 'avoidable', 'reasons', 'satisfaction']) {
      const res = await get(w, w.other, `/api/v1/insights/${path}${PERIOD}`);
      expect(res.statusCode).toBe(200);
      expect(res.json().rows, path).toEqual([]);
      expect(res.json().provenance.n).toBe(0);
    }
    expect((await get(w, w.other, '/api/v1/insights/backlog')).json().rows).toEqual([]);
    expect((await get(w, w.other, '/api/v1/insights/due-compliance')).json().rows).toEqual([]);
    expect((await get(w, w.other, `/api/v1/insights/norms/scores${PERIOD}`)).json().rows).toEqual([]);
    const staffing = await get(w, w.other, '/api/v1/insights/staffing/forecast?to=2026-10-25&weeks=3');
    expect(staffing.json().rows).toEqual([]);
  });

  it('offers the filter choices of the gemeente to an analyst', async () => {
    const res = await get(w, w.analist, '/api/v1/insights/filters');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.channels).toContainEqual({ code: 'phone', group: 'personal' });
    expect(body.channels).toContainEqual({ code: 'eform', group: 'digital' });
    expect(body.topics).toContainEqual(
      expect.objectContaining({ code: 'status-melding', parentCode: 'status', avoidable: true }),
    );
    expect(body.categories).toContainEqual(expect.objectContaining({ code: 'losliggende-tegel' }));
    expect(body.teams.length).toBeGreaterThan(0);
    const other = (await get(w, w.other, '/api/v1/insights/filters')).json();
    const mine = new Set(body.teams.map((t: { id: string }) => t.id));
    expect(other.teams.some((t: { id: string }) => mine.has(t.id))).toBe(false);
  });

  it('needs insights:read (403) and a session (401)', async () => {
    const paths = ['volume', 'backlog', 'norms', 'norms/scores', 'staffing/forecast'];
    for (const path of paths) {
      expect((await get(w, w.behandelaar, `/api/v1/insights/${path}`)).statusCode, path).toBe(403);
      expect((await w.t.app.inject({ method: 'GET', url: `/api/v1/insights/${path}` })).statusCode).toBe(401);
    }
    expect((await get(w, w.kcc, '/api/v1/insights/volume')).statusCode).toBe(200);
    expect((await get(w, w.beheerder, '/api/v1/insights/volume')).statusCode).toBe(200);
  });
});
