import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from './csv.js';
import { amsterdamMidnight, periodEnd, previousPeriod, resolveFilters } from './filters.js';
import { MIN_GROUP_SIZE, contactsDrill, provenance, suppress } from './present.js';
import { mondayOf, slope, trendOf } from './trend.js';
import { emailWeeks, emailWeeksFromCounts, replyCounts, workingDaysBetween } from './email-replies.js';
import { forecast, historyWindow, type StaffingQuery } from './staffing.js';
import { percentileOfCounts } from './percentiles.js';

describe('CSV', () => {
  it('neutralises cells a spreadsheet would run as a formula', () => {
    for (const bad of ['=1+1', '+31', '-2', '@SUM(A1)', '\tx', '\rx']) expect(csvCell(bad)).toMatch(/^"?'/);
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('gewoon')).toBe('gewoon');
    expect(csvCell('a,b')).toBe('"a,b"');
  });

  it('leaves numbers (also negative ones) as numbers and empties null', () => {
    expect(csvCell(-0.25)).toBe('-0.25');
    expect(csvCell(null)).toBe('');
    expect(csvCell(Number.NaN)).toBe('');
    expect(toCsv(['a', 'b'], [{ a: 1, b: null }])).toBe('a,b\r\n1,\r\n');
  });
});

describe('filters', () => {
  it('defaults to the last 12 weeks up to today', () => {
    expect(resolveFilters({}, '2026-11-23')).toMatchObject({
      from: '2026-09-01',
      to: '2026-11-23',
      interval: 'week',
    });
  });

  it('refuses impossible dates, reversed and too long periods', () => {
    expect(() => resolveFilters({ from: '2026-02-30' }, '2026-11-23')).toThrow();
    expect(() => resolveFilters({ from: '2026-11-02', to: '2026-11-01' })).toThrow();
    expect(() => resolveFilters({ from: '2025-01-01', to: '2026-11-01' })).toThrow();
  });

  it('finds the previous period and bucket ends', () => {
    const f = resolveFilters({ from: '2026-10-19', to: '2026-10-25' });
    expect(previousPeriod(f)).toMatchObject({ from: '2026-10-12', to: '2026-10-18' });
    expect(periodEnd('2026-02-01', 'month')).toBe('2026-02-28');
    expect(periodEnd('2026-10-05', 'week')).toBe('2026-10-11');
  });

  it('writes Amsterdam midnight with the offset of the day', () => {
    expect(amsterdamMidnight('2026-10-05')).toBe('2026-10-05T00:00:00+02:00');
    expect(amsterdamMidnight('2026-12-01')).toBe('2026-12-01T00:00:00+01:00');
  });
});

describe('presentation', () => {
  it(`suppresses groups below ${MIN_GROUP_SIZE} with their drill-down`, () => {
    const f = resolveFilters({ from: '2026-10-05', to: '2026-10-11' });
    const row = { channel: 'phone', n: 4, mean: 3, drillDown: contactsDrill(f) };
    expect(suppress(row, 4, ['n', 'mean'])).toEqual({
      channel: 'phone',
      n: null,
      mean: null,
      drillDown: null,
      suppressed: true,
    });
    expect(suppress({ ...row, n: 5 }, 5, ['n', 'mean']).suppressed).toBe(false);
  });

  it('labels demo data as synthetic', () => {
    expect(provenance('klantcontact', true, 3)).toMatchObject({ source: 'demo', synthetic: true, n: 3 });
    expect(provenance('kto', false, 3)).toMatchObject({ source: 'kto', synthetic: false });
  });
});

describe('trend', () => {
  it('fits a least-squares slope', () => {
    expect(slope([1, 2, 3])).toBeCloseTo(1, 12);
    expect(slope([0.6, 0.4, 0.8])).toBeCloseTo(0.1, 12);
    expect(slope([1])).toBeNull();
    expect(mondayOf('2026-10-25')).toBe('2026-10-19');
    expect(mondayOf('2026-10-19')).toBe('2026-10-19');
  });

  it('reads lower waits and higher shares as better', () => {
    expect(trendOf([40, 30, 20], 'mean-at-most', 25).trend).toBe('improving');
    expect(trendOf([0.8, 0.7, 0.6], 'share-within', 0.7).trend).toBe('worsening');
    expect(trendOf([0.7, 0.7001, 0.7], 'share-within', 0.7).trend).toBe('stable');
    expect(trendOf([0.7, 0.8], 'share-within', 0.7).trend).toBe('unknown');
  });
});

describe('e-mail within working days', () => {
  it('counts the reply against the working-day deadline and skips mails still in term', () => {
    // Friday 2026-10-09: 2 working days -> Tuesday 10-13. Thursday 10-22 unanswered, today 10-23: in term.
    const mails = [
      { receivedAt: '2026-10-09T10:00:00Z', repliedAt: '2026-10-13T15:00:00Z' },
      { receivedAt: '2026-10-09T11:00:00Z', repliedAt: '2026-10-14T08:00:00Z' },
      { receivedAt: '2026-10-09T12:00:00Z', repliedAt: null },
      { receivedAt: '2026-10-22T12:00:00Z', repliedAt: null },
    ];
    expect(emailWeeks(mails, 2, '2026-10-23')).toEqual([{ week: '2026-10-05', n: 3, score: 1 / 3 }]);
  });
});

describe('forecast', () => {
  const q: StaffingQuery = {
    weeks: 2,
    intervalMinutes: 30,
    targetSeconds: 20,
    serviceLevel: 0.8,
    shrinkage: 0.3,
    maxOccupancy: 1,
  };

  it('averages the weeks per weekday and slot and staffs each slot by Erlang C', () => {
    // 200 calls in two weeks on Monday 09:00-09:30 = the reference case of 100 calls per 30 min.
    const rows = forecast([{ weekday: 1, slot: 18, n: 200, handleSum: 200 * 180, handled: 200 }], q);
    expect(rows).toEqual([
      expect.objectContaining({
        weekday: 1,
        start: '09:00',
        forecastCalls: 100,
        ahtSeconds: 180,
        agents: 14,
        scheduled: 20,
      }),
    ]);
    expect(rows[0]!.serviceLevel).toBeCloseTo(0.8884, 4);
  });

  it('takes the last full weeks before the end day', () => {
    expect(historyWindow('2026-10-25', 3)).toEqual({ from: '2026-10-05', to: '2026-10-25' });
    expect(historyWindow('2026-10-28', 1)).toEqual({ from: '2026-10-19', to: '2026-10-25' });
  });
});

describe('percentiles from counts', () => {
  it('equals percentile_cont on the expanded values', () => {
    const values = [10, 20, 20, 30, 40, 50, 60, 60, 60];
    const counts = [...new Set(values)].map((value) => ({
      value,
      n: values.filter((v) => v === value).length,
    }));
    const cont = (p: number) => {
      const h = p * (values.length - 1);
      const lo = Math.floor(h);
      return values[lo]! + (h - lo) * ((values[Math.min(lo + 1, values.length - 1)] ?? 0) - values[lo]!);
    };
    for (const p of [0, 0.5, 0.8, 0.95, 1]) expect(percentileOfCounts(counts, p)).toBeCloseTo(cont(p), 10);
    expect(percentileOfCounts([], 0.5)).toBeNull();
    expect(percentileOfCounts([{ value: 7, n: 1 }], 0.95)).toBe(7);
  });
});

describe('e-mail reply counts', () => {
  it('counts working days to the reply, skipping weekends and holidays', () => {
    expect(workingDaysBetween('2026-10-09', '2026-10-09')).toBe(0);
    expect(workingDaysBetween('2026-10-09', '2026-10-12')).toBe(1); // Friday -> Monday
    expect(workingDaysBetween('2026-12-24', '2026-12-28')).toBe(1); // Christmas and Boxing Day
  });

  it('gives the same weekly shares as counting each mail', () => {
    const mails = [
      { receivedAt: '2026-10-09T10:00:00Z', repliedAt: '2026-10-13T15:00:00Z' },
      { receivedAt: '2026-10-09T11:00:00Z', repliedAt: '2026-10-14T08:00:00Z' },
      { receivedAt: '2026-10-09T12:00:00Z', repliedAt: null },
      { receivedAt: '2026-10-22T12:00:00Z', repliedAt: null },
    ];
    for (const wd of [1, 2, 3])
      expect(emailWeeksFromCounts(replyCounts(mails), wd, '2026-10-23')).toEqual(
        emailWeeks(mails, wd, '2026-10-23'),
      );
  });
});
