import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { and, eq, lt } from 'drizzle-orm';
import { quoteLiteral, type Database, type Tx } from '../db/client.js';
import { setTenantSql, tenantLiteral, withTenant } from '../db/tenant.js';
import { users } from '../accounts/tables.js';
import { sessions } from './tables.js';
import { sessionCacheOf } from './session-cache.js';
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

interface SessionRow {
  csrfToken: string;
  authMethod: string;
  lastSeenAt: Date;
  expiresAt: Date;
  userId: string;
  name: string;
  email: string;
  role: string;
  active: boolean;
}

/**
 * Reads a session and its user under the tenant's row-level policy. This runs on every
 * authenticated request, so it is one round trip (on PGlite: one call into the database instead of
 * BEGIN, SET, SELECT and COMMIT, which was half the CPU of a cached advice answer): a parameterless query of two
 * statements runs as one implicit transaction, in which the SET LOCAL of the first holds for the
 * second. Only a UUID and a hex digest are inlined (checked, and quoted).
 */
async function readSession(
  database: Database,
  tenantId: string,
  idHash: string,
): Promise<SessionRow | undefined> {
  const client = (
    database.db as unknown as {
      $client?: { query(text: string): Promise<unknown>; exec?(text: string): Promise<unknown> };
    }
  ).$client;
  if (client && /^[0-9a-f]{64}$/.test(idHash)) {
    const text = `${setTenantSql(tenantId)};
      select s.csrf_token as "csrfToken", s.auth_method as "authMethod", s.last_seen_at as "lastSeenAt",
             s.expires_at as "expiresAt", u.id as "userId", u.name, u.email, u.role, u.active
      from sessions s join users u on u.tenant_id = s.tenant_id and u.id = s.user_id
      where s.tenant_id = ${tenantLiteral(tenantId)} and s.id_hash = ${quoteLiteral(idHash)}`;
    // PGlite's exec sends the same simple-protocol query; its query() would prepare one statement.
    const results = (await (database.kind === 'pglite' && client.exec
      ? client.exec(text)
      : client.query(text))) as Array<{
      rows: SessionRow[];
    }>;
    const row = results[1]?.rows[0];
    return row && { ...row, lastSeenAt: new Date(row.lastSeenAt), expiresAt: new Date(row.expiresAt) };
  }
  return withTenant(database, tenantId, async (tx) => {
    const [row] = await tx
      .select({
        csrfToken: sessions.csrfToken,
        authMethod: sessions.authMethod,
        lastSeenAt: sessions.lastSeenAt,
        expiresAt: sessions.expiresAt,
        userId: users.id,
        name: users.name,
        email: users.email,
        role: users.role,
        active: users.active,
      })
      .from(sessions)
      .innerJoin(users, and(eq(users.tenantId, sessions.tenantId), eq(users.id, sessions.userId)))
      .where(and(eq(sessions.tenantId, tenantId), eq(sessions.idHash, idHash)));
    return row;
  });
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
