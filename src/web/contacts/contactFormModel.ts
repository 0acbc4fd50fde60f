import type { FormErrors } from '../forms/formErrors';
import type { Translate } from '../i18n/I18nProvider';
import { TIMED_CHANNELS, type Channel, type NewCase, type NewContact, type NewTask } from './types';

export interface ContactValues {
  channel: string;
  direction: 'in' | 'out';
  topicCode: string;
  summary: string;
  outcome: string;
  teamId: string;
  waitSeconds: string;
  handleSeconds: string;
  caseCategory: string;
  caseDescription: string;
  caseLocation: string;
  taskDescription: string;
  taskPhone: string;
  taskDue: string;
}

export type ContactField = keyof ContactValues | 'partyId';

/** yyyy-mm-dd of a local date, as <input type="date"> wants it. */
export function localDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function emptyContact(now = new Date()): ContactValues {
  const tomorrow = new Date(now);
  tomorrow.setDate(now.getDate() + 1);
  return {
    channel: '',
    direction: 'in',
    topicCode: '',
    summary: '',
    outcome: '',
    teamId: '',
    waitSeconds: '',
    handleSeconds: '',
    caseCategory: '',
    caseDescription: '',
    caseLocation: '',
    taskDescription: '',
    taskPhone: '',
    taskDue: localDate(tomorrow),
  };
}

export function hasTimes(channel: string): boolean {
  return TIMED_CHANNELS.includes(channel as Channel);
}

/** What the browser can check before anything is sent; the server checks the rest. */
export function validateContact(
  v: ContactValues,
  partyChosen: boolean,
  t: Translate,
  labels: Record<'channel' | 'summary' | 'outcome' | 'caseCategory', string>,
  now = new Date(),
): FormErrors {
  const fields: Record<string, string> = {};
  const required = (field: keyof typeof labels) => {
    if (!v[field].trim()) fields[field] = t('form.requiredError', { field: labels[field].toLowerCase() });
  };
  if (!partyChosen) fields.partyId = t('contacts.party.required');
  required('channel');
  required('summary');
  required('outcome');
  if (hasTimes(v.channel)) {
    for (const field of ['waitSeconds', 'handleSeconds'] as const) {
      if (v[field].trim() && !/^\d+$/.test(v[field].trim()))
        fields[field] = t('contacts.field.secondsInvalid');
    }
  }
  if (v.outcome === 'case_created') required('caseCategory');
  if (v.outcome === 'callback' && (!v.taskDue || v.taskDue < localDate(now))) {
    fields.taskDue = t('contacts.task.dueInvalid');
  }
  return { fields, general: [] };
}

const text = (value: string) => value.trim() || undefined;

export function toNewCase(v: ContactValues, partyId: string | undefined): NewCase {
  return strip({
    categoryCode: v.caseCategory,
    partyId,
    // A melding told on the phone is usually the conversation itself: no need to type it twice.
    description: text(v.caseDescription) ?? v.summary.trim(),
    locationText: text(v.caseLocation),
    sourceChannel: v.channel,
  });
}

export function toNewTask(v: ContactValues, partyId: string | undefined): NewTask {
  return strip({
    kind: 'callback' as const,
    partyId,
    description: text(v.taskDescription) ?? v.summary.trim(),
    callbackPhone: text(v.taskPhone),
    // End of the chosen working day, local time.
    dueAt: new Date(`${v.taskDue}T17:00:00`).toISOString(),
  });
}

export function toNewContact(
  v: ContactValues,
  partyId: string | undefined,
  links: { caseId?: string; taskId?: string },
): NewContact {
  const timed = hasTimes(v.channel);
  const seconds = (value: string) => (timed && value.trim() ? Number(value.trim()) : undefined);
  return strip({
    channel: v.channel,
    direction: v.direction,
    partyId,
    topicCode: text(v.topicCode),
    summary: v.summary.trim(),
    outcome: v.outcome,
    teamId: v.outcome === 'forwarded' ? text(v.teamId) : undefined,
    caseId: links.caseId,
    taskId: links.taskId,
    waitSeconds: seconds(v.waitSeconds),
    handleSeconds: seconds(v.handleSeconds),
  });
}

/** Leaves out undefined properties: the API rejects unknown and empty values alike. */
function strip<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
