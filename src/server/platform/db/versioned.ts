import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Tx } from './client.js';
import { problems } from '../http/problem.js';

interface VersionedColumns {
  tenantId: PgColumn;
  id: PgColumn;
  version: PgColumn;
  updatedAt: PgColumn;
}

/**
 * Optimistic concurrency for any versioned table: the update only lands when the row still has
 * the version the client saw. 404 when the row is not there (or belongs to another tenant),
 * 412 when it changed in between.
 */
export async function updateVersioned<T extends PgTable & VersionedColumns>(
  tx: Tx,
  table: T,
  key: { tenantId: string; id: string },
  expected: number,
  values: Record<string, unknown>,
  what: string,
): Promise<T['$inferSelect']> {
  const match: SQL = and(eq(table.tenantId, key.tenantId), eq(table.id, key.id))!;
  const updated = (await tx
    .update(table)
    .set({ ...values, version: sql`${table.version} + 1`, updatedAt: new Date() } as never)
    .where(and(match, eq(table.version, expected)))
    .returning()) as T['$inferSelect'][];
  if (updated[0]) return updated[0];
  const exists = await tx
    .select({ id: table.id })
    .from(table as PgTable)
    .where(match);
  throw exists.length ? problems.preconditionFailed() : problems.notFound(what);
}
