import { and, eq } from 'drizzle-orm';
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

export interface OidcClaims {
  sub: string;
  email?: string;
  emailVerified?: boolean;
  name?: string;
}

export type OidcUserResult =
  { ok: true; id: string; name: string; active: boolean } | { ok: false; reason: string };

/**
 * Just-in-time provisioning: the identity provider is the authority on who someone is and which
 * role they have, so the local account follows the claims at every login. The subject is the
 * stable key. An existing account with the same e-mail is linked only when it is not linked to
 * another subject yet and the provider does not say the address is unverified (organisation IdPs
 * such as Entra ID send no email_verified; their addresses are administered).
 */
export async function upsertOidcUser(
  tx: Tx,
  tenantId: string,
  claims: OidcClaims,
  role: Role,
): Promise<OidcUserResult> {
  const email = claims.email ? normaliseEmail(claims.email) : `${claims.sub}@oidc.invalid`;
  const name = claims.name?.trim() || email;
  const [bySubject] = await tx
    .select()
    .from(users)
    .where(and(eq(users.tenantId, tenantId), eq(users.oidcSubject, claims.sub)));
  const [byEmail] = await tx
    .select()
    .from(users)
    .where(and(eq(users.tenantId, tenantId), eq(users.email, email)));

  let target = bySubject;
  if (!target && byEmail) {
    if (byEmail.oidcSubject && byEmail.oidcSubject !== claims.sub)
      return { ok: false, reason: 'e-mail belongs to another SSO subject' };
    if (claims.emailVerified === false)
      return { ok: false, reason: 'unverified e-mail matches an existing account' };
    target = byEmail;
  }
  if (target) {
    // A changed e-mail follows the claim unless another account already has it.
    const newEmail = byEmail && byEmail.id !== target.id ? target.email : email;
    const [row] = await tx
      .update(users)
      .set({ oidcSubject: claims.sub, role, name, email: newEmail, updatedAt: new Date() })
      .where(and(eq(users.tenantId, tenantId), eq(users.id, target.id)))
      .returning();
    return { ok: true, id: row!.id, name: row!.name, active: row!.active };
  }
  const [row] = await tx
    .insert(users)
    .values({ tenantId, email, name, role, oidcSubject: claims.sub })
    .returning();
  return { ok: true, id: row!.id, name: row!.name, active: row!.active };
}
