import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/problem';
import { checkAnswers, filledAnswers, submissionErrors } from './submissionErrors';

const messages = {
  required: (label: string) => `Vul ${label} in.`,
  tooLong: (max: number) => `Maximaal ${max} tekens.`,
  email: 'Geen e-mailadres.',
  postcode: 'Geen postcode.',
  number: 'Geen getal.',
};

describe('submissionErrors', () => {
  it('puts each server message on the field its pointer names', () => {
    const error = new ApiError(422, {
      status: 422,
      errors: [
        { pointer: '/answers/email', detail: 'Ongeldig e-mailadres' },
        { pointer: '/description', detail: 'Te lang' },
        { pointer: '/answers/unknown', detail: 'Onbekend veld' },
      ],
    });
    expect(submissionErrors(error, ['email', 'description'], 'x')).toEqual({
      fields: { email: 'Ongeldig e-mailadres', description: 'Te lang' },
      general: ['Onbekend veld'],
    });
  });

  it('falls back to the detail or a generic message', () => {
    expect(submissionErrors(new ApiError(429, { status: 429, detail: 'Te vaak' }), [], 'x').general).toEqual([
      'Te vaak',
    ]);
    expect(submissionErrors(new Error('offline'), [], 'Mislukt').general).toEqual(['Mislukt']);
  });
});

describe('checkAnswers', () => {
  const rules = [
    { key: 'description', label: 'Wat is er aan de hand', required: true, maxLength: 5, type: 'textarea' },
    { key: 'email', label: 'E-mailadres', required: false, maxLength: 100, type: 'email' },
    { key: 'postcode', label: 'Postcode', required: false, maxLength: 7, type: 'postcode' },
  ];

  it('reports empty required fields, too long text and malformed values', () => {
    expect(
      checkAnswers({ description: ' ', email: 'a@b', postcode: '1234' }, rules, messages).fields,
    ).toEqual({
      description: 'Vul wat is er aan de hand in.',
      email: 'Geen e-mailadres.',
      postcode: 'Geen postcode.',
    });
    expect(checkAnswers({ description: 'zeslang' }, rules, messages).fields).toEqual({
      description: 'Maximaal 5 tekens.',
    });
  });

  it('accepts valid answers and leaves empty optional fields alone', () => {
    expect(checkAnswers({ description: 'gat', postcode: '3511 AB' }, rules, messages).fields).toEqual({});
  });
});

describe('filledAnswers', () => {
  it('drops empty optional answers and trims the rest', () => {
    expect(filledAnswers({ description: ' gat ', email: '', phone: '  ' })).toEqual({ description: 'gat' });
  });
});
