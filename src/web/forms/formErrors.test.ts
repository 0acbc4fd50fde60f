import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/problem';
import { hasErrors, missingRequired, problemToFormErrors } from './formErrors';

describe('problemToFormErrors', () => {
  it('puts known pointers on their field and the rest in the summary', () => {
    const error = new ApiError(400, {
      status: 400,
      detail: 'De aanvraag bevat ongeldige gegevens.',
      errors: [
        { pointer: '/email', detail: 'Geen geldig e-mailadres' },
        { pointer: '/email', detail: 'Te lang' },
        { pointer: '/unknown', detail: 'Onbekend veld' },
      ],
    });
    expect(problemToFormErrors(error, ['name', 'email'], 'fallback')).toEqual({
      fields: { email: 'Geen geldig e-mailadres' },
      general: ['Te lang', 'Onbekend veld'],
    });
  });

  it('uses detail, then title, then the fallback when there is no errors list', () => {
    expect(problemToFormErrors(new ApiError(409, { detail: 'Bestaat al' }), [], 'x').general).toEqual([
      'Bestaat al',
    ]);
    expect(problemToFormErrors(new ApiError(409, { title: 'Conflict' }), [], 'x').general).toEqual([
      'Conflict',
    ]);
    expect(problemToFormErrors(new TypeError('fetch failed'), [], 'Opslaan mislukt').general).toEqual([
      'Opslaan mislukt',
    ]);
  });
});

describe('missingRequired', () => {
  it('flags empty and blank required fields only', () => {
    const errors = missingRequired(
      { name: '  ', email: 'a@b.example', role: '' },
      [
        { field: 'name', label: 'Naam' },
        { field: 'email', label: 'E-mailadres' },
      ],
      (label) => `Vul ${label} in.`,
    );
    expect(errors.fields).toEqual({ name: 'Vul naam in.' });
    expect(hasErrors(errors)).toBe(true);
    expect(hasErrors({ fields: {}, general: [] })).toBe(false);
  });
});
