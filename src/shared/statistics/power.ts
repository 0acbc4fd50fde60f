// How many residents per variant an A/B experiment on a step needs. The normal approximation for
// two proportions that R's power.prop.test solves by default (strict = FALSE, two-sided): power =
// Φ((√n·|p₁−p₂| − z₁₋α/₂·√((p₁+p₂)(1−(p₁+p₂)/2))) / √(p₁q₁+p₂q₂)). Solved for n in closed form.
import { inverseNormalCdf, normalCdf } from './normal.js';

export interface PowerInput {
  p1: number;
  p2: number;
  /** Two-sided significance level. */
  alpha?: number;
}

function check({ p1, p2, alpha = 0.05 }: PowerInput): number {
  for (const [name, p] of [
    ['p1', p1],
    ['p2', p2],
  ] as const)
    if (!(p > 0 && p < 1)) throw new RangeError(`${name} must lie strictly between 0 and 1, got ${p}`);
  if (p1 === p2) throw new RangeError('p1 and p2 must differ: there is no effect to detect');
  if (!(alpha > 0 && alpha < 1))
    throw new RangeError(`alpha must lie strictly between 0 and 1, got ${alpha}`);
  return alpha;
}

const parts = (p1: number, p2: number, alpha: number) => ({
  za: inverseNormalCdf(1 - alpha / 2),
  pooled: Math.sqrt((p1 + p2) * (1 - (p1 + p2) / 2)),
  separate: Math.sqrt(p1 * (1 - p1) + p2 * (1 - p2)),
  delta: Math.abs(p1 - p2),
});

/** Power of the two-sided test with n per group. */
export function powerTwoProportions(input: PowerInput & { n: number }): number {
  const alpha = check(input);
  if (!(input.n > 0)) throw new RangeError(`n must be positive, got ${input.n}`);
  const { za, pooled, separate, delta } = parts(input.p1, input.p2, alpha);
  return normalCdf((Math.sqrt(input.n) * delta - za * pooled) / separate);
}

export interface SampleSize {
  /** The exact solution (as R prints it). */
  nExact: number;
  /** What to plan for: rounded up. */
  nPerGroup: number;
  total: number;
}

/** The sample size per group for the given power. */
export function sampleSizeTwoProportions(input: PowerInput & { power?: number }): SampleSize {
  const alpha = check(input);
  const power = input.power ?? 0.8;
  if (!(power > 0.5 && power < 1)) throw new RangeError(`power must lie between 0.5 and 1, got ${power}`);
  const { za, pooled, separate, delta } = parts(input.p1, input.p2, alpha);
  const zb = inverseNormalCdf(power);
  const nExact = ((za * pooled + zb * separate) / delta) ** 2;
  const nPerGroup = Math.ceil(nExact - 1e-9);
  return { nExact, nPerGroup, total: 2 * nPerGroup };
}
