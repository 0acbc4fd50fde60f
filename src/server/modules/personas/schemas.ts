import { Type } from 'typebox';
import { PersonaInputSchema } from '../../../shared/journeys/persona.js';

export const IdParams = Type.Object({ id: Type.String({ format: 'uuid' }) }, { additionalProperties: false });

export const OriginSchema = Type.Union([
  Type.Null(),
  Type.Object({
    kind: Type.Union([Type.Literal('library'), Type.Literal('import')]),
    publisher: Type.Optional(Type.String()),
    itemId: Type.Optional(Type.String()),
  }),
]);

export const PersonaSchema = Type.Object({
  ...PersonaInputSchema.properties,
  id: Type.String({ format: 'uuid' }),
  example: Type.Boolean(),
  vulnerable: Type.Boolean(),
  origin: OriginSchema,
  version: Type.Integer(),
  createdAt: Type.String({ format: 'date-time' }),
  updatedAt: Type.String({ format: 'date-time' }),
});

export const PersonaListQuery = Type.Object(
  {
    page: Type.Integer({ minimum: 1, maximum: 100_000, default: 1 }),
    pageSize: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
    kind: Type.Optional(Type.Union([Type.Literal('resident'), Type.Literal('staff')])),
    vulnerable: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
