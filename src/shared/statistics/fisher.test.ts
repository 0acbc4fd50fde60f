import { describe, expect, it } from 'vitest';
import { fisherExactTest } from './fisher.js';

describe("Fisher's exact test", () => {
  it("gives Fisher's lady-tasting-tea p-value", () => {
    // Fisher (1935): 8 cups, 4 milk-first; she names 3 of 4 right. Tables with the same margins have
    // probabilities 1/70, 16/70, 36/70, 16/70, 1/70; two-sided p = (1+16+16+1)/70 = 0.4857.
    const r = fisherExactTest([
      [3, 1],
      [1, 3],
    ]);
    expect(r.pValue).toBeCloseTo(34 / 70, 12);
    expect(r.observedProbability).toBeCloseTo(16 / 70, 12);
  });

  it('gives the textbook example of men and women studying', () => {
    // Wikipedia "Fisher's exact test": [[1, 9], [11, 3]], two-sided p = 0.002759 (R fisher.test agrees).
    expect(
      fisherExactTest([
        [1, 9],
        [11, 3],
      ]).pValue,
    ).toBeCloseTo(0.002759, 6);
  });

  it('is 1 for a table that is exactly as expected, and symmetric in rows and columns', () => {
    expect(
      fisherExactTest([
        [5, 5],
        [5, 5],
      ]).pValue,
    ).toBeCloseTo(1, 12);
    const t = fisherExactTest([
      [2, 7],
      [8, 2],
    ]).pValue;
    expect(
      fisherExactTest([
        [8, 2],
        [2, 7],
      ]).pValue,
    ).toBeCloseTo(t, 12);
    expect(
      fisherExactTest([
        [2, 8],
        [7, 2],
      ]).pValue,
    ).toBeCloseTo(t, 12);
  });

  it('refuses cells that are not counts', () => {
    expect(() =>
      fisherExactTest([
        [1.5, 2],
        [3, 4],
      ]),
    ).toThrow(RangeError);
    expect(() =>
      fisherExactTest([
        [-1, 2],
        [3, 4],
      ]),
    ).toThrow(RangeError);
  });
});
