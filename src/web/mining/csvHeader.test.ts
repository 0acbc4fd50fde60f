import { describe, expect, it } from 'vitest';
import { guessColumn, parseHeader } from './csvHeader';

describe('parseHeader', () => {
  it('reads a comma header with quotes', () => {
    expect(parseHeader('case,"Activity, name",timestamp\n1,a,2020')).toEqual({
      delimiter: ',',
      columns: ['case', 'Activity, name', 'timestamp'],
    });
  });

  it('detects a semicolon header and strips a BOM', () => {
    expect(parseHeader('\uFEFFZaak;Activiteit;Tijdstip\r\n')).toEqual({
      delimiter: ';',
      columns: ['Zaak', 'Activiteit', 'Tijdstip'],
    });
  });

  it('guesses common column names', () => {
    const columns = ['Zaak', 'Activiteit', 'Tijdstip', 'org:resource'];
    expect(guessColumn(columns, 'case')).toBe('Zaak');
    expect(guessColumn(columns, 'timestamp')).toBe('Tijdstip');
    expect(guessColumn(columns, 'resource')).toBe('org:resource');
  });
});
