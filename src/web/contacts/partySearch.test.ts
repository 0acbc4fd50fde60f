import { describe, expect, it } from 'vitest';
import { normalisePhone, parsePartySearch } from './partySearch';

describe('parsePartySearch', () => {
  it('reads names, e-mail, BSN, phone and postcode with house number', () => {
    expect(parsePartySearch('  ')).toBeNull();
    expect(parsePartySearch('de Vries')).toEqual({ kind: 'name', search: { q: 'de Vries' } });
    expect(parsePartySearch('A.Jansen@Example.nl')).toEqual({
      kind: 'email',
      search: { email: 'a.jansen@example.nl' },
    });
    expect(parsePartySearch('111222333')).toEqual({ kind: 'bsn', search: { bsn: '111222333' } });
    expect(parsePartySearch('06-12345678')).toEqual({ kind: 'phone', search: { phone: '+31612345678' } });
    expect(parsePartySearch('1234 ab 12')).toEqual({
      kind: 'address',
      search: { postcode: '1234AB', houseNumber: 12 },
    });
    expect(parsePartySearch('1234AB')).toEqual({ kind: 'address', search: { postcode: '1234AB' } });
  });

  it('normalises phone numbers to E.164', () => {
    expect(normalisePhone('0031201234567')).toBe('+31201234567');
    expect(normalisePhone('+31201234567')).toBe('+31201234567');
  });
});
