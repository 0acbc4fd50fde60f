import { Type } from 'typebox';

export const SessionSchema = Type.Object({
  user: Type.Object({
    id: Type.String({ format: 'uuid' }),
    name: Type.String(),
    email: Type.String(),
    role: Type.String(),
    permissions: Type.Array(Type.String()),
  }),
  tenant: Type.Object({
    id: Type.String({ format: 'uuid' }),
    slug: Type.String(),
    name: Type.String(),
    theme: Type.Record(Type.String(), Type.String()),
  }),
  csrfToken: Type.String(),
  demo: Type.Boolean(),
});
