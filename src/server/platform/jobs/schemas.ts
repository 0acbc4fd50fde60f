import { Type, type Static } from 'typebox';
import { OUTBOX_CHANNELS, OUTBOX_STATUSES } from './tables.js';

const Nullable = <T extends ReturnType<typeof Type.String>>(t: T) => Type.Union([t, Type.Null()]);

export const OutboxQuery = Type.Object(
  {
    page: Type.Integer({ minimum: 1, maximum: 100_000, default: 1 }),
    pageSize: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
    status: Type.Optional(Type.Enum(OUTBOX_STATUSES)),
    channel: Type.Optional(Type.Enum(OUTBOX_CHANNELS)),
  },
  { additionalProperties: false },
);
export type OutboxQuery = Static<typeof OutboxQuery>;

export const IdParams = Type.Object({ id: Type.String({ format: 'uuid' }) }, { additionalProperties: false });

// The body stays out: the list is for following deliveries, not for reading residents' mail.
export const OutboxMessage = Type.Object({
  id: Type.String({ format: 'uuid' }),
  channel: Type.String(),
  recipient: Type.String(),
  subject: Nullable(Type.String()),
  status: Type.Enum(OUTBOX_STATUSES),
  attempts: Type.Integer(),
  nextAttemptAt: Nullable(Type.String({ format: 'date-time' })),
  lastError: Nullable(Type.String()),
  sentAt: Nullable(Type.String({ format: 'date-time' })),
  createdAt: Type.String({ format: 'date-time' }),
  reference: Type.Union([Type.Object({ type: Type.String(), id: Type.String() }), Type.Null()]),
});
export type OutboxMessage = Static<typeof OutboxMessage>;
