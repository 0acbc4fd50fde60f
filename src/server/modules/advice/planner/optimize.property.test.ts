// The optimizer against brute force: every subset of up to 10 channels is enumerated, reach is
// summed directly from the raw patterns, and the best set is picked by the documented order. Weights
// are multiples of 1/4 and costs include 0, equal values and 0.1 + 0.2 = 0.3, so sums are exact and
// ties are frequent.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { solvePhase } from './optimize.js';
import type { PhaseInput, TargetMode } from './types.js';

const TOLERANCE = 1e-9;

interface Reference {
  feasible: boolean;
  set: number;
  reaches: number[];
  population: number | null;
  /** Per measured group, the reach with every channel. */
  allReaches: number[];
}

function referenceReaches(input: PhaseInput, set: number): { reaches: number[]; population: number | null } {
  const all = 2 ** input.channels.length - 1;
  const measured = input.groups.filter((g) => g.patterns.reduce((s, p) => s + p.weight, 0) > 0);
  const reaches = measured.map((g) => {
    let total = 0;
    let covered = 0;
    for (const p of g.patterns) {
      total += p.weight;
      if ((p.mask & all & set) !== 0) covered += p.weight;
    }
    return covered / total;
  });
  if (measured[0]?.populationShare === undefined) return { reaches, population: null };
  let shareSum = 0;
  for (const g of measured) shareSum += g.populationShare!;
  let population = 0;
  measured.forEach((g, i) => {
    population += (g.populationShare! / shareSum) * reaches[i]!;
  });
  return { reaches, population };
}

function bruteForce(input: PhaseInput): Reference {
  const n = input.channels.length;
  const all = 2 ** n - 1;
  const full = referenceReaches(input, all);
  const meets = (
    r: { reaches: number[]; population: number | null },
    targets: number[],
    popTarget: number,
  ) =>
    input.mode === 'population'
      ? r.population! >= popTarget - TOLERANCE
      : r.reaches.every((reach, g) => reach >= targets[g]! - TOLERANCE);
  const wanted = full.reaches.map(() => input.target);
  const feasible = meets(full, wanted, input.target);
  const targets = feasible ? wanted : full.reaches.map((reach) => Math.min(input.target, reach));
  const popTarget = feasible ? input.target : (full.population ?? 0);

  const units = input.channels.map((c) => Math.round(c.cost * 1e4));
  let best: { set: number; key: number[]; r: ReturnType<typeof referenceReaches> } | null = null;
  for (let set = 0; set <= all; set++) {
    const r = referenceReaches(input, set);
    if (!meets(r, targets, popTarget)) continue;
    let cost = 0;
    let count = 0;
    const indices: number[] = [];
    for (let i = 0; i < n; i++) {
      if (set & (1 << i)) {
        cost += units[i]!;
        count++;
        indices.push(i);
      }
    }
    const key = [cost, count, -Math.min(...r.reaches), -(r.population ?? 0), ...indices];
    if (best === null || lexLess(key, best.key)) best = { set, key, r };
  }
  return {
    feasible,
    set: best!.set,
    reaches: best!.r.reaches,
    population: best!.r.population,
    allReaches: full.reaches,
  };
}

function lexLess(a: number[], b: number[]): boolean {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! < b[i]!;
  return a.length < b.length;
}

const instance = fc.integer({ min: 0, max: 10 }).chain((n) =>
  fc.record({
    costs: fc.array(fc.constantFrom(0, 0, 0, 0.1, 0.2, 0.3, 1, 1, 1, 2, 3, 5, 7.5), {
      minLength: n,
      maxLength: n,
    }),
    groups: fc.array(
      fc.record({
        // One bit beyond the offered channels, to check that it is ignored.
        patterns: fc.array(
          fc.record({
            mask: fc.integer({ min: 0, max: 2 ** (n + 1) - 1 }),
            weight: fc.integer({ min: 0, max: 40 }).map((w) => w / 4),
          }),
          { maxLength: 14 },
        ),
        share: fc.integer({ min: 1, max: 6 }),
      }),
      { minLength: 1, maxLength: 5 },
    ),
    target: fc.oneof(fc.constantFrom(0, 0.5, 0.8, 0.9, 1), fc.double({ min: 0, max: 1, noNaN: true })),
    mode: fc.constantFrom<TargetMode>('every-group', 'population'),
    withShares: fc.boolean(),
  }),
);

describe('solvePhase against brute force', () => {
  it('finds the same tie-broken optimum, feasibility and reach figures', () => {
    fc.assert(
      fc.property(instance, (raw) => {
        const shareTotal = raw.groups.reduce((s, g) => s + g.share, 0);
        const withShares = raw.withShares || raw.mode === 'population';
        const input: PhaseInput = {
          channels: raw.costs.map((cost, i) => ({ code: `k${i}`, cost })),
          groups: raw.groups.map((g, i) => ({
            code: `g${i}`,
            patterns: g.patterns,
            ...(withShares ? { populationShare: g.share / shareTotal } : {}),
          })),
          target: raw.target,
          mode: raw.mode,
        };
        const measured = input.groups.filter((g) => g.patterns.some((p) => p.weight > 0));
        fc.pre(measured.length > 0);

        const expected = bruteForce(input);
        const result = solvePhase(input);
        const indices = [...Array(input.channels.length).keys()].filter((i) => expected.set & (1 << i));
        expect(result.optimal).toBe(true);
        expect(result.feasible).toBe(expected.feasible);
        expect(result.channelIndices).toEqual(indices);
        expect(result.channelCodes).toEqual(indices.map((i) => `k${i}`));
        let cost = 0;
        for (const i of indices) cost += input.channels[i]!.cost;
        expect(result.totalCost).toBeCloseTo(cost, 9);
        expect(result.reach.map((r) => r.reach)).toEqual(expected.reaches);
        expect(result.reach.map((r) => r.group)).toEqual(measured.map((g) => g.code));
        expect(result.unmeasuredGroups).toEqual(
          input.groups.filter((g) => !measured.includes(g)).map((g) => g.code),
        );
        expect(result.populationReach).toBe(expected.population);
        const least = Math.min(...expected.reaches);
        expect(result.leastServedGroup?.reach).toBe(least);
        expect(result.leastServedGroup?.group).toBe(measured[expected.reaches.indexOf(least)]!.code);
        if (!result.feasible) {
          expect(result.bestReach.groups.map((r) => r.reach)).toEqual(expected.allReaches);
          expect(result.message).toMatch(/niet haalbaar/);
        }

        // Each explanation's marginal reach is the reach lost by dropping that channel.
        for (const explanation of result.explanations) {
          const without = referenceReaches(input, expected.set & ~(1 << explanation.index));
          explanation.marginal.forEach((m, g) => {
            expect(m.reach).toBeCloseTo(expected.reaches[g]! - without.reaches[g]!, 12);
          });
          if (expected.population !== null) {
            expect(explanation.populationMarginal).toBeCloseTo(expected.population - without.population!, 12);
          }
        }
        expect(result.explanations.map((e) => e.index)).toEqual(indices);
        // Necessary for a group: it meets its level with the set and misses it without the channel.
        // The level is the target, or in every-group mode out of reach, what all channels attain.
        const level = (g: number) =>
          !expected.feasible && input.mode === 'every-group'
            ? Math.min(input.target, expected.allReaches[g]!)
            : input.target;
        for (const explanation of result.explanations) {
          const without = referenceReaches(input, expected.set & ~(1 << explanation.index)).reaches;
          const needed = measured
            .filter(
              (_, g) => expected.reaches[g]! >= level(g) - TOLERANCE && without[g]! < level(g) - TOLERANCE,
            )
            .map((group) => group.code);
          expect(explanation.necessaryFor).toEqual(needed);
        }
      }),
      { numRuns: Number(process.env.PLANNER_PROPERTY_RUNS ?? 400) },
    );
  });
});
