import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/problem';
import { interpolate } from '../../i18n/I18nProvider';
import { nl, type MessageKey } from '../../i18n/nl';
import { surveyErrors } from './surveyErrors';

const t = (key: MessageKey, vars?: Record<string, string | number>) => interpolate(nl[key], vars);

describe('surveyErrors', () => {
  it('lists the lines of a rejected file (at most 100) and marks the file field', () => {
    const errors = Array.from({ length: 120 }, (_, i) => ({
      pointer: `/file/line/${i + 2}/leeftijd`,
      detail: `regel ${i + 2}, kolom leeftijd: fout`,
    }));
    const form = surveyErrors(
      new ApiError(400, { status: 400, errors: [...errors, { pointer: '/query/year', detail: 'te klein' }] }),
      t,
    );
    expect(form.fields).toEqual({
      file: 'Het bestand bevat 120 fout(en); zie de lijst hierboven.',
      year: 'te klein',
    });
    expect(form.general).toHaveLength(100);
    expect(form.general[0]).toBe('regel 2, kolom leeftijd: fout');
  });

  it('falls back to the problem detail, or a generic message without a problem', () => {
    expect(surveyErrors(new ApiError(415, { status: 415, detail: 'Stuur CSV.' }), t).general).toEqual([
      'Stuur CSV.',
    ]);
    expect(surveyErrors(new Error('offline'), t).general).toEqual([nl['form.genericError']]);
  });
});
