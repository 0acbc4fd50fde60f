import { describe, expect, it } from 'vitest';
import { en } from './en';
import { interpolate } from './I18nProvider';
import { nl } from './nl';

describe('i18n', () => {
  it('fills named placeholders and leaves unknown ones visible', () => {
    expect(interpolate('Pagina {page} van {pages}', { page: 2, pages: 5 })).toBe('Pagina 2 van 5');
    expect(interpolate('Welkom, {name}.', {})).toBe('Welkom, {name}.');
  });

  it('uses the same placeholders in both languages', () => {
    const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(nl) as (keyof typeof nl)[]) {
      expect(names(en[key]), key).toEqual(names(nl[key]));
    }
  });
});
