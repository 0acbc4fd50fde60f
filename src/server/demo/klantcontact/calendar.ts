// The demo year as a calendar of days in Amsterdam time, with the weekly, daily and seasonal
// rhythm of a gemeente's contacts, and arithmetic in working minutes (08:30–17:00 on working days)
// for the durations of meldingen and callbacks. Times are (day index, minute of the local day)
// until they are turned into instants at the end.
import { isWorkingDay } from '../../../shared/calendar/working-days.js';

export const DAY_START = 8 * 60 + 30;
export const DAY_END = 17 * 60;
export const WORKING_MINUTES_PER_DAY = DAY_END - DAY_START;

export interface Day {
  date: string; // YYYY-MM-DD in Amsterdam
  weekday: number; // 0 = Monday … 6 = Sunday
  month: number; // 0 = January
  working: boolean;
  utcMidnight: number; // ms of 00:00 UTC of the date
  offsetMinutes: number; // Amsterdam's UTC offset at midday (60 or 120)
}

export interface Moment {
  day: number;
  minute: number;
}

const hourFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Amsterdam',
  hour: '2-digit',
  hourCycle: 'h23',
});

/** Days from `first` (inclusive) for `count` days; dates are plain calendar dates. */
export function calendar(first: string, count: number): Day[] {
  const [y, m, d] = first.split('-').map(Number) as [number, number, number];
  const days: Day[] = [];
  for (let i = 0; i < count; i++) {
    const utcMidnight = Date.UTC(y, m - 1, d + i);
    const at = new Date(utcMidnight);
    const date = at.toISOString().slice(0, 10);
    const noonLocal = Number(hourFormat.format(new Date(utcMidnight + 12 * 3_600_000)));
    days.push({
      date,
      weekday: (at.getUTCDay() + 6) % 7,
      month: at.getUTCMonth(),
      working: isWorkingDay(date),
      utcMidnight,
      offsetMinutes: (noonLocal - 12) * 60,
    });
  }
  return days;
}

export function instant(days: Day[], t: Moment): Date {
  const day = days[t.day]!;
  return new Date(day.utcMidnight + (t.minute - day.offsetMinutes) * 60_000);
}

export const later = (a: Moment, b: Moment) => a.day > b.day || (a.day === b.day && a.minute > b.minute);

/** The moment `minutes` working minutes after t (a moment outside working hours starts at the next opening). */
export function addWorkingMinutes(days: Day[], t: Moment, minutes: number): Moment {
  let day = t.day;
  let minute = Math.max(t.minute, DAY_START);
  if (!days[day]?.working || minute >= DAY_END) ({ day, minute } = nextOpening(days, day));
  let left = Math.round(minutes);
  while (day < days.length) {
    const room = DAY_END - minute;
    if (left <= room) return { day, minute: minute + left };
    left -= room;
    ({ day, minute } = nextOpening(days, day));
  }
  return { day: days.length, minute: DAY_START }; // beyond the calendar: never happens in the year
}

function nextOpening(days: Day[], day: number): Moment {
  let d = day + 1;
  while (d < days.length && !days[d]!.working) d++;
  return { day: d, minute: DAY_START };
}

/** Minutes from t until the next opening of the office (0 when it is open). */
export function minutesUntilOpen(days: Day[], t: Moment): number {
  if (days[t.day]?.working && t.minute >= DAY_START && t.minute < DAY_END) return 0;
  const next =
    t.minute < DAY_START && days[t.day]?.working
      ? { day: t.day, minute: DAY_START }
      : nextOpening(days, t.day);
  return (next.day - t.day) * 1440 + next.minute - t.minute;
}

// The rhythm. Monday is the busiest day; weekends and holidays only bring digital contacts.
export const WEEKDAY_WEIGHT = [1.35, 1.1, 1.0, 1.05, 0.8, 0.3, 0.25];
// Tax assessments in February, a quiet summer and Christmas.
export const MONTH_WEIGHT = [1.05, 1.3, 1.1, 1.0, 1.0, 0.95, 0.8, 0.75, 1.0, 1.05, 1.05, 0.85];
// Staffed channels by hour: peaks 9–11 and 13–15, from 08:30 to 17:00.
export const STAFFED_HOURS: Record<number, number> = {
  8: 0.4,
  9: 1.5,
  10: 1.6,
  11: 1.1,
  12: 0.6,
  13: 1.3,
  14: 1.35,
  15: 0.9,
  16: 0.5,
};
// Digital channels by hour: the same working-day peaks, and residents writing in the evening.
export const DIGITAL_HOURS = [
  0.1, 0.05, 0.03, 0.03, 0.05, 0.1, 0.3, 0.6, 1.0, 1.4, 1.5, 1.2, 0.9, 1.2, 1.3, 1.0, 0.9, 0.8, 0.8, 1.0, 1.1,
  0.9, 0.5, 0.25,
];

/** Like addWorkingDays (cases/working-days): the start day does not count. Index of the due day. */
export function addWorkingDaysAt(days: Day[], day: number, n: number): number {
  let d = day;
  for (let left = n; left > 0 && d < days.length - 1;) if (days[++d]!.working) left--;
  return d;
}

/** Draws indices proportional to fixed weights in O(log n): for the many draws of the demo year. */
export function cumulative(weights: readonly number[]): (u: number) => number {
  const sums: number[] = [];
  let total = 0;
  for (const w of weights) sums.push((total += w));
  return (u) => {
    const r = u * total;
    let lo = 0;
    let hi = sums.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sums[mid]! > r) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
}
