// Opens the database: PGlite (embedded, data in DATA_DIR) by default, a PostgreSQL server when
// DATABASE_URL is set. Application queries run as a role that is neither owner nor BYPASSRLS,
// so row-level security applies to every one of them.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type { Config, DatabasePoolConfig } from '../../config.js';
import * as schema from './schema.js';

export type Schema = typeof schema;
export type AppDb = PgDatabase<PgQueryResultHKT, Schema>;
/** A transaction handle; the same query API as AppDb. */
export type Tx = Parameters<Parameters<AppDb['transaction']>[0]>[0];

export interface Database {
  kind: 'pglite' | 'postgres';
  /** Runs as the application role. Use withTenant() for tenant data. */
  db: AppDb;
  appRole: string;
  /** Runs fn in a transaction as the owner: migrations, tenant set-up, maintenance. */
  asOwner<T>(fn: (tx: Tx) => Promise<T>): Promise<T>;
  /** Applies the committed migrations as the owner. */
  runMigrations(folder: string): Promise<void>;
  /** From now on the application connection runs as the application role (PGlite only). */
  activateAppRole(): Promise<void>;
  /**
   * Calls listener after every committed change to sessions or users (PGlite only; undefined on
   * PostgreSQL, where other processes share the tables and no in-process cache may hold them).
   */
  onAuthChange?(listener: () => void): Promise<void>;
  /** Throws when the database does not answer within timeoutMs. */
  ping(timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

const ROLE_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

export async function openDatabase(
  config: Pick<Config, 'databaseUrl' | 'dataDir' | 'appRole'> & Partial<Pick<Config, 'databasePool'>>,
  opts: { inMemory?: boolean } = {},
): Promise<Database> {
  if (!ROLE_NAME.test(config.appRole))
    throw new Error(`DATABASE_APP_ROLE "${config.appRole}" is not a valid role name`);
  return config.databaseUrl
    ? openPostgres(config.databaseUrl, config.appRole, config.databasePool ?? DEFAULT_POOL)
    : openPglite(opts.inMemory ? undefined : join(config.dataDir, 'pglite'), config.appRole);
}

async function openPglite(dir: string | undefined, appRole: string): Promise<Database> {
  const { PGlite } = await import('@electric-sql/pglite');
  const { drizzle } = await import('drizzle-orm/pglite');
  if (dir) mkdirSync(dir, { recursive: true });
  const client = dir ? await PGlite.create(dir) : await PGlite.create();
  const db = drizzle({ client, schema }) as unknown as AppDb;
  // PGlite has one connection whose session user is a superuser; the application role is the
  // session's current role, and owner work switches back for one transaction only.
  const owner = (await client.query<{ u: string }>('select session_user as u')).rows[0]!.u;
  return {
    kind: 'pglite',
    db,
    appRole,
    async asOwner(fn) {
      return db.transaction(async (tx) => {
        await tx.execute(sql.raw(`SET LOCAL ROLE ${quoteIdent(owner)}`));
        return fn(tx);
      });
    },
    async runMigrations(folder) {
      const { migrate } = await import('drizzle-orm/pglite/migrator');
      await client.exec('RESET ROLE');
      await migrate(db as never, { migrationsFolder: folder });
      await client.exec(AUTH_CHANGE_TRIGGERS);
    },
    async activateAppRole() {
      await client.exec(`SET ROLE ${quoteIdent(appRole)}`);
    },
    async onAuthChange(listener) {
      await client.listen(AUTH_CHANGE_CHANNEL, listener);
    },
    async ping() {
      await client.query('select 1');
    },
    async close() {
      await client.close();
    },
  };
}

// PGlite lives in this process alone, so the server may keep resolved sessions in memory if it
// hears of every change to them. A statement trigger makes the database itself announce each
// committed change, whichever code path wrote it (PGlite delivers the notification while it reads
// the COMMIT's answer, before the writer's await returns). Not a migration: on PostgreSQL, shared
// by several processes, nothing caches sessions and the notifications would only cost.
const AUTH_CHANGE_CHANNEL = 'bb_auth_changed';
const AUTH_CHANGE_TRIGGERS = `
  create or replace function bb_auth_changed() returns trigger language plpgsql as $$
  begin perform pg_notify('${AUTH_CHANGE_CHANNEL}', ''); return null; end $$;
  create or replace trigger bb_auth_changed after insert or update or delete or truncate on sessions
    for each statement execute function bb_auth_changed();
  create or replace trigger bb_auth_changed after insert or update or delete or truncate on users
    for each statement execute function bb_auth_changed();`;

/** As config.ts sets it when the environment says nothing (tests open databases without a config). */
const DEFAULT_POOL: DatabasePoolConfig = { max: 10, waitMs: 10_000 };

async function openPostgres(url: string, appRole: string, pool: DatabasePoolConfig): Promise<Database> {
  const pg = (await import('pg')).default;
  const { drizzle } = await import('drizzle-orm/node-postgres');
  // The wait covers a queue for a free connection as well as opening one: a burst (a KCC that
  // registers at once, 50 concurrent case numbers) queues for seconds on a small machine, and at
  // 3 s (until 2026-12-05) such requests were answered 503 although the database was fine.
  const common = { connectionString: url, connectionTimeoutMillis: pool.waitMs };
  const ownerPool = new pg.Pool({ ...common, max: 2 });
  // Every application connection starts as the application role (a startup parameter, so no
  // query can run on it before the switch).
  const appPool = new pg.Pool({ ...common, max: pool.max, options: `-c role=${appRole}` });
  // A connection lost while idle, or while checked out between two queries, must not crash the
  // process: the query in flight fails (503), the pool drops the client and opens a new one later.
  for (const pool of [ownerPool, appPool]) {
    pool.on('error', () => undefined);
    pool.on('connect', (client) => client.on('error', () => undefined));
  }
  const db = drizzle({ client: appPool, schema }) as unknown as AppDb;
  const ownerDb = drizzle({ client: ownerPool, schema }) as unknown as AppDb;
  return {
    kind: 'postgres',
    db,
    appRole,
    asOwner: (fn) => ownerDb.transaction(fn),
    async runMigrations(folder) {
      const { migrate } = await import('drizzle-orm/node-postgres/migrator');
      await migrate(ownerDb as never, { migrationsFolder: folder });
    },
    async activateAppRole() {
      // Every application connection switches on connect; nothing to do here.
    },
    async ping(timeoutMs = 2000) {
      const client = await withTimeout(ownerPool.connect(), timeoutMs);
      try {
        await withTimeout(client.query('select 1'), timeoutMs);
      } finally {
        client.release();
      }
    },
    async close() {
      await Promise.all([appPool.end(), ownerPool.end()]);
    },
  };
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`database did not answer within ${ms} ms`)), ms);
    p.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (e: unknown) => {
        clearTimeout(timer);
        reject(e instanceof Error ? e : new Error(String(e)));
      },
    );
  });
}

export function quoteIdent(name: string): string {
  return '"' + name.replace(/"/g, '""') + '"';
}

export function quoteLiteral(value: string): string {
  return "'" + value.replace(/'/g, "''") + "'";
}
