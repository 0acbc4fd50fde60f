import { describe, expect, it } from 'vitest';
import { erf, erfc, inverseNormalCdf, normalCdf, zForConfidence } from './normal.js';

// Reference values are the standard tabulated ones (e.g. Abramowitz & Stegun table 7.1 and 26.1,
// checked to 17 digits with an arbitrary-precision library). We ask for 1e-14 relative error, far
// tighter than the 1.5e-7 of the usual short approximations, so those would fail here.
const close = (actual: number, expected: number, relative = 1e-14) =>
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(Math.abs(expected) * relative);

describe('erf and erfc', () => {
  it('match tabulated values on both sides of the series/continued-fraction switch', () => {
    close(erf(0.5), 0.52049987781304654);
    close(erf(1), 0.84270079294971487);
    close(erfc(1), 0.15729920705028513);
    close(erfc(2), 0.0046777349810472658);
    close(erfc(1.49), 0.035102135156795789);
    close(erfc(1.51), 0.032723251871288363);
    close(erfc(2.49), 0.00042928786773391291);
    close(erfc(2.51), 0.00038570548172427978);
    close(erfc(3), 2.2090496998585441e-5);
  });

  it('keep relative precision deep in the tail', () => {
    close(erfc(6), 2.1519736712498913e-17);
    close(erfc(10), 2.0884875837625448e-45);
  });

  it('are odd / reflect correctly for negative arguments', () => {
    expect(erf(0)).toBe(0);
    close(erf(-1), -0.84270079294971487);
    close(erfc(-1), 1.84270079294971487);
    expect(erfc(Infinity)).toBe(0);
    expect(erfc(-Infinity)).toBe(2);
  });
});

describe('normalCdf', () => {
  it('gives Φ(1.96) = 0.9750021 and Φ(−3) = 0.0013499', () => {
    close(normalCdf(1.96), 0.97500210485177956);
    close(normalCdf(-3), 0.0013498980316300945);
    close(normalCdf(-8), 6.2209605742717841e-16, 1e-13);
    expect(normalCdf(0)).toBe(0.5);
  });
});

describe('inverseNormalCdf and zForConfidence', () => {
  it('gives the familiar critical values', () => {
    close(zForConfidence(0.95), 1.9599639845400539, 1e-13);
    close(zForConfidence(0.9), 1.6448536269514728, 1e-13);
    close(zForConfidence(0.99), 2.5758293035489005, 1e-13);
    expect(zForConfidence(0.95).toFixed(6)).toBe('1.959964');
  });

  it('inverts normalCdf, including far in the tails', () => {
    for (const p of [1e-12, 0.001, 0.3, 0.5, 0.8, 0.999999]) close(normalCdf(inverseNormalCdf(p)), p, 1e-12);
    expect(inverseNormalCdf(0)).toBe(-Infinity);
    expect(inverseNormalCdf(1)).toBe(Infinity);
  });

  it('rejects probabilities and confidences out of range', () => {
    expect(() => inverseNormalCdf(1.2)).toThrow(RangeError);
    expect(() => zForConfidence(1)).toThrow(RangeError);
    expect(() => zForConfidence(0)).toThrow(RangeError);
  });
});
