import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { login, startTestApp, type Login, type TestApp } from '../../helpers/app.js';
import { rowsOf } from '../../../src/server/platform/db/migrate.js';
import { withTenant } from '../../../src/server/platform/db/tenant.js';
import { namePrefixMatch } from '../../../src/server/modules/contacts/party-store.js';
import { api, ownerQuery } from './helpers.js';

// The name search (q) on a table big enough that a sequential scan would cost: the planner must
// use the name-key text_pattern_ops indexes (as the application role, under row-level security), on PGlite and on PostgreSQL alike, and the search
// must still match a prefix case-insensitively and only in the caller's gemeente.
const ROWS = 40_000;

describe('party name search: prefix indexes', () => {
  let t: TestApp;
  let kcc: Login;
  let tenantId: string;

  beforeAll(async () => {
    t = await startTestApp();
    kcc = await login(t.app, 'voorbeeldstad', 'kcc');
    const tenants = await ownerQuery<{ id: string; slug: string }>(t, sql`select id, slug from tenants`);
    tenantId = tenants.find((x) => x.slug === 'voorbeeldstad')!.id;
    const other = tenants.find((x) => x.slug === 'proefdorp')!.id;
    // Synthetic names (md5 hex) in both gemeenten, plus a few that the test searches for.
    await t.db.database.asOwner(async (tx) => {
      for (const tenant of [tenantId, other])
        await tx.execute(sql`insert into parties (tenant_id, kind, pseudonym, display_name, family_name)
          select ${tenant}::uuid, 'person', 'p' || i, 'X ' || md5(i::text), md5(i::text)
          from generate_series(1, ${ROWS / 2}) as i`);
      await tx.execute(sql`insert into parties (tenant_id, kind, pseudonym, display_name, family_name, organisation_name)
        values (${tenantId}::uuid, 'person', 'z1', 'Anna Zwaluwstaart', 'Zwaluwstaart', null),
               (${tenantId}::uuid, 'person', 'z2', 'Zwaluw_Bakker', 'Bakker', null),
               (${tenantId}::uuid, 'organisation', 'z3', 'Zwaluwnest BV', null, 'Zwaluwnest BV'),
               (${other}::uuid, 'person', 'z4', 'Piet Zwaluwstaart', 'Zwaluwstaart', null)`);
      await tx.execute(sql`analyze parties`);
    });
  }, 240_000);
  afterAll(() => t.close());

  it('matches a prefix of any name case-insensitively, in this gemeente only, with LIKE wildcards literal', async () => {
    const names = async (q: string) => {
      const res = await api(t).get(kcc, `/api/v1/parties?q=${encodeURIComponent(q)}&pageSize=50`);
      expect(res.statusCode, res.body).toBe(200);
      return (res.json().items as { displayName: string }[]).map((p) => p.displayName).sort();
    };
    expect(await names('zWALUW')).toEqual(['Anna Zwaluwstaart', 'Zwaluw_Bakker', 'Zwaluwnest BV']);
    expect(await names('zwaluwn')).toEqual(['Zwaluwnest BV']);
    // The family name counts too: "Zwaluwstaart" finds Anna.
    expect(await names('ZWALUWSTAART')).toEqual(['Anna Zwaluwstaart']);
    // "_" and "%" are LIKE wildcards; in a search they mean themselves.
    expect(await names('zwaluw_')).toEqual(['Zwaluw_Bakker']);
    expect(await names('zwa%')).toEqual([]);
    expect(await names('waluw')).toEqual([]);
  });

  it('is served by the prefix indexes, not a scan of the whole table', async () => {
    const plan = await withTenant(t.deps.database, tenantId, async (tx) => {
      const rows = rowsOf<Record<string, string>>(
        await tx.execute(
          sql`explain select id from parties where tenant_id = ${tenantId} and ${namePrefixMatch('Zwaluw')} order by lower(display_name), id limit 10`,
        ),
      );
      return rows.map((r) => Object.values(r)[0]).join('\n');
    });
    expect(plan, plan).not.toMatch(/Seq Scan on parties/);
    for (const index of ['parties_tenant_display_name_key_idx', 'parties_tenant_family_name_key_idx'])
      expect(plan, plan).toContain(index);
  });
});
