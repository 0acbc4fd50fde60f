// Vocabulary of the cases module, shared by its services, schemas and tests.
import { CASE_KINDS, CASE_STATUSES } from './tables.js';

export { CASE_KINDS, CASE_STATUSES };
export type CaseKind = (typeof CASE_KINDS)[number];
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** Number prefix per kind: M-2026-000123 is a melding, A- an aanvraag, V- a vraag, K- a klacht. */
export const NUMBER_PREFIX: Record<CaseKind, string> = {
  melding: 'M',
  aanvraag: 'A',
  vraag: 'V',
  klacht: 'K',
};

/** Channels a case can come in on (the contact channel catalogue). */
export const SOURCE_CHANNELS = [
  'phone',
  'email',
  'counter',
  'eform',
  'whatsapp',
  'chat',
  'social',
  'letter',
  'sms',
] as const;

/** Channels a resident can choose for feedback; 'none' means no feedback wanted. */
export const FEEDBACK_CHANNELS = ['email', 'sms', 'whatsapp', 'letter', 'phone', 'none'] as const;
export type FeedbackChannel = (typeof FEEDBACK_CHANNELS)[number];

/** Channels with a message template (the outbox's channels). */
export const TEMPLATE_CHANNELS = ['email', 'sms', 'whatsapp', 'letter'] as const;
export type TemplateChannel = (typeof TEMPLATE_CHANNELS)[number];

export const TEMPLATE_EVENTS = [
  'received',
  'in_behandeling',
  'on_hold',
  'afgehandeld',
  'gesloten',
  'reopened',
  'kto',
] as const;
export type TemplateEvent = (typeof TEMPLATE_EVENTS)[number];

export const PLACEHOLDERS = [
  'nummer',
  'categorie',
  'status',
  'reden',
  'naam',
  'link',
  'gemeente',
  'termijn',
] as const;

export const TASK_KINDS = ['callback', 'internal'] as const;
export const TASK_STATUSES = ['open', 'done', 'cancelled'] as const;
