import { Type, type Static } from 'typebox';
import { Nullable, oneOf } from '../../platform/http/schema-types.js';
import { CONTACT_CHANNELS, CONTACT_OUTCOMES } from './tables.js';

export const PREFERRED_CHANNELS = ['email', 'sms', 'whatsapp', 'letter', 'phone'] as const;
export type PreferredChannel = (typeof PREFERRED_CHANNELS)[number];

const Uuid = Type.String({ format: 'uuid' });
const NullableString = Nullable(Type.String());
const Name = Type.String({ minLength: 1, maxLength: 200 });

export const IdParams = Type.Object({ id: Uuid }, { additionalProperties: false });
export const CodeParams = Type.Object(
  { code: Type.String({ minLength: 1, maxLength: 64 }) },
  { additionalProperties: false },
);

// ---------- parties ----------

export const Party = Type.Object({
  id: Uuid,
  kind: oneOf(['person', 'organisation']),
  displayName: Type.String(),
  givenName: NullableString,
  familyName: NullableString,
  organisationName: NullableString,
  bsnMasked: NullableString,
  kvk: NullableString,
  postcode: NullableString,
  houseNumber: Nullable(Type.Integer()),
  houseNumberSuffix: NullableString,
  street: NullableString,
  city: NullableString,
  emails: Type.Array(Type.String()),
  phones: Type.Array(Type.String()),
  preferredChannel: NullableString,
  language: Type.String(),
  legalHold: Type.Boolean(),
  version: Type.Integer(),
  createdAt: Type.String({ format: 'date-time' }),
  updatedAt: Type.String({ format: 'date-time' }),
});
export type PartyView = Static<typeof Party>;

// Shape and size only; the meaning (elfproef, postcode, phone format, reachability) is checked in
// the service so that every problem gets a specific message.
const PartyFields = {
  givenName: Type.Optional(Nullable(Name)),
  familyName: Type.Optional(Nullable(Name)),
  organisationName: Type.Optional(Nullable(Name)),
  bsn: Type.Optional(Nullable(Type.String({ maxLength: 20 }))),
  kvk: Type.Optional(Nullable(Type.String({ maxLength: 20 }))),
  postcode: Type.Optional(Nullable(Type.String({ maxLength: 10 }))),
  houseNumber: Type.Optional(Nullable(Type.Integer({ minimum: 1, maximum: 99999 }))),
  houseNumberSuffix: Type.Optional(Nullable(Type.String({ minLength: 1, maxLength: 10 }))),
  street: Type.Optional(Nullable(Type.String({ minLength: 1, maxLength: 200 }))),
  city: Type.Optional(Nullable(Type.String({ minLength: 1, maxLength: 100 }))),
  emails: Type.Optional(Type.Array(Type.String({ format: 'email', maxLength: 254 }), { maxItems: 10 })),
  phones: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 30 }), { maxItems: 10 })),
  preferredChannel: Type.Optional(Nullable(oneOf(PREFERRED_CHANNELS))),
  language: Type.Optional(oneOf(['nl', 'en'])),
};

export const NewParty = Type.Object(
  { kind: oneOf(['person', 'organisation']), ...PartyFields },
  { additionalProperties: false },
);
export type NewPartyInput = Static<typeof NewParty>;

export const PartyPatch = Type.Object(PartyFields, { additionalProperties: false, minProperties: 1 });
export type PartyPatchInput = Static<typeof PartyPatch>;

export const PartySearchQuery = Type.Object(
  {
    q: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
    postcode: Type.Optional(Type.String({ maxLength: 10 })),
    houseNumber: Type.Optional(Type.Integer({ minimum: 1, maximum: 99999 })),
    email: Type.Optional(Type.String({ maxLength: 254 })),
    phone: Type.Optional(Type.String({ maxLength: 30 })),
    bsn: Type.Optional(Type.String({ maxLength: 20 })),
    kvk: Type.Optional(Type.String({ maxLength: 20 })),
    page: Type.Integer({ minimum: 1, maximum: 100_000, default: 1 }),
    pageSize: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
  },
  { additionalProperties: false },
);
export type PartySearch = Static<typeof PartySearchQuery>;

// ---------- topics ----------

export const TOPIC_CODE = '^[a-z0-9][a-z0-9._-]{0,63}$';

export const Topic = Type.Object({
  code: Type.String(),
  parentCode: NullableString,
  nameNl: Type.String(),
  nameEn: NullableString,
  phase: Nullable(Type.Integer()),
  avoidable: Type.Boolean(),
  active: Type.Boolean(),
  sort: Type.Integer(),
  version: Type.Integer(),
});
export type TopicView = Static<typeof Topic>;

const TopicFields = {
  parentCode: Type.Optional(Nullable(Type.String({ pattern: TOPIC_CODE }))),
  nameNl: Name,
  nameEn: Type.Optional(Nullable(Name)),
  phase: Type.Optional(Nullable(Type.Integer({ minimum: 1, maximum: 5 }))),
  avoidable: Type.Optional(Type.Boolean()),
  active: Type.Optional(Type.Boolean()),
  sort: Type.Optional(Type.Integer({ minimum: 0, maximum: 100_000 })),
};
export const NewTopic = Type.Object(
  { code: Type.String({ pattern: TOPIC_CODE }), ...TopicFields },
  { additionalProperties: false },
);
export type NewTopicInput = Static<typeof NewTopic>;
export const TopicPatch = Type.Object(
  { ...TopicFields, nameNl: Type.Optional(Name) },
  { additionalProperties: false, minProperties: 1 },
);
export type TopicPatchInput = Static<typeof TopicPatch>;

// ---------- contacts ----------

export const SUMMARY_MAX = 10_000;

export const Contact = Type.Object({
  id: Uuid,
  channel: Type.String(),
  direction: Type.String(),
  partyId: Nullable(Uuid),
  topicCode: NullableString,
  topicName: NullableString,
  summary: Type.String(),
  outcome: Type.String(),
  teamId: Nullable(Uuid),
  caseId: Nullable(Uuid),
  taskId: Nullable(Uuid),
  waitSeconds: Nullable(Type.Integer()),
  handleSeconds: Nullable(Type.Integer()),
  occurredAt: Type.String({ format: 'date-time' }),
  registeredBy: Nullable(Uuid),
  source: Type.String(),
  version: Type.Integer(),
});
export type ContactView = Static<typeof Contact>;

const Seconds = Type.Integer({ minimum: 0, maximum: 7 * 24 * 3600 });
const ContactFields = {
  partyId: Type.Optional(Nullable(Uuid)),
  topicCode: Type.Optional(Nullable(Type.String({ minLength: 1, maxLength: 64 }))),
  summary: Type.String({ maxLength: SUMMARY_MAX }),
  outcome: oneOf(CONTACT_OUTCOMES),
  teamId: Type.Optional(Nullable(Uuid)),
  caseId: Type.Optional(Nullable(Uuid)),
  taskId: Type.Optional(Nullable(Uuid)),
  waitSeconds: Type.Optional(Nullable(Seconds)),
  handleSeconds: Type.Optional(Nullable(Seconds)),
};
export const NewContact = Type.Object(
  {
    channel: oneOf(CONTACT_CHANNELS),
    direction: oneOf(['in', 'out']),
    ...ContactFields,
    occurredAt: Type.Optional(Type.String({ format: 'date-time' })),
  },
  { additionalProperties: false },
);
export type NewContactInput = Static<typeof NewContact>;

export const ContactPatch = Type.Object(
  {
    ...ContactFields,
    summary: Type.Optional(Type.String({ maxLength: SUMMARY_MAX })),
    outcome: Type.Optional(oneOf(CONTACT_OUTCOMES)),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type ContactPatchInput = Static<typeof ContactPatch>;

export const ContactListQuery = Type.Object(
  {
    partyId: Type.Optional(Uuid),
    channel: Type.Optional(oneOf(CONTACT_CHANNELS)),
    topicCode: Type.Optional(Type.String({ maxLength: 64 })),
    topicGroup: Type.Optional(
      Type.String({ maxLength: 64, description: 'a topic and its subtopics (as the dashboards filter)' }),
    ),
    from: Type.Optional(Type.String({ format: 'date-time' })),
    to: Type.Optional(Type.String({ format: 'date-time' })),
    page: Type.Integer({ minimum: 1, maximum: 100_000, default: 1 }),
    pageSize: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
  },
  { additionalProperties: false },
);
export type ContactList = Static<typeof ContactListQuery>;

export const HistoryQuery = Type.Object(
  { limit: Type.Integer({ minimum: 1, maximum: 1000, default: 200 }) },
  { additionalProperties: false },
);

export const History = Type.Object({
  party: Party,
  contacts: Type.Array(Contact),
  cases: Type.Array(Type.Unknown()),
  tasks: Type.Array(Type.Unknown()),
});

export const ImportResult = Type.Object({ imported: Type.Integer() });
export const TopicImportResult = Type.Object({ created: Type.Integer(), updated: Type.Integer() });
