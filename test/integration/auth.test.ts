import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { as, cookieFrom, login, startTestApp, type TestApp } from '../helpers/app.js';
import { DEMO_PASSWORD } from '../../src/server/platform/seed/demo.js';

describe('password login and sessions', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const attempt = (payload: object, headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'POST', url: '/api/v1/session', payload, headers });
  const me = (cookie: string) => t.app.inject({ method: 'GET', url: '/api/v1/session', headers: { cookie } });

  it('sets an HttpOnly, SameSite=Lax session cookie and returns the user with permissions', async () => {
    const res = await attempt({
      tenant: 'voorbeeldstad',
      email: 'KCC@Voorbeeldstad.example ',
      password: DEMO_PASSWORD,
    });
    expect(res.statusCode).toBe(201);
    const cookie = res.cookies.find((c) => c.name === 'bb_session')!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(cookie.secure).toBeFalsy(); // test config: http
    const body = res.json();
    expect(body.user).toMatchObject({ role: 'kcc', email: 'kcc@voorbeeldstad.example' });
    expect(body.user.permissions).toContain('teams:read');
    expect(body.user.permissions).not.toContain('users:manage');
    expect(body.demo).toBe(true);
  });

  it('gives one answer for unknown gemeente, unknown e-mail and wrong password', async () => {
    const answers = await Promise.all([
      attempt({ tenant: 'bestaat-niet', email: 'kcc@voorbeeldstad.example', password: DEMO_PASSWORD }),
      attempt({ tenant: 'voorbeeldstad', email: 'niemand@voorbeeldstad.example', password: DEMO_PASSWORD }),
      attempt({
        tenant: 'voorbeeldstad',
        email: 'analist@voorbeeldstad.example',
        password: 'fout-wachtwoord',
      }),
      // A user of the other gemeente does not exist here.
      attempt({ tenant: 'voorbeeldstad', email: 'kcc@proefdorp.example', password: DEMO_PASSWORD }),
    ]);
    for (const res of answers) {
      expect(res.statusCode).toBe(401);
      expect(res.json()).toEqual(answers[0]!.json());
      expect(res.cookies.find((c) => c.name === 'bb_session')).toBeUndefined();
    }
  });

  it('locks an account for a while after five wrong passwords, with the same answer', async () => {
    const email = 'adviseur@voorbeeldstad.example';
    for (let i = 0; i < 5; i++)
      expect((await attempt({ tenant: 'voorbeeldstad', email, password: `fout-${i}` })).statusCode).toBe(401);
    const locked = await attempt({ tenant: 'voorbeeldstad', email, password: DEMO_PASSWORD });
    expect(locked.statusCode).toBe(401);
    expect(locked.json().type).toBe('https://buitenbinnen.nl/problems/invalid-credentials');
    // Once the lock has run out, the right password works again.
    await t.deps.database.asOwner((tx) =>
      tx.execute(sql`update users set locked_until = now() - interval '1 second' where email = ${email}`),
    );
    expect((await attempt({ tenant: 'voorbeeldstad', email, password: DEMO_PASSWORD })).statusCode).toBe(201);
  });

  it('rotates the session id on login and invalidates the old one', async () => {
    const first = await login(t.app, 'voorbeeldstad', 'behandelaar');
    const again = await attempt(
      { tenant: 'voorbeeldstad', email: 'behandelaar@voorbeeldstad.example', password: DEMO_PASSWORD },
      { cookie: first.cookie },
    );
    const second = cookieFrom(again);
    expect(second).not.toBe(first.cookie);
    expect((await me(first.cookie)).statusCode).toBe(401);
    expect((await me(second)).statusCode).toBe(200);
  });

  it('ends a session after 30 minutes idle and after 12 hours in all', async () => {
    const idle = await login(t.app, 'voorbeeldstad', 'analist');
    const absolute = await login(t.app, 'proefdorp', 'analist');
    expect((await me(idle.cookie)).statusCode).toBe(200);
    await t.deps.database.asOwner(async (tx) => {
      await tx.execute(
        sql`update sessions set last_seen_at = now() - interval '31 minutes' where user_id = ${idle.userId}`,
      );
      await tx.execute(
        sql`update sessions set expires_at = now() - interval '1 second' where user_id = ${absolute.userId}`,
      );
    });
    expect((await me(idle.cookie)).statusCode).toBe(401);
    expect((await me(absolute.cookie)).statusCode).toBe(401);
    // Activity within the idle window keeps a session alive.
    const active = await login(t.app, 'voorbeeldstad', 'analist');
    await t.deps.database.asOwner((tx) =>
      tx.execute(
        sql`update sessions set last_seen_at = now() - interval '29 minutes' where user_id = ${active.userId}`,
      ),
    );
    expect((await me(active.cookie)).statusCode).toBe(200);
  });

  it('invalidates the session on logout', async () => {
    const s = await login(t.app, 'proefdorp', 'kcc');
    const out = await t.app.inject({ method: 'DELETE', url: '/api/v1/session', headers: as(s) });
    expect(out.statusCode).toBe(204);
    expect((await me(s.cookie)).statusCode).toBe(401);
  });

  it('refuses cookie-authenticated changes without the CSRF token or from another origin', async () => {
    const s = await login(t.app, 'voorbeeldstad', 'beheerder');
    const payload = { name: 'CSRF team' };
    const none = await t.app.inject({
      method: 'POST',
      url: '/api/v1/teams',
      headers: { cookie: s.cookie },
      payload,
    });
    expect(none.statusCode).toBe(403);
    expect(none.json().type).toBe('https://buitenbinnen.nl/problems/csrf');
    const wrong = await t.app.inject({
      method: 'POST',
      url: '/api/v1/teams',
      headers: { cookie: s.cookie, 'x-csrf-token': 'x'.repeat(43) },
      payload,
    });
    expect(wrong.statusCode).toBe(403);
    const foreign = await t.app.inject({
      method: 'POST',
      url: '/api/v1/teams',
      headers: as(s, { origin: 'https://evil.example' }),
      payload,
    });
    expect(foreign.statusCode).toBe(403);
    const loginCsrf = await attempt(
      { tenant: 'voorbeeldstad', email: 'kcc@voorbeeldstad.example', password: DEMO_PASSWORD },
      { origin: 'https://evil.example' },
    );
    expect(loginCsrf.statusCode).toBe(403);
    const list = await t.app.inject({ method: 'GET', url: '/api/v1/teams?pageSize=200', headers: as(s) });
    expect(list.body).not.toContain('CSRF team');
    const ok = await t.app.inject({ method: 'POST', url: '/api/v1/teams', headers: as(s), payload });
    expect(ok.statusCode).toBe(201);
  });

  it('ends the sessions of a user whose role changes or who is deactivated', async () => {
    const admin = await login(t.app, 'proefdorp', 'beheerder');
    const victim = await login(t.app, 'proefdorp', 'behandelaar');
    const user = await t.app.inject({
      method: 'GET',
      url: `/api/v1/users/${victim.userId}`,
      headers: as(admin),
    });
    const res = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/users/${victim.userId}`,
      headers: as(admin, { 'if-match': user.headers.etag as string }),
      payload: { active: false },
    });
    expect(res.statusCode).toBe(200);
    expect((await me(victim.cookie)).statusCode).toBe(401);
    const relogin = await attempt({
      tenant: 'proefdorp',
      email: 'behandelaar@proefdorp.example',
      password: DEMO_PASSWORD,
    });
    expect(relogin.statusCode).toBe(401);
  });
});

describe('login rate limit', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ loginRateLimit: { max: 3, windowMs: 60_000 } });
  });
  afterAll(() => t.close());

  it('answers 429 with Retry-After once the limit per client is reached', async () => {
    const statuses: number[] = [];
    let last;
    for (let i = 0; i < 5; i++) {
      last = await t.app.inject({
        method: 'POST',
        url: '/api/v1/session',
        payload: { tenant: 'voorbeeldstad', email: 'x@voorbeeldstad.example', password: 'nope' },
      });
      statuses.push(last.statusCode);
    }
    expect(statuses).toEqual([401, 401, 401, 429, 429]);
    expect(last!.headers['retry-after']).toBeDefined();
    expect(last!.json().type).toBe('https://buitenbinnen.nl/problems/too-many-requests');
  });
});
