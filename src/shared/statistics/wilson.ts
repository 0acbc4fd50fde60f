// Confidence intervals for a proportion ("58% of 16–24 year olds use WhatsApp"). Wilson's score
// interval rather than the textbook normal (Wald) interval, because our groups are often small and
// proportions often near 0 or 1, where Wald gives intervals outside [0, 1] or of zero width.
import { zForConfidence } from './normal.js';

export interface ProportionInterval {
  /** The point estimate. */
  proportion: number;
  low: number;
  high: number;
  /** Sample size behind the interval: the count, or Kish's effective size for weighted data. */
  n: number;
  confidence: number;
}

export interface WeightedObservation {
  weight: number;
  success: boolean;
}

/**
 * The Wilson interval for a proportion estimated from n observations. `n` need not be a whole
 * number, so that an effective sample size can be passed. Returns null when n is 0: there is no
 * estimate to put an interval around.
 */
export function wilsonFromProportion(
  proportion: number,
  n: number,
  confidence = 0.95,
): ProportionInterval | null {
  if (!(Number.isFinite(n) && n >= 0)) throw new RangeError(`n must be a finite number ≥ 0, got ${n}`);
  if (!(proportion >= 0 && proportion <= 1)) {
    throw new RangeError(`proportion must lie in [0, 1], got ${proportion}`);
  }
  const z = zForConfidence(confidence);
  if (n === 0) return null;
  const z2n = (z * z) / n;
  const centre = (proportion + z2n / 2) / (1 + z2n);
  const halfWidth = (z / (1 + z2n)) * Math.sqrt((proportion * (1 - proportion)) / n + z2n / (4 * n));
  // Clamped because rounding can push an end a hair past 0 or 1 when the proportion is 0 or 1.
  return {
    proportion,
    low: Math.max(0, centre - halfWidth),
    high: Math.min(1, centre + halfWidth),
    n,
    confidence,
  };
}

/** The Wilson interval for `successes` out of `n` respondents. */
export function wilsonInterval(successes: number, n: number, confidence = 0.95): ProportionInterval | null {
  if (!(Number.isFinite(successes) && successes >= 0 && successes <= n)) {
    throw new RangeError(`successes must lie in [0, n], got ${successes} of ${n}`);
  }
  return wilsonFromProportion(n === 0 ? 0 : successes / n, n, confidence);
}

/**
 * Kish's effective sample size (Σw)² / Σw²: the number of unweighted respondents that would give the
 * same precision. Unequal weights make an estimate less precise than its respondent count suggests.
 */
export function kishEffectiveSampleSize(weights: Iterable<number>): number {
  let sum = 0;
  let sumSquares = 0;
  for (const w of weights) {
    if (!(Number.isFinite(w) && w >= 0)) throw new RangeError(`weights must be finite and ≥ 0, got ${w}`);
    sum += w;
    sumSquares += w * w;
  }
  return sumSquares === 0 ? 0 : (sum * sum) / sumSquares;
}

/**
 * The Wilson interval for weighted respondents (after post-stratification). The estimate is the
 * weighted share Σw(success) / Σw and the sample size is Kish's effective size. This is the usual
 * design-effect approximation: it accounts for the precision lost to unequal weights, not for any
 * clustering in the sample, which our surveys do not have. Returns null when the weights sum to 0.
 */
export function weightedWilsonInterval(
  observations: Iterable<WeightedObservation>,
  confidence = 0.95,
): ProportionInterval | null {
  let sum = 0;
  let sumSquares = 0;
  let successWeight = 0;
  for (const { weight, success } of observations) {
    if (!(Number.isFinite(weight) && weight >= 0)) {
      throw new RangeError(`weights must be finite and ≥ 0, got ${weight}`);
    }
    sum += weight;
    sumSquares += weight * weight;
    if (success) successWeight += weight;
  }
  // Through wilsonFromProportion even when empty, so that a bad confidence is still reported.
  if (sum === 0) return wilsonFromProportion(0, 0, confidence);
  // min() because rounding can make the success weight exceed the total by an ulp.
  return wilsonFromProportion(Math.min(1, successWeight / sum), (sum * sum) / sumSquares, confidence);
}
