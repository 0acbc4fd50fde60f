// Registering contacts: the KCC's hot path. One statement checks topic and party, inserts the
// contacts and carries their audit and processing-log rows (claimTrail); nothing else. The same
// statement takes one contact (registerContact, for the other modules and a batch of one) or many
// (registerContactsTogether, the group commit of the route: see registrations.ts).
import { sql } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import type { Tx } from '../../platform/db/client.js';
import { rowsOf } from '../../platform/db/migrate.js';
import { executePrepared } from '../../platform/db/prepared.js';
import {
  claimTrail,
  recordAudit,
  recordProcessing,
  type ActionContext,
} from '../../platform/audit/service.js';
import { problems, type Problem } from '../../platform/http/problem.js';
import { contacts, contactTopics, parties } from './tables.js';
import { PARTY_SUBJECT } from './party-store.js';
import { markChangedContacts } from './changed-days.js';
import {
  CONTACT_ACTIVITY,
  contactRuleErrors,
  partyProblem,
  topicProblem,
  type RegisterInput,
} from './contacts.js';
import type { ContactView } from './schemas.js';

/** A registration checked and given its id, ready to be written alone or in a batch. */
export interface PreparedContact {
  ctx: ActionContext;
  /**
   * Chosen here, so that the trail rows can go into the contact's statement, and so that a retry
   * of the same registration can never insert it twice.
   */
  id: string;
  input: RegisterInput;
  topicCode: string | null;
  partyId: string | null;
  occurredAt: string | null;
  registeredBy: string | null;
  source: NonNullable<RegisterInput['source']>;
  startedAt: Date;
}

/** Checks the rules the schema cannot express (400 when broken) and fixes the contact's id. */
export function prepareContact(ctx: ActionContext, input: RegisterInput): PreparedContact {
  const startedAt = new Date();
  const errors = contactRuleErrors(input);
  if (errors.length) throw problems.validation(errors);
  return {
    ctx,
    id: randomUUID(),
    input,
    topicCode: input.topicCode ?? null,
    partyId: input.partyId ?? null,
    occurredAt: input.occurredAt ? new Date(input.occurredAt).toISOString() : null,
    registeredBy: ctx.actor?.id ?? null,
    source: input.source ?? 'staff',
    startedAt,
  };
}

type Outcome = { contact: ContactView } | { problem: Problem };

interface InsertedRow {
  id: string;
  inserted: boolean;
  version: number | null;
  occurred_at: string | Date | null;
  topic_name: string | null;
  topic_active: boolean | null;
}

/**
 * Writes the contacts of one tenant (all of cs share ctx.tenantId) with their trail in one
 * statement. A contact whose topic is not active or whose party is not of this gemeente is not
 * inserted and gets its problem; its trail rows are written all the same, so the caller must
 * throw (rolling the transaction back) whenever an outcome is a problem.
 */
async function insertContacts(tx: Tx, cs: readonly PreparedContact[]): Promise<Outcome[]> {
  const tenantId = cs[0]!.ctx.tenantId;
  for (const c of cs) {
    await recordAudit(tx, c.ctx, { action: 'contact.register', objectType: 'contact', objectId: c.id });
    if (c.partyId)
      await recordProcessing(tx, c.ctx, {
        activity: CONTACT_ACTIVITY,
        action: 'create',
        subjectType: PARTY_SUBJECT,
        subjectIds: [c.partyId],
        startedAt: c.startedAt,
      });
  }
  const trail = claimTrail(tx);
  const values = cs.map(
    (c) => sql`(${c.id}::uuid, ${c.input.channel}::text, ${c.input.direction}::text, ${c.partyId}::uuid,
      ${c.topicCode}::text, ${c.input.summary}::text, ${c.input.outcome}::text, ${c.input.teamId ?? null}::uuid,
      ${c.input.caseId ?? null}::uuid, ${c.input.taskId ?? null}::uuid, ${c.input.waitSeconds ?? null}::int,
      ${c.input.handleSeconds ?? null}::int, ${c.occurredAt}::timestamptz, ${c.registeredBy}::uuid, ${c.source}::text)`,
  );
  const result = await executePrepared(
    tx,
    sql`
    with ${trail ? sql`${trail}, ` : sql``}incoming (id, channel, direction, party_id, topic_code, summary,
      outcome, team_id, case_id, task_id, wait_seconds, handle_seconds, occurred_at, registered_by, source)
      as (values ${sql.join(values, sql`, `)}),
    topic as (
      select code, name_nl, active from ${contactTopics}
      where tenant_id = ${tenantId}::uuid and code in (select topic_code from incoming)
    ), party as (
      select id from ${parties} where tenant_id = ${tenantId}::uuid and id in (select party_id from incoming)
    ), ins as (
      insert into ${contacts} (tenant_id, id, channel, direction, party_id, topic_code, summary, outcome,
        team_id, case_id, task_id, wait_seconds, handle_seconds, occurred_at, registered_by, source)
      select ${tenantId}::uuid, i.id, i.channel, i.direction, i.party_id, i.topic_code, i.summary, i.outcome,
        i.team_id, i.case_id, i.task_id, i.wait_seconds, i.handle_seconds, coalesce(i.occurred_at, now()),
        i.registered_by, i.source
      from incoming i
      where (i.topic_code is null or exists (select 1 from topic t where t.code = i.topic_code and t.active))
        and (i.party_id is null or exists (select 1 from party p where p.id = i.party_id))
      returning id, version, occurred_at
    )
    select i.id, ins.id is not null as inserted, ins.version, ins.occurred_at,
      t.name_nl as topic_name, t.active as topic_active
    from incoming i left join ins on ins.id = i.id left join topic t on t.code = i.topic_code`,
  );
  const rows = new Map(rowsOf<InsertedRow>(result).map((r) => [r.id, r]));
  return cs.map((c): Outcome => {
    const row = rows.get(c.id)!;
    if (!row.inserted) {
      if (c.topicCode !== null && row.topic_active !== true)
        return { problem: topicProblem(c.topicCode, row.topic_active) };
      return { problem: partyProblem() };
    }
    return { contact: viewOf(c, row) };
  });
}

function viewOf(c: PreparedContact, row: InsertedRow): ContactView {
  const { input } = c;
  return {
    id: c.id,
    channel: input.channel,
    direction: input.direction,
    partyId: c.partyId,
    topicCode: c.topicCode,
    topicName: row.topic_name,
    summary: input.summary,
    outcome: input.outcome,
    teamId: input.teamId ?? null,
    caseId: input.caseId ?? null,
    taskId: input.taskId ?? null,
    waitSeconds: input.waitSeconds ?? null,
    handleSeconds: input.handleSeconds ?? null,
    occurredAt: new Date(row.occurred_at!).toISOString(),
    registeredBy: c.registeredBy,
    source: c.source,
    version: row.version!,
  };
}

/** Only a contact registered late, or an answer to a party, can change an already settled day. */
async function markLateContacts(tx: Tx, cs: readonly PreparedContact[]): Promise<void> {
  const late = cs.filter((c) => c.occurredAt !== null || (c.input.direction === 'out' && c.partyId));
  if (late.length)
    await markChangedContacts(
      tx,
      late[0]!.ctx.tenantId,
      late.map((c) => c.id),
    );
}

/** Writes one prepared contact; throws its problem (422) when topic or party does not check out. */
export async function registerPrepared(tx: Tx, c: PreparedContact): Promise<ContactView> {
  const [outcome] = await insertContacts(tx, [c]);
  if ('problem' in outcome!) throw outcome.problem;
  await markLateContacts(tx, [c]);
  return outcome!.contact;
}

/** Thrown when a member of a batch does not check out: the batch rolls back, each member retries alone. */
export class BatchMemberRejected extends Error {
  constructor() {
    super('a contact in the batch was refused');
  }
}

/**
 * Writes contacts of one tenant together (group commit). All or nothing: when any of them is
 * refused, this throws and the caller retries each on its own, so that each gets its own answer.
 */
export async function registerContactsTogether(
  tx: Tx,
  cs: readonly PreparedContact[],
): Promise<ContactView[]> {
  const outcomes = await insertContacts(tx, cs);
  const views = outcomes.map((o) => ('contact' in o ? o.contact : null));
  if (views.includes(null)) throw new BatchMemberRejected();
  await markLateContacts(tx, cs);
  return views as ContactView[];
}

/**
 * Registers a contact inside the caller's transaction. Used by cases (outgoing feedback) and
 * forms (e-form submissions); the route goes through the group commit of registrations.ts.
 */
export async function registerContact(
  tx: Tx,
  ctx: ActionContext,
  input: RegisterInput,
): Promise<ContactView> {
  return registerPrepared(tx, prepareContact(ctx, input));
}
