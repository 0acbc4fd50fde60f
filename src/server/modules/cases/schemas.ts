// Request and response shapes of cases, tasks, the work queue and the event log.
import { Type, type Static } from 'typebox';
import { Nullable, oneOf } from '../../platform/http/schema-types.js';
import { PageQuery } from '../../platform/http/pagination.js';
import { CASE_STATUSES, FEEDBACK_CHANNELS, SOURCE_CHANNELS, TASK_KINDS, TASK_STATUSES } from './model.js';
import { CategoryCode } from './schemas-config.js';

const Uuid = Type.String({ format: 'uuid' });
const NStr = Nullable(Type.String());
const DateOnly = Type.String({ format: 'date', description: 'YYYY-MM-DD' });

export const IdParams = Type.Object({ id: Uuid }, { additionalProperties: false });

export const CaseEvent = Type.Object({
  seq: Type.Integer(),
  activity: Type.String(),
  occurredAt: Type.String({ format: 'date-time' }),
  teamId: NStr,
  channel: NStr,
  actorId: NStr,
  statusFrom: NStr,
  statusTo: NStr,
  note: NStr,
});

export const CaseMessage = Type.Object({
  id: Type.String(),
  channel: Type.String(),
  recipient: Type.String(),
  subject: NStr,
  body: Type.String(),
  status: Type.String(),
  createdAt: Type.String({ format: 'date-time' }),
  sentAt: NStr,
});

const CaseFields = {
  id: Type.String(),
  number: Type.String(),
  kind: Type.String(),
  categoryCode: Type.String(),
  categoryName: NStr,
  status: Type.String(),
  holdReason: NStr,
  partyId: NStr,
  teamId: NStr,
  assigneeId: NStr,
  title: Type.String(),
  description: Type.String(),
  postcode: NStr,
  houseNumber: Nullable(Type.Integer()),
  locationText: NStr,
  formData: Nullable(Type.Record(Type.String(), Type.String())),
  sourceChannel: Type.String(),
  feedbackChannel: NStr,
  dueDate: Type.String(),
  overdue: Type.Boolean(),
  closedAt: NStr,
  // Bewaarplicht: while true, retention leaves the case and its resident alone.
  legalHold: Type.Boolean(),
  version: Type.Integer(),
  createdAt: Type.String({ format: 'date-time' }),
  updatedAt: Type.String({ format: 'date-time' }),
};
export const Case = Type.Object(CaseFields);
export const CaseDetail = Type.Object({
  ...CaseFields,
  events: Type.Array(CaseEvent),
  messages: Type.Array(CaseMessage),
});

export const NewCase = Type.Object(
  {
    categoryCode: CategoryCode,
    partyId: Type.Optional(Uuid),
    title: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    description: Type.String({ maxLength: 10_000 }),
    postcode: Type.Optional(Type.String({ pattern: '^[1-9][0-9]{3} ?[A-Za-z]{2}$' })),
    houseNumber: Type.Optional(Type.Integer({ minimum: 1, maximum: 99_999 })),
    locationText: Type.Optional(Type.String({ maxLength: 500 })),
    sourceChannel: oneOf(SOURCE_CHANNELS),
    feedbackChannel: Type.Optional(oneOf(FEEDBACK_CHANNELS)),
    feedbackAddress: Type.Optional(Type.String({ minLength: 3, maxLength: 320 })),
    contactId: Type.Optional(Uuid),
    dueDate: Type.Optional(DateOnly),
  },
  { additionalProperties: false },
);
export type NewCase = Static<typeof NewCase>;

export const CasePatch = Type.Object(
  {
    teamId: Type.Optional(Uuid),
    assigneeId: Type.Optional(Nullable(Uuid)),
    title: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    description: Type.Optional(Type.String({ maxLength: 10_000 })),
    dueDate: Type.Optional(DateOnly),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type CasePatch = Static<typeof CasePatch>;

export const StatusChange = Type.Object(
  {
    status: oneOf(CASE_STATUSES),
    reason: Type.Optional(Type.String({ maxLength: 1000 })),
    note: Type.Optional(Type.String({ maxLength: 4000 })),
  },
  { additionalProperties: false },
);
export type StatusChange = Static<typeof StatusChange>;

export const LegalHoldChange = Type.Object(
  {
    legalHold: Type.Boolean(),
    reason: Type.String({ minLength: 1, maxLength: 1000 }),
  },
  { additionalProperties: false },
);
export type LegalHoldChange = Static<typeof LegalHoldChange>;
export const LegalHoldResult = Type.Object({
  caseId: Type.String(),
  legalHold: Type.Boolean(),
  version: Type.Integer(),
});

export const CaseQuery = Type.Object(
  {
    ...PageQuery.properties,
    status: Type.Optional(oneOf(CASE_STATUSES)),
    teamId: Type.Optional(Uuid),
    assignee: Type.Optional(Type.Union([Type.Literal('me'), Uuid])),
    overdue: Type.Optional(Type.Boolean()),
    categoryCode: Type.Optional(CategoryCode),
    partyId: Type.Optional(Uuid),
  },
  { additionalProperties: false },
);
export type CaseQuery = Static<typeof CaseQuery>;

export const Task = Type.Object({
  id: Type.String(),
  kind: Type.String(),
  status: Type.String(),
  partyId: NStr,
  caseId: NStr,
  contactId: NStr,
  teamId: NStr,
  assigneeId: NStr,
  description: Type.String(),
  callbackPhone: NStr,
  dueAt: Type.String({ format: 'date-time' }),
  overdue: Type.Boolean(),
  completedAt: NStr,
  result: NStr,
  version: Type.Integer(),
  createdAt: Type.String({ format: 'date-time' }),
});

export const NewTask = Type.Object(
  {
    kind: oneOf(TASK_KINDS),
    partyId: Type.Optional(Uuid),
    caseId: Type.Optional(Uuid),
    contactId: Type.Optional(Uuid),
    teamId: Type.Optional(Uuid),
    assigneeId: Type.Optional(Uuid),
    description: Type.String({ minLength: 1, maxLength: 4000 }),
    callbackPhone: Type.Optional(Type.String({ pattern: '^\\+?[0-9 ()-]{6,20}$' })),
    dueAt: Type.String({ format: 'date-time' }),
  },
  { additionalProperties: false },
);
export type NewTask = Static<typeof NewTask>;

export const TaskPatch = Type.Object(
  {
    status: Type.Optional(oneOf(TASK_STATUSES)),
    result: Type.Optional(Type.String({ minLength: 1, maxLength: 4000 })),
    assigneeId: Type.Optional(Nullable(Uuid)),
    teamId: Type.Optional(Nullable(Uuid)),
    description: Type.Optional(Type.String({ minLength: 1, maxLength: 4000 })),
    dueAt: Type.Optional(Type.String({ format: 'date-time' })),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type TaskPatch = Static<typeof TaskPatch>;

export const TaskQuery = Type.Object(
  {
    ...PageQuery.properties,
    status: Type.Optional(oneOf(TASK_STATUSES)),
    teamId: Type.Optional(Uuid),
    assignee: Type.Optional(Type.Union([Type.Literal('me'), Uuid])),
    caseId: Type.Optional(Uuid),
  },
  { additionalProperties: false },
);
export type TaskQuery = Static<typeof TaskQuery>;

export const WorkQueueQuery = Type.Object(
  {
    scope: oneOf(['team', 'mine'] as const),
    teamId: Type.Optional(Uuid),
    limit: Type.Integer({ minimum: 1, maximum: 500, default: 200 }),
  },
  { additionalProperties: false },
);
export type WorkQueueQuery = Static<typeof WorkQueueQuery>;

export const WorkItem = Type.Object({
  type: oneOf(['case', 'task'] as const),
  id: Type.String(),
  number: NStr,
  title: Type.String(),
  dueDate: Type.String(),
  overdue: Type.Boolean(),
  status: Type.String(),
  teamId: NStr,
  assigneeId: NStr,
});
export const WorkQueue = Type.Object({ items: Type.Array(WorkItem) });

export const EventLogQuery = Type.Object(
  {
    ...PageQuery.properties,
    from: Type.Optional(Type.String({ format: 'date-time' })),
    to: Type.Optional(Type.String({ format: 'date-time' })),
  },
  { additionalProperties: false },
);
export type EventLogQuery = Static<typeof EventLogQuery>;
export const XesQuery = Type.Object(
  {
    from: Type.Optional(Type.String({ format: 'date-time' })),
    to: Type.Optional(Type.String({ format: 'date-time' })),
  },
  { additionalProperties: false },
);
export const EventLogEntry = Type.Object({
  caseId: Type.String(),
  caseNumber: Type.String(),
  seq: Type.Integer(),
  activity: Type.String(),
  timestamp: Type.String({ format: 'date-time' }),
  team: NStr,
  channel: NStr,
});
