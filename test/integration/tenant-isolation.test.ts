import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, login, startTestApp, type Login, type TestApp } from '../helpers/app.js';

describe('tenant isolation through the API', () => {
  let t: TestApp;
  let a: Login;
  let b: Login;
  let teamOfB: string;
  let userOfB: string;

  beforeAll(async () => {
    t = await startTestApp();
    a = await login(t.app, 'voorbeeldstad', 'beheerder');
    b = await login(t.app, 'proefdorp', 'beheerder');
    const team = await t.app.inject({
      method: 'POST',
      url: '/api/v1/teams',
      headers: as(b),
      payload: { name: 'Alleen van Proefdorp' },
    });
    teamOfB = team.json().id;
    userOfB = b.userId;
  });
  afterAll(() => t.close());

  it('answers 404, not 403, for another gemeente’s objects', async () => {
    for (const url of [`/api/v1/teams/${teamOfB}`, `/api/v1/users/${userOfB}`]) {
      const res = await t.app.inject({ method: 'GET', url, headers: as(a) });
      expect(res.statusCode, url).toBe(404);
    }
    const patch = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/teams/${teamOfB}`,
      headers: as(a, { 'if-match': '"1"' }),
      payload: { name: 'Overgenomen' },
    });
    expect(patch.statusCode).toBe(404);
    const own = await t.app.inject({ method: 'GET', url: `/api/v1/teams/${teamOfB}`, headers: as(b) });
    expect(own.json().name).toBe('Alleen van Proefdorp');
  });

  it('never lists another gemeente’s rows', async () => {
    const lists = [
      '/api/v1/teams?pageSize=200',
      '/api/v1/users?pageSize=200',
      '/api/v1/audit-events?pageSize=200',
      '/api/v1/processing-records?pageSize=200',
    ];
    for (const url of lists) {
      const res = await t.app.inject({ method: 'GET', url, headers: as(a) });
      expect(res.statusCode, url).toBe(200);
      const text = res.body;
      expect(text, url).not.toContain('proefdorp');
      expect(text, url).not.toContain('Proefdorp');
      expect(text, url).not.toContain(teamOfB);
      expect(text, url).not.toContain(userOfB);
    }
  });
});
