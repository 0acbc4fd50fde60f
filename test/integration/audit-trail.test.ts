import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, login, startTestApp, type Login, type TestApp } from '../helpers/app.js';
import { DEMO_PASSWORD } from '../../src/server/platform/seed/demo.js';

describe('audit trail and Logboek Dataverwerkingen', () => {
  let t: TestApp;
  let admin: Login;
  const logLines: string[] = [];

  beforeAll(async () => {
    t = await startTestApp({ logLevel: 'debug' }, { write: (line) => void logLines.push(line) });
    admin = await login(t.app, 'voorbeeldstad', 'beheerder');
  });
  afterAll(() => t.close());

  const get = (url: string, session = admin) => t.app.inject({ method: 'GET', url, headers: as(session) });

  it('records each staff action with who, what, object, result, origin and time', async () => {
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/teams',
      headers: as(admin),
      payload: { name: 'Audit team' },
    });
    const team = created.json();
    const events = (await get('/api/v1/audit-events?action=team.create')).json().items;
    expect(events[0]).toMatchObject({
      action: 'team.create',
      objectType: 'team',
      objectId: team.id,
      result: 'success',
      actorId: admin.userId,
      actorName: 'Beheerder Voorbeeldstad',
      origin: '127.0.0.1',
    });
    expect(Date.parse(events[0].occurredAt)).not.toBeNaN();
    const byId = (await get(`/api/v1/audit-events?actor=${admin.userId}&action=team.create`)).json().items;
    expect(byId.map((e: { objectId: string }) => e.objectId)).toContain(team.id);
    const logins = (await get('/api/v1/audit-events?action=auth.login')).json().items;
    expect(logins.some((e: { result: string }) => e.result === 'success')).toBe(true);
  });

  it('records denied and failed actions too', async () => {
    const kcc = await login(t.app, 'voorbeeldstad', 'kcc');
    expect((await get('/api/v1/users', kcc)).statusCode).toBe(403);
    await t.app.inject({
      method: 'POST',
      url: '/api/v1/session',
      payload: { tenant: 'voorbeeldstad', email: 'kcc@voorbeeldstad.example', password: 'verkeerd' },
    });
    const denied = (await get('/api/v1/audit-events?result=denied')).json().items;
    expect(denied[0]).toMatchObject({ action: 'GET /api/v1/users', actorId: kcc.userId });
    const failed = (await get('/api/v1/audit-events?result=failure&action=auth.login')).json().items;
    expect(failed.length).toBeGreaterThan(0);
  });

  it('writes one processing record per data subject read, pseudonymised and linked by trace id', async () => {
    const traceId = 'aaaabbbbccccddddeeeeffff00001111';
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/v1/users?pageSize=3',
      headers: as(admin, { traceparent: `00-${traceId}-1111222233334444-01` }),
    });
    const users = res.json().items as { id: string }[];
    expect(users).toHaveLength(3);
    const records = (await get(`/api/v1/processing-records?traceId=${traceId}`)).json().items;
    expect(records).toHaveLength(3);
    for (const r of records) {
      expect(r).toMatchObject({
        traceId,
        parentSpanId: '1111222233334444',
        action: 'read',
        subjectType: 'medewerker',
        status: 'success',
      });
      expect(r.subjectPseudonym).toMatch(/^[A-Za-z0-9_-]{32}$/);
      // The pseudonym is not the id, and staff identity is not in the record.
      expect(users.map((u) => u.id)).not.toContain(r.subjectPseudonym);
      expect(JSON.stringify(r)).not.toContain(admin.userId);
    }
    expect(new Set(records.map((r: { subjectPseudonym: string }) => r.subjectPseudonym)).size).toBe(3);
    // The same subject gets the same pseudonym on a later read.
    await get(`/api/v1/users/${users[0]!.id}`);
    const again = (await get('/api/v1/processing-records?pageSize=1')).json().items[0];
    expect(records.map((r: { subjectPseudonym: string }) => r.subjectPseudonym)).toContain(
      again.subjectPseudonym,
    );
  });

  it('never writes passwords, session ids or CSRF tokens to the log', async () => {
    const secret = 'Een-geheim-wachtwoord-123';
    await t.app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: as(admin),
      payload: {
        name: 'Nieuwe collega',
        email: 'nieuw@voorbeeldstad.example',
        role: 'kcc',
        password: secret,
      },
    });
    await t.app.inject({
      method: 'POST',
      url: '/api/v1/session',
      payload: { tenant: 'voorbeeldstad', email: 'nieuw@voorbeeldstad.example', password: secret },
    });
    await t.app.inject({
      method: 'POST',
      url: '/api/v1/session',
      payload: { tenant: 'voorbeeldstad', email: 'nieuw@voorbeeldstad.example', password: DEMO_PASSWORD },
    });
    // A resident's follow token travels in the query string.
    const followToken = 'volg-token-dat-geheim-blijft';
    await t.app.inject({
      method: 'GET',
      url: `/api/v1/public/gemeenten/voorbeeldstad/cases/M-2026-000001?token=${followToken}`,
    });
    const log = logLines.join('\n');
    expect(logLines.length).toBeGreaterThan(10);
    expect(log).not.toContain(followToken);
    expect(log).toContain('token=[verwijderd]');
    expect(log).not.toContain(secret);
    expect(log).not.toContain(DEMO_PASSWORD);
    expect(log).not.toContain(admin.csrf);
    expect(log).not.toContain(admin.cookie.split('=')[1]!.split('.')[1]);
  });
});
