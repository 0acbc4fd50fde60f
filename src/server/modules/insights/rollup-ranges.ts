// Which days a refresh rebuilds: today's window, and for each day marked as changed that day and
// the days before it whose figures it can move (a contact counts as "repeated" when the same
// party asks again within 7 days; 8 days back covers that in any time zone shift).
import { shiftDay } from './filters.js';

export const REPEAT_REACH_DAYS = 8;

const dayNumber = (day: string) => Date.parse(`${day}T00:00:00Z`) / 86_400_000;
/** Days from..to inclusive (0 when to is before from). */
export const dayCount = (from: string, to: string) => Math.max(0, dayNumber(to) - dayNumber(from) + 1);

/** Merged, sorted [from, to] ranges covering the window and every changed day's reach. */
export function changedRanges(changed: readonly string[], windowFrom: string, windowTo: string) {
  const spans: [string, string][] = [[windowFrom, windowTo]];
  for (const d of changed) spans.push([shiftDay(d, -REPEAT_REACH_DAYS), d]);
  spans.sort((a, b) => a[0].localeCompare(b[0]));
  const out: [string, string][] = [];
  for (const [from, to] of spans) {
    const last = out.at(-1);
    if (last && from <= shiftDay(last[1], 1)) {
      if (to > last[1]) last[1] = to;
    } else out.push([from, to]);
  }
  return out;
}
