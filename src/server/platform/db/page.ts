// One page of a table's rows and how many rows match in all, for the list routes (pageOf).
import { count, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { offsetOf } from '../http/pagination.js';
import type { Tx } from './client.js';

export async function selectPage<T extends PgTable>(
  tx: Tx,
  table: T,
  where: SQL | undefined,
  orderBy: (PgColumn | SQL)[],
  q: { page: number; pageSize: number },
): Promise<{ rows: T['$inferSelect'][]; total: number }> {
  // One after the other: a transaction is one connection, which runs one query at a time (pg 8
  // queues a second one with a deprecation warning, pg 9 refuses it).
  const rows = await tx
    .select()
    .from(table as PgTable)
    .where(where)
    .orderBy(...orderBy)
    .limit(q.pageSize)
    .offset(offsetOf(q));
  const [total] = await tx
    .select({ n: count() })
    .from(table as PgTable)
    .where(where);
  return { rows: rows as T['$inferSelect'][], total: total?.n ?? 0 };
}
