// Demo data: two fictitious gemeenten with one account per role, so that roles and tenant
// isolation can be seen on a fresh install. Everything here is labelled as demo data.
import { eq } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { withTenant } from '../db/tenant.js';
import { tenants } from '../tenancy/tables.js';
import { createTenant } from '../tenancy/service.js';
import { users, teams } from '../accounts/tables.js';
import { auditEvents } from '../audit/tables.js';
import { hashPassword } from '../auth/passwords.js';
import { ROLES, ROLE_LABELS } from '../../../shared/roles.js';
import { randomBytes } from 'node:crypto';

export const DEMO_PASSWORD = 'Welkom-demo-2026';

export const DEMO_TENANTS = [
  {
    slug: 'voorbeeldstad',
    name: 'Gemeente Voorbeeldstad (demo)',
    theme: {
      '--utrecht-color-primary': '#1a4f8b',
      '--utrecht-button-primary-action-background-color': '#1a4f8b',
    },
    teams: ['Openbare ruimte', 'Burgerzaken', 'Klantcontactcentrum', 'Participatie'],
  },
  {
    slug: 'proefdorp',
    name: 'Gemeente Proefdorp (demo)',
    theme: {
      '--utrecht-color-primary': '#2e6b30',
      '--utrecht-button-primary-action-background-color': '#2e6b30',
    },
    teams: ['Buitendienst', 'Publiekszaken', 'KCC'],
  },
] as const;

export interface DemoAccount {
  tenant: string;
  email: string;
  role: string;
}

export function demoAccounts(): DemoAccount[] {
  return DEMO_TENANTS.flatMap((t) =>
    ROLES.map((role) => ({ tenant: t.slug, email: `${role}@${t.slug}.example`, role })),
  );
}

/** Seeds once: a gemeente that already exists is left as it is. Returns whether anything was added. */
export async function seedDemo(database: Database): Promise<boolean> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  let added = false;
  for (const t of DEMO_TENANTS) {
    const [existing] = await database.db
      .select({ id: tenants.id })
      .from(tenants)
      .where(eq(tenants.slug, t.slug));
    if (existing) continue;
    const tenant = await createTenant(database, {
      slug: t.slug,
      name: t.name,
      theme: { ...t.theme },
      isDemo: true,
    });
    await withTenant(database, tenant.id, async (tx) => {
      await tx.insert(users).values(
        ROLES.map((role) => ({
          tenantId: tenant.id,
          email: `${role}@${t.slug}.example`,
          name: `${ROLE_LABELS[role].nl} ${t.name.replace(/^Gemeente | \(demo\)$/g, '')}`,
          role,
          passwordHash,
        })),
      );
      await tx
        .insert(teams)
        .values(t.teams.map((name) => ({ tenantId: tenant.id, name, description: 'Demoteam (fictief)' })));
      await tx.insert(auditEvents).values({
        tenantId: tenant.id,
        action: 'seed.demo',
        result: 'success',
        traceId: randomBytes(16).toString('hex'),
      });
    });
    added = true;
  }
  return added;
}
