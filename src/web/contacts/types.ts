// Shapes of the klantcontact/meldingen resources as the screens read them (see the API overviews
// in docs/contacts.md and docs/cases.md). The server owns them; these stay loose where unused.

export const CHANNELS = [
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
export type Channel = (typeof CHANNELS)[number];

/** Channels with a queue and a conversation, so waiting and handling time mean something. */
export const TIMED_CHANNELS: readonly Channel[] = ['phone', 'chat', 'counter'];

/** Channels a resident can get feedback on (the outbox's channels). */
export const FEEDBACK_CHANNELS = ['email', 'sms', 'whatsapp', 'letter', 'phone'] as const;

export const OUTCOMES = ['answered', 'forwarded', 'callback', 'case_created'] as const;
export type Outcome = (typeof OUTCOMES)[number] | 'informed';

export const CASE_STATUSES = ['gemeld', 'in_behandeling', 'on_hold', 'afgehandeld', 'gesloten'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export interface Party {
  id: string;
  kind: 'person' | 'organisation';
  displayName: string;
  givenName: string | null;
  familyName: string | null;
  organisationName: string | null;
  bsnMasked: string | null;
  kvk: string | null;
  postcode: string | null;
  houseNumber: number | null;
  houseNumberSuffix: string | null;
  street: string | null;
  city: string | null;
  emails: string[];
  phones: string[];
  preferredChannel: string | null;
  language: string;
  version: number;
}

export interface NewParty {
  kind: 'person';
  givenName?: string;
  familyName?: string;
  bsn?: string;
  postcode?: string;
  houseNumber?: number;
  emails?: string[];
  phones?: string[];
  preferredChannel?: string;
}

export interface Contact {
  id: string;
  channel: string;
  direction: 'in' | 'out';
  partyId: string | null;
  topicCode: string | null;
  topicName: string | null;
  summary: string;
  outcome: string;
  teamId: string | null;
  caseId: string | null;
  taskId: string | null;
  waitSeconds: number | null;
  handleSeconds: number | null;
  occurredAt: string;
  registeredBy: string | null;
  source: string | null;
  version: number;
}

export interface NewContact {
  channel: string;
  direction: 'in' | 'out';
  partyId?: string;
  topicCode?: string;
  summary: string;
  outcome: string;
  teamId?: string;
  caseId?: string;
  taskId?: string;
  waitSeconds?: number;
  handleSeconds?: number;
}

export interface ContactTopic {
  code: string;
  parentCode: string | null;
  nameNl: string;
  nameEn: string | null;
  active: boolean;
  sort: number;
}

export interface CaseCategory {
  code: string;
  parentCode: string | null;
  nameNl: string;
  nameEn: string | null;
  kind: string;
  active?: boolean;
  sort?: number;
}

export interface CaseSummary {
  id: string;
  number: string;
  status: string;
  title: string;
  categoryName?: string | null;
  dueDate?: string | null;
  overdue?: boolean;
  createdAt?: string;
}

export interface TaskSummary {
  id: string;
  kind: string;
  status: string;
  description: string;
  dueAt?: string | null;
}

export interface PartyHistory {
  party: Party;
  contacts: Contact[];
  cases: CaseSummary[];
  tasks: TaskSummary[];
}

export interface CaseEvent {
  seq: number;
  activity: string;
  occurredAt: string;
  teamId?: string | null;
  channel?: string | null;
  statusFrom?: string | null;
  statusTo?: string | null;
  note?: string | null;
}

export interface OutgoingMessage {
  id: string;
  channel: string;
  recipient?: string;
  subject?: string | null;
  body?: string;
  status: string;
  createdAt?: string;
  sentAt?: string | null;
}

export interface Case {
  id: string;
  number: string;
  kind: string;
  categoryCode: string;
  categoryName: string | null;
  status: CaseStatus;
  holdReason: string | null;
  partyId: string | null;
  teamId: string | null;
  assigneeId: string | null;
  title: string;
  description: string;
  postcode: string | null;
  houseNumber: number | null;
  locationText: string | null;
  sourceChannel: string;
  feedbackChannel: string | null;
  dueDate: string | null;
  overdue: boolean;
  closedAt: string | null;
  /** Bewaarplicht: retention leaves the case and its resident alone while it is set. */
  legalHold: boolean;
  version: number;
  createdAt: string;
  events?: CaseEvent[];
  messages?: OutgoingMessage[];
}

export interface NewCase {
  categoryCode: string;
  partyId?: string;
  description: string;
  locationText?: string;
  postcode?: string;
  houseNumber?: number;
  sourceChannel: string;
}

export interface NewTask {
  kind: 'callback';
  partyId?: string;
  description: string;
  callbackPhone?: string;
  dueAt: string;
}

export interface Task {
  id: string;
  kind: string;
  status: string;
  description: string;
  dueAt: string;
  /** The rest comes with GET /tasks/:id (the history's task lines carry only the above). */
  partyId?: string | null;
  caseId?: string | null;
  contactId?: string | null;
  teamId?: string | null;
  assigneeId?: string | null;
  callbackPhone?: string | null;
  overdue?: boolean;
  completedAt?: string | null;
  result?: string | null;
  version?: number;
  createdAt?: string;
}

export interface WorkItem {
  type: 'case' | 'task';
  id: string;
  number?: string | null;
  title: string;
  dueDate: string | null;
  overdue: boolean;
  status: string;
  teamId: string | null;
  assigneeId: string | null;
}
