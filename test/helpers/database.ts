// A fresh, migrated database per test file: PGlite in memory by default, or a new database on the
// PostgreSQL server named by DATABASE_URL (dropped again afterwards), so files can run in parallel.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type Database } from '../../src/server/platform/db/client.js';
import { migrate } from '../../src/server/platform/db/migrate.js';

export const usesPostgres = !!process.env.DATABASE_URL;

export interface TestDatabase {
  database: Database;
  url: string | undefined;
  drop(): Promise<void>;
}

export async function createTestDatabase(appRole = 'buitenbinnen_app'): Promise<TestDatabase> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const database = await openDatabase(
      { databaseUrl: undefined, dataDir: '/nonexistent', appRole },
      { inMemory: true },
    );
    await migrate(database);
    return { database, url: undefined, drop: () => database.close() };
  }
  const name = `bb_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = '/' + name;
  const database = await openDatabase({ databaseUrl: url.href, dataDir: '/nonexistent', appRole });
  await migrate(database);
  return {
    database,
    url: url.href,
    async drop() {
      await database.close();
      const c = new pg.Client({ connectionString: serverUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}
