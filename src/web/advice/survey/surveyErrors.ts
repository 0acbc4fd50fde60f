import { isApiError, pointerToField } from '../../api/problem';
import type { FormErrors } from '../../forms/formErrors';
import type { Translate } from '../../i18n/I18nProvider';

export const SURVEY_FIELDS = ['name', 'source', 'year', 'description', 'weightArea', 'file'] as const;
export const MAX_LISTED = 100;

/**
 * A rejected file comes back as 400 with one error per problem, pointing at "/file/line/5/leeftijd"
 * and worded "regel 5, kolom leeftijd: …". The file field says how many; the summary lists them
 * (the first 100) in file order. Errors on the other fields land on those fields.
 */
export function surveyErrors(error: unknown, t: Translate): FormErrors {
  if (!isApiError(error)) return { fields: {}, general: [t('form.genericError')] };
  const fields: Record<string, string> = {};
  const lines: string[] = [];
  const other: string[] = [];
  for (const item of error.problem.errors ?? []) {
    const field = pointerToField(item.pointer);
    if (field === 'file') lines.push(item.detail);
    else if ((SURVEY_FIELDS as readonly string[]).includes(field) && !fields[field])
      fields[field] = item.detail;
    else other.push(item.detail);
  }
  if (lines.length) fields.file = t('advice.survey.fileErrors', { count: lines.length });
  const general = [...lines.slice(0, MAX_LISTED), ...other];
  if (!Object.keys(fields).length && !general.length)
    general.push(error.problem.detail ?? error.problem.title ?? t('form.genericError'));
  return { fields, general };
}
