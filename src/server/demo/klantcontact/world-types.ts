// The shape of one synthetic demo year (world.ts generates it; the contacts and cases seeds insert it).
import type { DemoChannel } from './channels.js';
import type { DemoResident } from './residents.js';

export interface WorldInput {
  slug: string;
  city: string;
  /** The first day after the demo year (Amsterdam date); the year is the 364 days before it. */
  end: string;
  topics: { code: string; parentCode: string | null; nameNl: string; active: boolean }[];
  categories: {
    code: string;
    parentCode: string | null;
    kind: string;
    nameNl: string;
    dueWorkingDays: number;
    defaultTeamId: string | null;
    active: boolean;
  }[];
  teams: { id: string; name: string }[];
  kccUserId: string | null;
  handlerIds: string[];
  residents?: number;
  contacts?: number;
  cases?: number;
  seed?: number;
}

export interface DemoContact {
  id: string;
  channel: DemoChannel | 'sms';
  direction: 'in' | 'out';
  partyId: string | null;
  topicCode: string | null;
  summary: string;
  outcome: 'answered' | 'forwarded' | 'callback' | 'case_created' | 'informed';
  teamId: string | null;
  caseId: string | null;
  taskId: string | null;
  waitSeconds: number | null;
  handleSeconds: number | null;
  occurredAt: Date;
  registeredBy: string | null;
}

export interface DemoCase {
  id: string;
  number: string;
  kind: string;
  categoryCode: string;
  status: string;
  holdReason: string | null;
  partyId: string | null;
  teamId: string | null;
  assigneeId: string | null;
  title: string;
  description: string;
  postcode: string | null;
  houseNumber: number | null;
  sourceChannel: string;
  feedbackChannel: string | null;
  feedbackAddress: string | null;
  dueDate: string;
  createdAt: Date;
  updatedAt: Date;
  closedAt: Date | null;
  events: {
    seq: number;
    activity: string;
    occurredAt: Date;
    teamId: string | null;
    channel: string | null;
    actorId: string | null;
    statusFrom: string | null;
    statusTo: string;
    note: string | null;
  }[];
}

export interface DemoTask {
  id: string;
  status: 'open' | 'done' | 'cancelled';
  partyId: string | null;
  contactId: string;
  teamId: string | null;
  assigneeId: string | null;
  description: string;
  callbackPhone: string | null;
  dueAt: Date;
  completedAt: Date | null;
  result: string | null;
  createdAt: Date;
  createdBy: string | null;
}

export interface DemoWorld {
  seed: number;
  residents: DemoResident[];
  contacts: DemoContact[];
  cases: DemoCase[];
  tasks: DemoTask[];
}
