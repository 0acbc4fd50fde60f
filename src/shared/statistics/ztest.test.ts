import { describe, expect, it } from 'vitest';
import { twoProportionZTest } from './ztest.js';

describe('twoProportionZTest', () => {
  it('45 of 100 against 30 of 100 is significant (z = 2.1909, p = 0.0285)', () => {
    // pooled = 75/200 = 0.375; SE = √(0.375 · 0.625 · (1/100 + 1/100)) = √0.0046875 = 0.0684653;
    // z = 0.15 / 0.0684653 = 2.190890; p = 2 · (1 − Φ(2.190890)) = 2 · 0.0142299 = 0.0284597.
    const result = twoProportionZTest({ successes: 45, n: 100 }, { successes: 30, n: 100 });
    expect(result?.pooledProportion).toBeCloseTo(0.375, 14);
    expect(result?.difference).toBeCloseTo(0.15, 14);
    expect(result?.z).toBeCloseTo(2.19089023002, 9);
    expect(result?.pValue).toBeCloseTo(0.0284597369163, 10);
    expect(result?.significant).toBe(true);
    expect(result?.alpha).toBe(0.05);
  });

  it('20 of 40 against 24 of 60 is not significant (z = 0.9869, p = 0.3237)', () => {
    // pooled = 44/100 = 0.44; SE = √(0.44 · 0.56 · (1/40 + 1/60)) = √(0.2464 · 0.0416667) = 0.1013246;
    // z = 0.1 / 0.1013246 = 0.986928; p = 2 · (1 − Φ(0.986928)) = 0.323678.
    const result = twoProportionZTest({ successes: 20, n: 40 }, { successes: 24, n: 60 });
    expect(result?.z).toBeCloseTo(0.98692754244, 9);
    expect(result?.pValue).toBeCloseTo(0.323678160907, 9);
    expect(result?.significant).toBe(false);
  });

  it('takes weighted proportions with effective sample sizes, and respects the boundary', () => {
    // p₁ = 0.62 at n_eff 120.5, p₂ = 0.48 at n_eff 80.25: pooled = (74.71 + 38.52) / 200.75 = 0.5640349;
    // SE = √(0.5640349 · 0.4359651 · (1/120.5 + 1/80.25)) = √(0.2458996 · 0.0207599) = 0.0714481;
    // z = 0.14 / 0.0714481 = 1.959465; p = 0.0500584, just above 0.05: not significant.
    const result = twoProportionZTest({ proportion: 0.62, n: 120.5 }, { proportion: 0.48, n: 80.25 });
    expect(result?.z).toBeCloseTo(1.95946472021, 9);
    expect(result?.pValue).toBeCloseTo(0.0500583876371, 10);
    expect(result?.significant).toBe(false);
    expect(
      twoProportionZTest({ proportion: 0.62, n: 120.5 }, { proportion: 0.48, n: 80.25 }, 0.06)?.significant,
    ).toBe(true);
  });

  it('keeps a tiny p-value accurate instead of rounding it to 0', () => {
    // 900/1000 vs 700/1000: pooled 0.8, SE = √(0.16 · 0.002) = 0.0178885, z = 0.2 / 0.0178885 = 11.18034;
    // p = erfc(11.18034 / √2) = 5.0895e-29.
    const result = twoProportionZTest({ successes: 900, n: 1000 }, { successes: 700, n: 1000 });
    expect(result?.z).toBeCloseTo(11.1803398875, 8);
    expect(result!.pValue / 5.08946897381e-29).toBeCloseTo(1, 8);
  });

  it('is symmetric: swapping the samples flips the sign of z only', () => {
    const ab = twoProportionZTest({ successes: 45, n: 100 }, { successes: 30, n: 100 });
    const ba = twoProportionZTest({ successes: 30, n: 100 }, { successes: 45, n: 100 });
    expect(ba?.z).toBeCloseTo(-ab!.z, 14);
    expect(ba?.pValue).toBe(ab?.pValue);
  });

  it('gives z = 0 and p = 1 when both samples are unanimous', () => {
    const result = twoProportionZTest({ successes: 10, n: 10 }, { successes: 25, n: 25 });
    expect(result).toMatchObject({ z: 0, pValue: 1, significant: false });
  });

  it('has no result for an empty sample and rejects bad input', () => {
    expect(twoProportionZTest({ successes: 0, n: 0 }, { successes: 3, n: 10 })).toBeNull();
    expect(() => twoProportionZTest({ successes: 11, n: 10 }, { successes: 3, n: 10 })).toThrow(RangeError);
    expect(() => twoProportionZTest({ proportion: 1.5, n: 10 }, { successes: 3, n: 10 })).toThrow(RangeError);
    expect(() => twoProportionZTest({ successes: 1, n: 10 }, { successes: 3, n: 10 }, 0)).toThrow(RangeError);
  });
});
