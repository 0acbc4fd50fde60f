import { inArray, isNull, notInArray, or, sql, type SQL } from 'drizzle-orm';
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
