import { and, eq, or } from 'drizzle-orm';
import type { Tx } from '../db/client.js';
import { users } from '../accounts/tables.js';
import { normaliseEmail } from '../accounts/users.js';
import { isRole, type Role } from '../../../shared/roles.js';

/** Picks the role from the role claim (a string or a list), through the configured mapping. */
export function roleFromClaim(value: unknown, roleMap: Record<string, string>): Role | null {
  const values = Array.isArray(value) ? value : [value];
  for (const v of values) {
    if (typeof v !== 'string') continue;
    const mapped = roleMap[v] ?? v;
    if (isRole(mapped)) return mapped;
  }
  return null;
}

/**
 * Just-in-time provisioning: the identity provider is the authority on who someone is and which
 * role they have, so the local account follows the claims at every login. An existing local
 * account with the same e-mail is linked rather than duplicated.
 */
export async function upsertOidcUser(
  tx: Tx,
  tenantId: string,
  claims: { sub: string; email?: string; name?: string },
  role: Role,
): Promise<{ id: string; name: string; active: boolean }> {
  const email = claims.email ? normaliseEmail(claims.email) : `${claims.sub}@oidc.invalid`;
  const name = claims.name?.trim() || email;
  const [existing] = await tx
    .select()
    .from(users)
    .where(and(eq(users.tenantId, tenantId), or(eq(users.oidcSubject, claims.sub), eq(users.email, email))));
  if (existing) {
    const [row] = await tx
      .update(users)
      .set({ oidcSubject: claims.sub, role, name, updatedAt: new Date() })
      .where(and(eq(users.tenantId, tenantId), eq(users.id, existing.id)))
      .returning();
    return { id: row!.id, name: row!.name, active: row!.active };
  }
  const [row] = await tx
    .insert(users)
    .values({ tenantId, email, name, role, oidcSubject: claims.sub })
    .returning();
  return { id: row!.id, name: row!.name, active: row!.active };
}
