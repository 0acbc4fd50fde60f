// The in-memory and stored shape of an event log: compact keys, because imported logs are kept
// as JSON chunks of a few thousand traces and re-read for every filtered question.

/** A kept attribute value. Dates are kept as ISO 8601 strings in UTC; their type is in AttrTypes. */
export type AttrValue = string | number | boolean;

export type AttrType = 'string' | 'date' | 'int' | 'float' | 'boolean' | 'id';

/** First-seen XES type per attribute key, so that an export writes the same types back. */
export type AttrTypes = Record<string, AttrType>;

export interface LogEvent {
  /** activity (concept:name) */
  a: string;
  /** time:timestamp, ms since the epoch (UTC) */
  t: number;
  /** lifecycle:transition */
  lc?: string;
  /** org:resource */
  r?: string;
  /** further attributes */
  at?: Record<string, AttrValue>;
}

export interface Trace {
  /** case id (the trace's concept:name) */
  id: string;
  /** further trace attributes */
  at?: Record<string, AttrValue>;
  ev: LogEvent[];
}

/** A failure while reading a log, with the (1-based) line where it was found. */
export class LogFormatError extends Error {
  constructor(
    readonly line: number,
    readonly reason: string,
  ) {
    super(`Regel ${line}: ${reason}`);
  }
}

/** Events in timestamp order; Array.prototype.sort is stable, so ties keep their file order. */
export function sortTrace(trace: Trace): Trace {
  const ev = trace.ev;
  for (let i = 1; i < ev.length; i++) {
    if (ev[i]!.t < ev[i - 1]!.t) {
      ev.sort((x, y) => x.t - y.t);
      break;
    }
  }
  return trace;
}
