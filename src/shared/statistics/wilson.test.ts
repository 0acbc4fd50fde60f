import { describe, expect, it } from 'vitest';
import {
  kishEffectiveSampleSize,
  weightedWilsonInterval,
  wilsonFromProportion,
  wilsonInterval,
} from './wilson.js';

// Wilson: centre = (p + z²/2n) / (1 + z²/n), half = z/(1 + z²/n) · √(p(1−p)/n + z²/4n²),
// with z = 1.959964, z² = 3.841459 at 95%.

describe('wilsonInterval', () => {
  it('8 of 20 at 95% gives [0.21881, 0.61342]', () => {
    // p = 0.4, z²/n = 0.1920729; centre = (0.4 + 0.0960365) / 1.1920729 = 0.4161125;
    // half = 1.959964 / 1.1920729 · √(0.24/20 + 3.841459/1600) = 1.6441816 · √0.0144009 = 0.1973060;
    // interval [0.2188065, 0.6134185].
    const interval = wilsonInterval(8, 20);
    expect(interval?.proportion).toBe(0.4);
    expect(interval?.low).toBeCloseTo(0.218806532373, 9);
    expect(interval?.high).toBeCloseTo(0.613418499238, 9);
    expect(interval?.n).toBe(20);
    expect(interval?.confidence).toBe(0.95);
  });

  it('stays inside [0, 1] with a non-zero width at 0 of 10 and 10 of 10', () => {
    // p = 0: centre = half = (z²/2n)/(1 + z²/n) = 0.1920729 / 1.3841459 = 0.1387664 → [0, 0.2775328].
    const none = wilsonInterval(0, 10);
    expect(none?.low).toBe(0);
    expect(none?.high).toBeCloseTo(0.277532799863, 9);
    // p = 1 mirrors it: [1 − 0.2775328, 1].
    const all = wilsonInterval(10, 10);
    expect(all?.low).toBeCloseTo(0.722467200137, 9);
    expect(all?.high).toBe(1);
  });

  it('narrows with a lower confidence', () => {
    const at90 = wilsonInterval(8, 20, 0.9);
    const at95 = wilsonInterval(8, 20);
    expect(at90!.high - at90!.low).toBeLessThan(at95!.high - at95!.low);
  });

  it('has no interval for an empty sample', () => {
    expect(wilsonInterval(0, 0)).toBeNull();
  });

  it('rejects impossible counts and confidences', () => {
    expect(() => wilsonInterval(21, 20)).toThrow(RangeError);
    expect(() => wilsonInterval(-1, 20)).toThrow(RangeError);
    expect(() => wilsonInterval(5, 20, 1.5)).toThrow(RangeError);
    expect(() => wilsonFromProportion(1.1, 20)).toThrow(RangeError);
  });
});

describe('weighted Wilson', () => {
  it("uses Kish's effective sample size (Σw)²/Σw²", () => {
    // Weights 1, 1, 1, 3: Σw = 6, Σw² = 1 + 1 + 1 + 9 = 12, n_eff = 36 / 12 = 3.
    expect(kishEffectiveSampleSize([1, 1, 1, 3])).toBe(3);
    // Equal weights lose nothing: n_eff = n.
    expect(kishEffectiveSampleSize([2, 2, 2, 2, 2])).toBeCloseTo(5, 12);
    expect(kishEffectiveSampleSize([])).toBe(0);
  });

  it('estimates Σw(success)/Σw with n_eff as sample size', () => {
    // Successes carry weights 1 and 1 of Σw = 6: p = 1/3, n_eff = 3. z²/n = 1.2804863;
    // centre = (0.3333333 + 0.6402431) / 2.2804863 = 0.4269169;
    // half = 1.959964 / 2.2804863 · √(0.2222222/3 + 3.841459/36) = 0.8594490 · 0.4250690 = 0.3654251;
    // interval [0.0614919, 0.7923404].
    const interval = weightedWilsonInterval([
      { weight: 1, success: true },
      { weight: 1, success: true },
      { weight: 1, success: false },
      { weight: 3, success: false },
    ]);
    expect(interval?.proportion).toBeCloseTo(1 / 3, 14);
    expect(interval?.n).toBe(3);
    expect(interval?.low).toBeCloseTo(0.0614919447204, 9);
    expect(interval?.high).toBeCloseTo(0.792340399198, 9);
  });

  it('is wider than the unweighted interval for the same respondents when weights are unequal', () => {
    const weighted = weightedWilsonInterval([
      { weight: 1, success: true },
      { weight: 1, success: true },
      { weight: 1, success: false },
      { weight: 3, success: false },
    ]);
    const asIfEqual = wilsonFromProportion(1 / 3, 4);
    expect(weighted!.high - weighted!.low).toBeGreaterThan(asIfEqual!.high - asIfEqual!.low);
  });

  it('has no interval when all weights are 0, and rejects negative weights', () => {
    expect(weightedWilsonInterval([{ weight: 0, success: true }])).toBeNull();
    expect(() => weightedWilsonInterval([{ weight: -1, success: true }])).toThrow(RangeError);
    expect(() => kishEffectiveSampleSize([1, Number.NaN])).toThrow(RangeError);
  });
});
