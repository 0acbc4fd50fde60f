// Rows of a table as JSON built by the database, so that one statement can bring back several
// tables' rows at once (one round trip instead of one per table), and back into the row objects
// drizzle would have returned, so the code that maps rows to API views stays the one it is.
import { getTableColumns, sql, type SQL } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';

type Row<T extends PgTable> = T['$inferSelect'];

function columnsOf<T extends PgTable>(table: T, keys?: readonly (keyof Row<T> & string)[]) {
  const all = getTableColumns(table);
  return (keys ?? (Object.keys(all) as (keyof Row<T> & string)[])).map((key) => [key, all[key]!] as const);
}

/**
 * `json_build_object('tenantId', alias."tenant_id", …)`: the row of `alias` keyed as drizzle keys
 * it, all columns or the given ones.
 */
export function rowJson<T extends PgTable>(
  table: T,
  alias: string,
  keys?: readonly (keyof Row<T> & string)[],
): SQL {
  const pairs = columnsOf(table, keys).map(
    ([key, column]) => sql`${sql.raw(`'${key}'`)}, ${sql.identifier(alias)}.${sql.identifier(column.name)}`,
  );
  return sql`json_build_object(${sql.join(pairs, sql`, `)})`;
}

/**
 * The row object from rowJson's JSON: JSON has no timestamps, so timestamp columns (drizzle's
 * `date` data type) become Dates again; everything else JSON carries as drizzle would (text, uuid,
 * date in string mode, integers, booleans, json and jsonb).
 */
export function rowFromJson<T extends PgTable>(
  table: T,
  json: Record<string, unknown>,
  keys?: readonly (keyof Row<T> & string)[],
): Row<T> {
  const row: Record<string, unknown> = { ...json };
  for (const [key, column] of columnsOf(table, keys)) {
    if (column.dataType === 'date' && typeof row[key] === 'string') row[key] = new Date(row[key]);
  }
  return row as Row<T>;
}

/** node-postgres parses json columns; a driver that hands back the text gets it parsed here. */
export function parseJson<T>(value: unknown): T {
  return (typeof value === 'string' ? JSON.parse(value) : value) as T;
}
