// What the rest of the product uses of the outbox.
export { enqueueMessage, OutboxInputError, type NewOutboxMessage } from './outbox.js';
export { OUTBOX_CHANNELS, OUTBOX_STATUSES, type OutboxChannel, type OutboxStatus } from './tables.js';
export {
  createDeliveryAdapters,
  LoggingAdapter,
  PermanentDeliveryError,
  SmtpAdapter,
  type DeliveryAdapter,
  type DeliveryAdapters,
  type DeliveryResult,
  type OutgoingMessage,
  type SmtpSettings,
} from './adapters.js';
export { OutboxWorker, DEFAULT_OUTBOX_SETTINGS, type OutboxSettings, type RunResult } from './worker.js';
export { outboxRoutes } from './routes.js';
