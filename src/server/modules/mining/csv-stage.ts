// The database stage of a CSV import (see csv-import.ts): rows are inserted a batch at a time and
// read back in primary-key order (case in "C" collation, time, line) with a keyset condition, each
// batch in its own short transaction, so neither the server nor one transaction holds the file.
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Database } from '../../platform/db/client.js';
import { withTenant } from '../../platform/db/tenant.js';
import type { CsvStage } from './csv-import.js';
import type { LogEvent, Trace } from './model.js';
import { miningCsvRows } from './tables.js';

const READ_ROWS = 5000;

export function databaseStage(
  database: Database,
  tenantId: string,
  logId: string,
): CsvStage & {
  clear(): Promise<void>;
} {
  const where = and(eq(miningCsvRows.tenantId, tenantId), eq(miningCsvRows.logId, logId));
  return {
    async add(rows) {
      await withTenant(database, tenantId, (tx) =>
        tx.insert(miningCsvRows).values(
          rows.map((r) => ({
            tenantId,
            logId,
            caseId: r.caseId,
            t: r.t,
            line: r.line,
            event: JSON.stringify(r.event),
          })),
        ),
      );
    },
    async *traces(batchSize) {
      let after: { caseId: string; t: number; line: number } | null = null;
      let batch: Trace[] = [];
      let current: Trace | null = null;
      for (;;) {
        const from = after;
        const page: (typeof miningCsvRows.$inferSelect)[] = await withTenant(database, tenantId, (tx) =>
          tx
            .select()
            .from(miningCsvRows)
            .where(
              from
                ? and(
                    where,
                    sql`(${miningCsvRows.caseId}, ${miningCsvRows.t}, ${miningCsvRows.line}) > (${from.caseId}, ${from.t}, ${from.line})`,
                  )
                : where,
            )
            .orderBy(asc(miningCsvRows.caseId), asc(miningCsvRows.t), asc(miningCsvRows.line))
            .limit(READ_ROWS),
        );
        for (const r of page) {
          // A case may go on in the next page: it is handed out only once the next case starts.
          if (!current || current.id !== r.caseId) {
            if (current) batch.push(current);
            if (batch.length >= batchSize) {
              yield batch;
              batch = [];
            }
            current = { id: r.caseId, ev: [] };
          }
          current.ev.push(JSON.parse(r.event) as LogEvent);
        }
        if (page.length < READ_ROWS) break;
        const last: { caseId: string; t: number; line: number } = page[page.length - 1]!;
        after = { caseId: last.caseId, t: last.t, line: last.line };
      }
      if (current) batch.push(current);
      if (batch.length) yield batch;
    },
    async clear() {
      await withTenant(database, tenantId, (tx) => tx.delete(miningCsvRows).where(where));
    },
  };
}
