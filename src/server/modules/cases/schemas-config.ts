// Request and response shapes of the beheer routes: categories, routing rules, message templates.
import { Type, type Static } from 'typebox';
import { Nullable, oneOf } from '../../platform/http/schema-types.js';
import { CASE_KINDS, TEMPLATE_CHANNELS, TEMPLATE_EVENTS } from './model.js';

export const CATEGORY_CODE = '^[a-z0-9][a-z0-9-]{0,62}$';
export const CategoryCode = Type.String({
  pattern: CATEGORY_CODE,
  description: 'kleine letters, cijfers en -',
});
const Uuid = Type.String({ format: 'uuid' });

export const Category = Type.Object({
  code: Type.String(),
  parentCode: Nullable(Type.String()),
  kind: Type.String(),
  nameNl: Type.String(),
  nameEn: Nullable(Type.String()),
  descriptionNl: Nullable(Type.String()),
  dueWorkingDays: Type.Integer(),
  defaultTeamId: Nullable(Type.String()),
  active: Type.Boolean(),
  sort: Type.Integer(),
  version: Type.Integer(),
});
export type Category = Static<typeof Category>;

const CategoryFields = {
  parentCode: Type.Optional(Nullable(CategoryCode)),
  kind: Type.Optional(oneOf(CASE_KINDS)),
  nameNl: Type.String({ minLength: 1, maxLength: 200 }),
  nameEn: Type.Optional(Nullable(Type.String({ maxLength: 200 }))),
  descriptionNl: Type.Optional(Nullable(Type.String({ maxLength: 2000 }))),
  dueWorkingDays: Type.Optional(Type.Integer({ minimum: 0, maximum: 365 })),
  defaultTeamId: Type.Optional(Nullable(Uuid)),
  active: Type.Optional(Type.Boolean()),
  sort: Type.Optional(Type.Integer({ minimum: 0, maximum: 100_000 })),
};
export const NewCategory = Type.Object(
  { code: CategoryCode, ...CategoryFields },
  { additionalProperties: false },
);
export type NewCategory = Static<typeof NewCategory>;
export const CategoryPatch = Type.Object(
  { ...CategoryFields, nameNl: Type.Optional(CategoryFields.nameNl) },
  { additionalProperties: false, minProperties: 1 },
);
export type CategoryPatch = Static<typeof CategoryPatch>;
export const CodeParams = Type.Object({ code: CategoryCode }, { additionalProperties: false });

export const CategoryImportResult = Type.Object({ created: Type.Integer(), updated: Type.Integer() });

export const RoutingRule = Type.Object({
  id: Type.String(),
  categoryCode: Type.String(),
  postcodeFrom: Nullable(Type.Integer()),
  postcodeTo: Nullable(Type.Integer()),
  teamId: Type.String(),
  priority: Type.Integer(),
  version: Type.Integer(),
});
export type RoutingRule = Static<typeof RoutingRule>;
const Postcode4 = Type.Integer({ minimum: 1000, maximum: 9999 });
const RuleFields = {
  categoryCode: CategoryCode,
  postcodeFrom: Type.Optional(Nullable(Postcode4)),
  postcodeTo: Type.Optional(Nullable(Postcode4)),
  teamId: Uuid,
  priority: Type.Optional(Type.Integer({ minimum: -1000, maximum: 1000 })),
};
export const NewRoutingRule = Type.Object(RuleFields, { additionalProperties: false });
export type NewRoutingRule = Static<typeof NewRoutingRule>;
export const RoutingRulePatch = Type.Object(
  { ...RuleFields, categoryCode: Type.Optional(CategoryCode), teamId: Type.Optional(Uuid) },
  { additionalProperties: false, minProperties: 1 },
);
export type RoutingRulePatch = Static<typeof RoutingRulePatch>;
export const RoutingRuleQuery = Type.Object(
  { categoryCode: Type.Optional(CategoryCode) },
  { additionalProperties: false },
);

export const MessageTemplate = Type.Object({
  event: Type.String(),
  channel: Type.String(),
  subject: Nullable(Type.String()),
  body: Type.String(),
  version: Type.Integer(),
  updatedAt: Type.String({ format: 'date-time' }),
});
export type MessageTemplate = Static<typeof MessageTemplate>;
export const TemplateParams = Type.Object(
  { event: oneOf(TEMPLATE_EVENTS), channel: oneOf(TEMPLATE_CHANNELS) },
  { additionalProperties: false },
);
export const TemplateInput = Type.Object(
  {
    subject: Type.Optional(Nullable(Type.String({ maxLength: 300 }))),
    body: Type.String({ minLength: 1, maxLength: 10_000 }),
  },
  { additionalProperties: false },
);
export type TemplateInput = Static<typeof TemplateInput>;
