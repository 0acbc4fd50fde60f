// Retention for imported event logs: their org:resource (and other attributes) may name staff or
// residents. Each log carries its own end date (retain_until, set at import from the chosen term or
// the gemeente's default); the privacy kernel's daily run calls this source, which deletes the logs
// past it, or strips them of resources and attributes when the gemeente's action is "anonymise".
// The run's audit record and summary hold counts only, never a log's name. Logs imported before
// terms existed (retain_until null) count from their import with the gemeente's term.
import { and, eq, inArray, isNull, lt, ne, or, sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db/client.js';
import type { RetentionContext, RetentionCounts, RetentionSource } from '../../platform/privacy/index.js';
import type { Trace } from './model.js';
import { miningChunks, miningCsvRows, miningLogs } from './tables.js';

/** Strips what may identify someone: the resource of every event and all further attributes. */
function strip(traces: Trace[]): Trace[] {
  return traces.map((t) => ({
    id: t.id,
    ev: t.ev.map((e) => ({ a: e.a, t: e.t, ...(e.lc ? { lc: e.lc } : {}) })),
  }));
}

export const miningLogRetention: RetentionSource = {
  recordType: 'mining_logs',
  async apply(tx: Tx, ctx: RetentionContext): Promise<RetentionCounts> {
    const past = and(
      eq(miningLogs.tenantId, ctx.tenantId),
      // A running import is left alone; it gets its date when it starts and is seen next run.
      ne(miningLogs.status, 'importing'),
      or(
        lt(miningLogs.retainUntil, ctx.now),
        and(isNull(miningLogs.retainUntil), lt(miningLogs.createdAt, ctx.cutoff)),
      ),
    )!;
    if (ctx.action === 'delete') {
      const gone = await tx.delete(miningLogs).where(past).returning({ id: miningLogs.id });
      const ids = gone.map((g) => g.id);
      if (ids.length) {
        await tx
          .delete(miningChunks)
          .where(and(eq(miningChunks.tenantId, ctx.tenantId), inArray(miningChunks.logId, ids)));
        await tx
          .delete(miningCsvRows)
          .where(and(eq(miningCsvRows.tenantId, ctx.tenantId), inArray(miningCsvRows.logId, ids)));
      }
      return { deleted: ids.length, anonymised: 0, held: 0 };
    }
    const due = await tx
      .select({ id: miningLogs.id })
      .from(miningLogs)
      .where(and(past, isNull(miningLogs.anonymisedAt)));
    for (const { id } of due) {
      const ofLog = and(eq(miningChunks.tenantId, ctx.tenantId), eq(miningChunks.logId, id));
      const seqs = await tx.select({ seq: miningChunks.seq }).from(miningChunks).where(ofLog);
      // Chunk by chunk: a log may be far larger than what one process should hold.
      for (const { seq } of seqs) {
        const one = and(ofLog, eq(miningChunks.seq, seq));
        const [c] = await tx.select({ data: miningChunks.data }).from(miningChunks).where(one);
        await tx
          .update(miningChunks)
          .set({ data: JSON.stringify(strip(JSON.parse(c!.data) as Trace[])) })
          .where(one);
      }
      await tx
        .update(miningLogs)
        .set({ anonymisedAt: ctx.now, attrTypes: sql`'{}'::jsonb`, resourceHandling: 'drop' })
        .where(and(eq(miningLogs.tenantId, ctx.tenantId), eq(miningLogs.id, id)));
    }
    return { deleted: 0, anonymised: due.length, held: 0 };
  },
};
