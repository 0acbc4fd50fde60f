// The background import: parse the uploaded file, store its traces chunk by chunk with progress,
// and compute the unfiltered summary on the way. A failed or cancelled import deletes what it
// stored, so a log is either complete and ready, or has no traces at all.
import { createHmac } from 'node:crypto';
import { unlink } from 'node:fs/promises';
import type { Database } from '../../platform/db/client.js';
import { withTenant } from '../../platform/db/tenant.js';
import { LogFormatError, sortTrace, type Trace } from './model.js';
import { Miner } from './mine.js';
import { parseXesStream } from './xes-parser.js';
import { parseCsvStream, type CsvMapping } from './csv-import.js';
import { openLogFile } from './log-file.js';
import { databaseStage } from './csv-stage.js';
import { markEnded, markReady, writeChunk, type Provenance } from './store.js';

export const CHUNK_TRACES = 1000;

export type ImportSpec = { format: 'xes' } | { format: 'csv'; mapping: CsvMapping };

export const RESOURCE_HANDLING = ['keep', 'drop', 'pseudonymise'] as const;
export type ResourceHandling = (typeof RESOURCE_HANDLING)[number];

/**
 * The resource transform of an import. A pseudonym is an HMAC of the name with the gemeente's key
 * and the log's id: the same person is the same pseudonym within the log (the handover analysis
 * still works) but not across logs, and it cannot be turned back into the name without the key.
 */
export function resourceTransform(
  handling: ResourceHandling,
  key: string | undefined,
  tenantId: string,
  logId: string,
): ((t: Trace) => void) | null {
  if (handling === 'keep') return null;
  if (handling === 'drop')
    return (t) => {
      for (const e of t.ev) delete e.r;
    };
  if (!key) throw new Error('resource pseudonymise needs the pseudonym key');
  const seen = new Map<string, string>();
  const pseudonym = (name: string) => {
    let p = seen.get(name);
    if (!p) {
      const mac = createHmac('sha256', key).update(`mining-resource:${tenantId}:${logId}:${name}`);
      p = 'medewerker-' + mac.digest('base64url').slice(0, 10);
      // Bounded: a log has a limited staff; past that it is recomputed, not remembered.
      if (seen.size < 100_000) seen.set(name, p);
    }
    return p;
  };
  return (t) => {
    for (const e of t.ev) if (e.r !== undefined) e.r = pseudonym(e.r);
  };
}

export interface ImportOptions {
  /** Remove the (temporary) file afterwards. */
  deleteFile?: boolean;
  /** Provenance from the XES header, e.g. for the demo's public dataset. */
  provenance?: (logAttributes: Record<string, string>) => Provenance | undefined;
  /** What to do with org:resource (staff names are personal data); the default keeps it. */
  resource?: ResourceHandling;
  /** The gemeente's pseudonym key, required for resource "pseudonymise". */
  pseudonymKey?: string;
  /** Test seam: awaited after each stored chunk. */
  afterChunk?: () => Promise<void>;
}

interface Job {
  controller: AbortController;
  done: Promise<ImportOutcome>;
}
export type ImportOutcome = 'ready' | 'failed' | 'cancelled';

const running = new Map<string, Job>();
const jobKey = (tenantId: string, logId: string) => `${tenantId}/${logId}`;

class Cancelled extends Error {}

export function startImport(
  database: Database,
  tenantId: string,
  logId: string,
  path: string,
  spec: ImportSpec,
  opts: ImportOptions = {},
): Promise<ImportOutcome> {
  const controller = new AbortController();
  const done = runImport(database, tenantId, logId, path, spec, controller.signal, opts).finally(() =>
    running.delete(jobKey(tenantId, logId)),
  );
  running.set(jobKey(tenantId, logId), { controller, done });
  return done;
}

/** Stops a running import in this process and waits for it to clean up; false if none runs here. */
export async function cancelRunningImport(tenantId: string, logId: string): Promise<boolean> {
  const job = running.get(jobKey(tenantId, logId));
  if (!job) return false;
  job.controller.abort(new Cancelled());
  await job.done;
  return true;
}

export const isRunningHere = (tenantId: string, logId: string) => running.has(jobKey(tenantId, logId));

async function runImport(
  database: Database,
  tenantId: string,
  logId: string,
  path: string,
  spec: ImportSpec,
  signal: AbortSignal,
  opts: ImportOptions,
): Promise<ImportOutcome> {
  const miner = new Miner();
  let seq = 0;
  let events = 0;
  let traces = 0;
  let opened: Awaited<ReturnType<typeof openLogFile>> | null = null;
  const stage = spec.format === 'csv' ? databaseStage(database, tenantId, logId) : null;
  const transform = resourceTransform(opts.resource ?? 'keep', opts.pseudonymKey, tenantId, logId);
  try {
    opened = await openLogFile(path);
    const file = opened.file;
    const onTraces = async (batch: Trace[]) => {
      signal.throwIfAborted();
      for (const t of batch) {
        transform?.(t);
        miner.add(sortTrace(t));
        events += t.ev.length;
      }
      traces += batch.length;
      const progress = { bytesRead: file.bytesRead, eventsRead: events, tracesRead: traces };
      const stored = await withTenant(database, tenantId, (tx) =>
        writeChunk(tx, tenantId, logId, seq++, batch, progress),
      );
      // Cancelled by another server process: stop reading.
      if (!stored) throw new Cancelled();
      if (opts.afterChunk) await opts.afterChunk();
      signal.throwIfAborted();
    };
    const common = { onTraces, batchSize: CHUNK_TRACES, signal };
    let attrTypes;
    let provenance: Provenance | undefined;
    if (spec.format === 'xes') {
      const result = await parseXesStream(opened.stream, common);
      attrTypes = result.attrTypes;
      provenance = opts.provenance?.(result.logAttributes);
    } else {
      attrTypes = (await parseCsvStream(opened.stream, spec.mapping, { ...common, stage: stage! })).attrTypes;
    }
    if (miner.cases === 0) throw new LogFormatError(1, 'het bestand bevat geen enkele zaak (trace)');
    const ready = await withTenant(database, tenantId, (tx) =>
      markReady(tx, tenantId, logId, {
        summary: miner.dfg(),
        attrTypes,
        bytesRead: file.bytesRead,
        provenance,
      }),
    );
    if (!ready) throw new Cancelled();
    return 'ready';
  } catch (err) {
    const cancelled = signal.aborted || err instanceof Cancelled;
    const error = cancelled ? null : describe(err);
    await withTenant(database, tenantId, (tx) =>
      markEnded(tx, tenantId, logId, cancelled ? 'cancelled' : 'failed', error),
    );
    return cancelled ? 'cancelled' : 'failed';
  } finally {
    miner.dispose();
    // The staged CSV rows go however the import ended (they are a copy of the file's content).
    await stage?.clear().catch(() => undefined);
    opened?.stream.destroy();
    opened?.file.destroy();
    if (opts.deleteFile) await unlink(path).catch(() => undefined);
  }
}

function describe(err: unknown): { detail: string; line: number | null } {
  if (err instanceof LogFormatError) return { detail: err.message, line: err.line };
  const code = (err as { code?: string }).code;
  if (code === 'Z_DATA_ERROR' || code === 'Z_BUF_ERROR')
    return { detail: 'Het bestand is geen geldig of een onvolledig gzip-bestand.', line: null };
  return { detail: 'Het bestand kon niet worden ingelezen.', line: null };
}
