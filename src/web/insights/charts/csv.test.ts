import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from './csv';

describe('csv', () => {
  it('prefixes text cells a spreadsheet would run as a formula', () => {
    expect(csvCell('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(csvCell('+31')).toBe("'+31");
    expect(csvCell('-x')).toBe("'-x");
    expect(csvCell('@cmd')).toBe("'@cmd");
    expect(csvCell('\tx')).toBe("'\tx");
    expect(csvCell('afval')).toBe('afval');
  });

  it('leaves numbers as numbers, also negative ones', () => {
    expect(csvCell(-0.25)).toBe('-0.25');
    expect(csvCell(12)).toBe('12');
    expect(csvCell(null)).toBe('');
    expect(csvCell(Number.NaN)).toBe('');
  });

  it('quotes separators, quotes and line breaks', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('zei "ja"')).toBe('"zei ""ja"""');
    expect(csvCell('=1,2')).toBe('"\'=1,2"');
    expect(toCsv(['a', 'b'], [[1, 'x;y']])).toBe('a,b\r\n1,"x;y"\r\n');
  });
});
