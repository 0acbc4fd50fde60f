import { describe, expect, it } from 'vitest';
import { fieldErrors } from './errors.js';

describe('fieldErrors', () => {
  it('turns schema errors into JSON pointers with Dutch messages, one per field', () => {
    const errors = fieldErrors([
      { instancePath: '', keyword: 'required', params: { missingProperty: 'name' } },
      { instancePath: '', keyword: 'additionalProperties', params: { additionalProperty: 'colour' } },
      { instancePath: '/email', keyword: 'format', params: { format: 'email' } },
      { instancePath: '/email', keyword: 'type', params: { type: 'null' } },
      { instancePath: '/items/0/label', keyword: 'maxLength', params: { limit: 20 } },
    ]);
    expect(errors).toEqual([
      { pointer: '/name', detail: 'is verplicht' },
      { pointer: '/colour', detail: 'is geen bekend veld' },
      { pointer: '/email', detail: 'is geen geldig email' },
      { pointer: '/items/0/label', detail: 'mag hoogstens 20 tekens lang zijn' },
    ]);
  });

  it('prefixes query, params and header errors with their part', () => {
    expect(
      fieldErrors([{ instancePath: '/page', keyword: 'type', params: { type: 'integer' } }], 'querystring'),
    ).toEqual([{ pointer: '/query/page', detail: 'moet van het type integer zijn' }]);
  });
});
