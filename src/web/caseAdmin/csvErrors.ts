import { isApiError } from '../api/problem';
import type { FormErrors } from '../forms/formErrors';
import type { Translate } from '../i18n/I18nProvider';

export const MAX_LISTED = 100;

/**
 * A rejected CSV (all-or-nothing) comes back with one error per problem, worded with its line
 * ("regel 5: …"). The file field says how many there are; the summary lists them in file order.
 */
export function csvErrors(error: unknown, t: Translate): FormErrors {
  if (!isApiError(error)) return { fields: {}, general: [t('form.genericError')] };
  const lines = (error.problem.errors ?? []).map((e) => e.detail);
  if (lines.length === 0) {
    return { fields: {}, general: [error.problem.detail ?? error.problem.title ?? t('form.genericError')] };
  }
  return {
    fields: { file: t('caseAdmin.import.errors', { count: lines.length }) },
    general: lines.slice(0, MAX_LISTED),
  };
}
