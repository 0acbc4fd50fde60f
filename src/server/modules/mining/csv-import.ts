// CSV event logs with a column mapping. Rows of one case may be anywhere in the file, so cases are
// collected in memory (bounded by the upload limit) and handed out in batches at the end.
import { parse } from 'csv-parse';
import { LogFormatError, type AttrTypes, type LogEvent, type Trace } from './model.js';
import { parseIsoTimestamp } from './timestamp.js';

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
  opts: { onTraces: (traces: Trace[]) => Promise<void> | void; batchSize?: number; signal?: AbortSignal },
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
  const cases = new Map<string, Trace>();
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
      let trace = cases.get(caseId);
      if (!trace) {
        trace = { id: caseId, ev: [] };
        cases.set(caseId, trace);
      }
      trace.ev.push(event);
      events++;
    }
  } catch (err) {
    if (err instanceof LogFormatError) throw err;
    const e = err as { code?: string; lines?: number; message?: string };
    if (e.code?.startsWith('CSV_'))
      throw new LogFormatError(e.lines ?? 0, `ongeldige CSV: ${e.message ?? e.code}`);
    throw err;
  }
  await feed;
  const batchSize = opts.batchSize ?? 2000;
  let batch: Trace[] = [];
  for (const trace of cases.values()) {
    batch.push(trace);
    if (batch.length >= batchSize) {
      await opts.onTraces(batch);
      batch = [];
    }
  }
  if (batch.length) await opts.onTraces(batch);
  const attrTypes: AttrTypes = Object.fromEntries(extra.map((a) => [a, 'string' as const]));
  return { traces: cases.size, events, attrTypes };
}
