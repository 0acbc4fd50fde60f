// Is the difference between two groups real? ("16–24 year olds use WhatsApp more than 65+.") The
// pooled two-proportion z-test: under the null hypothesis both groups share one proportion, so the
// standard error is estimated from the pooled proportion.
import { erfc } from './normal.js';

/**
 * One group's result: a count of successes, or a (weighted) proportion. For weighted data pass the
 * weighted proportion with Kish's effective sample size as `n` (see kishEffectiveSampleSize).
 */
export type ProportionSample = { successes: number; n: number } | { proportion: number; n: number };

export interface ZTestResult {
  /** Proportion of the first sample minus that of the second. */
  difference: number;
  pooledProportion: number;
  /** Positive when the first sample's proportion is the higher. */
  z: number;
  /** Two-sided. */
  pValue: number;
  alpha: number;
  significant: boolean;
}

function proportionOf(sample: ProportionSample, label: string): number {
  const { n } = sample;
  if (!(Number.isFinite(n) && n >= 0)) throw new RangeError(`${label}: n must be finite and ≥ 0, got ${n}`);
  if ('successes' in sample) {
    const { successes } = sample;
    if (!(Number.isFinite(successes) && successes >= 0 && successes <= n)) {
      throw new RangeError(`${label}: successes must lie in [0, n], got ${successes} of ${n}`);
    }
    return n === 0 ? 0 : successes / n;
  }
  if (!(sample.proportion >= 0 && sample.proportion <= 1)) {
    throw new RangeError(`${label}: proportion must lie in [0, 1], got ${sample.proportion}`);
  }
  return sample.proportion;
}

/**
 * Two-sided pooled z-test of p₁ = p₂. Returns null when either sample is empty: there is nothing to
 * compare. When both samples are all-success or all-failure the difference is 0 and so is z.
 */
export function twoProportionZTest(
  first: ProportionSample,
  second: ProportionSample,
  alpha = 0.05,
): ZTestResult | null {
  if (!(alpha > 0 && alpha < 1))
    throw new RangeError(`alpha must lie strictly between 0 and 1, got ${alpha}`);
  const p1 = proportionOf(first, 'first sample');
  const p2 = proportionOf(second, 'second sample');
  const n1 = first.n;
  const n2 = second.n;
  if (n1 === 0 || n2 === 0) return null;
  const pooled = (p1 * n1 + p2 * n2) / (n1 + n2);
  const standardError = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
  const difference = p1 - p2;
  const z = standardError === 0 ? 0 : difference / standardError;
  // erfc(|z|/√2) = 2·(1 − Φ(|z|)) without the cancellation of 1 − Φ for large |z|.
  const pValue = Math.min(1, erfc(Math.abs(z) / Math.SQRT2));
  return { difference, pooledProportion: pooled, z, pValue, alpha, significant: pValue < alpha };
}
