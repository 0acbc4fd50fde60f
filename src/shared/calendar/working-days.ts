// Afhandeltermijnen count working days in the gemeente's own calendar (Europe/Amsterdam): no
// weekends and no Dutch public holidays. Pure functions, so the calendar can be tested by hand.
import Holidays from 'date-holidays';

export const TIME_ZONE = 'Europe/Amsterdam';

const dateFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar date (YYYY-MM-DD) of an instant in Amsterdam. */
export function amsterdamDate(instant: Date): string {
  return dateFormat.format(instant);
}

/** The year of an instant in Amsterdam: a case reported at 00:30 on 1 January belongs to the new year. */
export function amsterdamYear(instant: Date): number {
  return Number(amsterdamDate(instant).slice(0, 4));
}

const nl = new Holidays('NL');
const byYear = new Map<number, Set<string>>();

/**
 * The days off in a year. date-holidays marks as `public`: Nieuwjaarsdag, Eerste en Tweede
 * Paasdag, Koningsdag (26 April when 27 April is a Sunday), Hemelvaartsdag, Eerste en Tweede
 * Pinksterdag, Eerste en Tweede Kerstdag. It marks Goede Vrijdag and Bevrijdingsdag only as
 * `school`, so they are working days here — except Bevrijdingsdag in lustrum years (2025, 2030,
 * ...), the day off most collective agreements give, which we add ourselves. (The Algemene
 * termijnenwet extends statutory terms over 5 May in every year; these are service norms, not
 * statutory terms. docs/cases.md explains the choice.)
 */
export function holidaysOf(year: number): Set<string> {
  let days = byYear.get(year);
  if (!days) {
    days = new Set(
      nl
        .getHolidays(year)
        .filter((h) => h.type === 'public')
        .map((h) => h.date.slice(0, 10)),
    );
    if (year % 5 === 0) days.add(`${year}-05-05`);
    byYear.set(year, days);
  }
  return days;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

// The arithmetic works on day numbers (days since 1970-01-01, a Thursday) in UTC, where no day has
// 23 or 25 hours: the rollups count the working days of every answered e-mail, and parsing and
// formatting a date string per day stepped took over a second of a rollup build.

function dayNumber(date: string): number {
  const m = DATE.exec(date);
  if (!m) throw new RangeError(`not a date: ${date}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / DAY_MS;
}

function dateOf(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The holidays of every year asked for so far, as day numbers. */
const holidayDays = new Set<number>();
const yearsLoaded = new Set<number>();
/** The first and last day of the year looked at last: days are mostly asked for in order. */
let yearFirst = 1;
let yearLast = 0;

function loadYearOf(day: number): void {
  const year = new Date(day * DAY_MS).getUTCFullYear();
  yearFirst = Date.UTC(year, 0, 1) / DAY_MS;
  yearLast = Date.UTC(year + 1, 0, 1) / DAY_MS - 1;
  if (yearsLoaded.has(year)) return;
  for (const date of holidaysOf(year)) holidayDays.add(dayNumber(date));
  yearsLoaded.add(year);
}

function isWorkingDayNumber(day: number): boolean {
  const weekday = (((day + 4) % 7) + 7) % 7; // 0 = Sunday
  if (weekday === 0 || weekday === 6) return false;
  if (day < yearFirst || day > yearLast) loadYearOf(day);
  return !holidayDays.has(day);
}

export function isWorkingDay(date: string): boolean {
  return isWorkingDayNumber(dayNumber(date));
}

/**
 * The date n working days after the given day (an instant is read as its Amsterdam date, a
 * YYYY-MM-DD string as that date). The start day itself does not count, as with a statutory
 * term: a melding on Friday with a term of 1 working day is due on Monday. n = 0 is the start day.
 */
export function addWorkingDays(start: Date | string, n: number): string {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`working days must be a whole number ≥ 0: ${n}`);
  if (n === 0) return typeof start === 'string' ? (dayNumber(start), start) : amsterdamDate(start);
  let day = dayNumber(typeof start === 'string' ? start : amsterdamDate(start));
  for (let left = n; left > 0;) if (isWorkingDayNumber(++day)) left--;
  return dateOf(day);
}

/**
 * The smallest k for which addWorkingDays(from, k) is on or after `to`, or cap + 1 when that is more
 * than cap: 0 when `to` is not after `from`, else one more than the working days strictly between.
 */
export function workingDaysUntil(from: string, to: string, cap: number): number {
  const first = dayNumber(from);
  const last = dayNumber(to);
  if (last <= first) return 0;
  let between = 0;
  for (let day = first + 1; day < last && between < cap; day++) if (isWorkingDayNumber(day)) between++;
  return Math.min(between + 1, cap + 1);
}
