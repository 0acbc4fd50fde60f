import { sql } from 'drizzle-orm';
import { quoteLiteral, type Database, type Tx } from './client.js';
import { openBeforeCommit, runBeforeCommit } from './before-commit.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The tenant id as a SQL literal; only a UUID may ever be inlined into SQL text. */
export function tenantLiteral(tenantId: string): string {
  if (!UUID.test(tenantId)) throw new Error('tenant id is not a UUID');
  return quoteLiteral(tenantId);
}

/** The statement that scopes the current transaction to one tenant (SET LOCAL semantics). */
export function setTenantSql(tenantId: string): string {
  return `select set_config('app.tenant_id', ${tenantLiteral(tenantId)}, true)`;
}

/**
 * Runs fn in a transaction scoped to one tenant (SET LOCAL, so the setting dies with the
 * transaction and a pooled connection never carries it into another request).
 *
 * On PostgreSQL the setting travels in the same round trip as BEGIN: drizzle sends the
 * transaction's opening as one parameterless (simple-protocol) query, which may hold several
 * statements, so "begin read write; select set_config(…)" saves one round trip per transaction.
 * Should a drizzle upgrade stop passing the text through, the setting would be missing and the
 * row-level policies would show nothing: it fails closed, and the tenant-isolation tests fail.
 */
export function withTenant<T>(database: Database, tenantId: string, fn: (tx: Tx) => Promise<T>): Promise<T> {
  // The body may leave work for just before COMMIT (the audit and processing rows, written in one
  // statement instead of one each: see platform/audit).
  const body = async (tx: Tx): Promise<T> => {
    openBeforeCommit(tx);
    const result = await fn(tx);
    await runBeforeCommit(tx);
    return result;
  };
  if (database.kind === 'postgres') {
    const opening = `read write; ${setTenantSql(tenantId)}` as 'read write';
    return database.db.transaction(body, { accessMode: opening });
  }
  return database.db.transaction(async (tx) => {
    await tx.execute(sql`select set_config('app.tenant_id', ${tenantId}, true)`);
    return body(tx);
  });
}
