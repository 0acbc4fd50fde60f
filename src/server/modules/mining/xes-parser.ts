// XES 1.0 / 2.0 event logs, read as a stream: traces are handed out in batches as soon as they
// are complete, so neither the file nor the log is ever held whole.
import {
  LogFormatError,
  type AttrType,
  type AttrTypes,
  type AttrValue,
  type LogEvent,
  type Trace,
} from './model.js';
import { parseIsoTimestamp } from './timestamp.js';
import { XmlScanner, type XmlHandler } from './xml-scanner.js';

const ATTRIBUTE_TAGS = new Set(['string', 'date', 'int', 'float', 'boolean', 'id', 'list', 'container']);

export interface XesResult {
  traces: number;
  events: number;
  /** Top-level log attributes (name, source, DOI…), strings only: provenance for the UI. */
  logAttributes: Record<string, string>;
  attrTypes: AttrTypes;
}

function typedValue(tag: string, raw: string | undefined, key: string, line: number): AttrValue {
  if (raw === undefined) throw new LogFormatError(line, `<${tag} key="${key}"> zonder value`);
  switch (tag) {
    case 'date': {
      const t = parseIsoTimestamp(raw);
      if (t === null) throw new LogFormatError(line, `onbekend datumformaat "${raw}" bij ${key}`);
      return new Date(t).toISOString();
    }
    case 'int': {
      const n = Number(raw);
      if (!Number.isInteger(n)) throw new LogFormatError(line, `geen geheel getal "${raw}" bij ${key}`);
      return n;
    }
    case 'float': {
      const n = Number(raw);
      if (raw.trim() === '' || Number.isNaN(n))
        throw new LogFormatError(line, `geen getal "${raw}" bij ${key}`);
      return n;
    }
    case 'boolean':
      if (raw !== 'true' && raw !== 'false')
        throw new LogFormatError(line, `geen boolean "${raw}" bij ${key}`);
      return raw === 'true';
    default:
      return raw;
  }
}

/** Maps XML elements to traces and events. Only direct children of log, trace and event count. */
class XesHandler implements XmlHandler {
  readonly stack: string[] = [];
  trace: Trace | null = null;
  event: (Partial<LogEvent> & { line: number }) | null = null;
  traceLine = 0;
  pending: Trace[] = [];
  traces = 0;
  events = 0;
  readonly logAttributes: Record<string, string> = {};
  readonly attrTypes: AttrTypes = {};

  start(name: string, attrs: Record<string, string>, _self: boolean, line: number): void {
    const parent = this.stack[this.stack.length - 1];
    this.stack.push(name);
    if (parent === undefined) {
      if (name !== 'log') throw new LogFormatError(line, `hoofdelement moet <log> zijn, niet <${name}>`);
      return;
    }
    if (name === 'trace' && parent === 'log') {
      this.trace = { id: '', ev: [] };
      this.traceLine = line;
    } else if (name === 'event' && parent === 'trace') {
      this.event = { line };
    } else if (name === 'event' && parent === 'log') {
      throw new LogFormatError(line, '<event> buiten een <trace> wordt niet ondersteund');
    } else if (ATTRIBUTE_TAGS.has(name)) {
      if (name === 'list' || name === 'container') return; // XES 2.0 nested values: not kept
      const key = attrs.key;
      if (key === undefined) throw new LogFormatError(line, `<${name}> zonder key`);
      if (parent === 'event' && this.event) this.eventAttribute(name, key, attrs.value, line);
      else if (parent === 'trace' && this.trace) this.traceAttribute(name, key, attrs.value, line);
      else if (parent === 'log' && name === 'string' && attrs.value !== undefined)
        this.logAttributes[key] = attrs.value;
    }
  }

  private readonly interned = new Map<string, string>();

  /**
   * One string object per distinct activity, resource and lifecycle value. A value read from the
   * text is a slice of the whole chunk it came from, and V8 keeps that chunk alive as long as the
   * slice lives: without this, every variant kept by the miner would pin a megabyte of XML.
   */
  private intern(raw: string): string {
    const known = this.interned.get(raw);
    if (known !== undefined) return known;
    if (this.interned.size >= 100_000) return raw;
    const copy = Buffer.from(raw, 'utf8').toString('utf8'); // a flat copy, detached from the chunk
    this.interned.set(copy, copy);
    return copy;
  }

  private noteType(key: string, tag: string): void {
    if (!(key in this.attrTypes)) this.attrTypes[key] = tag as AttrType;
  }

  private eventAttribute(tag: string, key: string, raw: string | undefined, line: number): void {
    const event = this.event!;
    if (key === 'time:timestamp') {
      if (tag !== 'date') throw new LogFormatError(line, 'time:timestamp moet een <date> zijn');
      const t = raw === undefined ? null : parseIsoTimestamp(raw);
      if (t === null)
        throw new LogFormatError(line, `onbekend datumformaat "${raw ?? ''}" bij time:timestamp`);
      event.t = t;
      return;
    }
    if (key === 'concept:name') event.a = this.intern(raw ?? '');
    else if (key === 'lifecycle:transition') event.lc = this.intern(raw ?? '');
    else if (key === 'org:resource') event.r = this.intern(raw ?? '');
    else {
      (event.at ??= {})[key] = typedValue(tag, raw, key, line);
      this.noteType(key, tag);
    }
  }

  private traceAttribute(tag: string, key: string, raw: string | undefined, line: number): void {
    if (key === 'concept:name') this.trace!.id = raw ?? '';
    else {
      (this.trace!.at ??= {})[key] = typedValue(tag, raw, key, line);
      this.noteType(key, tag);
    }
  }

  end(name: string): void {
    this.stack.pop();
    const parent = this.stack[this.stack.length - 1];
    if (name === 'event' && parent === 'trace' && this.event) {
      const e = this.event;
      if (e.t === undefined) throw new LogFormatError(e.line, 'event zonder time:timestamp');
      if (e.a === undefined) throw new LogFormatError(e.line, 'event zonder concept:name (activiteit)');
      const out: LogEvent = { a: e.a, t: e.t };
      if (e.lc !== undefined) out.lc = e.lc;
      if (e.r !== undefined) out.r = e.r;
      if (e.at) out.at = e.at;
      this.trace!.ev.push(out);
      this.event = null;
      this.events++;
    } else if (name === 'trace' && parent === 'log' && this.trace) {
      if (!this.trace.id) throw new LogFormatError(this.traceLine, 'trace zonder concept:name (zaak-id)');
      this.pending.push(this.trace);
      this.trace = null;
      this.traces++;
    }
  }
}

export interface StreamOptions {
  /** Called with each batch of complete traces; awaited, so a slow consumer slows the reader. */
  onTraces: (traces: Trace[]) => Promise<void> | void;
  batchSize?: number;
  signal?: AbortSignal;
}

/** Reads XES text from a byte stream (already gunzipped) and hands out traces in batches. */
export async function parseXesStream(
  source: AsyncIterable<Buffer | string> | Iterable<Buffer | string>,
  opts: StreamOptions,
): Promise<XesResult> {
  const handler = new XesHandler();
  const scanner = new XmlScanner(handler);
  // TextDecoder (streaming) is about three times as fast as StringDecoder on large files.
  const decoder = new TextDecoder('utf-8');
  const batchSize = opts.batchSize ?? 2000;
  let first = true;
  for await (const chunk of source) {
    opts.signal?.throwIfAborted();
    let text = typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    if (first) {
      text = text.replace(/^\uFEFF/, ''); // byte-order mark
      first = false;
    }
    scanner.write(text);
    // Hand out full batches only, so that stored chunks have an even size.
    while (handler.pending.length >= batchSize) await opts.onTraces(handler.pending.splice(0, batchSize));
  }
  scanner.write(decoder.decode());
  scanner.close();
  while (handler.pending.length) await opts.onTraces(handler.pending.splice(0, batchSize));
  return {
    traces: handler.traces,
    events: handler.events,
    logAttributes: handler.logAttributes,
    attrTypes: handler.attrTypes,
  };
}
