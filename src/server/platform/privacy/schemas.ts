import { Type, type Static } from 'typebox';
import { RECORD_TYPES, RETENTION_ACTIONS } from './types.js';

export const RecordTypeParams = Type.Object(
  { recordType: Type.String({ minLength: 1, maxLength: 60 }) },
  { additionalProperties: false },
);

export const RetentionTermSchema = Type.Object({
  recordType: Type.Union(RECORD_TYPES.map((t) => Type.Literal(t))),
  months: Type.Integer(),
  action: Type.Union(RETENTION_ACTIONS.map((a) => Type.Literal(a))),
  fromNl: Type.String(),
  version: Type.Integer(),
  updatedAt: Type.String(),
});

export const RetentionTermInput = Type.Object(
  {
    months: Type.Integer({ minimum: 1, maximum: 1200 }),
    action: Type.Union(RETENTION_ACTIONS.map((a) => Type.Literal(a))),
  },
  { additionalProperties: false },
);
export type RetentionTermInput = Static<typeof RetentionTermInput>;

const Counts = Type.Object({
  deleted: Type.Integer(),
  anonymised: Type.Integer(),
  held: Type.Integer(),
  months: Type.Integer(),
  action: Type.String(),
  cutoff: Type.String(),
});

export const RetentionRunSchema = Type.Object({
  id: Type.String(),
  startedAt: Type.String(),
  finishedAt: Type.Union([Type.String(), Type.Null()]),
  summary: Type.Record(Type.String(), Counts),
});

export const RunNowBody = Type.Object({}, { additionalProperties: false });

export const PartyIdParams = Type.Object(
  { id: Type.String({ format: 'uuid' }) },
  { additionalProperties: false },
);

export const LegalHoldInput = Type.Object({ legalHold: Type.Boolean() }, { additionalProperties: false });

export const LegalHoldSchema = Type.Object({
  partyId: Type.String(),
  legalHold: Type.Boolean(),
  version: Type.Integer(),
});
