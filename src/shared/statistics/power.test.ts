import { describe, expect, it } from 'vitest';
import { powerTwoProportions, sampleSizeTwoProportions } from './power.js';

// Reference values from R's documentation of power.prop.test (stats package, examples):
//   power.prop.test(n = 50, p1 = .50, p2 = .75)       ## => power = 0.740
//   power.prop.test(p1 = .50, p2 = .75, power = .90)  ## => n = 76.7
// and recomputed by hand from the closed form: p̄ = .625, √(2p̄q̄) = 0.684653, √(p₁q₁+p₂q₂) = 0.661438,
// n = ((1.959964·0.684653 + 1.281552·0.661438)/0.25)² = 76.7069.
describe('power for two proportions', () => {
  it('gives the sample size R gives for p1 = .5, p2 = .75, power = .9', () => {
    const s = sampleSizeTwoProportions({ p1: 0.5, p2: 0.75, power: 0.9 });
    expect(s.nExact).toBeCloseTo(76.7069, 3);
    expect(s.nPerGroup).toBe(77);
    expect(s.total).toBe(154);
  });

  it('gives the power R gives for n = 50', () => {
    expect(powerTwoProportions({ p1: 0.5, p2: 0.75, n: 50 })).toBeCloseTo(0.74, 3);
  });

  it('is consistent: the computed n reaches the requested power', () => {
    const s = sampleSizeTwoProportions({ p1: 0.2, p2: 0.3, power: 0.8, alpha: 0.05 });
    expect(powerTwoProportions({ p1: 0.2, p2: 0.3, n: s.nExact })).toBeCloseTo(0.8, 10);
    // Symmetric in the order of the groups.
    expect(sampleSizeTwoProportions({ p1: 0.3, p2: 0.2 }).nExact).toBeCloseTo(s.nExact, 10);
  });

  it('refuses impossible input', () => {
    expect(() => sampleSizeTwoProportions({ p1: 0.5, p2: 0.5 })).toThrow(/differ/);
    expect(() => sampleSizeTwoProportions({ p1: 0, p2: 0.5 })).toThrow(/p1/);
    expect(() => sampleSizeTwoProportions({ p1: 0.4, p2: 0.5, power: 1 })).toThrow(/power/);
  });
});
