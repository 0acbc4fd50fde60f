// The gemeente's own case event log as a virtual mining log, kept per gemeente for a short time:
// reading and grouping all case events is the expensive part of every question, and an analyst
// asks several in a row (map, variants, histogram). A case event written meanwhile shows up at the
// latest OWN_CASES_TTL_MS later; the provenance says so. The cache is per server process and holds
// at most MAX_TENANTS logs (least recently used goes first).
import type { Database } from '../../platform/db/client.js';
import { withTenant } from '../../platform/db/tenant.js';
import { readCaseEventLog } from '../cases/index.js';
import type { AttrTypes, Trace } from './model.js';
import { Miner, type Dfg } from './mine.js';

export const OWN_CASES_TTL_MS = 60_000;
const MAX_TENANTS = 8;

export const OWN_CASES_TYPES: AttrTypes = { 'org:group': 'string', channel: 'string' };

interface Entry {
  readAt: number;
  traces: Promise<Trace[]>;
  summary?: Dfg;
}
const cache = new Map<string, Entry>();

/** The own case event log as traces: case number as case id, team and channel as attributes. */
async function readTraces(database: Database, tenantId: string): Promise<Trace[]> {
  const entries = await withTenant(database, tenantId, (tx) => readCaseEventLog(tx));
  const traces: Trace[] = [];
  let current: Trace | null = null;
  let currentCase = '';
  for (const e of entries) {
    if (!current || e.caseId !== currentCase) {
      current = { id: e.caseNumber, ev: [] };
      currentCase = e.caseId;
      traces.push(current);
    }
    const at: Record<string, string> = {};
    if (e.team) at['org:group'] = e.team;
    if (e.channel) at.channel = e.channel;
    current.ev.push({ a: e.activity, t: Date.parse(e.timestamp), ...(e.team || e.channel ? { at } : {}) });
  }
  // In timestamp order once, so that every question after this reads them as they are.
  for (const t of traces) t.ev.sort((x, y) => x.t - y.t);
  return traces;
}

function entry(database: Database, tenantId: string): Entry {
  const now = Date.now();
  const hit = cache.get(tenantId);
  cache.delete(tenantId); // re-inserted below: the Map's order is the LRU order
  if (hit && now - hit.readAt < OWN_CASES_TTL_MS) {
    cache.set(tenantId, hit);
    return hit;
  }
  const fresh: Entry = { readAt: now, traces: readTraces(database, tenantId) };
  // A failed read is not cached.
  fresh.traces.catch(() => {
    if (cache.get(tenantId) === fresh) cache.delete(tenantId);
  });
  cache.set(tenantId, fresh);
  while (cache.size > MAX_TENANTS) cache.delete(cache.keys().next().value!);
  return fresh;
}

/**
 * The traces, shared between questions: callers must not change them (the miner's in-place sort
 * is a no-op on these, they are sorted already).
 */
export function ownCaseTraces(database: Database, tenantId: string): Promise<Trace[]> {
  return entry(database, tenantId).traces;
}

/** The unfiltered graph of the own cases, computed once per cached read. */
export async function ownCasesSummary(database: Database, tenantId: string): Promise<Dfg> {
  const e = entry(database, tenantId);
  const traces = await e.traces;
  if (!e.summary) {
    const miner = new Miner();
    for (const t of traces) miner.add(t);
    e.summary = miner.dfg();
  }
  return e.summary;
}

/** Drops the cached log of one gemeente (or all): for tests. */
export function forgetOwnCases(tenantId?: string): void {
  if (tenantId) cache.delete(tenantId);
  else cache.clear();
}
