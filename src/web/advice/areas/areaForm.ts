import { problemToFormErrors, type FormErrors } from '../../forms/formErrors';
import type { AreaKind, SchemeCode } from '../types';

export const AREA_KINDS: readonly AreaKind[] = ['gemeente', 'wijk', 'buurt'];

export interface AreaMeta {
  name: string;
  kind: AreaKind;
  scheme: SchemeCode;
  normalise: boolean;
}

export const EMPTY_META: AreaMeta = { name: '', kind: 'wijk', scheme: 'age', normalise: false };

/**
 * The server points at "/counts/<group>" or "/shares" for composition problems and at
 * "/file/line/3/aantal" for a CSV; both land on one field, named by `compositionField`.
 */
export function areaErrors(error: unknown, compositionField: string, fallback: string): FormErrors {
  const errors = problemToFormErrors(
    error,
    ['name', 'kind', 'scheme', 'normalise', 'counts', 'shares', 'file'],
    fallback,
  );
  const fields: Record<string, string> = {};
  for (const [name, message] of Object.entries(errors.fields)) {
    const target = ['counts', 'shares', 'file'].includes(name) ? compositionField : name;
    if (fields[target]) errors.general.push(message);
    else fields[target] = message;
  }
  return { fields, general: errors.general };
}
