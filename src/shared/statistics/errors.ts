/** Stable codes, so that a route can map each kind of bad input to its own problem type. */
export type StatisticsErrorCode =
  'empty' | 'not-finite' | 'negative' | 'sum-mismatch' | 'zero-total' | 'unknown-stratum';

/**
 * Bad data given to a statistical function. The message is Dutch because it reaches the beheerder
 * who entered the figures; `subjects` names the offending group or stratum codes so that a caller
 * can point at the field.
 */
export class StatisticsInputError extends Error {
  override readonly name = 'StatisticsInputError';

  constructor(
    readonly code: StatisticsErrorCode,
    message: string,
    readonly subjects: readonly string[] = [],
  ) {
    super(message);
  }
}
