import { describe, expect, it } from 'vitest';
import { filtersFromSearch, searchFromFilters } from './filters';

describe('dashboard filters in the address', () => {
  it('keeps known filters and drops invalid ones', () => {
    const params = new URLSearchParams('channel=phone&interval=year&area=35ab&x=1&from=2026-09-01');
    expect(filtersFromSearch(params)).toEqual({ channel: 'phone', from: '2026-09-01' });
  });

  it('round-trips', () => {
    const filters = { from: '2026-09-01', channel: 'email', area: '3511', interval: 'day' as const };
    expect(filtersFromSearch(searchFromFilters(filters))).toEqual(filters);
  });
});
