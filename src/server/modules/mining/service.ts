// Questions to an event log. Every answer streams the log's traces once (chunk by chunk for an
// imported log), filters whole cases and aggregates; only the unfiltered process map is cached
// (in the log row, or with the own cases' log for its short time, see own-cases.ts).
import type { Database } from '../../platform/db/client.js';
import { withTenant } from '../../platform/db/tenant.js';
import { problems, Problem } from '../../platform/http/problem.js';
import { ownCaseTraces, ownCasesSummary } from './own-cases.js';
import type { Trace } from './model.js';
import { Miner, bottlenecks, reduceDfg, type Dfg, type MinerOptions } from './mine.js';
import { edgeCase, isEmptyFilter, matches, type EdgeCase, type TraceFilter } from './filters.js';
import { findLog, nextChunk, type LogRow } from './store.js';

export { OWN_CASES_TYPES } from './own-cases.js';

export const OWN_CASES = 'cases';

export const notReady = (status: string) =>
  new Problem(
    409,
    'mining-log-not-ready',
    'Log nog niet klaar',
    `Dit log heeft status "${status}" en kan nog niet worden geanalyseerd.`,
  );

export interface LogHandle {
  tenantId: string;
  id: string;
  row: LogRow | null; // null for the virtual own-cases log
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The log, or 404 (also for another gemeente's log: RLS and the tenant condition hide it). */
export async function openLog(
  database: Database,
  tenantId: string,
  id: string,
  needReady = true,
): Promise<LogHandle> {
  if (id === OWN_CASES) return { tenantId, id, row: null };
  if (!UUID.test(id)) throw problems.notFound('Het event log');
  const row = await withTenant(database, tenantId, (tx) => findLog(tx, tenantId, id));
  if (!row) throw problems.notFound('Het event log');
  if (needReady && row.status !== 'ready') throw notReady(row.status);
  return { tenantId, id, row };
}

/** The log's traces in batches, in stored order; each batch read in its own short transaction. */
export async function* traceBatches(database: Database, log: LogHandle): AsyncGenerator<Trace[]> {
  if (!log.row) {
    yield await ownCaseTraces(database, log.tenantId);
    return;
  }
  let after = -1;
  for (;;) {
    const chunk = await withTenant(database, log.tenantId, (tx) =>
      nextChunk(tx, log.tenantId, log.id, after),
    );
    if (!chunk) return;
    after = chunk.seq;
    yield chunk.traces;
  }
}

async function mine(database: Database, log: LogHandle, filter: TraceFilter, opts: MinerOptions = {}) {
  const miner = new Miner(opts);
  let total = 0;
  try {
    for await (const batch of traceBatches(database, log)) {
      for (const t of batch) {
        total++;
        if (matches(t, filter)) miner.add(t);
      }
    }
  } catch (err) {
    miner.dispose();
    throw err;
  }
  return { miner, total };
}

export async function processMap(
  database: Database,
  log: LogHandle,
  filter: TraceFilter,
  limits: { activities?: number; paths?: number },
) {
  let dfg: Dfg;
  let total: number;
  const cached = log.row
    ? (log.row.summary as Dfg | null)
    : isEmptyFilter(filter)
      ? await ownCasesSummary(database, log.tenantId)
      : null;
  if (cached && isEmptyFilter(filter)) {
    dfg = cached;
    total = cached.cases;
  } else {
    const r = await mine(database, log, filter);
    dfg = r.miner.dfg();
    total = r.total;
  }
  const { cases: filteredCases, ...rest } = reduceDfg(dfg, limits.activities, limits.paths);
  return { totalCases: total, filteredCases, ...rest };
}

export async function variantPage(
  database: Database,
  log: LogHandle,
  filter: TraceFilter,
  page: { page: number; pageSize: number },
) {
  const { miner, total } = await mine(database, log, filter);
  const all = miner.variantList();
  const start = (page.page - 1) * page.pageSize;
  return {
    items: all.slice(start, start + page.pageSize),
    page: page.page,
    pageSize: page.pageSize,
    total: all.length,
    totalCases: total,
    filteredCases: miner.cases,
  };
}

export async function throughputHistogram(
  database: Database,
  log: LogHandle,
  filter: TraceFilter,
  bins: number,
) {
  const { miner, total } = await mine(database, log, filter, { throughputs: true });
  return { totalCases: total, filteredCases: miner.cases, ...miner.throughput(bins) };
}

export async function bottleneckList(database: Database, log: LogHandle, filter: TraceFilter, limit: number) {
  const { miner, total } = await mine(database, log, filter);
  return { totalCases: total, filteredCases: miner.cases, items: bottlenecks(miner.dfg(), limit) };
}

export async function casesBehindEdge(
  database: Database,
  log: LogHandle,
  filter: TraceFilter,
  edge: { source: string; target: string },
  page: { page: number; pageSize: number },
) {
  const found: EdgeCase[] = [];
  for await (const batch of traceBatches(database, log)) {
    for (const t of batch) {
      if (!matches(t, filter)) continue;
      const hit = edgeCase(t, edge.source, edge.target);
      if (hit) found.push(hit);
    }
  }
  found.sort((a, b) => (a.caseId < b.caseId ? -1 : a.caseId > b.caseId ? 1 : 0));
  const start = (page.page - 1) * page.pageSize;
  return {
    items: found.slice(start, start + page.pageSize),
    page: page.page,
    pageSize: page.pageSize,
    total: found.length,
  };
}

/** Filtered traces, batch by batch, for the exports. */
export async function* filteredTraces(
  database: Database,
  log: LogHandle,
  filter: TraceFilter,
): AsyncGenerator<Trace[]> {
  for await (const batch of traceBatches(database, log)) {
    const kept = batch.filter((t) => matches(t, filter));
    if (kept.length) yield kept;
  }
}
