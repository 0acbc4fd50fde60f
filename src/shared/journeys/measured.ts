// Measured heartbeats from Klantcontact: KTO answers (1–5 at the closure of a melding) and contact
// counts per contact reason, summarised per journey step, and the before/after comparison of a
// desired journey that went live. Pure functions; the server feeds them aggregates only.
import { zForConfidence } from '../statistics/normal.js';
import { wilsonInterval, type ProportionInterval } from '../statistics/wilson.js';
import { twoProportionZTest, type ZTestResult } from '../statistics/ztest.js';

/** Fewer KTO answers than this are not shown (as in Inzichten): a single answer is traceable. */
export const MIN_KTO_ANSWERS = 5;
/** A KTO answer of 4 or 5 counts as satisfied (the share Inzichten reports too). */
export const SATISFIED_FROM = 4;
export const KTO_SCALE = { min: 1, max: 5 } as const;

export interface KtoSummary {
  n: number;
  /** Fewer than MIN_KTO_ANSWERS: every figure below is null. */
  suppressed: boolean;
  mean: number | null;
  sd: number | null;
  /** 95% normal-approximation interval of the mean, clamped to 1–5; null below two answers. */
  meanCi: { low: number; high: number } | null;
  satisfied: number | null;
  /** Share with a score ≥ 4, with its 95% Wilson interval. */
  satisfiedShare: ProportionInterval | null;
}

export function ktoSummary(distribution: readonly { score: number; n: number }[]): KtoSummary {
  const n = distribution.reduce((s, d) => s + d.n, 0);
  if (n < MIN_KTO_ANSWERS)
    return { n, suppressed: true, mean: null, sd: null, meanCi: null, satisfied: null, satisfiedShare: null };
  const mean = distribution.reduce((s, d) => s + d.score * d.n, 0) / n;
  const ss = distribution.reduce((s, d) => s + d.n * (d.score - mean) ** 2, 0);
  const sd = Math.sqrt(ss / (n - 1));
  const half = (zForConfidence(0.95) * sd) / Math.sqrt(n);
  const satisfied = distribution.filter((d) => d.score >= SATISFIED_FROM).reduce((s, d) => s + d.n, 0);
  return {
    n,
    suppressed: false,
    mean,
    sd,
    meanCi: { low: Math.max(KTO_SCALE.min, mean - half), high: Math.min(KTO_SCALE.max, mean + half) },
    satisfied,
    satisfiedShare: wilsonInterval(satisfied, n),
  };
}

export interface ContactSummary {
  total: number;
  /** Contacts on topics flagged avoidable ("waar blijft mijn melding?"): demand the gemeente causes. */
  avoidable: number;
  /** The rest: value demand, what residents need the gemeente for. */
  value: number;
  avoidableShare: ProportionInterval | null;
  /** Contacts per week over the whole period (days / 7 weeks). */
  perWeek: number;
  days: number;
}

export function contactSummary(counts: { avoidable: number; value: number }, days: number): ContactSummary {
  const total = counts.avoidable + counts.value;
  return {
    total,
    avoidable: counts.avoidable,
    value: counts.value,
    avoidableShare: wilsonInterval(counts.avoidable, total),
    perWeek: days > 0 ? (total * 7) / days : 0,
    days,
  };
}

/** Day arithmetic on YYYY-MM-DD strings (calendar days; UTC noon avoids DST edges). */
export function shiftDate(day: string, days: number): string {
  const d = new Date(`${day}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T12:00:00Z`) - Date.parse(`${from}T12:00:00Z`)) / 86_400_000) + 1;
}

export interface Periods {
  before: { from: string; to: string; days: number };
  after: { from: string; to: string; days: number } | null;
}

/**
 * The window before going live ends the day before; the window after starts on the day itself
 * and ends `days` later or yesterday, whichever is earlier (today is not complete yet). No after
 * window while the journey is not live for a full day.
 */
export function beforeAfterPeriods(liveOn: string, days: number, today: string): Periods {
  const before = { from: shiftDate(liveOn, -days), to: shiftDate(liveOn, -1), days };
  const yesterday = shiftDate(today, -1);
  const end = shiftDate(liveOn, days - 1) < yesterday ? shiftDate(liveOn, days - 1) : yesterday;
  return { before, after: end < liveOn ? null : { from: liveOn, to: end, days: daysBetween(liveOn, end) } };
}

export interface ShareComparison {
  before: ProportionInterval | null;
  after: ProportionInterval | null;
  /** After minus before; the test's difference has the same sign. */
  test: ZTestResult | null;
}

/** Two-proportion z-test of after versus before (null when either side is empty or suppressed). */
export function compareShares(
  before: { successes: number; n: number } | null,
  after: { successes: number; n: number } | null,
): ShareComparison {
  return {
    before: before ? wilsonInterval(before.successes, before.n) : null,
    after: after ? wilsonInterval(after.successes, after.n) : null,
    test: before && after ? twoProportionZTest(after, before) : null,
  };
}
