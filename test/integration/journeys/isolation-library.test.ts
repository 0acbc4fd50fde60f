// One gemeente never sees another's personas, journeys, versions, measurements or experiments
// (404 on every route); the shared library is the one deliberate exception, and it only ever
// holds stripped copies.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, login, startTestApp, type Login, type TestApp } from '../../helpers/app.js';
import { journeyBody, personaBody } from './fixtures.js';

describe('tenant isolation and the shared library', () => {
  let t: TestApp;
  let a: Login;
  let b: Login;
  let beheerderB: Login;
  let personaA: string;
  let journeyA: string;
  let experimentA: string;

  const req = (
    s: Login,
    method: string,
    url: string,
    payload?: unknown,
    headers: Record<string, string> = {},
  ) =>
    t.app.inject({
      method: method as 'GET',
      url,
      headers: as(s, headers),
      ...(payload === undefined ? {} : { payload: payload as object }),
    });

  beforeAll(async () => {
    t = await startTestApp();
    a = await login(t.app, 'voorbeeldstad', 'adviseur');
    b = await login(t.app, 'proefdorp', 'adviseur');
    beheerderB = await login(t.app, 'proefdorp', 'beheerder');
    personaA = (await req(a, 'POST', '/api/v1/personas', personaBody())).json().id;
    journeyA = (await req(a, 'POST', '/api/v1/journeys', journeyBody([personaA]))).json().id;
    const csv = 'step_id,instrument,period,n,mean,sd\ns1,kto,2025-K1,40,7.1,1.2\n';
    expect(
      (
        await req(a, 'POST', `/api/v1/journeys/${journeyA}/measurements?source=KTO`, csv, {
          'content-type': 'text/csv',
        })
      ).statusCode,
    ).toBe(201);
    const exp = await req(a, 'POST', `/api/v1/journeys/${journeyA}/experiments`, {
      stepId: 's3',
      title: 'Brieftekst',
      variantA: 'Oud',
      variantB: 'Nieuw',
      metric: 'Reactie binnen 14 dagen',
      baseline: 0.4,
      expected: 0.55,
    });
    experimentA = exp.json().id;
  }, 180_000);
  afterAll(() => t.close());

  it('answers 404 to another gemeente on every persona and journey route, and changes nothing', async () => {
    const j = `/api/v1/journeys/${journeyA}`;
    const e = `${j}/experiments/${experimentA}`;
    const calls: [string, string, unknown?, Record<string, string>?][] = [
      ['GET', `/api/v1/personas/${personaA}`],
      ['PUT', `/api/v1/personas/${personaA}`, personaBody({ name: 'Gekaapt' }), { 'if-match': '"1"' }],
      ['DELETE', `/api/v1/personas/${personaA}`, undefined, { 'if-match': '"1"' }],
      ['GET', j],
      ['PUT', j, journeyBody([]), { 'if-match': '"1"' }],
      ['DELETE', j, undefined, { 'if-match': '"1"' }],
      ['GET', `${j}/versions`],
      ['GET', `${j}/versions/1`],
      ['GET', `${j}/diff`],
      ['GET', `${j}/export`],
      ['GET', `${j}/export?format=mermaid`],
      ['GET', `${j}/measurements`],
      [
        'POST',
        `${j}/measurements?source=x`,
        'step_id,instrument,period,n,mean\ns1,kto,K1,5,7\n',
        { 'content-type': 'text/csv' },
      ],
      ['GET', `${j}/experiments`],
      [
        'POST',
        `${j}/experiments`,
        { stepId: 's1', title: 'x', variantA: 'a', variantB: 'b', metric: 'm', baseline: 0.2, expected: 0.3 },
      ],
      ['GET', e],
      [
        'PUT',
        `${e}/results`,
        { a: { successes: 1, n: 2 }, b: { successes: 1, n: 2 } },
        { 'if-match': '"1"' },
      ],
      ['POST', `${e}/analysis`],
      ['POST', `${e}/conclusion`, { summary: 'x' }, { 'if-match': '"1"' }],
      ['POST', '/api/v1/library/items', { kind: 'journey', sourceId: journeyA }],
      ['POST', '/api/v1/library/items', { kind: 'persona', sourceId: personaA }],
    ];
    for (const [method, url, payload, headers] of calls) {
      const session = url.startsWith('/api/v1/library') ? beheerderB : b;
      const res = await req(session, method, url, payload, headers);
      expect(res.statusCode, `${method} ${url}: ${res.body}`).toBe(404);
    }
    // Lists show only the own gemeente's records.
    const personas = (await req(b, 'GET', '/api/v1/personas?pageSize=200')).json().items;
    expect(personas.map((p: { id: string }) => p.id)).not.toContain(personaA);
    const journeys = (await req(b, 'GET', '/api/v1/journeys?pageSize=200')).json().items;
    expect(journeys.map((x: { id: string }) => x.id)).not.toContain(journeyA);
    // And A's records are untouched.
    const own = await req(a, 'GET', `/api/v1/journeys/${journeyA}`);
    expect(own.json().version).toBe(1);
    expect((await req(a, 'GET', `/api/v1/personas/${personaA}`)).json().name).toBe('Testpersona');
  });

  it('publishes a stripped copy that another gemeente can browse and copy, never with private fields', async () => {
    const published = await req(a, 'POST', '/api/v1/library/items', { kind: 'journey', sourceId: journeyA });
    expect(published.statusCode, published.body).toBe(201);
    const itemId = published.json().id;
    const personaItem = await req(a, 'POST', '/api/v1/library/items', {
      kind: 'persona',
      sourceId: personaA,
    });
    expect(personaItem.statusCode).toBe(201);
    // Republishing updates the same item.
    const again = await req(a, 'POST', '/api/v1/library/items', { kind: 'journey', sourceId: journeyA });
    expect(again.statusCode).toBe(200);
    expect(again.json().id).toBe(itemId);

    const list = (await req(b, 'GET', '/api/v1/library/items?kind=journey')).json();
    const seen = list.items.find((i: { id: string }) => i.id === itemId);
    expect(seen).toMatchObject({
      own: false,
      publisherName: expect.any(String),
      title: 'Melding openbare ruimte',
    });
    expect(seen.sourceId).toBeUndefined();

    const item = await req(b, 'GET', `/api/v1/library/items/${itemId}`);
    expect(item.statusCode).toBe(200);
    const text = item.body;
    // Private: the idea owner's name, the persona's internal notes and internal sources, record ids.
    expect(text).not.toContain('Jan de Vries');
    expect(text).not.toContain('wijkteam Noord');
    expect(text).not.toContain('Intern interviewverslag');
    expect(text).not.toContain(journeyA);
    expect(text).not.toContain(personaA);
    expect(text).not.toContain(a.tenantId);
    expect(item.json().journey.journey.document.phases[2].steps[0].ideas[0]).toEqual({
      text: 'Statusbericht sturen',
      status: 'planned',
      evidence: { level: 'aangenomen' },
    });
    const personaText = (await req(b, 'GET', `/api/v1/library/items/${personaItem.json().id}`)).body;
    expect(personaText).not.toContain('wijkteam Noord');
    expect(personaText).toContain('Openbaar rapport');

    // Copy into B: a new journey and persona of B, marked as from the library.
    const copy = await req(b, 'POST', `/api/v1/library/items/${itemId}/copies`);
    expect(copy.statusCode, copy.body).toBe(201);
    const copied = (await req(b, 'GET', copy.headers.location as string)).json();
    expect(copied.origin).toMatchObject({ kind: 'library', itemId });
    expect(copied.document.phases[2].steps[0].ideas[0].owner).toBeUndefined();
    expect(copied.personas).toHaveLength(1);
    // The copy belongs to B: A cannot see it.
    expect((await req(a, 'GET', copy.headers.location as string)).statusCode).toBe(404);
  });

  it('lets only the publisher withdraw an item', async () => {
    const item = (
      await req(a, 'POST', '/api/v1/library/items', { kind: 'persona', sourceId: personaA })
    ).json();
    expect((await req(beheerderB, 'DELETE', `/api/v1/library/items/${item.id}`)).statusCode).toBe(404);
    expect((await req(b, 'GET', `/api/v1/library/items/${item.id}`)).statusCode).toBe(200);
    expect((await req(a, 'DELETE', `/api/v1/library/items/${item.id}`)).statusCode).toBe(204);
    expect((await req(b, 'GET', `/api/v1/library/items/${item.id}`)).statusCode).toBe(404);
  });

  it('shows the library to no query without a tenant context', async () => {
    const { sql } = await import('drizzle-orm');
    const rows = await t.db.database.db.execute(sql`select count(*)::int as n from library_items`);
    const n = (Array.isArray(rows) ? rows : (rows as { rows: { n: number }[] }).rows)[0] as { n: number };
    expect(n.n).toBe(0);
  });
});
