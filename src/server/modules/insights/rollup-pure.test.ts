import { describe, expect, it } from 'vitest';
import { resolveFilters } from './filters.js';
import { contactsDrill, suppressCells } from './present.js';
import { changedRanges, dayCount } from './rollup-ranges.js';
import { statusOf } from './rollup.js';

describe('per-cell suppression (channel shift)', () => {
  it('hides a cell of 1-4 and the total that would give it away, not the row', () => {
    // 12 digital, 3 personal (hidden), 0 other: the total 15 minus 12 would be 3, so it goes.
    expect(suppressCells({ digital: 12, personal: 3, other: 0 })).toEqual({
      cells: { digital: 12, personal: null, other: 0 },
      total: null,
      hidden: ['personal'],
    });
    // Two hidden cells (3 and 1): the total 16 only tells their sum (4), so it stays.
    expect(suppressCells({ digital: 12, personal: 3, other: 1 })).toEqual({
      cells: { digital: 12, personal: null, other: null },
      total: 16,
      hidden: ['personal', 'other'],
    });
    // Nothing small: all shown.
    expect(suppressCells({ digital: 5, personal: 6, other: 0 })).toEqual({
      cells: { digital: 5, personal: 6, other: 0 },
      total: 11,
      hidden: [],
    });
    // A total below 5 is a small group itself.
    expect(suppressCells({ digital: 2, personal: 2, other: 0 }).total).toBeNull();
  });
});

describe('rollup refresh ranges', () => {
  it('rebuilds each changed day and the 8 days before it, merged with the window', () => {
    expect(changedRanges([], '2026-11-15', '2026-11-24')).toEqual([['2026-11-15', '2026-11-24']]);
    expect(changedRanges(['2026-10-20', '2026-10-25', '2026-03-01'], '2026-11-15', '2026-11-24')).toEqual([
      ['2026-02-21', '2026-03-01'],
      ['2026-10-12', '2026-10-25'],
      ['2026-11-15', '2026-11-24'],
    ]);
    // Spans that touch join: 10-29..11-06, 11-07..11-15 and the window 11-15..11-24.
    expect(changedRanges(['2026-11-06', '2026-11-15'], '2026-11-15', '2026-11-24')).toEqual([
      ['2026-10-29', '2026-11-24'],
    ]);
    expect(changedRanges(['2026-11-06', '2026-11-20'], '2026-11-15', '2026-11-24')).toEqual([
      ['2026-10-29', '2026-11-06'],
      ['2026-11-12', '2026-11-24'],
    ]);
    expect(dayCount('2026-10-01', '2026-10-31')).toBe(31);
    expect(dayCount('2026-10-02', '2026-10-01')).toBe(0);
  });

  it('reports a build as progress over its days', () => {
    const base = {
      tenantId: 't',
      settledBefore: '2026-11-15',
      refreshedAt: new Date('2026-11-23T10:00:00Z'),
      leaseOwner: null,
      leaseUntil: null,
    };
    const building = { ...base, status: 'building', buildFrom: '2026-01-01', buildTo: '2026-01-10' };
    expect(statusOf({ ...building, builtThrough: '2025-12-31' })).toMatchObject({
      status: 'building',
      progress: 0,
    });
    expect(statusOf({ ...building, builtThrough: '2026-01-04' })).toMatchObject({ progress: 0.4 });
    expect(statusOf(undefined)).toMatchObject({ status: 'missing', progress: null });
    expect(
      statusOf({ ...base, status: 'ready', buildFrom: null, buildTo: null, builtThrough: null }),
    ).toEqual({
      status: 'ready',
      progress: null,
      settledBefore: '2026-11-15',
      refreshedAt: '2026-11-23T10:00:00.000Z',
    });
  });
});

describe('drill-down of a topic filter', () => {
  const f = resolveFilters({ from: '2026-10-05', to: '2026-10-11', topic: 'afval' });
  it('selects the whole group for the filter, one topic for a row of that topic', () => {
    expect(contactsDrill(f).query).toMatchObject({ topicGroup: 'afval' });
    expect(contactsDrill(f).query).not.toHaveProperty('topicCode');
    expect(contactsDrill(f, { topicCode: 'afval-grofvuil' }).query).toMatchObject({
      topicCode: 'afval-grofvuil',
    });
    expect(contactsDrill(f, { topicCode: 'afval-grofvuil' }).query).not.toHaveProperty('topicGroup');
  });
});
