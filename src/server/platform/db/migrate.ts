// Brings the schema up to date and (re)establishes the application role and its grants.
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { quoteIdent, quoteLiteral, type Database } from './client.js';

export const MIGRATIONS_DIR = fileURLToPath(new URL('../../../../db/migrations', import.meta.url));

// The application may add to these but never change or remove a row: the trails must be
// trustworthy. Retention clean-up runs as the owner.
const APPEND_ONLY_TABLES = ['audit_events', 'processing_records'];
// Global tables the application reads but does not write.
const READ_ONLY_TABLES = ['tenants'];

export async function migrate(database: Database): Promise<void> {
  await database.runMigrations(MIGRATIONS_DIR);
  const role = quoteIdent(database.appRole);
  await database.asOwner(async (tx) => {
    await tx.execute(sql`select bb_enforce_tenant_isolation()`);
    // Roles are cluster-wide and several databases (or test runs) may create it at once.
    await tx.execute(
      sql.raw(`DO $$ BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = ${quoteLiteral(database.appRole)}) THEN
          CREATE ROLE ${role} NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
        END IF;
      EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
      END $$`),
    );
    await tx.execute(sql.raw(`GRANT USAGE ON SCHEMA public TO ${role}`));
    const tables = await tx.execute<{ table_name: string; tenant: boolean }>(sql`
      select c.relname as table_name,
             exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped) as tenant
      from pg_class c join pg_namespace ns on ns.oid = c.relnamespace
      where ns.nspname = 'public' and c.relkind in ('r', 'p')`);
    for (const t of rowsOf<{ table_name: string; tenant: boolean }>(tables)) {
      const name = quoteIdent(t.table_name);
      await tx.execute(sql.raw(`REVOKE ALL ON ${name} FROM ${role}`));
      if (READ_ONLY_TABLES.includes(t.table_name)) {
        await tx.execute(sql.raw(`GRANT SELECT ON ${name} TO ${role}`));
      } else if (APPEND_ONLY_TABLES.includes(t.table_name)) {
        await tx.execute(sql.raw(`GRANT SELECT, INSERT ON ${name} TO ${role}`));
      } else if (t.tenant) {
        await tx.execute(sql.raw(`GRANT SELECT, INSERT, UPDATE, DELETE ON ${name} TO ${role}`));
      }
    }
    await tx.execute(sql.raw(`GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO ${role}`));
  });
  // The connecting user must be able to switch to the role (implicit for a superuser).
  await database.asOwner((tx) => tx.execute(sql.raw(`GRANT ${role} TO CURRENT_USER`))).catch(() => undefined);
  await database.activateAppRole();
}

/** node-postgres returns {rows}, PGlite returns {rows} too, but drizzle types them differently. */
export function rowsOf<T>(result: unknown): T[] {
  if (Array.isArray(result)) return result as T[];
  return ((result as { rows?: T[] }).rows ?? []) as T[];
}
