import { gt, inArray, isNull, notInArray, or, sql, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';

// Conditions every retention source needs to tell held records from the rest.

/** True when the column is one of ids (never for null). */
export function among(column: PgColumn, ids: ReadonlySet<string>): SQL {
  if (ids.size === 0) return sql`false`;
  return inArray(column, [...ids]);
}

/** True when the column is null or not one of ids (a plain NOT IN is never true for null). */
export function notAmong(column: PgColumn, ids: ReadonlySet<string>): SQL {
  if (ids.size === 0) return sql`true`;
  return or(isNull(column), notInArray(column, [...ids]))!;
}

/** Keyset paging of a retention batch: the rows after the previous batch's last id. */
export function after(column: PgColumn, cursor: string | undefined): SQL {
  return cursor === undefined ? sql`true` : gt(column, cursor);
}

/** The cursor for the next batch: the last id when the batch was full, else none (done). */
export function nextAfter(ids: string[], batchSize: number): string | undefined {
  return ids.length >= batchSize ? ids[ids.length - 1] : undefined;
}
