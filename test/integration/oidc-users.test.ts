import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDatabase, type TestDatabase } from '../helpers/database.js';
import { seedDemo } from '../../src/server/platform/seed/demo.js';
import { withTenant } from '../../src/server/platform/db/tenant.js';
import { tenants } from '../../src/server/platform/tenancy/tables.js';
import { users } from '../../src/server/platform/accounts/tables.js';
import { upsertOidcUser, type OidcClaims } from '../../src/server/platform/auth/oidc-users.js';
import type { Role } from '../../src/shared/roles.js';

describe('provisioning accounts from OIDC claims', () => {
  let t: TestDatabase;
  let tenantId: string;

  beforeAll(async () => {
    t = await createTestDatabase();
    await seedDemo(t.database);
    const [row] = await t.database.db.select().from(tenants).where(eq(tenants.slug, 'voorbeeldstad'));
    tenantId = row!.id;
  });
  afterAll(() => t.drop());

  const upsert = (claims: OidcClaims, role: Role = 'kcc') =>
    withTenant(t.database, tenantId, (tx) => upsertOidcUser(tx, tenantId, claims, role));
  const byId = (id: string) =>
    withTenant(
      t.database,
      tenantId,
      async (tx) => (await tx.select().from(users).where(eq(users.id, id)))[0]!,
    );

  it('links an existing local account by e-mail once, then follows the subject', async () => {
    const linked = await upsert({ sub: 'sub-kcc', email: 'KCC@voorbeeldstad.example', name: 'K. Contact' });
    expect(linked.ok).toBe(true);
    if (!linked.ok) return;
    const row = await byId(linked.id);
    expect(row).toMatchObject({
      oidcSubject: 'sub-kcc',
      email: 'kcc@voorbeeldstad.example',
      name: 'K. Contact',
    });
    // A changed e-mail claim follows the same account.
    const moved = await upsert(
      { sub: 'sub-kcc', email: 'k.contact@voorbeeldstad.example', name: 'K. Contact' },
      'analist',
    );
    expect(moved).toMatchObject({ ok: true, id: linked.id });
    expect(await byId(linked.id)).toMatchObject({
      email: 'k.contact@voorbeeldstad.example',
      role: 'analist',
    });
  });

  it('refuses to take over an account linked to another subject, or by an unverified address', async () => {
    expect(await upsert({ sub: 'intruder', email: 'k.contact@voorbeeldstad.example' })).toEqual({
      ok: false,
      reason: 'e-mail belongs to another SSO subject',
    });
    expect(
      await upsert({ sub: 'unverified', email: 'beheerder@voorbeeldstad.example', emailVerified: false }),
    ).toEqual({
      ok: false,
      reason: 'unverified e-mail matches an existing account',
    });
    const admin = await withTenant(
      t.database,
      tenantId,
      async (tx) =>
        (await tx.select().from(users).where(eq(users.email, 'beheerder@voorbeeldstad.example')))[0]!,
    );
    expect(admin).toMatchObject({ role: 'beheerder', oidcSubject: null });
  });

  it('keeps the old e-mail when the new one already belongs to another account', async () => {
    const a = await upsert({ sub: 'sub-a', email: 'a@voorbeeldstad.example' });
    expect(a.ok).toBe(true);
    const clash = await upsert({ sub: 'sub-a', email: 'adviseur@voorbeeldstad.example' });
    expect(clash.ok && clash.id).toBe(a.ok && a.id);
    expect((await byId(a.ok ? a.id : '')).email).toBe('a@voorbeeldstad.example');
  });
});
