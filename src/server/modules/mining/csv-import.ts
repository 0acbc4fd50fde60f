// CSV event logs with a column mapping. Rows of one case may be anywhere in the file, so the rows
// go to a stage (in the database for an import, csv-stage.ts) a batch at a time and come back
// grouped by case, in time order: memory holds one batch of rows, not the cases of the whole file.
import { parse } from 'csv-parse';
import { LogFormatError, type AttrTypes, type LogEvent, type Trace } from './model.js';
import { parseIsoTimestamp } from './timestamp.js';

export interface StagedRow {
  caseId: string;
  t: number;
  /** the CSV line, which keeps rows with the same time in file order */
  line: number;
  event: LogEvent;
}

/** Where parsed rows wait until the whole file is read. */
export interface CsvStage {
  add(rows: StagedRow[]): Promise<void>;
  /** The staged rows as traces, ordered by case id (byte order), then time, then line. */
  traces(batchSize: number): AsyncIterable<Trace[]>;
}

/** A stage in memory: for tests and small files; an import uses the database (csv-stage.ts). */
export function memoryStage(): CsvStage {
  const rows: StagedRow[] = [];
  return {
    async add(batch) {
      rows.push(...batch);
    },
    async *traces(batchSize) {
      rows.sort((x, y) => cmpBytes(x.caseId, y.caseId) || x.t - y.t || x.line - y.line);
      yield* groupTraces(rows, batchSize);
    },
  };
}

/** Code-unit order, which for these ids is what the database's "C" collation gives. */
export function cmpBytes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Consecutive rows of a case become one trace; traces are handed out batchSize at a time. */
export function* groupTraces(rows: Iterable<StagedRow>, batchSize: number): Generator<Trace[]> {
  let batch: Trace[] = [];
  let current: Trace | null = null;
  for (const r of rows) {
    if (!current || current.id !== r.caseId) {
      if (current) batch.push(current);
      if (batch.length >= batchSize) {
        yield batch;
        batch = [];
      }
      current = { id: r.caseId, ev: [] };
    }
    current.ev.push(r.event);
  }
  if (current) batch.push(current);
  if (batch.length) yield batch;
}

const STAGE_ROWS = 2000;

export interface CsvMapping {
  case: string;
  activity: string;
  timestamp: string;
  resource?: string;
  attributes?: string[];
  delimiter?: ',' | ';';
}

const ROLE_LABELS: Record<string, string> = {
  case: 'zaak',
  activity: 'activiteit',
  timestamp: 'tijdstip',
  resource: 'resource',
};

export async function parseCsvStream(
  source: AsyncIterable<Buffer | string> | Iterable<Buffer | string>,
  mapping: CsvMapping,
  opts: {
    onTraces: (traces: Trace[]) => Promise<void> | void;
    stage?: CsvStage;
    batchSize?: number;
    signal?: AbortSignal;
  },
): Promise<{ traces: number; events: number; attrTypes: AttrTypes }> {
  const extra = mapping.attributes ?? [];
  const parser = parse({
    bom: true,
    delimiter: mapping.delimiter ?? ',',
    info: true,
    skip_empty_lines: true,
    columns: (header: string[]) => {
      const names = header.map((h) => h.trim());
      const wanted: [string, string][] = [
        ['case', mapping.case],
        ['activity', mapping.activity],
        ['timestamp', mapping.timestamp],
        ...(mapping.resource ? ([['resource', mapping.resource]] as [string, string][]) : []),
        ...extra.map((a): [string, string] => ['attribuut', a]),
      ];
      const missing = wanted.filter(([, col]) => !names.includes(col));
      if (missing.length)
        throw new LogFormatError(
          1,
          `Kolom ontbreekt in de CSV: ${missing.map(([role, col]) => `"${col}" (${ROLE_LABELS[role] ?? role})`).join(', ')}`,
        );
      return names;
    },
  });
  const stage = opts.stage ?? memoryStage();
  let pending: StagedRow[] = [];
  let events = 0;
  const feed = (async () => {
    for await (const chunk of source) {
      opts.signal?.throwIfAborted();
      if (!parser.write(chunk)) await new Promise((r) => parser.once('drain', r));
    }
    parser.end();
  })().catch((err: unknown) => parser.destroy(err as Error));
  try {
    for await (const item of parser as AsyncIterable<{
      record: Record<string, string>;
      info: { lines: number };
    }>) {
      const { record, info } = item;
      const line = info.lines;
      const caseId = record[mapping.case]?.trim();
      const activity = record[mapping.activity]?.trim();
      const rawTime = record[mapping.timestamp]?.trim() ?? '';
      if (!caseId) throw new LogFormatError(line, `zaak (kolom "${mapping.case}") is leeg`);
      if (!activity) throw new LogFormatError(line, `activiteit (kolom "${mapping.activity}") is leeg`);
      if (!rawTime) throw new LogFormatError(line, `tijdstip (kolom "${mapping.timestamp}") is leeg`);
      const t = parseIsoTimestamp(rawTime);
      if (t === null)
        throw new LogFormatError(
          line,
          `onbekend datumformaat "${rawTime}" (verwacht ISO 8601, bijv. 2026-01-05T09:30:00+01:00)`,
        );
      const event: LogEvent = { a: activity, t };
      const resource = mapping.resource ? record[mapping.resource]?.trim() : undefined;
      if (resource) event.r = resource;
      for (const col of extra) {
        const v = record[col];
        if (v !== undefined && v !== '') (event.at ??= {})[col] = v;
      }
      pending.push({ caseId, t, line, event });
      events++;
      if (pending.length >= STAGE_ROWS) {
        opts.signal?.throwIfAborted();
        await stage.add(pending);
        pending = [];
      }
    }
    if (pending.length) await stage.add(pending);
  } catch (err) {
    if (err instanceof LogFormatError) throw err;
    const e = err as { code?: string; lines?: number; message?: string };
    if (e.code?.startsWith('CSV_'))
      throw new LogFormatError(e.lines ?? 0, `ongeldige CSV: ${e.message ?? e.code}`);
    throw err;
  }
  await feed;
  let traces = 0;
  for await (const batch of stage.traces(opts.batchSize ?? 2000)) {
    traces += batch.length;
    await opts.onTraces(batch);
  }
  const attrTypes: AttrTypes = Object.fromEntries(extra.map((a) => [a, 'string' as const]));
  return { traces, events, attrTypes };
}
