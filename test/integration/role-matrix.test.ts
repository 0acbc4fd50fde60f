import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, login, startTestApp, type Login, type TestApp } from '../helpers/app.js';
import { ROLES, roleHas, type Role } from '../../src/shared/roles.js';
import type { RouteEntry } from '../../src/server/app.js';

// Generated from the route table: every route, every role, and no session at all. The
// expectation follows from the route's declared access rule and the permission matrix.
const SAMPLE_ID = '00000000-0000-4000-8000-000000000000';

function urlOf(route: RouteEntry): string {
  return route.url.replace(/:[a-zA-Z]+/g, SAMPLE_ID).replace('*', 'x');
}

function expected(route: RouteEntry, role: Role | null): 'allowed' | 401 | 403 {
  if (route.access === undefined) return 403;
  if (route.access === 'public') return 'allowed';
  if (role === null) return 401;
  if (route.access === 'authenticated') return 'allowed';
  return roleHas(role, route.access) ? 'allowed' : 403;
}

describe('role matrix', () => {
  let t: TestApp;
  const sessions = new Map<Role, Login>();
  let routes: RouteEntry[];

  beforeAll(async () => {
    t = await startTestApp();
    for (const role of ROLES) sessions.set(role, await login(t.app, 'voorbeeldstad', role));
    // Logout would end the session the matrix runs on; it has its own test.
    routes = t.app.routeCatalogue.filter((r) => !(r.method === 'DELETE' && r.url === '/api/v1/session'));
  });
  afterAll(() => t.close());

  it('knows the platform routes, and every one states its access rule', () => {
    expect(routes.length).toBeGreaterThan(10);
    expect(routes.filter((r) => r.access === undefined)).toEqual([]);
  });

  it.each([...ROLES, null])('gives role %s exactly what the matrix allows', async (role) => {
    const failures: string[] = [];
    for (const route of routes) {
      const session = role ? sessions.get(role)! : null;
      const res = await t.app.inject({
        method: route.method as 'GET',
        url: urlOf(route),
        headers: session ? as(session, { 'if-match': '"1"' }) : {},
        ...(['POST', 'PATCH', 'PUT'].includes(route.method) ? { payload: {} } : {}),
      });
      const want = expected(route, role);
      const got = res.statusCode;
      const ok = want === 'allowed' ? got !== 401 && got !== 403 : got === want;
      if (!ok) failures.push(`${route.method} ${route.url}: expected ${want}, got ${got}`);
    }
    expect(failures).toEqual([]);
  });
});
