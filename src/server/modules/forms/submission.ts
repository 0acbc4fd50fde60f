// Turns a resident's answers into what a case stores, checked against the form definition. Only
// what the form asks is accepted; empty optional answers are dropped here, so they are stored
// nowhere (no formData key, no feedback address, no party).
import { normaliseEmail, normalisePhone, normalisePostcode } from '../../../shared/identifiers.js';
import type { FieldError } from '../../platform/http/problem.js';
import type { FormField } from './definitions.js';

export interface SubmissionValues {
  description: string;
  locationText?: string;
  postcode?: string;
  houseNumber?: number;
  email?: string;
  phone?: string;
  /** Answers to the category's own questions (no column of their own). */
  formData: Record<string, string>;
}

const EMAIL = /^[^\s@<>()[\]\\,;:"]{1,64}@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]{2,}$/;
// Control characters other than tab and newline have no place in a form answer.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

const pointer = (key: string) => `/answers/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;

function check(field: FormField, raw: string): { value?: string; error?: string } {
  const value = field.type === 'textarea' ? raw.replace(/\r\n/g, '\n').trim() : raw.trim();
  if ([...value].length > field.maxLength)
    return { error: `mag hoogstens ${field.maxLength} tekens lang zijn` };
  if (CONTROL.test(value) || (field.type !== 'textarea' && value.includes('\n')))
    return { error: 'bevat tekens die niet in een antwoord horen' };
  switch (field.type) {
    case 'email':
      return EMAIL.test(value) ? { value: normaliseEmail(value) } : { error: 'is geen geldig e-mailadres' };
    case 'tel': {
      const phone = normalisePhone(value);
      return phone ? { value: phone } : { error: 'is geen geldig telefoonnummer' };
    }
    case 'postcode': {
      const pc = normalisePostcode(value);
      return pc ? { value: pc } : { error: 'is geen geldige postcode (1234 AB)' };
    }
    case 'number':
      return /^\d{1,6}$/.test(value) ? { value: String(Number(value)) } : { error: 'moet een getal zijn' };
    case 'select':
      return field.options?.some((o) => o.value === value)
        ? { value }
        : { error: `moet een van ${(field.options ?? []).map((o) => o.value).join(', ')} zijn` };
    default:
      return { value };
  }
}

export function parseSubmission(
  fields: FormField[],
  answers: Record<string, unknown>,
): { ok: true; values: SubmissionValues } | { ok: false; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const byKey = new Map(fields.map((f) => [f.key, f]));
  for (const key of Object.keys(answers)) {
    if (!byKey.has(key)) errors.push({ pointer: pointer(key), detail: 'is geen veld van dit formulier' });
  }
  const clean: Record<string, string> = {};
  for (const field of fields) {
    const raw = answers[field.key];
    if (raw !== undefined && typeof raw !== 'string') {
      errors.push({ pointer: pointer(field.key), detail: 'moet tekst zijn' });
      continue;
    }
    if (raw === undefined || raw.trim() === '') {
      if (field.required) errors.push({ pointer: pointer(field.key), detail: 'is verplicht' });
      continue; // An empty optional answer is not kept at all.
    }
    const { value, error } = check(field, raw);
    if (error) errors.push({ pointer: pointer(field.key), detail: error });
    else clean[field.key] = value!;
  }
  if (errors.length) return { ok: false, errors };

  const { description, location, postcode, houseNumber, email, phone, ...rest } = clean;
  return {
    ok: true,
    values: {
      description: description ?? '',
      ...(location ? { locationText: location } : {}),
      ...(postcode ? { postcode } : {}),
      ...(houseNumber ? { houseNumber: Number(houseNumber) } : {}),
      ...(email ? { email } : {}),
      ...(phone ? { phone } : {}),
      formData: rest,
    },
  };
}

/**
 * Where feedback goes: e-mail when given, otherwise SMS to the phone number, otherwise nowhere.
 * A phone number given next to an e-mail address is kept for the handler to call (formData).
 */
export function feedbackOf(values: SubmissionValues): {
  feedbackChannel?: 'email' | 'sms';
  feedbackAddress?: string;
  extra: Record<string, string>;
} {
  if (values.email)
    return {
      feedbackChannel: 'email',
      feedbackAddress: values.email,
      extra: values.phone ? { phone: values.phone } : {},
    };
  if (values.phone) return { feedbackChannel: 'sms', feedbackAddress: values.phone, extra: {} };
  return { extra: {} };
}
