// Checks a form definition a beheerder edits, before it can reach a resident: every field must be
// one the submission code can validate and store, and must say why it is asked.
import type { FieldError } from '../../platform/http/problem.js';
import type { COLUMN_KEYS } from './definitions.js';
import {
  COLUMN_KEY_TYPES,
  FIELD_TYPES,
  MAX_FIELD_LENGTH,
  MAX_FIELDS,
  type FormField,
} from './definitions.js';

const KEY = /^[a-zA-Z][a-zA-Z0-9_]{0,39}$/;
const MAX_OPTIONS = 50;

export interface FormDefinitionInput {
  titleNl: string;
  titleEn?: string | null;
  introNl?: string | null;
  published?: boolean;
  fields: FormField[];
}

export function definitionErrors(def: FormDefinitionInput): FieldError[] {
  const errors: FieldError[] = [];
  const at = (i: number, rest: string) => `/fields/${i}${rest}`;
  if (def.fields.length === 0)
    errors.push({ pointer: '/fields', detail: 'een formulier heeft minstens één veld' });
  if (def.fields.length > MAX_FIELDS)
    errors.push({ pointer: '/fields', detail: `een formulier heeft hoogstens ${MAX_FIELDS} velden` });
  const seen = new Set<string>();
  def.fields.forEach((f, i) => {
    if (!KEY.test(f.key))
      errors.push({
        pointer: at(i, '/key'),
        detail: 'begint met een letter; alleen letters, cijfers en _ (hoogstens 40)',
      });
    else if (seen.has(f.key))
      errors.push({ pointer: at(i, '/key'), detail: `de sleutel "${f.key}" komt twee keer voor` });
    seen.add(f.key);
    if (!(FIELD_TYPES as readonly string[]).includes(f.type))
      errors.push({ pointer: at(i, '/type'), detail: `moet een van ${FIELD_TYPES.join(', ')} zijn` });
    const columnTypes = COLUMN_KEY_TYPES[f.key as (typeof COLUMN_KEYS)[number]];
    if (columnTypes && !columnTypes.includes(f.type))
      errors.push({
        pointer: at(i, '/type'),
        detail: `het veld "${f.key}" moet van het type ${columnTypes.join(' of ')} zijn`,
      });
    if (!Number.isInteger(f.maxLength) || f.maxLength < 1 || f.maxLength > MAX_FIELD_LENGTH)
      errors.push({
        pointer: at(i, '/maxLength'),
        detail: `moet een geheel getal van 1 tot en met ${MAX_FIELD_LENGTH} zijn`,
      });
    if (!f.purposeNl || !f.purposeNl.trim())
      errors.push({
        pointer: at(i, '/purposeNl'),
        detail: 'zeg waarom de gemeente dit vraagt (dataminimalisatie)',
      });
    if (f.type === 'select') {
      const options = f.options ?? [];
      if (options.length === 0)
        errors.push({ pointer: at(i, '/options'), detail: 'een keuzelijst heeft opties nodig' });
      if (options.length > MAX_OPTIONS)
        errors.push({ pointer: at(i, '/options'), detail: `hoogstens ${MAX_OPTIONS} opties` });
      const values = new Set<string>();
      options.forEach((o, j) => {
        if (values.has(o.value))
          errors.push({
            pointer: at(i, `/options/${j}/value`),
            detail: `de waarde "${o.value}" komt twee keer voor`,
          });
        values.add(o.value);
        if (o.value.length > f.maxLength)
          errors.push({
            pointer: at(i, `/options/${j}/value`),
            detail: `langer dan de maxLength van het veld (${f.maxLength})`,
          });
      });
    } else if (f.options !== undefined) {
      errors.push({ pointer: at(i, '/options'), detail: 'alleen een keuzelijst (select) heeft opties' });
    }
  });
  // A case always needs a description: the form must ask for it.
  const desc = def.fields.find((f) => f.key === 'description');
  if (!desc)
    errors.push({ pointer: '/fields', detail: 'het formulier moet een verplicht veld "description" hebben' });
  else if (!desc.required)
    errors.push({
      pointer: `/fields/${def.fields.indexOf(desc)}/required`,
      detail: 'het veld "description" is verplicht',
    });
  return errors;
}
