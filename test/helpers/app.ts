import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../../src/server/app.js';
import { loadConfig, type Config } from '../../src/server/config.js';
import { makeDeps, type AppDeps } from '../../src/server/platform/deps.js';
import { DEMO_PASSWORD } from '../../src/server/platform/seed/demo.js';
import { seedDemoData } from '../../src/server/seed.js';
import { createTestDatabase, type TestDatabase } from './database.js';

export interface TestApp {
  app: FastifyInstance;
  deps: AppDeps;
  db: TestDatabase;
  close(): Promise<void>;
}

export function testConfig(overrides: Partial<Config> = {}): Config {
  const base = loadConfig({
    NODE_ENV: 'test',
    SESSION_SECRET: 'test-secret-that-is-long-enough-for-the-check-0123456789',
    DATA_DIR: '/tmp/buitenbinnen-test-unused',
    LOGIN_RATE_LIMIT: '1000',
    WEB_DIR: '/nonexistent',
  });
  return { ...base, ...overrides };
}

export async function startTestApp(
  overrides: Partial<Config> = {},
  logStream?: { write(line: string): void },
  opts: { moduleContent?: boolean } = {},
): Promise<TestApp> {
  const db = await createTestDatabase();
  const deps = makeDeps(testConfig(overrides), db.database);
  // Module demo content (e.g. the 8,000-respondent survey) only for the tests that need it.
  await seedDemoData(db.database, { moduleContent: opts.moduleContent ?? false });
  const app = await buildApp(deps, { logStream });
  await app.ready();
  return {
    app,
    deps,
    db,
    async close() {
      await app.close();
      await db.drop();
    },
  };
}

export interface Login {
  cookie: string;
  csrf: string;
  userId: string;
  tenantId: string;
}

export function cookieFrom(res: LightMyRequestResponse, name = 'bb_session'): string {
  const c = res.cookies.find((x) => x.name === name);
  if (!c) throw new Error(`no ${name} cookie in response ${res.statusCode}: ${res.body}`);
  return `${name}=${c.value}`;
}

export async function login(
  app: FastifyInstance,
  tenant: string,
  role: string,
  password = DEMO_PASSWORD,
): Promise<Login> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/session',
    payload: { tenant, email: `${role}@${tenant}.example`, password },
  });
  if (res.statusCode !== 201)
    throw new Error(`login ${role}@${tenant} failed: ${res.statusCode} ${res.body}`);
  const body = res.json() as { csrfToken: string; user: { id: string }; tenant: { id: string } };
  return { cookie: cookieFrom(res), csrf: body.csrfToken, userId: body.user.id, tenantId: body.tenant.id };
}

/** Headers for an authenticated request; state changes carry the CSRF token too. */
export function as(session: Login, extra: Record<string, string> = {}): Record<string, string> {
  return { cookie: session.cookie, 'x-csrf-token': session.csrf, ...extra };
}
