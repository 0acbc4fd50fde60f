import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestDatabase, type TestDatabase } from '../helpers/database.js';
import { rowsOf } from '../../src/server/platform/db/migrate.js';
import { withTenant } from '../../src/server/platform/db/tenant.js';
import { seedDemo } from '../../src/server/platform/seed/demo.js';
import { tenants } from '../../src/server/platform/tenancy/tables.js';
import { teams } from '../../src/server/platform/accounts/tables.js';

/** drizzle wraps the driver's error; the reason is in its cause. */
const deniedByPostgres = (e: unknown) =>
  /permission denied/.test(String((e as { cause?: Error }).cause?.message));

interface TableRow {
  table_name: string;
  rls: boolean;
  forced: boolean;
  first_pk_column: string | null;
}

describe('row-level security catalogue', () => {
  let t: TestDatabase;
  let tables: TableRow[];

  beforeAll(async () => {
    t = await createTestDatabase();
    await seedDemo(t.database);
    tables = await t.database.asOwner(async (tx) =>
      rowsOf<TableRow>(
        await tx.execute(sql`
          select c.relname as table_name, c.relrowsecurity as rls, c.relforcerowsecurity as forced,
                 (select a.attname from pg_index i join pg_attribute a on a.attrelid = i.indrelid and a.attnum = i.indkey[0]
                  where i.indrelid = c.oid and i.indisprimary) as first_pk_column
          from pg_class c join pg_namespace n on n.oid = c.relnamespace
          where n.nspname = 'public' and c.relkind in ('r', 'p')
            and exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped)`),
      ),
    );
  });
  afterAll(() => t.drop());

  it('has row-level security enabled and forced on every table with tenant_id, keyed tenant-first', () => {
    expect(tables.length).toBeGreaterThanOrEqual(6);
    for (const table of tables) {
      expect(table, table.table_name).toMatchObject({
        rls: true,
        forced: true,
        first_pk_column: 'tenant_id',
      });
    }
  });

  it('has every index of a tenant table start with tenant_id', async () => {
    const bad = await t.database.asOwner(async (tx) =>
      rowsOf<{ index_name: string }>(
        await tx.execute(sql`
          select i.indexrelid::regclass::text as index_name
          from pg_index i join pg_class c on c.oid = i.indrelid join pg_namespace n on n.oid = c.relnamespace
          join pg_attribute a on a.attrelid = c.oid and a.attnum = i.indkey[0]
          where n.nspname = 'public'
            and exists (select 1 from pg_attribute t where t.attrelid = c.oid and t.attname = 'tenant_id')
            and a.attname <> 'tenant_id'`),
      ),
    );
    expect(bad).toEqual([]);
  });

  it('runs the application as a role that is no superuser, cannot bypass RLS and owns no table', async () => {
    const [role] = rowsOf<{ current_user: string; rolsuper: boolean; rolbypassrls: boolean; owned: number }>(
      await t.database.db.execute(sql`
        select current_user, r.rolsuper, r.rolbypassrls,
               (select count(*)::int from pg_class c where c.relowner = r.oid) as owned
        from pg_roles r where r.rolname = current_user`),
    );
    expect(role).toEqual({
      current_user: 'buitenbinnen_app',
      rolsuper: false,
      rolbypassrls: false,
      owned: 0,
    });
  });

  it('shows no rows to a query without tenant context, and only the own tenant’s rows with it', async () => {
    for (const table of tables) {
      const [row] = rowsOf<{ n: number }>(
        await t.database.db.execute(sql.raw(`select count(*)::int as n from "${table.table_name}"`)),
      );
      expect(row!.n, table.table_name).toBe(0);
    }
    const all = await t.database.db.select().from(tenants);
    expect(all.length).toBe(2);
    const [first, second] = all;
    const seen = await withTenant(t.database, first!.id, (tx) => tx.select().from(teams));
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((r) => r.tenantId === first!.id)).toBe(true);
    // Writing a row for another tenant is refused by the policy's WITH CHECK.
    await expect(
      withTenant(t.database, first!.id, (tx) =>
        tx.insert(teams).values({ tenantId: second!.id, name: 'Inbraak' }),
      ),
    ).rejects.toThrow();
  });

  it('keeps the audit trail append-only for the application', async () => {
    const [tenant] = await t.database.db.select().from(tenants);
    await expect(
      withTenant(t.database, tenant!.id, (tx) => tx.execute(sql`delete from audit_events`)),
    ).rejects.toSatisfy(deniedByPostgres);
    await expect(
      withTenant(t.database, tenant!.id, (tx) => tx.execute(sql`update processing_records set status = 'x'`)),
    ).rejects.toSatisfy(deniedByPostgres);
  });
});
