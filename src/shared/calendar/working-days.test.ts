// Working days against dates worked out by hand on a calendar.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  amsterdamDate,
  amsterdamYear,
  holidaysOf,
  isWorkingDay,
  workingDaysUntil,
} from './working-days.js';

describe('addWorkingDays', () => {
  it.each([
    ['2026-04-20', 1, '2026-04-21', 'an ordinary Monday'],
    ['2026-04-17', 1, '2026-04-20', 'Friday to Monday over the weekend'],
    ['2026-04-24', 1, '2026-04-28', 'Koningsdag (Monday 27 April 2026) is skipped'],
    ['2026-04-02', 1, '2026-04-03', 'Goede Vrijdag is a working day'],
    ['2026-04-03', 1, '2026-04-07', 'Tweede Paasdag (6 April 2026) is skipped'],
    ['2026-05-13', 1, '2026-05-15', 'Hemelvaartsdag (14 May 2026) is skipped'],
    ['2026-05-22', 1, '2026-05-26', 'Tweede Pinksterdag (25 May 2026) is skipped'],
    ['2026-05-04', 1, '2026-05-05', 'Bevrijdingsdag 2026 is not a lustrum year: a working day'],
    ['2025-05-02', 1, '2025-05-06', 'Bevrijdingsdag 2025 (lustrum, a Monday) is skipped'],
    ['2025-12-24', 1, '2025-12-29', 'both Christmas days 2025 (Thursday, Friday) are skipped'],
    ['2026-12-24', 1, '2026-12-28', 'Christmas 2026 falls on Friday and Saturday'],
    ['2026-12-31', 1, '2027-01-04', 'Nieuwjaarsdag 2027 (Friday) is skipped'],
    ['2026-04-20', 10, '2026-05-05', 'ten working days over Koningsdag and a weekend'],
    ['2026-04-18', 0, '2026-04-18', 'zero days is the start day itself'],
  ])('%s + %i working days = %s (%s)', (start, n, want) => {
    expect(addWorkingDays(start, n)).toBe(want);
  });

  it('reads an instant as its date in Amsterdam, not in UTC', () => {
    // 22:30 UTC on Thursday 23 April is 00:30 on Friday 24 April in Amsterdam (CEST).
    const instant = new Date('2026-04-23T22:30:00Z');
    expect(amsterdamDate(instant)).toBe('2026-04-24');
    expect(addWorkingDays(instant, 1)).toBe('2026-04-28');
    // In winter the offset is one hour: 23:30 UTC on 31 December is already the new year.
    expect(amsterdamYear(new Date('2025-12-31T23:30:00Z'))).toBe(2026);
    expect(amsterdamYear(new Date('2025-12-31T22:30:00Z'))).toBe(2025);
  });

  it('refuses a negative or fractional number of days', () => {
    expect(() => addWorkingDays('2026-01-05', -1)).toThrow(RangeError);
    expect(() => addWorkingDays('2026-01-05', 1.5)).toThrow(RangeError);
  });
});

describe('the holiday calendar', () => {
  it('has the Dutch public holidays of 2026, and Bevrijdingsdag only in lustrum years', () => {
    expect([...holidaysOf(2026)].sort()).toEqual([
      '2026-01-01',
      '2026-04-05',
      '2026-04-06',
      '2026-04-27',
      '2026-05-14',
      '2026-05-24',
      '2026-05-25',
      '2026-12-25',
      '2026-12-26',
    ]);
    expect(holidaysOf(2030).has('2030-05-05')).toBe(true);
    expect(holidaysOf(2031).has('2031-05-05')).toBe(false);
  });

  it('knows weekends', () => {
    expect(isWorkingDay('2026-04-25')).toBe(false);
    expect(isWorkingDay('2026-04-26')).toBe(false);
    expect(isWorkingDay('2026-04-28')).toBe(true);
  });
});

// The definitions, stepped a calendar day at a time with Date objects and the holiday list: what the
// day-number arithmetic of working-days.ts must agree with, over year ends and holidays.
function nextDate(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}
function isWorkingDayByDefinition(date: string): boolean {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !holidaysOf(Number(date.slice(0, 4))).has(date);
}
function addByDefinition(start: string, n: number): string {
  let date = start;
  for (let left = n; left > 0;) {
    date = nextDate(date);
    if (isWorkingDayByDefinition(date)) left--;
  }
  return date;
}
const someDate = fc
  .date({ min: new Date('2019-11-01T00:00:00Z'), max: new Date('2031-02-01T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('working days against the day-by-day definition', () => {
  it('addWorkingDays and isWorkingDay agree with it', () => {
    fc.assert(
      fc.property(someDate, fc.integer({ min: 0, max: 70 }), (start, n) => {
        expect(isWorkingDay(start)).toBe(isWorkingDayByDefinition(start));
        expect(addWorkingDays(start, n)).toBe(addByDefinition(start, n));
      }),
      { numRuns: 500 },
    );
  });

  it('workingDaysUntil is the smallest k whose k-th working day is on or after the end, capped', () => {
    fc.assert(
      fc.property(
        someDate,
        fc.integer({ min: -10, max: 100 }),
        fc.integer({ min: 0, max: 60 }),
        (from, span, cap) => {
          const end = new Date(`${from}T00:00:00Z`);
          end.setUTCDate(end.getUTCDate() + span);
          const to = end.toISOString().slice(0, 10);
          let want = cap + 1;
          for (let k = 0; k <= cap; k++) {
            if (addByDefinition(from, k) >= to) {
              want = k;
              break;
            }
          }
          expect(workingDaysUntil(from, to, cap)).toBe(want);
        },
      ),
      { numRuns: 500 },
    );
  });
});
