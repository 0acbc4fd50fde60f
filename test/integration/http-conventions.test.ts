import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, login, startTestApp, type Login, type TestApp } from '../helpers/app.js';

describe('HTTP conventions', () => {
  let t: TestApp;
  let admin: Login;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await login(t.app, 'voorbeeldstad', 'beheerder');
  });
  afterAll(() => t.close());

  const teamCount = async () =>
    (await t.app.inject({ method: 'GET', url: '/api/v1/teams', headers: as(admin) })).json().total as number;

  it('sends API-Version, traceparent and security headers, and problem+json for unknown routes', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/v1/does-not-exist',
      headers: { traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01' },
    });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.headers['api-version']).toBe('1.0.0');
    expect(res.headers.traceparent).toMatch(/^00-4bf92f3577b34da6a3ce929d0e0e4736-[0-9a-f]{16}-01$/);
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['strict-transport-security']).toBeUndefined();
    const tls = await t.app.inject({
      method: 'GET',
      url: '/health/live',
      headers: { 'x-forwarded-proto': 'https' },
    });
    // Without TRUST_PROXY the forwarded header is not believed, so no HSTS.
    expect(tls.headers['strict-transport-security']).toBeUndefined();
  });

  it('sends HSTS when TLS terminates at a trusted proxy', async () => {
    const behind = await startTestApp({ trustProxy: true });
    try {
      const res = await behind.app.inject({
        method: 'GET',
        url: '/health/live',
        headers: { 'x-forwarded-proto': 'https' },
      });
      expect(res.headers['strict-transport-security']).toMatch(/max-age=\d+/);
    } finally {
      await behind.close();
    }
  });

  it('serves the OpenAPI document generated from the route schemas', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/v1/teams', '/api/v1/teams/{id}', '/api/v1/session', '/api/v1/users']),
    );
    expect(doc.paths['/api/v1/teams'].post.requestBody).toBeDefined();
    // NL API Design Rules: no trailing slashes.
    expect(Object.keys(doc.paths).filter((p) => p.endsWith('/'))).toEqual([]);
  });

  it('serves security.txt and health endpoints', async () => {
    const sec = await t.app.inject({ method: 'GET', url: '/.well-known/security.txt' });
    expect(sec.statusCode).toBe(200);
    expect(sec.body).toMatch(/^Contact: /m);
    expect(sec.body).toMatch(/^Expires: \d{4}-/m);
    expect((await t.app.inject({ method: 'GET', url: '/health/live' })).statusCode).toBe(200);
    const ready = await t.app.inject({ method: 'GET', url: '/health/ready' });
    expect(ready.statusCode).toBe(200);
  });

  it('rejects unknown properties, wrong types, over-long strings and malformed JSON with field paths, writing nothing', async () => {
    const before = await teamCount();
    const cases: [unknown, string][] = [
      [{ name: 'Team', colour: 'blue' }, '/colour'],
      [{ name: 42 }, '/name'],
      [{ name: 'x'.repeat(201) }, '/name'],
      [{ description: 'zonder naam' }, '/name'],
      [{ name: 'Team', email: 'geen-adres' }, '/email'],
    ];
    for (const [payload, pointer] of cases) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/teams',
        headers: as(admin),
        payload: payload as object,
      });
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      const body = res.json();
      expect(body.type).toBe('https://buitenbinnen.nl/problems/validation');
      expect(body.errors.map((e: { pointer: string }) => e.pointer)).toContain(pointer);
    }
    const malformed = await t.app.inject({
      method: 'POST',
      url: '/api/v1/teams',
      headers: as(admin, { 'content-type': 'application/json' }),
      payload: '{"name": ',
    });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().type).toBe('https://buitenbinnen.nl/problems/malformed-json');
    const badQuery = await t.app.inject({
      method: 'GET',
      url: '/api/v1/teams?pageSize=5000',
      headers: as(admin),
    });
    expect(badQuery.statusCode).toBe(400);
    expect(badQuery.json().errors[0].pointer).toBe('/query/pageSize');
    expect(await teamCount()).toBe(before);
  });

  it('replays a create with the same Idempotency-Key and body, refuses it with another body', async () => {
    const before = await teamCount();
    const headers = as(admin, { 'idempotency-key': 'create-team-1' });
    const first = await t.app.inject({
      method: 'POST',
      url: '/api/v1/teams',
      headers,
      payload: { name: 'Idempotent team' },
    });
    const second = await t.app.inject({
      method: 'POST',
      url: '/api/v1/teams',
      headers,
      payload: { name: 'Idempotent team' },
    });
    expect(first.statusCode).toBe(201);
    expect(second.statusCode).toBe(201);
    expect(second.headers['idempotent-replayed']).toBe('true');
    expect(second.json()).toEqual(first.json());
    expect(second.headers.location).toBe(first.headers.location);
    expect(await teamCount()).toBe(before + 1);
    const other = await t.app.inject({
      method: 'POST',
      url: '/api/v1/teams',
      headers,
      payload: { name: 'Ander team' },
    });
    expect(other.statusCode).toBe(422);
    expect(other.json().type).toBe('https://buitenbinnen.nl/problems/idempotency-key-reused');
    expect(await teamCount()).toBe(before + 1);
  });

  it('requires If-Match on updates: 428 without, 412 when stale, 200 with the current ETag', async () => {
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/teams',
      headers: as(admin),
      payload: { name: 'Versie team' },
    });
    const id = created.json().id;
    const etag = created.headers.etag as string;
    const url = `/api/v1/teams/${id}`;
    const missing = await t.app.inject({
      method: 'PATCH',
      url,
      headers: as(admin),
      payload: { name: 'Zonder' },
    });
    expect(missing.statusCode).toBe(428);
    const ok = await t.app.inject({
      method: 'PATCH',
      url,
      headers: as(admin, { 'if-match': etag }),
      payload: { name: 'Eerste wijziging' },
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.headers.etag).not.toBe(etag);
    const stale = await t.app.inject({
      method: 'PATCH',
      url,
      headers: as(admin, { 'if-match': etag }),
      payload: { name: 'Tweede wijziging' },
    });
    expect(stale.statusCode).toBe(412);
    const now = await t.app.inject({ method: 'GET', url, headers: as(admin) });
    expect(now.json().name).toBe('Eerste wijziging');
    expect(now.headers.etag).toBe(ok.headers.etag);
  });

  it('answers 409-free validation for a duplicate name with the field named', async () => {
    await t.app.inject({
      method: 'POST',
      url: '/api/v1/teams',
      headers: as(admin),
      payload: { name: 'Dubbel' },
    });
    const dup = await t.app.inject({
      method: 'POST',
      url: '/api/v1/teams',
      headers: as(admin),
      payload: { name: 'Dubbel' },
    });
    expect(dup.statusCode).toBe(400);
    expect(dup.json().errors).toEqual([{ pointer: '/name', detail: 'is al in gebruik' }]);
  });
});
