// The streaming XES reader: attributes, XES 2.0 nesting, chunk boundaries and line-numbered errors.
import { describe, expect, it } from 'vitest';
import { parseXesStream } from './xes-parser.js';
import { LogFormatError, type Trace } from './model.js';
import { parseIsoTimestamp } from './timestamp.js';

async function parse(xml: string, chunkSize = 7) {
  const chunks: Buffer[] = [];
  const bytes = Buffer.from(xml, 'utf8');
  for (let i = 0; i < bytes.length; i += chunkSize) chunks.push(bytes.subarray(i, i + chunkSize));
  const traces: Trace[] = [];
  const result = await parseXesStream(chunks, { onTraces: (b) => void traces.push(...b), batchSize: 1 });
  return { traces, result };
}

async function failure(xml: string): Promise<LogFormatError> {
  try {
    await parse(xml);
  } catch (err) {
    if (err instanceof LogFormatError) return err;
    throw err;
  }
  throw new Error('no error');
}

const LOG = `<?xml version="1.0" encoding="UTF-8"?>
<!-- a comment with <tags> -->
<log xes.version="2.0" xmlns="http://www.xes-standard.org/">
  <string key="concept:name" value="Test &amp; log"/>
  <global scope="event"><string key="concept:name" value="UNKNOWN"/></global>
  <trace>
    <string key="concept:name" value="zaak-1"/>
    <date key="deadline" value="2026-01-10T00:00:00+01:00"/>
    <event>
      <string key="concept:name" value="Ontvangen &gt; registreren"/>
      <date key="time:timestamp" value="2026-01-05T09:00:00.123456+01:00"/>
      <string key="lifecycle:transition" value="complete"/>
      <string key="org:resource" value="Ans"/>
      <int key="bedrag" value="42"/>
      <float key="score" value="1.5"/>
      <boolean key="spoed" value="true"/>
      <list key="tags"><values><string key="x" value="y"/></values></list>
    </event>
    <event>
      <string key="concept:name" value="Besluit"/>
      <date key="time:timestamp" value="2026-01-06T08:00:00Z"/>
    </event>
  </trace>
</log>
`;

describe('parseXesStream', () => {
  it('reads traces, events and typed attributes across tiny chunks (multi-byte safe)', async () => {
    const { traces, result } = await parse(LOG.replace('Ans', 'Ånsé'), 3);
    expect(result).toMatchObject({ traces: 1, events: 2, logAttributes: { 'concept:name': 'Test & log' } });
    expect(result.attrTypes).toMatchObject({
      deadline: 'date',
      bedrag: 'int',
      score: 'float',
      spoed: 'boolean',
    });
    expect(traces[0]).toEqual({
      id: 'zaak-1',
      at: { deadline: '2026-01-09T23:00:00.000Z' },
      ev: [
        {
          a: 'Ontvangen > registreren',
          t: Date.UTC(2026, 0, 5, 8, 0, 0, 123),
          lc: 'complete',
          r: 'Ånsé',
          at: { bedrag: 42, score: 1.5, spoed: true },
        },
        { a: 'Besluit', t: Date.UTC(2026, 0, 6, 8) },
      ],
    });
  });

  it('names the line of an event without timestamp', async () => {
    const xml = LOG.replace('<date key="time:timestamp" value="2026-01-06T08:00:00Z"/>', '');
    const err = await failure(xml);
    expect(err.line).toBe(19);
    expect(err.message).toBe('Regel 19: event zonder time:timestamp');
  });

  it('names the line of an unknown date format', async () => {
    const err = await failure(LOG.replace('2026-01-06T08:00:00Z', '06-01-2026 08:00'));
    expect(err.line).toBe(21);
    expect(err.message).toContain('onbekend datumformaat "06-01-2026 08:00"');
  });

  it('names the line of a mismatched or unclosed tag', async () => {
    const mismatched = await failure(LOG.replace('    </event>\n  </trace>', '  </trace>'));
    expect(mismatched.line).toBe(22);
    expect(mismatched.message).toContain('</trace> past niet bij <event> (geopend op regel 19)');
    const unclosed = await failure(LOG.replace('</log>\n', ''));
    expect(unclosed.message).toContain('<log> (geopend op regel 3) is niet gesloten');
    const brokenTag = await failure(
      LOG.replace(
        '<event>\n      <string key="concept:name" value="Besluit"/>',
        '<event\n      <string key="concept:name" value="Besluit"/>',
      ),
    );
    expect(brokenTag.line).toBe(19);
    const unquoted = await failure(LOG.replace('value="Besluit"', 'value=Besluit'));
    expect(unquoted.line).toBe(20);
  });

  it('rejects text outside the root and a truncated file', async () => {
    expect((await failure(LOG + 'rommel')).line).toBe(25);
    expect((await failure(LOG.slice(0, 300))).message).toMatch(/niet gesloten|midden in een tag/);
  });
});

describe('parseIsoTimestamp', () => {
  it('accepts ISO 8601 with offsets and fractions', () => {
    expect(parseIsoTimestamp('2011-10-01T00:38:44.546+02:00')).toBe(Date.UTC(2011, 8, 30, 22, 38, 44, 546));
    expect(parseIsoTimestamp('2011-10-01T00:38:44.5-0130')).toBe(Date.UTC(2011, 9, 1, 2, 8, 44, 500));
    expect(parseIsoTimestamp('2011-10-01 00:38')).toBe(Date.UTC(2011, 9, 1, 0, 38));
    expect(parseIsoTimestamp('2011-10-01')).toBe(Date.UTC(2011, 9, 1));
  });
  it('rejects other formats and impossible dates', () => {
    for (const s of ['01-10-2011', '2011-02-30T00:00:00Z', '2011-13-01', 'gisteren', '2011-10-01T25:00', ''])
      expect(parseIsoTimestamp(s)).toBeNull();
  });
});
