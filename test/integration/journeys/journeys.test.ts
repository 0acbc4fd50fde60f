// Journey maps through the API: saving with If-Match, versions, grounding and warnings, export and
// import (round trip, and rejection with JSON pointers that stores nothing), Mermaid, diff.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, login, startTestApp, type Login, type TestApp } from '../../helpers/app.js';
import { NO_VULNERABLE_PERSONA_WARNING } from '../../../src/shared/journeys/grounding.js';
import { journeyBody, personaBody } from './fixtures.js';

describe('journey maps', () => {
  let t: TestApp;
  let adviser: Login;
  let personaId: string;
  let vulnerableId: string;

  const post = (url: string, payload: unknown, headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'POST', url, headers: as(adviser, headers), payload: payload as object });
  const get = (url: string) => t.app.inject({ method: 'GET', url, headers: as(adviser) });
  const count = async (url: string) => (await get(url)).json().total as number;

  beforeAll(async () => {
    t = await startTestApp();
    adviser = await login(t.app, 'voorbeeldstad', 'adviseur');
    personaId = (await post('/api/v1/personas', personaBody())).json().id;
    vulnerableId = (
      await post('/api/v1/personas', personaBody({ name: 'Kwetsbaar', vulnerabilityTags: ['low-literacy'] }))
    ).json().id;
  }, 180_000);
  afterAll(() => t.close());

  it('gives every gemeente a starter set that includes often-missed residents, labelled as examples', async () => {
    const res = await get('/api/v1/personas?vulnerable=true&pageSize=200');
    const tags = new Set(
      res.json().items.flatMap((p: { vulnerabilityTags: string[] }) => p.vulnerabilityTags),
    );
    for (const tag of ['low-literacy', 'low-digital-skills', 'screen-reader', 'newcomer', 'older-alone'])
      expect(tags).toContain(tag);
    expect(res.json().items.filter((p: { example: boolean }) => p.example).length).toBeGreaterThanOrEqual(4);
    expect(res.json().quoteReminder).toMatch(/persoonsgegeven/);
  });

  it('creates a journey with ETag, reports how much is grounded and warns without a vulnerable persona', async () => {
    const res = await post('/api/v1/journeys', journeyBody([personaId]));
    expect(res.statusCode, res.body).toBe(201);
    expect(res.headers.etag).toBe('"1"');
    expect(res.headers.location).toBe(`/api/v1/journeys/${res.json().id}`);
    const j = res.json();
    expect(j.grounding).toMatchObject({
      steps: 5,
      heartbeats: 5,
      grounded: 2,
      share: 0.4,
      assumedStepIds: ['s3', 's4', 's5'],
    });
    expect(j.warnings).toEqual([NO_VULNERABLE_PERSONA_WARNING]);
    expect(j.document.phases[0].name).toBe('Ontdekken');
    const withVulnerable = await post('/api/v1/journeys', journeyBody([personaId, vulnerableId]));
    expect(withVulnerable.json().warnings).toEqual([]);
  });

  it('saves with If-Match as a new version, answers 412 to a stale save and 428 without If-Match', async () => {
    const created = (await post('/api/v1/journeys', journeyBody([personaId]))).json();
    const url = `/api/v1/journeys/${created.id}`;
    const first = await t.app.inject({
      method: 'PUT',
      url,
      headers: as(adviser, { 'if-match': '"1"' }),
      payload: journeyBody([personaId], { title: 'Eerste' }),
    });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.headers.etag).toBe('"2"');
    // A colleague who loaded version 1 saves later: refused, nothing overwritten.
    const second = await t.app.inject({
      method: 'PUT',
      url,
      headers: as(adviser, { 'if-match': '"1"' }),
      payload: journeyBody([personaId], { title: 'Tweede' }),
    });
    expect(second.statusCode).toBe(412);
    expect(second.json().type).toMatch(/precondition-failed/);
    expect((await get(url)).json().title).toBe('Eerste');
    const missing = await t.app.inject({
      method: 'PUT',
      url,
      headers: as(adviser),
      payload: journeyBody([personaId]),
    });
    expect(missing.statusCode).toBe(428);
    const versions = (await get(`${url}/versions`)).json().items;
    expect(versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    const v1 = (await get(`${url}/versions/1`)).json();
    expect(v1.meta.title).toBe('Melding openbare ruimte');
  });

  it('rejects a map with steps out of phase order or duplicate step ids, with pointers', async () => {
    const body = journeyBody([personaId]);
    body.document.phases[1]!.steps[0]!.id = 's1';
    const res = await post('/api/v1/journeys', body);
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([
      { pointer: '/document/phases/1/steps/0/id', detail: expect.stringMatching(/s1/) },
    ]);
    const unknownPersona = await post(
      '/api/v1/journeys',
      journeyBody(['00000000-0000-4000-8000-000000000000']),
    );
    expect(unknownPersona.json().errors[0].pointer).toBe('/personaIds/0');
  });

  it('exports JSON that imports back to the same journey (round trip)', async () => {
    const created = (
      await post('/api/v1/journeys', journeyBody([personaId, vulnerableId], { description: 'Rondreis' }))
    ).json();
    const exported = await get(`/api/v1/journeys/${created.id}/export`);
    expect(exported.statusCode).toBe(200);
    expect(exported.headers['content-disposition']).toMatch(/\.json"/);
    const file = exported.json();
    expect(file.format).toBe('buitenbinnen.journey');
    const imported = await post('/api/v1/journeys/imports', file);
    expect(imported.statusCode, imported.body).toBe(201);
    expect(imported.json().id).not.toBe(created.id);
    expect(imported.json().origin).toEqual({ kind: 'import' });
    const again = (await get(`/api/v1/journeys/${imported.json().id}/export`)).json();
    expect(again).toEqual(file);
  });

  it('rejects an invalid import with the JSON pointer of each problem and stores nothing', async () => {
    const created = (await post('/api/v1/journeys', journeyBody([personaId]))).json();
    const file = (await get(`/api/v1/journeys/${created.id}/export`)).json();
    file.journey.document.phases[2].steps[0].heartbeat.score = 9;
    file.journey.document.phases[0].steps[0].colour = 'rood';
    delete file.journey.personas[0].evidence;
    const journeysBefore = await count('/api/v1/journeys');
    const personasBefore = await count('/api/v1/personas');
    const res = await post('/api/v1/journeys/imports', file);
    expect(res.statusCode).toBe(400);
    const pointers = res.json().errors.map((e: { pointer: string }) => e.pointer);
    expect(pointers).toEqual(
      expect.arrayContaining([
        '/journey/document/phases/2/steps/0/heartbeat/score',
        '/journey/document/phases/0/steps/0/colour',
        '/journey/personas/0/evidence',
      ]),
    );
    // A file that passes the schema but not the semantic checks is rejected just as completely.
    const dup = (await get(`/api/v1/journeys/${created.id}/export`)).json();
    dup.journey.document.phases[4].key = 'action';
    const res2 = await post('/api/v1/journeys/imports', dup);
    expect(res2.statusCode).toBe(400);
    expect(res2.json().errors[0].pointer).toBe('/journey/document/phases/4/key');
    expect(await count('/api/v1/journeys')).toBe(journeysBefore);
    expect(await count('/api/v1/personas')).toBe(personasBefore);
  });

  it('exports Mermaid journey text', async () => {
    const created = (await post('/api/v1/journeys', journeyBody([personaId]))).json();
    const res = await get(`/api/v1/journeys/${created.id}/export?format=mermaid`);
    expect(res.headers['content-type']).toMatch(/text\/plain/);
    const lines = res.body.split('\n');
    expect(lines[0]).toBe('journey');
    expect(lines).toContain('  section Ontdekken');
    expect(lines).toContain('    Stap 3 (aanname): 1: Testpersona');
    expect(lines).toContain('    Stap 1: 3: Testpersona');
  });

  it('compares the current and the desired journey', async () => {
    const current = (await post('/api/v1/journeys', journeyBody([personaId]))).json();
    const desiredBody = journeyBody([personaId], { state: 'desired', counterpartId: current.id });
    desiredBody.document.phases[2]!.steps[0]!.heartbeat = {
      sentiment: 'positive',
      evidence: { level: 'aangenomen' },
    };
    desiredBody.document.phases[3]!.steps.push({
      id: 'nieuw',
      title: 'Foto van herstel',
      touchpoints: [],
      painPoints: [],
      ideas: [],
      backstage: [],
    });
    desiredBody.document.phases[4]!.steps = [];
    const desired = (await post('/api/v1/journeys', desiredBody)).json();
    // From either side, the counterpart is found.
    for (const id of [current.id, desired.id]) {
      const res = await get(`/api/v1/journeys/${id}/diff`);
      expect(res.statusCode, res.body).toBe(200);
      const d = res.json();
      expect(d.current.id).toBe(current.id);
      expect(d.desired.id).toBe(desired.id);
      expect(d.phases[2].changed).toEqual([{ stepId: 's3', title: 'Stap 3', lanes: ['heartbeat'] }]);
      expect(d.phases[3].added).toEqual([{ stepId: 'nieuw', title: 'Foto van herstel' }]);
      expect(d.phases[4].removed).toEqual([{ stepId: 's5', title: 'Stap 5' }]);
      expect(d.phases[0].unchanged).toBe(1);
    }
  });

  it('deletes with If-Match', async () => {
    const created = (await post('/api/v1/journeys', journeyBody([personaId]))).json();
    const url = `/api/v1/journeys/${created.id}`;
    expect(
      (await t.app.inject({ method: 'DELETE', url, headers: as(adviser, { 'if-match': '"7"' }) })).statusCode,
    ).toBe(412);
    expect(
      (await t.app.inject({ method: 'DELETE', url, headers: as(adviser, { 'if-match': '"1"' }) })).statusCode,
    ).toBe(204);
    expect((await get(url)).statusCode).toBe(404);
  });
});
