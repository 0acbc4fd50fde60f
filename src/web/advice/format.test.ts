import { describe, expect, it } from 'vitest';
import { cssPercent, interval, percent, points } from './format';

describe('advice number formats', () => {
  it('shows whole percentages and intervals in the UI language', () => {
    expect(percent('nl', 0.453)).toBe('45%');
    expect(interval('nl', { low: 0.421, high: 0.487 })).toBe('42–49%');
    expect(interval('en', { low: 0.05, high: 0.1 })).toBe('5–10%');
  });

  it('gives differences in points with a sign and one decimal', () => {
    expect(points('nl', 0.032)).toBe('+3,2');
    expect(points('en', -0.1)).toBe('-10.0');
    expect(points('nl', 0)).toBe('0,0');
  });

  it('clamps bar sizes to the track', () => {
    expect(cssPercent(1.2)).toBe('100.00%');
    expect(cssPercent(-0.1)).toBe('0.00%');
    expect(cssPercent(0.25)).toBe('25.00%');
  });
});
