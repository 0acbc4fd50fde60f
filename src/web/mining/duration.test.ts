import { describe, expect, it } from 'vitest';
import { duration } from './duration';

describe('duration', () => {
  it('shows the two largest units', () => {
    expect(duration('nl', 31_000)).toBe('31 s');
    expect(duration('nl', 75_000)).toBe('1 min 15 s');
    expect(duration('nl', 2 * 3_600_000)).toBe('2 u');
    expect(duration('nl', 93_784_000)).toBe('1 d 2 u');
    expect(duration('en', 93_784_000)).toBe('1 d 2 h');
    expect(duration('nl', null)).toBe('');
  });
});
