// Stored event logs: the log row, its chunks of traces, and reading them back in order.
import { and, asc, desc, eq, gt, sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db/client.js';
import { miningChunks, miningCsvRows, miningLogs } from './tables.js';
import type { AttrTypes, Trace } from './model.js';
import type { Dfg } from './mine.js';

export type LogRow = typeof miningLogs.$inferSelect;

export interface Provenance {
  kind: 'imported' | 'own-cases' | 'public-dataset';
  label: string;
  attribution?: string;
  licence?: string;
  url?: string;
}

export async function insertLog(
  tx: Tx,
  tenantId: string,
  v: {
    name: string;
    source: 'import-xes' | 'import-csv';
    bytesTotal: number | null;
    provenance: Provenance;
    createdBy: string | null;
    retainUntil: Date;
    resourceHandling: 'keep' | 'drop' | 'pseudonymise';
  },
): Promise<LogRow> {
  const [row] = await tx
    .insert(miningLogs)
    .values({ tenantId, status: 'importing', ...v })
    .returning();
  return row!;
}

export async function findLog(tx: Tx, tenantId: string, id: string): Promise<LogRow | null> {
  const [row] = await tx
    .select()
    .from(miningLogs)
    .where(and(eq(miningLogs.tenantId, tenantId), eq(miningLogs.id, id)));
  return row ?? null;
}

export function listLogRows(tx: Tx, tenantId: string): Promise<LogRow[]> {
  return tx
    .select()
    .from(miningLogs)
    .where(eq(miningLogs.tenantId, tenantId))
    .orderBy(desc(miningLogs.createdAt), asc(miningLogs.id));
}

/** Writes one chunk and the progress so far, unless the import was cancelled meanwhile. */
export async function writeChunk(
  tx: Tx,
  tenantId: string,
  logId: string,
  seq: number,
  traces: Trace[],
  progress: { bytesRead: number; eventsRead: number; tracesRead: number },
): Promise<boolean> {
  const updated = await tx
    .update(miningLogs)
    .set(progress)
    .where(
      and(eq(miningLogs.tenantId, tenantId), eq(miningLogs.id, logId), eq(miningLogs.status, 'importing')),
    )
    .returning({ id: miningLogs.id });
  if (updated.length === 0) return false;
  await tx
    .insert(miningChunks)
    .values({ tenantId, logId, seq, traceCount: traces.length, data: JSON.stringify(traces) });
  return true;
}

export async function markReady(
  tx: Tx,
  tenantId: string,
  logId: string,
  v: { summary: Dfg; attrTypes: AttrTypes; bytesRead: number; provenance?: Provenance },
): Promise<boolean> {
  const { summary } = v;
  const updated = await tx
    .update(miningLogs)
    .set({
      status: 'ready',
      summary,
      attrTypes: v.attrTypes,
      cases: summary.cases,
      events: summary.events,
      activities: summary.activities.length,
      eventsRead: summary.events,
      tracesRead: summary.cases,
      bytesRead: v.bytesRead,
      finishedAt: new Date(),
      ...(v.provenance ? { provenance: v.provenance } : {}),
    })
    .where(
      and(eq(miningLogs.tenantId, tenantId), eq(miningLogs.id, logId), eq(miningLogs.status, 'importing')),
    )
    .returning({ id: miningLogs.id });
  return updated.length > 0;
}

/** Ends an import that did not finish: its chunks go, the row says why (all-or-nothing). */
export async function markEnded(
  tx: Tx,
  tenantId: string,
  logId: string,
  status: 'failed' | 'cancelled',
  error: { detail: string; line: number | null } | null,
): Promise<void> {
  await deleteTraces(tx, tenantId, logId);
  await tx
    .update(miningLogs)
    .set({ status, error, finishedAt: new Date() })
    .where(
      and(eq(miningLogs.tenantId, tenantId), eq(miningLogs.id, logId), eq(miningLogs.status, 'importing')),
    );
}

/** The stored traces of a log and any CSV rows still staged for it. */
async function deleteTraces(tx: Tx, tenantId: string, logId: string): Promise<void> {
  await tx
    .delete(miningChunks)
    .where(and(eq(miningChunks.tenantId, tenantId), eq(miningChunks.logId, logId)));
  await tx
    .delete(miningCsvRows)
    .where(and(eq(miningCsvRows.tenantId, tenantId), eq(miningCsvRows.logId, logId)));
}

export async function deleteLog(tx: Tx, tenantId: string, logId: string): Promise<void> {
  await deleteTraces(tx, tenantId, logId);
  await tx.delete(miningLogs).where(and(eq(miningLogs.tenantId, tenantId), eq(miningLogs.id, logId)));
}

/** The next chunk after seq, or null at the end. */
export async function nextChunk(tx: Tx, tenantId: string, logId: string, after: number) {
  const [row] = await tx
    .select({ seq: miningChunks.seq, data: miningChunks.data })
    .from(miningChunks)
    .where(
      and(eq(miningChunks.tenantId, tenantId), eq(miningChunks.logId, logId), gt(miningChunks.seq, after)),
    )
    .orderBy(asc(miningChunks.seq))
    .limit(1);
  return row ? { seq: row.seq, traces: JSON.parse(row.data) as Trace[] } : null;
}

export async function chunkCount(tx: Tx, tenantId: string, logId: string): Promise<number> {
  const [row] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(miningChunks)
    .where(and(eq(miningChunks.tenantId, tenantId), eq(miningChunks.logId, logId)));
  return row?.n ?? 0;
}
