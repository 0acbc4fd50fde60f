import { sql } from 'drizzle-orm';
import { as, type Login, type TestApp } from '../../helpers/app.js';
import { rowsOf } from '../../../src/server/platform/db/migrate.js';

export const BSN_A = '111222333';
export const BSN_B = '123456782';

export function api(t: TestApp) {
  const call = (
    session: Login,
    method: 'GET' | 'POST' | 'PATCH',
    url: string,
    payload?: unknown,
    headers: Record<string, string> = {},
  ) =>
    t.app.inject({
      method,
      url,
      headers: as(session, headers),
      ...(payload === undefined
        ? {}
        : typeof payload === 'string'
          ? { payload }
          : { payload: payload as object }),
    });
  return {
    get: (s: Login, url: string) => call(s, 'GET', url),
    post: (s: Login, url: string, body: unknown, headers?: Record<string, string>) =>
      call(s, 'POST', url, body, headers),
    patch: (s: Login, url: string, body: unknown, headers?: Record<string, string>) =>
      call(s, 'PATCH', url, body, headers),
    csv: (s: Login, url: string, text: string) => call(s, 'POST', url, text, { 'content-type': 'text/csv' }),
  };
}

/** Reads as the owner (no RLS), to check what was or was not written. */
export async function ownerQuery<T>(t: TestApp, query: ReturnType<typeof sql>): Promise<T[]> {
  return t.db.database.asOwner(async (tx) => rowsOf<T>(await tx.execute(query)));
}

export async function countRows(t: TestApp, table: string, tenantId?: string): Promise<number> {
  const rows = await ownerQuery<{ n: number }>(
    t,
    tenantId
      ? sql`select count(*)::int as n from ${sql.identifier(table)} where tenant_id = ${tenantId}`
      : sql`select count(*)::int as n from ${sql.identifier(table)}`,
  );
  return rows[0]!.n;
}
