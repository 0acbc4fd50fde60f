import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { as, login, startTestApp, type Login, type TestApp } from '../../helpers/app.js';
import { count, FORMS, ownerRows, submission } from './helpers.js';

describe('following a melding and the KTO question', () => {
  let t: TestApp;
  let kcc: Login;

  const submit = async (email?: string) => {
    const res = await t.app.inject({
      method: 'POST',
      url: submission('voorbeeldstad', 'losliggende-tegel'),
      payload: {
        answers: {
          description: 'Tegel los bij nummer 4',
          location: 'Lindelaan 4',
          ...(email ? { email } : {}),
        },
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { caseNumber: string; token: string };
  };
  const caseId = async (number: string) =>
    (await ownerRows<{ id: string }>(t, sql`select id from cases where number = ${number}`))[0]!.id;
  const setStatus = async (number: string, status: string) => {
    const id = await caseId(number);
    const current = await t.app.inject({ method: 'GET', url: `/api/v1/cases/${id}`, headers: as(kcc) });
    expect(current.statusCode, current.body).toBe(200);
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/cases/${id}/status`,
      headers: as(kcc, { 'if-match': current.headers.etag as string }),
      payload: { status },
    });
    expect(res.statusCode, res.body).toBeLessThan(300);
  };
  const view = (number: string, token: string, slug = 'voorbeeldstad') =>
    t.app.inject({
      method: 'GET',
      url: `${FORMS}/${slug}/cases/${number}?token=${encodeURIComponent(token)}`,
    });
  const kto = (number: string, payload: Record<string, unknown>) =>
    t.app.inject({ method: 'POST', url: `${FORMS}/voorbeeldstad/cases/${number}/satisfaction`, payload });

  beforeAll(async () => {
    t = await startTestApp({ publicFormRateLimit: { max: 10_000, windowMs: 60_000 } });
    kcc = await login(t.app, 'voorbeeldstad', 'kcc');
  }, 180_000);
  afterAll(() => t.close());

  it('shows the status with the token, without personal data; a wrong token or gemeente is 404', async () => {
    const { caseNumber, token } = await submit('volger@example.nl');
    const res = await view(caseNumber, token);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json() as { number: string; status: string; events: { statusTo: string | null }[] };
    expect(body.number).toBe(caseNumber);
    expect(body.status).toBe('gemeld');
    expect(body.events.length).toBeGreaterThan(0);
    expect(res.body).not.toContain('volger@example.nl');
    expect(res.body).not.toContain('Lindelaan');
    expect(res.body).not.toContain('Tegel los bij');
    expect(res.headers['cache-control']).toBe('no-store');

    expect((await view(caseNumber, token.slice(0, -2) + 'xx')).statusCode).toBe(404);
    expect((await view(caseNumber, token, 'proefdorp')).statusCode).toBe(404);
    expect((await view(caseNumber, token, 'nergenshuizen')).statusCode).toBe(404);
    expect((await view('M-2026-999999', token)).statusCode).toBe(404);
  });

  it('accepts one KTO answer after closure, and 404s a wrong token', async () => {
    const { caseNumber, token } = await submit();
    const early = await kto(caseNumber, { token, score: 4 });
    expect(early.statusCode).toBe(409);
    await setStatus(caseNumber, 'in_behandeling');
    await setStatus(caseNumber, 'afgehandeld');

    expect((await kto(caseNumber, { token: 'verkeerd', score: 4 })).statusCode).toBe(404);
    expect((await kto(caseNumber, { token, score: 6 })).statusCode).toBe(400);
    expect((await kto(caseNumber, { token, score: 4, comment: 'x'.repeat(2001) })).statusCode).toBe(400);
    expect((await kto(caseNumber, { token, score: 4, extra: true })).statusCode).toBe(400);

    const first = await kto(caseNumber, { token, score: 4, comment: 'Snel opgelost' });
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({ reopened: false });
    const second = await kto(caseNumber, { token, score: 1 });
    expect(second.statusCode).toBe(409);
    const id = await caseId(caseNumber);
    expect(await count(t, 'satisfaction_responses', sql`case_id = ${id}`)).toBe(1);

    const after = await view(caseNumber, token);
    expect(after.json()).toMatchObject({ satisfactionGiven: true });
  });

  it('reopens the melding when the resident asks', async () => {
    const { caseNumber, token } = await submit();
    await setStatus(caseNumber, 'in_behandeling');
    await setStatus(caseNumber, 'afgehandeld');
    const res = await kto(caseNumber, { token, score: 2, comment: 'Ligt er nog steeds', reopen: true });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ reopened: true, status: 'in_behandeling' });
    const [row] = await ownerRows<{ status: string }>(
      t,
      sql`select status from cases where number = ${caseNumber}`,
    );
    expect(row!.status).toBe('in_behandeling');
  });
});

describe('rate limit on public submissions', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ publicFormRateLimit: { max: 2, windowMs: 60_000 } });
  }, 180_000);
  afterAll(() => t.close());

  it('answers 429 with Retry-After once an IP has sent too many', async () => {
    const send = () =>
      t.app.inject({
        method: 'POST',
        url: submission('voorbeeldstad', 'losliggende-tegel'),
        payload: { answers: { description: 'x', location: 'y' } },
      });
    expect((await send()).statusCode).toBe(201);
    expect((await send()).statusCode).toBe(201);
    const third = await send();
    expect(third.statusCode).toBe(429);
    expect(third.headers['retry-after']).toBeDefined();
    expect(third.json().type).toContain('too-many-requests');
  });
});
