import { describe, expect, it } from 'vitest';
import { erf, erfc, inverseNormalCdf, normalCdf, zForConfidence } from './normal.js';

// Reference values are the standard tabulated ones (e.g. Abramowitz & Stegun table 7.1 and 26.1,
// checked to 17 digits with an arbitrary-precision library). We ask for 1e-14 relative error, far
// tighter than the 1.5e-7 of the usual short approximations, so those would fail here.
const close = (actual: number, expected: number, relative = 1e-14) =>
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(Math.abs(expected) * relative);

describe('erf and erfc', () => {
  it('match tabulated values on both sides of the series/continued-fraction switch', () => {
    close(erf(0.5), 0.5204998778130465);
    close(erf(1), 0.8427007929497149);
    close(erfc(1), 0.15729920705028513);
    close(erfc(2), 0.004677734981047266);
    close(erfc(1.49), 0.03510213515679579);
    close(erfc(1.51), 0.03272325187128836);
    close(erfc(2.49), 0.0004292878677339129);
    close(erfc(2.51), 0.0003857054817242798);
    close(erfc(3), 0.00002209049699858544);
  });

  it('keep relative precision deep in the tail', () => {
    close(erfc(6), 2.1519736712498913e-17);
    close(erfc(10), 2.088487583762545e-45);
  });

  it('are odd / reflect correctly for negative arguments', () => {
    expect(erf(0)).toBe(0);
    close(erf(-1), -0.8427007929497149);
    close(erfc(-1), 1.8427007929497148);
    expect(erfc(Infinity)).toBe(0);
    expect(erfc(-Infinity)).toBe(2);
  });
});

describe('normalCdf', () => {
  it('gives Φ(1.96) = 0.9750021 and Φ(−3) = 0.0013499', () => {
    close(normalCdf(1.96), 0.9750021048517795);
    close(normalCdf(-3), 0.0013498980316300946);
    close(normalCdf(-8), 6.220960574271784e-16, 1e-13);
    expect(normalCdf(0)).toBe(0.5);
  });
});

describe('inverseNormalCdf and zForConfidence', () => {
  it('gives the familiar critical values', () => {
    close(zForConfidence(0.95), 1.9599639845400538, 1e-13);
    close(zForConfidence(0.9), 1.6448536269514729, 1e-13);
    close(zForConfidence(0.99), 2.5758293035489004, 1e-13);
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
