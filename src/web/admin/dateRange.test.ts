import { describe, expect, it } from 'vitest';
import { endOfDayIso, startOfDayIso } from './dateRange';

describe('date range', () => {
  it('spans the whole local day', () => {
    const start = new Date(startOfDayIso('2026-03-01') ?? '');
    const end = new Date(endOfDayIso('2026-03-01') ?? '');
    expect(start.getDate()).toBe(1);
    expect(start.getHours()).toBe(0);
    expect(end.getDate()).toBe(1);
    expect(end.getTime() - start.getTime()).toBe(24 * 3600 * 1000 - 1);
  });

  it('ignores anything that is not a calendar date', () => {
    expect(startOfDayIso('')).toBeUndefined();
    expect(endOfDayIso('1-3-2026')).toBeUndefined();
  });
});
