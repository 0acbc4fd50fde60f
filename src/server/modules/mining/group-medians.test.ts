import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { Prng } from '../../../shared/demo/prng.js';
import { GroupMedians } from './group-medians.js';
import { Miner } from './mine.js';
import { median } from './stats.js';
import type { Trace } from './model.js';

const runsLeft = () => readdirSync(tmpdir()).filter((f) => f.startsWith('mining-medians-')).length;

/** Random groups of very different sizes, with ties, in random order. */
function sample(seed: number, n: number, groups: number) {
  const rng = new Prng(seed);
  const rows: [number, number][] = [];
  for (let i = 0; i < n; i++) {
    // Skewed: low group numbers get most values; values from a small range, so ties are common.
    const g = Math.min(groups - 1, Math.floor(-Math.log(rng.nextOpen()) * groups * 0.2));
    rows.push([g, rng.int(0, 500) * 1000]);
  }
  return rows;
}

describe('GroupMedians', () => {
  it('gives the exact median per group in memory and when it spills sorted runs to disk', () => {
    const rows = sample(7, 20_000, 40);
    const byGroup = new Map<number, number[]>();
    for (const [g, v] of rows) byGroup.set(g, [...(byGroup.get(g) ?? []), v]);
    const before = runsLeft();
    for (const capacity of [1 << 20, 1000, 1024, 37]) {
      const store = new GroupMedians(capacity);
      for (const [g, v] of rows) store.add(g, v);
      // A buffer of 37 values makes hundreds of runs; one of a million none.
      expect(store.spilled > 0).toBe(capacity < rows.length);
      const got = store.medians(41);
      for (let g = 0; g < 41; g++) {
        const want = median(byGroup.get(g) ?? []);
        if (want === null) expect(got[g]).toBeNaN();
        else expect(got[g]).toBe(want);
      }
    }
    // The runs are removed once the medians are read.
    expect(runsLeft()).toBe(before);
  });

  it('handles groups of one and two values across runs', () => {
    const store = new GroupMedians(2);
    for (const [g, v] of [
      [1, 5],
      [0, 3],
      [1, 1],
      [2, 9],
      [0, 7],
    ] as const)
      store.add(g, v);
    expect([...store.medians()]).toEqual([5, 3, 9]);
  });
});

describe('Miner with a small median buffer', () => {
  it('finds the same graph and variants as one that keeps everything in memory', () => {
    const rng = new Prng(11);
    const acts = ['A', 'B', 'C', 'D', 'E'];
    const traces = (): Trace[] =>
      Array.from({ length: 3000 }, (_, i) => {
        let t = Date.UTC(2026, 0, 1) + i * 60_000;
        return {
          id: `z${i}`,
          ev: Array.from({ length: 2 + (i % 5) }, (_, k) => ({
            a: acts[(k * ((i % 3) + 1)) % acts.length]!,
            t: (t += rng.int(0, 20) * 60_000),
          })),
        };
      });
    const rows = traces();
    const big = new Miner();
    const small = new Miner({ medianBuffer: 100 });
    for (const t of rows) {
      big.add(structuredClone(t));
      small.add(structuredClone(t));
    }
    expect(small.dfg()).toEqual(big.dfg());
    expect(small.variantList()).toEqual(big.variantList());
  });
});
