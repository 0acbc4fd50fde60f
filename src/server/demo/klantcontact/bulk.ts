// Bulk inserts for demo data: each chunk travels as one JSON parameter and is unpacked by
// json_to_recordset, so 15,000 rows cost a handful of statements and no per-row binding.
import { sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db/client.js';

const CHUNK = 5000;
const IDENT = /^[a-z_][a-z0-9_]*$/;

/**
 * Inserts rows into `table`; `columns` maps each column to its SQL type. Every row gets the
 * tenant id. Column and table names are constants of the caller (checked, never user input).
 */
export async function bulkInsert(
  tx: Tx,
  table: string,
  tenantId: string,
  columns: Record<string, string>,
  rows: Record<string, unknown>[],
): Promise<void> {
  const names = Object.keys(columns);
  if (![table, ...names].every((n) => IDENT.test(n))) throw new Error('bulkInsert: invalid identifier');
  const list = names.join(', ');
  const types = names.map((n) => `${n} ${columns[n]}`).join(', ');
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK);
    await tx.execute(
      sql`insert into ${sql.raw(table)} (tenant_id, ${sql.raw(list)})
          select ${tenantId}::uuid, ${sql.raw(list)} from json_to_recordset(${JSON.stringify(chunk)}::json) as x(${sql.raw(types)})`,
    );
  }
}
