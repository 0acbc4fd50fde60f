import { describe, expect, it } from 'vitest';
import { renderPreview, unknownPlaceholders } from './preview';

describe('template preview', () => {
  it('fills known placeholders and blanks unknown ones', () => {
    expect(renderPreview('Melding {{nummer}} ({{ categorie }}) {{onbekend}}.')).toBe(
      'Melding M-2026-000123 (Losliggende stoeptegel) .',
    );
  });

  it('names the placeholders the server does not know, once each', () => {
    expect(unknownPlaceholders('{{nummer}} {{nummr}} {{nummr}}')).toEqual(['nummr']);
  });
});
