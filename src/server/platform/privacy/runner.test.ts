import { describe, expect, it } from 'vitest';
import { cutoffOf } from './runner.js';

describe('cutoffOf', () => {
  it('goes back whole calendar months', () => {
    expect(cutoffOf(new Date('2026-11-23T10:00:00Z'), 24).toISOString()).toBe('2024-11-23T10:00:00.000Z');
    expect(cutoffOf(new Date('2026-03-15T00:00:00Z'), 60).toISOString()).toBe('2021-03-15T00:00:00.000Z');
  });
});
