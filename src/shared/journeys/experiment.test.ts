import { describe, expect, it } from 'vitest';
import { analyseExperiment, PEEKING_WARNING, REPEATED_LOOK_WARNING } from './experiment.js';

describe('experiment analysis', () => {
  it('uses the z-test for large samples: 45/100 against 30/100', () => {
    // Pooled p = 0.375, SE = √(0.375·0.625·(1/100+1/100)) = 0.0684653, z = 0.15/0.0684653 = 2.19089;
    // z² = 4.8 is the chi-square of R's prop.test(c(45, 30), c(100, 100), correct = FALSE), p = 0.02846.
    const r = analyseExperiment(
      { successes: 30, n: 100 },
      { successes: 45, n: 100 },
      { alpha: 0.05, plannedPerGroup: 100, previousLooks: 0 },
    );
    expect(r.method).toBe('z-test');
    expect(r.zTest!.z).toBeCloseTo(2.19089, 4);
    expect(r.zTest!.z ** 2).toBeCloseTo(4.8, 10);
    expect(r.pValue).toBeCloseTo(0.02846, 5);
    expect(r.winner).toBe('B');
    expect(r.difference).toBeCloseTo(0.15, 12);
    expect(r.warnings).toEqual([]);
  });

  it("falls back to Fisher's exact test when an expected count is below 5, and warns about peeking", () => {
    const r = analyseExperiment(
      { successes: 3, n: 4 },
      { successes: 1, n: 4 },
      { alpha: 0.05, plannedPerGroup: 50, previousLooks: 2 },
    );
    expect(r.method).toBe('fisher');
    expect(r.pValue).toBeCloseTo(34 / 70, 10);
    expect(r.winner).toBe('none');
    expect(r.warnings).toEqual([PEEKING_WARNING, REPEATED_LOOK_WARNING]);
  });
});
