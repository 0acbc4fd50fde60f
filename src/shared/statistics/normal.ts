// The standard normal distribution, accurate to close to double precision over the whole line,
// because p-values in the tails (p < 0.001) are shown to users and a crude approximation such as
// Abramowitz–Stegun 7.1.26 (absolute error 1.5e-7) would print wrong small p-values.

const TWO_OVER_SQRT_PI = 2 / Math.sqrt(Math.PI);
const SQRT_TWO = Math.SQRT2;
const SQRT_TWO_PI = Math.sqrt(2 * Math.PI);

// Below this the series is used, above it the continued fraction: the continued fraction needs ~90
// terms at 1.5 and ever fewer beyond, while 1 − erf(x) from the series loses under two digits below it.
const SERIES_LIMIT = 1.5;
const MAX_TERMS = 500;

/**
 * erf by the series erf(x) = 2/√π · e^(−x²) · Σ 2ⁿ x^(2n+1) / (1·3·…·(2n+1)). Its terms are all
 * positive, so unlike the alternating Taylor series it loses no digits to cancellation.
 */
function erfSeries(x: number): number {
  const x2 = x * x;
  let term = x;
  let sum = x;
  for (let n = 1; n < MAX_TERMS; n++) {
    term *= (2 * x2) / (2 * n + 1);
    sum += term;
    if (term < sum * 1e-17) break;
  }
  return TWO_OVER_SQRT_PI * Math.exp(-x2) * sum;
}

/**
 * erfc for x > 0 by the continued fraction erfc(x) = e^(−x²)/√π · 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + …)))),
 * evaluated with the modified Lentz method. It keeps full relative precision deep in the tail, where
 * 1 − erf(x) would be all rounding error.
 */
function erfcContinuedFraction(x: number): number {
  const tiny = 1e-300;
  let f = x;
  let c = x;
  let d = 0;
  for (let n = 1; n < MAX_TERMS; n++) {
    const a = n / 2;
    d = x + a * d;
    d = d === 0 ? tiny : d;
    c = x + a / c;
    c = c === 0 ? tiny : c;
    d = 1 / d;
    const delta = c * d;
    f *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return Math.exp(-x * x) / (f * Math.sqrt(Math.PI));
}

export function erf(x: number): number {
  if (Number.isNaN(x)) return NaN;
  const ax = Math.abs(x);
  const value = ax < SERIES_LIMIT ? erfSeries(ax) : 1 - erfcContinuedFraction(ax);
  return x < 0 ? -value : value;
}

export function erfc(x: number): number {
  if (Number.isNaN(x)) return NaN;
  if (x === Infinity) return 0;
  if (x === -Infinity) return 2;
  const ax = Math.abs(x);
  const upper = ax < SERIES_LIMIT ? 1 - erfSeries(ax) : erfcContinuedFraction(ax);
  return x < 0 ? 2 - upper : upper;
}

/** Φ(x), the standard normal cumulative distribution function. */
export function normalCdf(x: number): number {
  // Through erfc, not 1 + erf, so that the lower tail keeps its relative precision.
  return 0.5 * erfc(-x / SQRT_TWO);
}

export function normalPdf(x: number): number {
  return Math.exp(-0.5 * x * x) / SQRT_TWO_PI;
}

/**
 * Φ⁻¹(p). A rough start (Abramowitz–Stegun 26.2.23, error below 4.5e-4) is polished with Halley
 * steps on the accurate Φ above; three steps reach double precision from that start.
 */
export function inverseNormalCdf(p: number): number {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`probability must lie in [0, 1], got ${p}`);
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  const lower = Math.min(p, 1 - p);
  const t = Math.sqrt(-2 * Math.log(lower));
  const start =
    t -
    (2.515517 + 0.802853 * t + 0.010328 * t * t) / (1 + 1.432788 * t + 0.189269 * t * t + 0.001308 * t ** 3);
  let x = p < 0.5 ? -start : start;
  for (let i = 0; i < 3; i++) {
    const density = normalPdf(x);
    if (density === 0) break;
    const u = (normalCdf(x) - p) / density;
    x -= u / (1 + (x * u) / 2);
  }
  return x;
}

/** The two-sided critical value z for a confidence level, e.g. 0.95 → 1.959964. */
export function zForConfidence(confidence: number): number {
  if (!(confidence > 0 && confidence < 1)) {
    throw new RangeError(`confidence must lie strictly between 0 and 1, got ${confidence}`);
  }
  return inverseNormalCdf((1 + confidence) / 2);
}
