// Post-stratification: a survey over-represents some groups (often the elderly) and under-represents
// others (often the young). Weighting each respondent by populationShare / sampleShare of their
// stratum makes the weighted sample match the population on that one variable.
import { StatisticsInputError } from './errors.js';
import { assertNonNegativeValues, normaliseComposition } from './normalise.js';

export interface PostStratificationInput {
  /** Respondents per stratum code. */
  sampleCounts: Readonly<Record<string, number>>;
  /** Population share per stratum code, meant to total 1. */
  populationShares: Readonly<Record<string, number>>;
  /** Rescale population shares that do not total 1 within 0.001 instead of throwing. */
  normalise?: boolean;
}

export interface PostStratification {
  /** Weight per respondent, per stratum that has respondents. */
  weights: Record<string, number>;
  /**
   * Strata with a population share but no respondents: no weight can stand in for them, so the
   * weighted sample under-represents them. Shown to the user beside any weighted figure.
   */
  missingStrata: string[];
  /**
   * Population share of the strata that do have respondents. The weighted sample totals
   * n · coveredPopulationShare; below 1 when strata are missing.
   */
  coveredPopulationShare: number;
  /** Kish's effective sample size of the weighted sample, for intervals and tests. */
  effectiveSampleSize: number;
  /** Population shares after any normalisation. */
  populationShares: Record<string, number>;
  /**
   * Dutch sentences for the user about the population shares (normalisation). Missing strata are
   * not repeated here: the caller words them with the strata's names.
   */
  warnings: string[];
}

/** Tighter than for a composition typed in by hand: population shares come from CBS tables. */
export const POPULATION_SHARE_TOLERANCE = 0.001;

export function postStratify(input: PostStratificationInput): PostStratification {
  const { sampleCounts } = input;
  assertNonNegativeValues(sampleCounts, 'Het aantal respondenten');
  const population = normaliseComposition(input.populationShares, {
    kind: 'shares',
    normalise: input.normalise ?? false,
    tolerance: POPULATION_SHARE_TOLERANCE,
  });
  const shares = population.shares;

  // A stratum listed with zero respondents is harmless; respondents in a stratum the population
  // does not know would get no defensible weight, so that is an error.
  const unknown = Object.keys(sampleCounts).filter(
    (code) => (sampleCounts[code] as number) > 0 && !Object.hasOwn(shares, code),
  );
  if (unknown.length > 0) {
    throw new StatisticsInputError(
      'unknown-stratum',
      `Geen bevolkingsaandeel bekend voor: ${unknown.join(', ')}.`,
      unknown,
    );
  }
  let n = 0;
  for (const code of Object.keys(sampleCounts)) n += sampleCounts[code] as number;
  if (n === 0) throw new StatisticsInputError('zero-total', 'Er zijn geen respondenten om te wegen.');

  const weights: Record<string, number> = {};
  const missingStrata: string[] = [];
  let coveredPopulationShare = 0;
  let weightSum = 0;
  let weightSquareSum = 0;
  for (const code of Object.keys(shares)) {
    const share = shares[code] as number;
    const count = sampleCounts[code] ?? 0;
    if (count === 0) {
      if (share > 0) missingStrata.push(code);
      continue;
    }
    const weight = share / (count / n);
    weights[code] = weight;
    coveredPopulationShare += share;
    weightSum += count * weight;
    weightSquareSum += count * weight * weight;
  }
  const effectiveSampleSize = weightSquareSum === 0 ? 0 : (weightSum * weightSum) / weightSquareSum;
  return {
    weights,
    missingStrata,
    coveredPopulationShare,
    effectiveSampleSize,
    populationShares: shares,
    warnings: population.warnings,
  };
}
