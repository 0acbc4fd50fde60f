// Analysis of an A/B experiment on a step: did variant B (e.g. a new letter text) change the share
// of residents that reached the goal? The z-test when every expected cell count is at least 5
// (Cochran's rule), Fisher's exact test otherwise; both are reported.
import { twoProportionZTest, type ZTestResult } from '../statistics/ztest.js';
import { fisherExactTest } from '../statistics/fisher.js';
import { wilsonFromProportion, type ProportionInterval } from '../statistics/wilson.js';

export interface ArmResult {
  successes: number;
  n: number;
}

export interface ExperimentAnalysis {
  method: 'z-test' | 'fisher';
  pValue: number;
  alpha: number;
  significant: boolean;
  /** B minus A. */
  difference: number;
  a: ProportionInterval | null;
  b: ProportionInterval | null;
  zTest: ZTestResult | null;
  fisherPValue: number;
  /** The planned size per group has not been reached, or results were analysed before. */
  warnings: string[];
  winner: 'A' | 'B' | 'none';
}

export const PEEKING_WARNING =
  'Tussentijds kijken: de geplande steekproef per variant is nog niet bereikt. Een significant resultaat nu is onbetrouwbaar (de kans op een vals-positief stijgt bij elke blik); wacht tot de geplande omvang.';
export const REPEATED_LOOK_WARNING =
  'Deze resultaten zijn al eerder geanalyseerd. Herhaald analyseren verhoogt de kans op een toevalstreffer.';

export function analyseExperiment(
  a: ArmResult,
  b: ArmResult,
  opts: { alpha: number; plannedPerGroup: number | null; previousLooks: number },
): ExperimentAnalysis {
  // ztest's first sample is B, so that a positive difference means B did better.
  const zTest = twoProportionZTest(b, a, opts.alpha);
  const fisher = fisherExactTest([
    [b.successes, b.n - b.successes],
    [a.successes, a.n - a.successes],
  ]);
  const total = a.n + b.n;
  const successes = a.successes + b.successes;
  const expected = [a.n, b.n].flatMap((n) =>
    total === 0 ? [0] : [(n * successes) / total, (n * (total - successes)) / total],
  );
  const method = zTest && expected.every((e) => e >= 5) ? 'z-test' : 'fisher';
  const pValue = method === 'z-test' ? zTest!.pValue : fisher.pValue;
  const significant = pValue < opts.alpha;
  const difference = (b.n ? b.successes / b.n : 0) - (a.n ? a.successes / a.n : 0);
  const warnings: string[] = [];
  if (opts.plannedPerGroup !== null && (a.n < opts.plannedPerGroup || b.n < opts.plannedPerGroup))
    warnings.push(PEEKING_WARNING);
  if (opts.previousLooks > 0) warnings.push(REPEATED_LOOK_WARNING);
  return {
    method,
    pValue,
    alpha: opts.alpha,
    significant,
    difference,
    a: a.n ? wilsonFromProportion(a.successes / a.n, a.n) : null,
    b: b.n ? wilsonFromProportion(b.successes / b.n, b.n) : null,
    zTest,
    fisherPValue: fisher.pValue,
    warnings,
    winner: !significant ? 'none' : difference > 0 ? 'B' : 'A',
  };
}
