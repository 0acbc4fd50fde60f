// The one place that reads environment variables. Everything else receives a Config.
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

export interface OidcConfig {
  issuer: string;
  clientId: string;
  clientSecret: string | undefined;
  redirectUri: string;
  scopes: string;
  roleClaim: string;
  tenantClaim: string;
  /** Claim value -> role, e.g. {"kcc-medewerkers": "kcc"}; values that are role names map to themselves. */
  roleMap: Record<string, string>;
  /** Only for tests against a provider on loopback: accept an http:// issuer. */
  allowInsecure: boolean;
}

export interface DatabasePoolConfig {
  /** Connections of the application role. */
  max: number;
  /**
   * How long a request waits for a free connection, or for a new one to open, before it is answered
   * 503 with Retry-After. pg-pool has one setting for both.
   */
  waitMs: number;
}

export interface Config {
  port: number;
  host: string;
  nodeEnv: 'production' | 'development' | 'test';
  dataDir: string;
  databaseUrl: string | undefined;
  /** PostgreSQL role the application runs its queries as (never owner, never BYPASSRLS). */
  appRole: string;
  /** The application's connection pool on PostgreSQL. */
  databasePool: DatabasePoolConfig;
  publicUrl: string;
  /** Secure cookies: always in production, and whenever the public URL is https. */
  secureCookies: boolean;
  sessionSecret: string;
  seedDemo: boolean;
  trustProxy: boolean;
  loginRateLimit: { max: number; windowMs: number };
  /** Public e-form submissions and KTO answers per client IP per window. */
  publicFormRateLimit: { max: number; windowMs: number };
  /** How often the retention job runs in the server process; 0 = never (run it on demand). */
  retentionIntervalMinutes: number;
  securityContact: string;
  logLevel: string;
  oidc: OidcConfig | undefined;
  webDir: string;
  /** Outgoing e-mail; undefined = e-mails are logged, not sent. */
  smtp:
    | {
        host: string;
        port: number;
        secure: boolean;
        user: string | undefined;
        password: string | undefined;
        from: string;
        requireTls: boolean;
      }
    | undefined;
  outbox: {
    workerEnabled: boolean;
    pollIntervalMs: number;
    maxAttempts: number;
    leaseMs: number;
    backoffBaseMs: number;
    backoffMaxMs: number;
    batchSize: number;
  };
  advice: {
    /** Groups with fewer respondents are flagged and shown without a point estimate. */
    minCell: number;
    /** Largest survey file accepted, in bytes, and most respondents per import. */
    maxImportBytes: number;
    maxImportRows: number;
  };
  mining: {
    /** Largest event-log upload (XES, XES.GZ, CSV) in bytes; larger bodies get 413 before they are read. */
    maxUploadBytes: number;
  };
}

export class ConfigError extends Error {}

function int(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0)
    throw new ConfigError(`${name} must be a non-negative integer, got "${raw}"`);
  return n;
}

function atLeast(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number): number {
  const n = int(env, name, fallback);
  if (n < min) throw new ConfigError(`${name} must be at least ${min}, got "${env[name]}"`);
  return n;
}

function bool(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no', 'off'].includes(raw.toLowerCase())) return false;
  throw new ConfigError(`${name} must be true or false, got "${raw}"`);
}

/** The secret lives in DATA_DIR when not given, so that sessions survive a restart. */
function sessionSecret(env: NodeJS.ProcessEnv, dataDir: string): string {
  const given = env.SESSION_SECRET;
  if (given) {
    if (given.length < 32) throw new ConfigError('SESSION_SECRET must be at least 32 characters');
    return given;
  }
  const file = join(dataDir, 'session-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, secret + '\n', { mode: 0o600 });
  return secret;
}

function oidcConfig(env: NodeJS.ProcessEnv, publicUrl: string): OidcConfig | undefined {
  const issuer = env.OIDC_ISSUER;
  if (!issuer) return undefined;
  const clientId = env.OIDC_CLIENT_ID;
  if (!clientId) throw new ConfigError('OIDC_CLIENT_ID is required when OIDC_ISSUER is set');
  let roleMap: Record<string, string> = {};
  if (env.OIDC_ROLE_MAP) {
    try {
      roleMap = JSON.parse(env.OIDC_ROLE_MAP) as Record<string, string>;
    } catch {
      throw new ConfigError('OIDC_ROLE_MAP must be a JSON object, e.g. {"kcc-group":"kcc"}');
    }
  }
  return {
    issuer,
    clientId,
    clientSecret: env.OIDC_CLIENT_SECRET || undefined,
    redirectUri: env.OIDC_REDIRECT_URI || `${publicUrl}/api/v1/auth/oidc/callback`,
    scopes: env.OIDC_SCOPES || 'openid profile email',
    roleClaim: env.OIDC_ROLE_CLAIM || 'roles',
    tenantClaim: env.OIDC_TENANT_CLAIM || 'gemeente',
    roleMap,
    allowInsecure: bool(env, 'OIDC_ALLOW_INSECURE', false),
  };
}

function smtpConfig(env: NodeJS.ProcessEnv): Config['smtp'] {
  const host = env.SMTP_HOST;
  if (!host) return undefined;
  const secure = bool(env, 'SMTP_SECURE', env.SMTP_PORT === '465');
  const from = env.SMTP_FROM;
  if (!from) throw new ConfigError('SMTP_FROM is required when SMTP_HOST is set');
  const user = env.SMTP_USER || undefined;
  if (user && !env.SMTP_PASSWORD) throw new ConfigError('SMTP_PASSWORD is required when SMTP_USER is set');
  return {
    host,
    port: int(env, 'SMTP_PORT', secure ? 465 : 587),
    secure,
    user,
    password: env.SMTP_PASSWORD || undefined,
    from,
    requireTls: bool(env, 'SMTP_REQUIRE_TLS', false),
  };
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const rawEnv = env.NODE_ENV ?? 'development';
  if (!['production', 'development', 'test'].includes(rawEnv)) {
    throw new ConfigError(`NODE_ENV must be production, development or test, got "${rawEnv}"`);
  }
  const nodeEnv = rawEnv as Config['nodeEnv'];
  const port = int(env, 'PORT', 3000);
  const host = env.HOST || '0.0.0.0';
  const dataDir = resolve(env.DATA_DIR || './data');
  const publicUrl = (env.PUBLIC_URL || `http://localhost:${port}`).replace(/\/$/, '');
  return {
    port,
    host,
    nodeEnv,
    dataDir,
    databaseUrl: env.DATABASE_URL || undefined,
    appRole: env.DATABASE_APP_ROLE || 'buitenbinnen_app',
    databasePool: {
      max: atLeast(env, 'DATABASE_POOL_MAX', 10, 1),
      waitMs: atLeast(env, 'DATABASE_POOL_WAIT_MS', 10_000, 100),
    },
    publicUrl,
    secureCookies: nodeEnv === 'production' || publicUrl.startsWith('https:'),
    sessionSecret: sessionSecret(env, dataDir),
    seedDemo: bool(env, 'SEED_DEMO', nodeEnv !== 'production'),
    trustProxy: bool(env, 'TRUST_PROXY', false),
    loginRateLimit: { max: int(env, 'LOGIN_RATE_LIMIT', 10), windowMs: 60_000 },
    publicFormRateLimit: { max: int(env, 'FORM_RATE_LIMIT', 20), windowMs: 60_000 },
    retentionIntervalMinutes: int(env, 'RETENTION_INTERVAL_MINUTES', 24 * 60),
    securityContact: env.SECURITY_CONTACT || 'mailto:security@example.org',
    logLevel: env.LOG_LEVEL || (nodeEnv === 'test' ? 'silent' : 'info'),
    oidc: oidcConfig(env, publicUrl),
    webDir: resolve(env.WEB_DIR || 'dist/web'),
    smtp: smtpConfig(env),
    outbox: {
      workerEnabled: bool(env, 'OUTBOX_WORKER', true),
      pollIntervalMs: int(env, 'OUTBOX_POLL_INTERVAL_MS', 5_000),
      maxAttempts: Math.max(1, int(env, 'OUTBOX_MAX_ATTEMPTS', 15)),
      leaseMs: Math.max(60_000, int(env, 'OUTBOX_LEASE_MS', 300_000)),
      backoffBaseMs: int(env, 'OUTBOX_BACKOFF_BASE_MS', 30_000),
      backoffMaxMs: int(env, 'OUTBOX_BACKOFF_MAX_MS', 3_600_000),
      batchSize: 10,
    },
    advice: {
      minCell: int(env, 'ADVICE_MIN_CELL', 30),
      maxImportBytes: int(env, 'ADVICE_MAX_IMPORT_MB', 128) * 1024 * 1024,
      maxImportRows: int(env, 'ADVICE_MAX_IMPORT_ROWS', 200_000),
    },
    mining: {
      maxUploadBytes: int(env, 'MINING_MAX_UPLOAD_BYTES', 200 * 1024 * 1024),
    },
  };
}
