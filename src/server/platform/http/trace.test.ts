import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { traceFrom, traceparentOf } from './trace.js';

describe('traceFrom', () => {
  it('continues a valid W3C traceparent', () => {
    const t = traceFrom('00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01');
    expect(t.traceId).toBe('4bf92f3577b34da6a3ce929d0e0e4736');
    expect(t.parentSpanId).toBe('00f067aa0ba902b7');
    expect(t.spanId).toMatch(/^[0-9a-f]{16}$/);
    expect(traceparentOf(t)).toBe(`00-${t.traceId}-${t.spanId}-01`);
  });

  it('starts a new trace for absent, malformed, all-zero or version ff headers', () => {
    for (const h of [
      undefined,
      'garbage',
      '00-00000000000000000000000000000000-00f067aa0ba902b7-01',
      'ff-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01',
    ]) {
      const t = traceFrom(h);
      expect(t.parentSpanId).toBeNull();
      expect(t.traceId).toMatch(/^[0-9a-f]{32}$/);
      expect(t.traceId).not.toBe('0'.repeat(32));
    }
  });

  it('always yields a well-formed trace, whatever the header', () => {
    fc.assert(
      fc.property(fc.string(), (h) => {
        expect(traceparentOf(traceFrom(h))).toMatch(/^00-[0-9a-f]{32}-[0-9a-f]{16}-01$/);
      }),
    );
  });
});
