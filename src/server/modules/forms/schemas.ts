import { Type, type Static } from 'typebox';
import { FIELD_TYPES, MAX_FIELD_LENGTH, MAX_FIELDS } from './definitions.js';

/** The whole submission body may not exceed this; each answer has its own maxLength too. */
export const SUBMISSION_BODY_LIMIT = 20 * 1024;

const Slug = Type.String({ minLength: 1, maxLength: 63, pattern: '^[a-z0-9][a-z0-9-]*$' });
const CategoryCode = Type.String({ minLength: 1, maxLength: 60, pattern: '^[a-z0-9][a-z0-9_-]*$' });
const CaseNumber = Type.String({ minLength: 3, maxLength: 40, pattern: '^[A-Z]-[0-9]{4}-[0-9]{1,9}$' });

export const SlugParams = Type.Object({ slug: Slug }, { additionalProperties: false });
export const FormParams = Type.Object(
  { slug: Slug, category: CategoryCode },
  { additionalProperties: false },
);
export const CaseParams = Type.Object({ slug: Slug, number: CaseNumber }, { additionalProperties: false });
export const StaffFormParams = Type.Object({ category: CategoryCode }, { additionalProperties: false });
export const TokenQuery = Type.Object(
  { token: Type.String({ minLength: 1, maxLength: 200 }) },
  { additionalProperties: false },
);

const Option = Type.Object(
  {
    value: Type.String({ minLength: 1, maxLength: 100 }),
    labelNl: Type.String({ minLength: 1, maxLength: 200 }),
    labelEn: Type.Optional(Type.String({ maxLength: 200 })),
  },
  { additionalProperties: false },
);

export const FormFieldSchema = Type.Object(
  {
    key: Type.String({ minLength: 1, maxLength: 40 }),
    type: Type.Union(FIELD_TYPES.map((t) => Type.Literal(t))),
    labelNl: Type.String({ minLength: 1, maxLength: 200 }),
    labelEn: Type.Optional(Type.String({ maxLength: 200 })),
    hintNl: Type.Optional(Type.String({ maxLength: 500 })),
    required: Type.Boolean(),
    maxLength: Type.Integer({ minimum: 1, maximum: MAX_FIELD_LENGTH }),
    options: Type.Optional(Type.Array(Option, { maxItems: 50 })),
    purposeNl: Type.String({ minLength: 1, maxLength: 500 }),
  },
  { additionalProperties: false },
);

const Gemeente = Type.Object({ slug: Type.String(), name: Type.String() });

export const PublicFormSummary = Type.Object({
  categoryCode: Type.String(),
  titleNl: Type.String(),
  titleEn: Type.Union([Type.String(), Type.Null()]),
  introNl: Type.Union([Type.String(), Type.Null()]),
});

export const PublicFormList = Type.Object({ gemeente: Gemeente, items: Type.Array(PublicFormSummary) });

export const PublicForm = Type.Object({
  categoryCode: Type.String(),
  titleNl: Type.String(),
  titleEn: Type.Union([Type.String(), Type.Null()]),
  introNl: Type.Union([Type.String(), Type.Null()]),
  gemeente: Gemeente,
  fields: Type.Array(FormFieldSchema),
  /** The most the whole submission may weigh, in bytes. */
  maxBodyBytes: Type.Integer(),
});

export const SubmissionBody = Type.Object(
  {
    // Keys and values are checked against the form definition in the service (422 per field).
    answers: Type.Record(Type.String({ maxLength: 40 }), Type.String(), { maxProperties: MAX_FIELDS }),
  },
  { additionalProperties: false },
);
export type SubmissionBody = Static<typeof SubmissionBody>;

export const SubmissionResult = Type.Object({
  caseNumber: Type.String(),
  token: Type.String(),
  followPath: Type.String(),
});

export const SatisfactionBody = Type.Object(
  {
    token: Type.String({ minLength: 1, maxLength: 200 }),
    score: Type.Integer({ minimum: 1, maximum: 5 }),
    comment: Type.Optional(Type.String({ maxLength: 2000 })),
    reopen: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
export type SatisfactionBody = Static<typeof SatisfactionBody>;

export const StaffForm = Type.Object({
  categoryCode: Type.String(),
  titleNl: Type.String(),
  titleEn: Type.Union([Type.String(), Type.Null()]),
  introNl: Type.Union([Type.String(), Type.Null()]),
  published: Type.Boolean(),
  fields: Type.Array(FormFieldSchema),
  version: Type.Integer(),
  updatedAt: Type.String(),
});

export const FormInput = Type.Object(
  {
    titleNl: Type.String({ minLength: 1, maxLength: 200 }),
    titleEn: Type.Optional(Type.Union([Type.String({ maxLength: 200 }), Type.Null()])),
    introNl: Type.Optional(Type.Union([Type.String({ maxLength: 2000 }), Type.Null()])),
    published: Type.Optional(Type.Boolean()),
    fields: Type.Array(FormFieldSchema, { minItems: 1, maxItems: MAX_FIELDS }),
  },
  { additionalProperties: false },
);
export type FormInput = Static<typeof FormInput>;
