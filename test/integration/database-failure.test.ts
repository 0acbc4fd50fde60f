import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, login, testConfig, type Login } from '../helpers/app.js';
import { createTestDatabase, usesPostgres, type TestDatabase } from '../helpers/database.js';
import { TcpProxy } from '../helpers/tcp-proxy.js';
import { openDatabase, type Database } from '../../src/server/platform/db/client.js';
import { makeDeps } from '../../src/server/platform/deps.js';
import { seedDemo } from '../../src/server/platform/seed/demo.js';
import { buildApp } from '../../src/server/app.js';
import type { FastifyInstance } from 'fastify';

function runMain(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
      env: { ...process.env, ...env, NODE_ENV: 'test' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('exit', (code) => resolve({ code, output }));
  });
}

describe('database down at start-up', () => {
  it('says so clearly and exits non-zero', async () => {
    const { code, output } = await runMain({
      DATABASE_URL: 'postgres://postgres@127.0.0.1:1/test',
      DATA_DIR: '/tmp/bb-down-test',
      PORT: '0',
    });
    expect(code).toBe(1);
    expect(output).toContain('Kan de PostgreSQL-server uit DATABASE_URL niet openen');
    expect(output).toContain('Controleer DATABASE_URL');
  });
});

// Only a database server can go away while the product runs; the embedded PGlite lives inside the
// process. CI runs this file on both, so on PGlite this block is reported as skipped.
describe.runIf(usesPostgres)('database down while running', () => {
  let t: TestDatabase;
  let proxy: TcpProxy;
  let database: Database;
  let app: FastifyInstance;
  let admin: Login;

  beforeAll(async () => {
    t = await createTestDatabase();
    const direct = new URL(t.url!);
    proxy = new TcpProxy(direct.hostname, Number(direct.port || 5432));
    const port = await proxy.start();
    const viaProxy = new URL(t.url!);
    viaProxy.port = String(port);
    database = await openDatabase({
      databaseUrl: viaProxy.href,
      dataDir: '/nonexistent',
      appRole: 'buitenbinnen_app',
    });
    await seedDemo(database);
    app = await buildApp(makeDeps(testConfig(), database));
    admin = await login(app, 'voorbeeldstad', 'beheerder');
  });
  afterAll(async () => {
    await app.close();
    await database.close();
    await proxy.stop();
    await t.drop();
  });

  it('answers ready=503 and 503 problem+json while down, and recovers without restart', async () => {
    expect((await app.inject({ method: 'GET', url: '/health/ready' })).statusCode).toBe(200);
    await proxy.stop();
    const ready = await app.inject({ method: 'GET', url: '/health/ready' });
    expect(ready.statusCode).toBe(503);
    const res = await app.inject({ method: 'GET', url: '/api/v1/teams', headers: as(admin) });
    expect(res.statusCode).toBe(503);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.json().type).toBe('https://buitenbinnen.nl/problems/database-unavailable');
    expect((await app.inject({ method: 'GET', url: '/health/live' })).statusCode).toBe(200);

    await proxy.start();
    expect((await app.inject({ method: 'GET', url: '/health/ready' })).statusCode).toBe(200);
    const back = await app.inject({ method: 'GET', url: '/api/v1/teams', headers: as(admin) });
    expect(back.statusCode).toBe(200);
  });
});
