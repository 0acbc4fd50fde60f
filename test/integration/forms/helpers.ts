import { sql, type SQL } from 'drizzle-orm';
import { rowsOf } from '../../../src/server/platform/db/migrate.js';
import type { TestApp } from '../../helpers/app.js';

/** Reads as the database owner (no RLS), to check what was really stored. */
export async function ownerRows<T>(t: TestApp, query: SQL): Promise<T[]> {
  return t.db.database.asOwner(async (tx) => rowsOf<T>(await tx.execute(query)));
}

export async function count(t: TestApp, table: string, where: SQL = sql`true`): Promise<number> {
  const [row] = await ownerRows<{ n: number }>(
    t,
    sql`select count(*)::int as n from ${sql.identifier(table)} where ${where}`,
  );
  return Number(row!.n);
}

export const FORMS = '/api/v1/public/gemeenten';

export function submission(slug: string, category: string) {
  return `${FORMS}/${slug}/forms/${category}/submissions`;
}
