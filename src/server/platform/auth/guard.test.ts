import Fastify from 'fastify';
import cookie from '@fastify/cookie';
import { describe, expect, it } from 'vitest';
import { registerGuard } from './guard.js';
import { registerErrorHandling } from '../http/errors.js';
import type { AppDeps } from '../deps.js';
import { testConfig } from '../../../../test/helpers/app.js';

// Deny by default: without a session cookie the guard needs no database, so fake deps suffice.
const deps = {
  config: testConfig(),
  database: {},
  tenants: {},
  keys: { cookie: 'k', pseudonym: 'p' },
} as unknown as AppDeps;

describe('access guard', () => {
  it('answers 403 on a route that states no access rule, even to anonymous callers', async () => {
    const app = Fastify();
    registerErrorHandling(app);
    await app.register(cookie);
    registerGuard(app, deps);
    app.get('/forgotten', async () => ({ secret: true }));
    app.get('/open', { config: { access: 'public' } }, async () => ({ ok: true }));
    app.get('/staff', { config: { access: 'authenticated' } }, async () => ({ ok: true }));
    const forgotten = await app.inject({ method: 'GET', url: '/forgotten' });
    expect(forgotten.statusCode).toBe(403);
    expect(forgotten.body).not.toContain('secret');
    expect((await app.inject({ method: 'GET', url: '/open' })).statusCode).toBe(200);
    expect((await app.inject({ method: 'GET', url: '/staff' })).statusCode).toBe(401);
    expect((await app.inject({ method: 'GET', url: '/nowhere' })).statusCode).toBe(404);
    await app.close();
  });
});
