// On PostgreSQL the session lookups of concurrent requests of one gemeente share one query
// (platform/auth/session-read.ts). Each request must still get exactly its own session, an
// unknown token none, and a logout must hold for the very next request.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { login, startTestApp, type Login, type TestApp } from '../helpers/app.js';

describe('concurrent session lookups', () => {
  let t: TestApp;
  const sessions: Array<{ login: Login; email: string }> = [];

  beforeAll(async () => {
    t = await startTestApp();
    for (const [tenant, role] of [
      ['voorbeeldstad', 'beheerder'],
      ['voorbeeldstad', 'kcc'],
      ['voorbeeldstad', 'behandelaar'],
      ['voorbeeldstad', 'adviseur'],
      ['voorbeeldstad', 'analist'],
      ['proefdorp', 'kcc'],
      ['proefdorp', 'analist'],
    ] as const)
      sessions.push({ login: await login(t.app, tenant, role), email: `${role}@${tenant}.example` });
  });
  afterAll(() => t.close());

  const whoAmI = (cookie: string) =>
    t.app.inject({ method: 'GET', url: '/api/v1/session', headers: { cookie } });
  /** A well-formed cookie for this gemeente whose token no session has. */
  const unknownCookie = (s: Login) => `bb_session=${s.tenantId}.${randomBytes(32).toString('base64url')}`;

  it('gives every one of many concurrent requests its own session, and an unknown token none', async () => {
    const cookies = Array.from({ length: 35 }, (_, i) =>
      i % 5 === 4 ? unknownCookie(sessions[i % 7]!.login) : sessions[i % 7]!.login.cookie,
    );
    const answers = await Promise.all(cookies.map(whoAmI));
    answers.forEach((res, i) => {
      if (i % 5 === 4) {
        expect(res.statusCode).toBe(401);
        return;
      }
      expect(res.statusCode, res.body).toBe(200);
      const s = sessions[i % 7]!;
      expect(res.json().user).toMatchObject({ id: s.login.userId, email: s.email });
      expect(res.json().tenant.id).toBe(s.login.tenantId);
      expect(res.json().csrfToken).toBe(s.login.csrf);
    });
  });

  it('refuses a session at once after its logout, while the others go on', async () => {
    const gone = sessions[1]!.login;
    const out = await t.app.inject({
      method: 'DELETE',
      url: '/api/v1/session',
      headers: { cookie: gone.cookie, 'x-csrf-token': gone.csrf },
    });
    expect(out.statusCode).toBe(204);
    const answers = await Promise.all(sessions.map((s) => whoAmI(s.login.cookie)));
    expect(answers.map((r) => r.statusCode)).toEqual(sessions.map((s) => (s.login === gone ? 401 : 200)));
  });
});
