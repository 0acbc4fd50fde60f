import { describe, expect, it } from 'vitest';
import { Prng, deriveSeed } from './prng.js';

const draws = (seed: number, n = 1000) => {
  const rng = new Prng(seed);
  return Array.from({ length: n }, () => rng.nextUint32());
};

describe('Prng', () => {
  it('gives the same sequence for the same seed and a different one for another seed', () => {
    expect(draws(42)).toEqual(draws(42));
    expect(draws(42)).not.toEqual(draws(43));
  });

  it('is pinned to mulberry32: changing these values would change every demo dataset', () => {
    const rng = new Prng(1);
    const first = [rng.next(), rng.next(), rng.next()];
    expect(first.map((x) => x.toFixed(10))).toEqual(['0.6270739406', '0.0027357212', '0.5274470400']);
  });

  it('accepts any integer seed, modulo 2^32, and rejects non-integers', () => {
    expect(draws(-1, 10)).toEqual(draws(2 ** 32 - 1, 10));
    expect(() => new Prng(1.5)).toThrow(RangeError);
    expect(() => new Prng(Number.NaN)).toThrow(RangeError);
  });

  it('draws uniforms in [0, 1) with about the right mean', () => {
    const rng = new Prng(7);
    let sum = 0;
    for (let i = 0; i < 20000; i++) {
      const x = rng.next();
      expect(x >= 0 && x < 1).toBe(true);
      sum += x;
    }
    expect(sum / 20000).toBeCloseTo(0.5, 1);
    const open = rng.nextOpen();
    expect(open > 0 && open < 1).toBe(true);
  });

  it('draws integers within inclusive bounds, reaching both ends', () => {
    const rng = new Prng(8);
    const seen = new Set<number>();
    for (let i = 0; i < 2000; i++) seen.add(rng.int(3, 7));
    expect([...seen].sort()).toEqual([3, 4, 5, 6, 7]);
    expect(() => rng.int(5, 4)).toThrow(RangeError);
  });

  it('draws normals with about the requested mean and standard deviation', () => {
    const rng = new Prng(9);
    const xs = Array.from({ length: 20000 }, () => rng.normal(10, 2));
    const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
    const sd = Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / (xs.length - 1));
    expect(Math.abs(mean - 10)).toBeLessThan(0.1);
    expect(Math.abs(sd - 2)).toBeLessThan(0.1);
  });

  it('chooses by weight and never picks a zero weight', () => {
    const rng = new Prng(10);
    const counts = [0, 0, 0];
    for (let i = 0; i < 30000; i++) counts[rng.weightedIndex([1, 0, 3])]!++;
    expect(counts[1]).toBe(0);
    expect(counts[2]! / counts[0]!).toBeGreaterThan(2.7);
    expect(counts[2]! / counts[0]!).toBeLessThan(3.3);
    expect(rng.weightedChoice(['a', 'b'], [0, 1])).toBe('b');
    expect(() => rng.weightedIndex([0, 0])).toThrow(RangeError);
    expect(() => rng.weightedIndex([1, -1])).toThrow(RangeError);
  });

  it('shuffles into a permutation, deterministically', () => {
    const a = new Prng(11).shuffle([1, 2, 3, 4, 5, 6, 7, 8]);
    const b = new Prng(11).shuffle([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(a).toEqual(b);
    expect([...a].sort()).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('samples distinct items without replacement, skipping zero weights', () => {
    const rng = new Prng(12);
    for (let i = 0; i < 200; i++) {
      const s = rng.sampleWeighted(['a', 'b', 'c', 'd'], [1, 0, 2, 3], 3);
      expect(new Set(s).size).toBe(3);
      expect(s).not.toContain('b');
    }
    expect(rng.sampleWeighted(['a', 'b'], [1, 0], 2)).toEqual(['a']);
    expect(rng.sampleWeighted(['a', 'b'], [1, 1], 0)).toEqual([]);
  });
});

describe('deriveSeed', () => {
  it('is deterministic and separates labels and seeds', () => {
    expect(deriveSeed(1, 'a')).toBe(deriveSeed(1, 'a'));
    expect(deriveSeed(1, 'a')).not.toBe(deriveSeed(1, 'b'));
    expect(deriveSeed(1, 'a')).not.toBe(deriveSeed(2, 'a'));
    expect(Number.isInteger(deriveSeed(1, 'a'))).toBe(true);
  });
});
