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

function parts(date: string): [number, number, number] {
  const m = DATE.exec(date);
  if (!m) throw new RangeError(`not a date: ${date}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

/** Plain calendar arithmetic in UTC, where no day has 23 or 25 hours. */
function shift(date: string, days: number): string {
  const [y, m, d] = parts(date);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

export function isWorkingDay(date: string): boolean {
  const [y, m, d] = parts(date);
  const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !holidaysOf(y).has(date);
}

/**
 * The date n working days after the given day (an instant is read as its Amsterdam date, a
 * YYYY-MM-DD string as that date). The start day itself does not count, as with a statutory
 * term: a melding on Friday with a term of 1 working day is due on Monday. n = 0 is the start day.
 */
export function addWorkingDays(start: Date | string, n: number): string {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`working days must be a whole number ≥ 0: ${n}`);
  let date = typeof start === 'string' ? (parts(start), start) : amsterdamDate(start);
  for (let left = n; left > 0;) {
    date = shift(date, 1);
    if (isWorkingDay(date)) left--;
  }
  return date;
}
