import { describe, expect, it } from 'vitest';
import { themeStyle } from './themeStyle';

describe('themeStyle', () => {
  it('passes custom properties and nothing else', () => {
    expect(
      themeStyle({
        '--utrecht-button-primary-action-background-color': '#1a4f8b',
        position: 'fixed',
        '--bad key': 'x',
        '--number': 3,
      }),
    ).toEqual({ '--utrecht-button-primary-action-background-color': '#1a4f8b' });
  });

  it('gives no style at all for an empty or missing theme', () => {
    expect(themeStyle(null)).toBeUndefined();
    expect(themeStyle({ color: 'red' })).toBeUndefined();
  });
});
