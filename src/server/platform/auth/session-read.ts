// Reading a session and its user under the tenant's row-level policy. This runs on every
// authenticated request, so it is one round trip, and on PostgreSQL the lookups of concurrent
// requests of one gemeente share that round trip (see Batcher): under load every request's own
// lookup was one more socket write on both sides, the largest cost left after the group commit of
// contact registrations. Nothing is kept between requests on PostgreSQL (several processes may
// share the database, and a logout must take effect at once): a lookup only joins a query that
// starts after it was asked for.
import { and, eq } from 'drizzle-orm';
import { quoteLiteral, type Database } from '../db/client.js';
import { Batcher } from '../db/batcher.js';
import { setTenantSql, tenantLiteral, withTenant } from '../db/tenant.js';
import { users } from '../accounts/tables.js';
import { sessions } from './tables.js';

export interface SessionRow {
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

type RawClient = { query(text: string): Promise<unknown>; exec?(text: string): Promise<unknown> };

const HEX_DIGEST = /^[0-9a-f]{64}$/;
/** Lookups of one gemeente per query; the statement grows by one quoted digest each. */
const MAX_LOOKUPS_PER_QUERY = 100;

/**
 * A parameterless query of two statements runs as one implicit transaction, in which the SET
 * LOCAL of the first holds for the second (on PGlite too: one call into the database instead of
 * BEGIN, SET, SELECT and COMMIT). Only the tenant UUID and hex digests are inlined (checked, and
 * quoted).
 */
async function readSessions(
  database: Database,
  client: RawClient,
  tenantId: string,
  idHashes: readonly string[],
): Promise<Array<SessionRow | undefined>> {
  const text = `${setTenantSql(tenantId)};
    select s.id_hash as "idHash", s.csrf_token as "csrfToken", s.auth_method as "authMethod",
           s.last_seen_at as "lastSeenAt", s.expires_at as "expiresAt", u.id as "userId", u.name,
           u.email, u.role, u.active
    from sessions s join users u on u.tenant_id = s.tenant_id and u.id = s.user_id
    where s.tenant_id = ${tenantLiteral(tenantId)}
      and s.id_hash in (${idHashes.map(quoteLiteral).join(', ')})`;
  // PGlite's exec sends the same simple-protocol query; its query() would prepare one statement.
  const results = (await (database.kind === 'pglite' && client.exec
    ? client.exec(text)
    : client.query(text))) as Array<{ rows: Array<SessionRow & { idHash: string }> }>;
  const found = new Map((results[1]?.rows ?? []).map((r) => [r.idHash, r]));
  return idHashes.map((h) => {
    const row = found.get(h);
    if (!row) return undefined;
    const { idHash: _, ...rest } = row;
    return { ...rest, lastSeenAt: new Date(row.lastSeenAt), expiresAt: new Date(row.expiresAt) };
  });
}

const batchers = new WeakMap<Database, Batcher<string, SessionRow | undefined>>();

function batcherOf(database: Database, client: RawClient) {
  let batcher = batchers.get(database);
  if (!batcher) {
    batcher = new Batcher<string, SessionRow | undefined>({
      maxBatch: MAX_LOOKUPS_PER_QUERY,
      runBatch: (tenantId, hashes) => readSessions(database, client, tenantId, hashes),
      runOne: async (tenantId, hash) => (await readSessions(database, client, tenantId, [hash]))[0],
    });
    batchers.set(database, batcher);
  }
  return batcher;
}

/** The session with this digest in this tenant, with its user; undefined when there is none. */
export async function readSession(
  database: Database,
  tenantId: string,
  idHash: string,
): Promise<SessionRow | undefined> {
  const client = (database.db as unknown as { $client?: RawClient }).$client;
  if (client && HEX_DIGEST.test(idHash)) {
    // PGlite runs one query at a time in this process: there is no round trip to share.
    if (database.kind === 'pglite') return (await readSessions(database, client, tenantId, [idHash]))[0];
    return batcherOf(database, client).run(tenantId, idHash);
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
