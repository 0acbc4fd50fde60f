import { describe, expect, it } from 'vitest';
import { buildPatterns } from './patterns.js';

describe('buildPatterns', () => {
  it('turns answers into masks over the offered channels, merging equal ones', () => {
    // web = bit 1, phone = bit 2; balie is not offered.
    const patterns = buildPatterns(
      ['web', 'phone'],
      [
        { channels: ['web'] },
        { channels: ['web', 'balie'], weight: 2 },
        { channels: ['balie'] },
        { channels: ['phone', 'web'], weight: 0.5 },
      ],
    );
    expect(patterns).toEqual([
      { mask: 1, weight: 3 },
      { mask: 0, weight: 1 },
      { mask: 3, weight: 0.5 },
    ]);
  });
});
