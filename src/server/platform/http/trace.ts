// W3C Trace Context: continue the caller's trace when it sends a valid traceparent, start one
// otherwise. The trace id ties the audit trail to the processing log of the same request.
import { randomBytes } from 'node:crypto';

export interface Trace {
  traceId: string;
  spanId: string;
  parentSpanId: string | null;
}

const TRACEPARENT = /^([0-9a-f]{2})-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})$/;

export function traceFrom(header: string | string[] | undefined): Trace {
  const value = Array.isArray(header) ? header[0] : header;
  const m = value ? TRACEPARENT.exec(value.trim().toLowerCase()) : null;
  const valid = m && m[1] !== 'ff' && !/^0+$/.test(m[2]!) && !/^0+$/.test(m[3]!);
  return {
    traceId: valid ? m[2]! : randomBytes(16).toString('hex'),
    spanId: randomBytes(8).toString('hex'),
    parentSpanId: valid ? m[3]! : null,
  };
}

export function traceparentOf(trace: Trace): string {
  return `00-${trace.traceId}-${trace.spanId}-01`;
}
