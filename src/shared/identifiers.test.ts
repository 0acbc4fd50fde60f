import { describe, expect, it } from 'vitest';
import {
  isValidBsn,
  maskBsn,
  normaliseBsn,
  normaliseEmail,
  normaliseKvk,
  normalisePhone,
  normalisePostcode,
} from './identifiers.js';

describe('BSN elfproef', () => {
  // 111222333: 9·1+8·1+7·1+6·2+5·2+4·2+3·3+2·3 − 3 = 9+8+7+12+10+8+9+6−3 = 66 = 6·11.
  it('accepts numbers that pass the 11-test', () => {
    expect(isValidBsn('111222333')).toBe(true);
    // 123456782: 9+16+21+24+25+24+21+16 − 2 = 154 = 14·11.
    expect(isValidBsn('123456782')).toBe(true);
    expect(isValidBsn('123.456.782')).toBe(true);
    expect(isValidBsn(' 1234 56782 ')).toBe(true);
  });

  it('refuses a wrong check digit', () => {
    // 123456789: 154 + 2 − 9 = 147 = 13·11 + 4.
    expect(isValidBsn('123456789')).toBe(false);
    expect(isValidBsn('111222334')).toBe(false);
  });

  it('refuses all zeros, though it passes the arithmetic', () => {
    expect(isValidBsn('000000000')).toBe(false);
  });

  it('refuses anything that is not nine digits', () => {
    for (const v of ['', '12345678', '1234567820', '12345678a', 'abcdefghi', '11122233３']) {
      expect(isValidBsn(v), v).toBe(false);
    }
  });

  it('normalises to nine digits or undefined', () => {
    expect(normaliseBsn('123.456.782')).toBe('123456782');
    expect(normaliseBsn('123456789')).toBeUndefined();
  });

  it('masks all but the last four digits', () => {
    expect(maskBsn('123456782')).toBe('*****6782');
  });
});

describe('KvK number', () => {
  it('is eight digits', () => {
    expect(normaliseKvk('12345678')).toBe('12345678');
    expect(normaliseKvk('1234 5678')).toBe('12345678');
    expect(normaliseKvk('1234567')).toBeUndefined();
    expect(normaliseKvk('123456789')).toBeUndefined();
    expect(normaliseKvk('1234567x')).toBeUndefined();
  });
});

describe('postcode', () => {
  it('normalises spacing and case', () => {
    expect(normalisePostcode('1234 ab')).toBe('1234AB');
    expect(normalisePostcode('1234AB')).toBe('1234AB');
    expect(normalisePostcode(' 9999zz ')).toBe('9999ZZ');
  });
  it('refuses what is not a Dutch postcode', () => {
    for (const v of ['0123AB', '123AB', '1234A', '1234 A B', 'ABCD12', '']) {
      expect(normalisePostcode(v), v).toBeUndefined();
    }
  });
});

describe('phone', () => {
  it('turns Dutch numbers into E.164', () => {
    expect(normalisePhone('06-12345678')).toBe('+31612345678');
    expect(normalisePhone('06 1234 5678')).toBe('+31612345678');
    expect(normalisePhone('0031612345678')).toBe('+31612345678');
    expect(normalisePhone('+31 (0)6 12345678')).toBe('+31612345678');
    expect(normalisePhone('+310612345678')).toBe('+31612345678');
    expect(normalisePhone('020-123 4567')).toBe('+31201234567');
  });
  it('keeps other international numbers', () => {
    expect(normalisePhone('+32 470 12 34 56')).toBe('+32470123456');
  });
  it('refuses what cannot be a number', () => {
    for (const v of ['0612345', '+3161234567890', 'bel mij', '', '12345678901']) {
      expect(normalisePhone(v), v).toBeUndefined();
    }
  });
});

describe('e-mail', () => {
  it('is trimmed and lower-cased', () => {
    expect(normaliseEmail('  Jan.Jansen@Example.NL ')).toBe('jan.jansen@example.nl');
  });
});
