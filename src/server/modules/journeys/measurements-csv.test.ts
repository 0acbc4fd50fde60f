import { describe, expect, it } from 'vitest';
import { MeasurementImportError, parseMeasurementsCsv } from './measurements-csv.js';

const steps = new Set(['s1', 's2']);
const issuesOf = (csv: string) => {
  try {
    parseMeasurementsCsv(csv, steps);
  } catch (e) {
    if (e instanceof MeasurementImportError) return e.issues;
    throw e;
  }
  return [];
};

describe('measurement CSV', () => {
  it('reads comma and semicolon files with Dutch decimals', () => {
    const rows = parseMeasurementsCsv(
      'STEP_ID;instrument;period;n;mean;sd\ns1;NPS;2025;80;-12,5;40\n',
      steps,
    );
    expect(rows).toEqual([
      expect.objectContaining({ line: 2, stepId: 's1', instrument: 'nps', n: 80, mean: -12.5, sd: 40 }),
    ]);
  });

  it('reports header problems on line 1', () => {
    expect(issuesOf('step,instrument\n')).toEqual([
      { line: 1, column: 'step', message: expect.stringMatching(/onbekende kolom/) },
      { line: 1, column: 'step_id', message: expect.stringMatching(/ontbreekt/) },
      { line: 1, column: 'period', message: expect.stringMatching(/ontbreekt/) },
      { line: 1, column: 'n', message: expect.stringMatching(/ontbreekt/) },
      { line: 1, column: 'mean', message: expect.stringMatching(/ontbreekt/) },
    ]);
  });

  it('gives the real line number after quoted multi-line fields and blank lines', () => {
    const issues = issuesOf(
      'step_id,instrument,period,n,mean\n\ns1,kto,"K1\nvervolg",10,7\ns2,xyz,K1,10,7\n',
    );
    expect(issues).toEqual([{ line: 5, column: 'instrument', message: expect.stringMatching(/xyz/) }]);
  });

  it('refuses an empty file and a file without rows', () => {
    expect(issuesOf('')[0]!.message).toMatch(/leeg/);
    expect(issuesOf('step_id,instrument,period,n,mean\n')[0]!.message).toMatch(/geen metingen/);
  });
});
