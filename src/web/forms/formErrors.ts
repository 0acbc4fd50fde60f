import { isApiError, pointerToField } from '../api/problem';

/** Errors of one form: per field (by field name) and those that belong to no single field. */
export interface FormErrors {
  fields: Record<string, string>;
  general: string[];
}

export const NO_ERRORS: FormErrors = { fields: {}, general: [] };

export function hasErrors(errors: FormErrors): boolean {
  return errors.general.length > 0 || Object.keys(errors.fields).length > 0;
}

/**
 * Maps a problem+json answer onto the form: each `errors[].pointer` that names one of the form's
 * fields lands on that field; anything else (unknown pointer, no errors list, network failure)
 * goes to the summary so no message is lost.
 */
export function problemToFormErrors(
  error: unknown,
  knownFields: readonly string[],
  fallback: string,
): FormErrors {
  if (!isApiError(error)) return { fields: {}, general: [fallback] };
  const fields: Record<string, string> = {};
  const general: string[] = [];
  for (const item of error.problem.errors ?? []) {
    const field = pointerToField(item.pointer);
    if (knownFields.includes(field) && !fields[field]) fields[field] = item.detail;
    else general.push(item.detail);
  }
  if (Object.keys(fields).length === 0 && general.length === 0) {
    general.push(error.problem.detail ?? error.problem.title ?? fallback);
  }
  return { fields, general };
}

/** Client-side check for empty required fields, worded like the server's own messages. */
export function missingRequired(
  values: Record<string, string>,
  required: readonly { field: string; label: string }[],
  message: (label: string) => string,
): FormErrors {
  const fields: Record<string, string> = {};
  for (const { field, label } of required) {
    if (!values[field]?.trim()) fields[field] = message(label.toLowerCase());
  }
  return { fields, general: [] };
}
