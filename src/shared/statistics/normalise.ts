// The composition of an area (how many residents per age group or profile), entered by a beheerder
// as counts or as shares from a CBS table. Published shares are rounded, so they rarely add up to
// exactly 1; a small gap is rounding and is closed silently, a large one is probably a typo and is
// refused unless the caller asks to normalise anyway, in which case the user is told.
import { StatisticsInputError } from './errors.js';

export interface NormaliseOptions {
  /** Whether the values are counts (any positive total) or shares (meant to total 1). Default shares. */
  kind?: 'counts' | 'shares';
  /** Rescale shares that do not total 1 within the tolerance instead of throwing; adds a warning. */
  normalise?: boolean;
  /** How far shares may total from 1 before it counts as an error. Default 0.005. */
  tolerance?: number;
}

export interface Composition {
  /** Share per group code, in the order given, totalling 1. */
  shares: Record<string, number>;
  /** The total of the values as given. */
  total: number;
  /** Dutch sentences for the user, e.g. that shares were normalised. */
  warnings: string[];
}

export const DEFAULT_SHARE_TOLERANCE = 0.005;

const dutchNumber = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 4 });

/** Formats a number the Dutch way (0,95), for messages. */
export function formatDutch(value: number): string {
  return dutchNumber.format(value);
}

/** Throws unless every value is a finite number ≥ 0, naming the offending groups. */
export function assertNonNegativeValues(values: Readonly<Record<string, number>>, what: string): void {
  const notFinite = Object.keys(values).filter((code) => !Number.isFinite(values[code]));
  if (notFinite.length > 0) {
    throw new StatisticsInputError(
      'not-finite',
      `${what} moet een getal zijn voor: ${notFinite.join(', ')}.`,
      notFinite,
    );
  }
  const negative = Object.keys(values).filter((code) => (values[code] as number) < 0);
  if (negative.length > 0) {
    throw new StatisticsInputError(
      'negative',
      `${what} mag niet negatief zijn voor: ${negative.join(', ')}.`,
      negative,
    );
  }
}

export function normaliseComposition(
  values: Readonly<Record<string, number>>,
  options: NormaliseOptions = {},
): Composition {
  const { kind = 'shares', normalise = false, tolerance = DEFAULT_SHARE_TOLERANCE } = options;
  const codes = Object.keys(values);
  if (codes.length === 0) throw new StatisticsInputError('empty', 'De samenstelling bevat geen groepen.');
  assertNonNegativeValues(values, kind === 'shares' ? 'Het aandeel' : 'Het aantal');
  let total = 0;
  for (const code of codes) total += values[code] as number;
  if (total === 0) {
    throw new StatisticsInputError(
      'zero-total',
      'De samenstelling telt op tot 0; er is niets te verdelen.',
      codes,
    );
  }
  const warnings: string[] = [];
  if (kind === 'shares' && Math.abs(total - 1) > tolerance) {
    const sentence = `Aandelen telden op tot ${formatDutch(total)}`;
    if (!normalise) {
      throw new StatisticsInputError(
        'sum-mismatch',
        `${sentence} in plaats van 1 (toegestane afwijking ${formatDutch(tolerance)}). Controleer de invoer of kies voor normaliseren.`,
        codes,
      );
    }
    warnings.push(`${sentence}; genormaliseerd naar 1.`);
  }
  const shares: Record<string, number> = {};
  for (const code of codes) shares[code] = (values[code] as number) / total;
  return { shares, total, warnings };
}
