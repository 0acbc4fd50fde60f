import { Type } from 'typebox';
import { ROLES } from '../../../shared/roles.js';

const Role = Type.Union(ROLES.map((r) => Type.Literal(r)));
const Email = Type.String({ format: 'email', maxLength: 254 });
const Name = Type.String({ minLength: 1, maxLength: 200 });

export const IdParams = Type.Object({ id: Type.String({ format: 'uuid' }) }, { additionalProperties: false });

export const User = Type.Object({
  id: Type.String({ format: 'uuid' }),
  name: Type.String(),
  email: Type.String(),
  role: Type.String(),
  active: Type.Boolean(),
  createdAt: Type.String({ format: 'date-time' }),
  version: Type.Integer(),
});

export const NewUser = Type.Object(
  {
    name: Name,
    email: Email,
    role: Role,
    password: Type.Optional(Type.String({ minLength: 12, maxLength: 1024 })),
  },
  { additionalProperties: false },
);

export const UserPatch = Type.Object(
  { name: Type.Optional(Name), role: Type.Optional(Role), active: Type.Optional(Type.Boolean()) },
  { additionalProperties: false, minProperties: 1 },
);

export const Team = Type.Object({
  id: Type.String({ format: 'uuid' }),
  name: Type.String(),
  email: Type.Union([Type.String(), Type.Null()]),
  description: Type.Union([Type.String(), Type.Null()]),
  createdAt: Type.String({ format: 'date-time' }),
  version: Type.Integer(),
});

const TeamFields = {
  name: Name,
  email: Type.Optional(Type.Union([Email, Type.Null()])),
  description: Type.Optional(Type.Union([Type.String({ maxLength: 2000 }), Type.Null()])),
};

export const NewTeam = Type.Object(TeamFields, { additionalProperties: false });
export const TeamPatch = Type.Object(
  { ...TeamFields, name: Type.Optional(Name) },
  { additionalProperties: false, minProperties: 1 },
);
