import { describe, expect, it } from 'vitest';
import { defaultFields, defaultForm } from './definitions.js';
import { feedbackOf, parseSubmission } from './submission.js';
import { definitionErrors } from './validate-definition.js';

describe('parseSubmission', () => {
  const fields = defaultFields('losliggende-tegel');

  it('drops empty optional answers entirely', () => {
    const r = parseSubmission(fields, { description: ' Los ', location: 'Hier', email: '', phone: '  ' });
    expect(r).toEqual({ ok: true, values: { description: 'Los', locationText: 'Hier', formData: {} } });
  });

  it('reports every problem with a pointer', () => {
    const r = parseSubmission(fields, { location: 'x'.repeat(201), email: 'nope', 'a/b': 'x' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => e.pointer)).toEqual([
      '/answers/a~1b',
      '/answers/description',
      '/answers/location',
      '/answers/email',
    ]);
  });

  it('counts characters, not bytes, against maxLength', () => {
    const r = parseSubmission(fields, { description: 'é'.repeat(2000), location: 'x' });
    expect(r.ok).toBe(true);
  });

  it('refuses control characters and line breaks in one-line fields', () => {
    const r = parseSubmission(fields, { description: 'a\nb', location: 'a\nb' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => e.pointer)).toEqual(['/answers/location']);
  });
});

describe('feedbackOf', () => {
  it('prefers e-mail, falls back to SMS, and keeps nothing when neither is given', () => {
    expect(feedbackOf({ description: '', formData: {}, email: 'a@b.nl', phone: '+31612345678' })).toEqual({
      feedbackChannel: 'email',
      feedbackAddress: 'a@b.nl',
      extra: { phone: '+31612345678' },
    });
    expect(feedbackOf({ description: '', formData: {}, phone: '+31612345678' })).toEqual({
      feedbackChannel: 'sms',
      feedbackAddress: '+31612345678',
      extra: {},
    });
    expect(feedbackOf({ description: '', formData: {} })).toEqual({ extra: {} });
  });
});

describe('default forms', () => {
  it('are valid definitions and give every field a purpose', () => {
    for (const code of ['losliggende-tegel', 'volle-container', 'vraag-algemeen', 'iets-anders']) {
      const form = defaultForm({ code, kind: 'melding', nameNl: 'X', nameEn: null });
      expect(definitionErrors(form)).toEqual([]);
      for (const f of form.fields) expect(f.purposeNl.length).toBeGreaterThan(10);
      expect(form.fields.filter((f) => ['email', 'phone'].includes(f.key)).every((f) => !f.required)).toBe(
        true,
      );
    }
  });
});
