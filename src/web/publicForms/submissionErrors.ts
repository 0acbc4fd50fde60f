import { isApiError } from '../api/problem';
import type { FormErrors } from '../forms/formErrors';

/**
 * Maps a rejected submission onto the e-form. The server may point at "/answers/email" or at
 * "/email"; whichever segment names one of the form's fields decides where the message goes.
 * Anything else lands in the summary, so no message is lost.
 */
export function submissionErrors(error: unknown, keys: readonly string[], fallback: string): FormErrors {
  if (!isApiError(error)) return { fields: {}, general: [fallback] };
  const fields: Record<string, string> = {};
  const general: string[] = [];
  for (const item of error.problem.errors ?? []) {
    const segments = item.pointer.split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
    const key = segments.find((s) => keys.includes(s));
    if (key && !fields[key]) fields[key] = item.detail;
    else general.push(item.detail);
  }
  if (Object.keys(fields).length === 0 && general.length === 0) {
    general.push(error.problem.detail ?? error.problem.title ?? fallback);
  }
  return { fields, general };
}

export interface FieldRule {
  key: string;
  label: string;
  required: boolean;
  maxLength: number;
  type: string;
}

interface Messages {
  required: (label: string) => string;
  tooLong: (max: number) => string;
  email: string;
  postcode: string;
  number: string;
}

/** The checks the browser can do before sending: the server checks again and has the last word. */
export function checkAnswers(
  values: Record<string, string>,
  rules: readonly FieldRule[],
  messages: Messages,
): FormErrors {
  const fields: Record<string, string> = {};
  for (const rule of rules) {
    const value = (values[rule.key] ?? '').trim();
    if (!value) {
      if (rule.required) fields[rule.key] = messages.required(rule.label.toLowerCase());
      continue;
    }
    if ([...value].length > rule.maxLength) fields[rule.key] = messages.tooLong(rule.maxLength);
    else if (rule.type === 'email' && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value))
      fields[rule.key] = messages.email;
    else if (rule.type === 'postcode' && !/^[1-9][0-9]{3}\s?[a-zA-Z]{2}$/.test(value))
      fields[rule.key] = messages.postcode;
    else if (rule.type === 'number' && !/^[0-9]+$/.test(value)) fields[rule.key] = messages.number;
  }
  return { fields, general: [] };
}

/** Only filled-in answers are sent: an empty optional field is not stored at all. */
export function filledAnswers(values: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(values)) {
    const trimmed = value.trim();
    if (trimmed) out[key] = trimmed;
  }
  return out;
}
