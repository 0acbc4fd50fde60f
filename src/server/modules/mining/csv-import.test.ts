import { describe, expect, it } from 'vitest';
import { parseCsvStream, type CsvMapping } from './csv-import.js';
import { LogFormatError, type Trace } from './model.js';

const MAP: CsvMapping = {
  case: 'Zaak',
  activity: 'Stap',
  timestamp: 'Tijdstip',
  resource: 'Wie',
  attributes: ['Kanaal'],
};

async function run(csv: string, mapping = MAP) {
  const traces: Trace[] = [];
  const result = await parseCsvStream([Buffer.from(csv)], mapping, {
    onTraces: (b) => void traces.push(...b),
  });
  return { traces, result };
}
async function failure(csv: string, mapping = MAP) {
  try {
    await run(csv, mapping);
  } catch (err) {
    if (err instanceof LogFormatError) return err;
    throw err;
  }
  throw new Error('no error');
}

const CSV =
  'Zaak,Stap,Tijdstip,Wie,Kanaal\nz1,Ontvangen,2026-01-05T09:00:00Z,Ans,web\nz2,Ontvangen,2026-01-05 10:00,,=1+1\nz1,Besluit,2026-01-06T09:00:00+01:00,Bob,\n';

describe('parseCsvStream', () => {
  it('maps columns and groups rows by case', async () => {
    const { traces, result } = await run(CSV);
    expect(result).toEqual({ traces: 2, events: 3, attrTypes: { Kanaal: 'string' } });
    expect(traces).toEqual([
      {
        id: 'z1',
        ev: [
          { a: 'Ontvangen', t: Date.UTC(2026, 0, 5, 9), r: 'Ans', at: { Kanaal: 'web' } },
          { a: 'Besluit', t: Date.UTC(2026, 0, 6, 8), r: 'Bob' },
        ],
      },
      { id: 'z2', ev: [{ a: 'Ontvangen', t: Date.UTC(2026, 0, 5, 10), at: { Kanaal: '=1+1' } }] },
    ]);
  });
  it('says which mapped columns are missing', async () => {
    const err = await failure('Zaak,Stap,Wie\nz1,A,Ans\n');
    expect(err.message).toBe(
      'Regel 1: Kolom ontbreekt in de CSV: "Tijdstip" (tijdstip), "Kanaal" (attribuut)',
    );
  });
  it('names the line of a bad timestamp or empty case', async () => {
    expect((await failure(CSV.replace('2026-01-06T09:00:00+01:00', '6-1-2026'))).line).toBe(4);
    expect((await failure(CSV.replace('z2,', ','))).message).toBe('Regel 3: zaak (kolom "Zaak") is leeg');
  });
  it('reports malformed CSV with its line', async () => {
    const err = await failure(CSV + 'z3,"open,2026-01-05T09:00:00Z,,\n');
    expect(err.message).toContain('ongeldige CSV');
  });
});
