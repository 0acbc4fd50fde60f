import { sql } from 'drizzle-orm';
import type { Database, Tx } from './client.js';

/**
 * Runs fn in a transaction scoped to one tenant (SET LOCAL, so the setting dies with the
 * transaction and a pooled connection never carries it into another request).
 */
export function withTenant<T>(database: Database, tenantId: string, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return database.db.transaction(async (tx) => {
    await tx.execute(sql`select set_config('app.tenant_id', ${tenantId}, true)`);
    return fn(tx);
  });
}
