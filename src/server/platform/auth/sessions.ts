import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { and, eq, lt } from 'drizzle-orm';
import type { Database, Tx } from '../db/client.js';
import { withTenant } from '../db/tenant.js';
import { sessions } from './tables.js';
import { sessionCacheOf } from './session-cache.js';
import { readSession, type SessionRow } from './session-read.js';
import { isRole, type Role } from '../../../shared/roles.js';

export const IDLE_TIMEOUT_MS = 30 * 60_000;
export const ABSOLUTE_TIMEOUT_MS = 12 * 60 * 60_000;
// Writing last_seen on every request would turn every read into a write.
const TOUCH_INTERVAL_MS = 60_000;

export interface SessionUser {
  id: string;
  name: string;
  email: string;
  role: Role;
}

export interface ResolvedSession {
  tenantId: string;
  idHash: string;
  csrfToken: string;
  authMethod: string;
  user: SessionUser;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** The cookie names the tenant so the lookup can run under that tenant's row-level policy. */
export function parseSessionCookie(value: string | undefined): { tenantId: string; token: string } | null {
  if (!value) return null;
  const dot = value.indexOf('.');
  if (dot < 0) return null;
  const tenantId = value.slice(0, dot);
  const token = value.slice(dot + 1);
  if (!UUID.test(tenantId) || !/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
  return { tenantId, token };
}

export async function createSession(
  tx: Tx,
  tenantId: string,
  userId: string,
  authMethod: 'password' | 'oidc',
  now = new Date(),
): Promise<{ cookieValue: string; csrfToken: string; idHash: string }> {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(32).toString('base64url');
  const idHash = hashToken(token);
  await tx.insert(sessions).values({
    tenantId,
    idHash,
    userId,
    csrfToken,
    createdAt: now,
    lastSeenAt: now,
    expiresAt: new Date(now.getTime() + ABSOLUTE_TIMEOUT_MS),
    authMethod,
  });
  // Expired sessions of this user are cleaned up on the way.
  await tx
    .delete(sessions)
    .where(and(eq(sessions.tenantId, tenantId), eq(sessions.userId, userId), lt(sessions.expiresAt, now)));
  return { cookieValue: `${tenantId}.${token}`, csrfToken, idHash };
}

export async function resolveSession(
  database: Database,
  cookieValue: string | undefined,
  now = new Date(),
): Promise<ResolvedSession | null> {
  const parsed = parseSessionCookie(cookieValue);
  if (!parsed) return null;
  const { tenantId } = parsed;
  const idHash = hashToken(parsed.token);
  const cache = sessionCacheOf<SessionRow>(database);
  const key = `${tenantId}.${idHash}`;
  let row = cache?.get(key);
  if (!row) {
    const mark = cache?.mark() ?? 0;
    row = await readSession(database, tenantId, idHash);
    if (!row) return null;
    cache?.set(key, row, mark);
  }
  const thisSession = and(eq(sessions.tenantId, tenantId), eq(sessions.idHash, idHash));
  const idle = now.getTime() - row.lastSeenAt.getTime() > IDLE_TIMEOUT_MS;
  if (idle || row.expiresAt <= now || !row.active || !isRole(row.role)) {
    await withTenant(database, tenantId, (tx) => tx.delete(sessions).where(thisSession));
    return null;
  }
  // The rare write (about once a minute per session) gets its own transaction, so the common
  // read stays a single round trip.
  if (now.getTime() - row.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
    await withTenant(database, tenantId, (tx) =>
      tx.update(sessions).set({ lastSeenAt: now }).where(thisSession),
    );
  }
  return {
    tenantId,
    idHash,
    csrfToken: row.csrfToken,
    authMethod: row.authMethod,
    user: { id: row.userId, name: row.name, email: row.email, role: row.role },
  };
}

export async function destroySession(tx: Tx, tenantId: string, idHash: string): Promise<void> {
  await tx.delete(sessions).where(and(eq(sessions.tenantId, tenantId), eq(sessions.idHash, idHash)));
}

/** Ends the session a cookie points to, in whichever tenant it lives; used for rotation and logout. */
export async function endSessionByCookie(database: Database, cookieValue: string | undefined): Promise<void> {
  const parsed = parseSessionCookie(cookieValue);
  if (!parsed) return;
  await withTenant(database, parsed.tenantId, (tx) =>
    destroySession(tx, parsed.tenantId, hashToken(parsed.token)),
  );
}

export async function destroyUserSessions(tx: Tx, tenantId: string, userId: string): Promise<void> {
  await tx.delete(sessions).where(and(eq(sessions.tenantId, tenantId), eq(sessions.userId, userId)));
}

export function sameToken(a: string | undefined, b: string): boolean {
  if (!a) return false;
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
