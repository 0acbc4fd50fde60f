import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

const dir = () => mkdtempSync(join(tmpdir(), 'bb-config-'));

describe('loadConfig', () => {
  it('has working defaults and keeps a generated session secret in DATA_DIR', () => {
    const dataDir = dir();
    const c = loadConfig({ DATA_DIR: dataDir });
    expect(c).toMatchObject({
      port: 3000,
      host: '0.0.0.0',
      nodeEnv: 'development',
      databaseUrl: undefined,
      seedDemo: true,
      secureCookies: false,
      databasePool: { max: 10, waitMs: 10_000 },
    });
    expect(
      loadConfig({ DATA_DIR: dataDir, DATABASE_POOL_MAX: '4', DATABASE_POOL_WAIT_MS: '2500' }).databasePool,
    ).toEqual({ max: 4, waitMs: 2500 });
    expect(c.sessionSecret.length).toBeGreaterThanOrEqual(32);
    const file = join(dataDir, 'session-secret');
    expect(readFileSync(file, 'utf8').trim()).toBe(c.sessionSecret);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(loadConfig({ DATA_DIR: dataDir }).sessionSecret).toBe(c.sessionSecret);
  });

  it('uses secure cookies and no demo data in production', () => {
    const c = loadConfig({ DATA_DIR: dir(), NODE_ENV: 'production' });
    expect(c.secureCookies).toBe(true);
    expect(c.seedDemo).toBe(false);
    expect(loadConfig({ DATA_DIR: dir(), PUBLIC_URL: 'https://klant.gemeente.nl' }).secureCookies).toBe(true);
  });

  it('explains what is wrong with a bad value', () => {
    expect(() => loadConfig({ DATA_DIR: dir(), PORT: 'abc' })).toThrow(
      new ConfigError('PORT must be a non-negative integer, got "abc"'),
    );
    expect(() => loadConfig({ DATA_DIR: dir(), NODE_ENV: 'staging' })).toThrow(ConfigError);
    expect(() => loadConfig({ DATA_DIR: dir(), DATABASE_POOL_MAX: '0' })).toThrow(
      new ConfigError('DATABASE_POOL_MAX must be at least 1, got "0"'),
    );
    expect(() => loadConfig({ DATA_DIR: dir(), SESSION_SECRET: 'short' })).toThrow(/at least 32/);
    expect(() => loadConfig({ DATA_DIR: dir(), OIDC_ISSUER: 'https://idp.example' })).toThrow(
      /OIDC_CLIENT_ID/,
    );
    expect(() =>
      loadConfig({
        DATA_DIR: dir(),
        OIDC_ISSUER: 'https://idp.example',
        OIDC_CLIENT_ID: 'x',
        OIDC_ROLE_MAP: '{',
      }),
    ).toThrow(/OIDC_ROLE_MAP/);
  });

  it('reads the OIDC settings with sensible defaults', () => {
    const c = loadConfig({
      DATA_DIR: dir(),
      OIDC_ISSUER: 'https://idp.example',
      OIDC_CLIENT_ID: 'bb',
      PUBLIC_URL: 'https://bb.example/',
    });
    expect(c.oidc).toMatchObject({
      issuer: 'https://idp.example',
      clientId: 'bb',
      redirectUri: 'https://bb.example/api/v1/auth/oidc/callback',
      roleClaim: 'roles',
      tenantClaim: 'gemeente',
      allowInsecure: false,
    });
  });
});
