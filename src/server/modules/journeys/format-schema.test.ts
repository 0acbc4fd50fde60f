// docs/journey-format.schema.json is what other tools read: it must be exactly what the API
// validates with, and a file the API exports must pass it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { journeyFile, journeyFormatJsonSchema } from '../../../shared/journeys/exchange.js';
import { emptyDocument } from '../../../shared/journeys/model.js';
import { STARTER_PERSONAS } from '../personas/seed.js';

describe('the published journey format', () => {
  it('publishes a JSON Schema that matches the code and accepts an exported file', () => {
    const published = JSON.parse(
      readFileSync(new URL('../../../../docs/journey-format.schema.json', import.meta.url), 'utf8'),
    );
    expect(published).toEqual(journeyFormatJsonSchema());
    const ajv = new Ajv({ strict: false, allErrors: true });
    addFormats.default(ajv);
    const validate = ajv.compile(published);
    expect(
      validate(
        journeyFile(
          { title: 'T', trajectory: 'service', lifeEvent: 'x', state: 'current' },
          emptyDocument('participation'),
          STARTER_PERSONAS,
        ),
      ),
    ).toBe(true);
    expect(validate({ format: 'buitenbinnen.journey', formatVersion: 1, journey: {} })).toBe(false);
  });
});
