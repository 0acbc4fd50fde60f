import { and, eq } from 'drizzle-orm';
import type { AppDeps } from '../deps.js';
import { withTenant } from '../db/tenant.js';
import { recordAudit } from '../audit/service.js';
import type { Trace } from '../http/trace.js';
import { users } from '../accounts/tables.js';
import { normaliseEmail } from '../accounts/users.js';
import { verifyPassword } from './passwords.js';
import { createSession } from './sessions.js';

export const MAX_FAILED_LOGINS = 5;
export const LOCKOUT_MS = 15 * 60_000;

export type LoginResult = { ok: true; tenantId: string; cookieValue: string } | { ok: false };

/**
 * Password login. Unknown gemeente, unknown e-mail, wrong password, locked or inactive account:
 * all give the same answer after the same amount of work, so the answer reveals nothing.
 */
export async function loginWithPassword(
  deps: AppDeps,
  input: { tenant: string; email: string; password: string },
  origin: { ip: string; trace: Trace },
  now = new Date(),
): Promise<LoginResult> {
  const tenant = await deps.tenants.bySlug(input.tenant);
  if (!tenant) {
    await verifyPassword(null, input.password);
    return { ok: false };
  }
  const email = normaliseEmail(input.email);
  const ctx = {
    tenantId: tenant.id,
    actor: null,
    trace: origin.trace,
    origin: origin.ip,
    pseudonymKey: deps.keys.pseudonym,
  };
  return withTenant(deps.database, tenant.id, async (tx) => {
    const [user] = await tx
      .select()
      .from(users)
      .where(and(eq(users.tenantId, tenant.id), eq(users.email, email)));
    const locked = !!user?.lockedUntil && user.lockedUntil > now;
    const valid = await verifyPassword(user?.passwordHash, input.password);
    if (!user || !valid || locked || !user.active) {
      if (user && !valid && !locked) {
        const failed = user.failedLogins + 1;
        const lock = failed >= MAX_FAILED_LOGINS;
        await tx
          .update(users)
          .set({
            failedLogins: lock ? 0 : failed,
            lockedUntil: lock ? new Date(now.getTime() + LOCKOUT_MS) : user.lockedUntil,
          })
          .where(and(eq(users.tenantId, tenant.id), eq(users.id, user.id)));
        if (lock)
          await recordAudit(tx, ctx, {
            action: 'auth.lockout',
            objectType: 'user',
            objectId: user.id,
            result: 'failure',
          });
      }
      await recordAudit(
        tx,
        { ...ctx, actor: user ? { id: user.id, name: user.name } : null },
        {
          action: 'auth.login',
          objectType: 'user',
          objectId: user?.id,
          result: 'failure',
        },
      );
      return { ok: false as const };
    }
    await tx
      .update(users)
      .set({ failedLogins: 0, lockedUntil: null })
      .where(and(eq(users.tenantId, tenant.id), eq(users.id, user.id)));
    const session = await createSession(tx, tenant.id, user.id, 'password', now);
    await recordAudit(
      tx,
      { ...ctx, actor: { id: user.id, name: user.name } },
      { action: 'auth.login', objectType: 'user', objectId: user.id },
    );
    return { ok: true as const, tenantId: tenant.id, cookieValue: session.cookieValue };
  });
}
