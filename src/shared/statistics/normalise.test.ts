import { describe, expect, it } from 'vitest';
import { StatisticsInputError } from './errors.js';
import { normaliseComposition } from './normalise.js';

describe('normaliseComposition', () => {
  it('turns counts into shares', () => {
    // 300 + 500 + 200 = 1000 → 0.3, 0.5, 0.2.
    const result = normaliseComposition({ young: 300, middle: 500, old: 200 }, { kind: 'counts' });
    expect(result.shares).toEqual({ young: 0.3, middle: 0.5, old: 0.2 });
    expect(result.total).toBe(1000);
    expect(result.warnings).toEqual([]);
  });

  it('closes a rounding gap silently', () => {
    // 0.333 · 3 = 0.999, within ±0.005 → each becomes 0.333 / 0.999 = 1/3.
    const result = normaliseComposition({ a: 0.333, b: 0.333, c: 0.333 });
    expect(result.shares.a).toBeCloseTo(1 / 3, 14);
    expect(result.warnings).toEqual([]);
  });

  it('refuses shares that total 0.95 unless asked to normalise', () => {
    const shares = { a: 0.5, b: 0.45 };
    expect(() => normaliseComposition(shares)).toThrow(/Aandelen telden op tot 0,95 in plaats van 1/);
    // 0.5 / 0.95 = 0.5263158, 0.45 / 0.95 = 0.4736842.
    const result = normaliseComposition(shares, { normalise: true });
    expect(result.shares.a).toBeCloseTo(0.5263157895, 9);
    expect(result.shares.b).toBeCloseTo(0.4736842105, 9);
    expect(result.warnings).toEqual(['Aandelen telden op tot 0,95; genormaliseerd naar 1.']);
  });

  it('names the groups with negative or non-finite values, even when normalising', () => {
    const negative = (): unknown => normaliseComposition({ a: 0.6, b: -0.1, c: 0.5 }, { normalise: true });
    expect(negative).toThrow(StatisticsInputError);
    expect(negative).toThrow(/negatief.*b/);
    try {
      normaliseComposition({ a: Number.NaN, b: 0.5, c: Infinity }, { normalise: true });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(StatisticsInputError);
      expect((error as StatisticsInputError).code).toBe('not-finite');
      expect((error as StatisticsInputError).subjects).toEqual(['a', 'c']);
    }
  });

  it('refuses an empty or all-zero composition', () => {
    expect(() => normaliseComposition({})).toThrow(StatisticsInputError);
    expect(() => normaliseComposition({ a: 0, b: 0 }, { kind: 'counts' })).toThrow(/telt op tot 0/);
  });
});
