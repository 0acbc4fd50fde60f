// The resident history the KCC sees while registering: the party, its contacts on all channels
// (newest first, with topic names) and, from the cases module, its cases and tasks. All of it in one
// statement: each round trip to the database costs a socket write and a wake-up on both sides, and
// the history had eight of them (docs/benchmarks.md, Klantcontact).
import { sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db/client.js';
import { rowsOf } from '../../platform/db/migrate.js';
import { executePrepared } from '../../platform/db/prepared.js';
import { parseJson } from '../../platform/db/row-json.js';
import { claimTrail, recordProcessing, type ActionContext } from '../../platform/audit/service.js';
import { problems } from '../../platform/http/problem.js';
import {
  caseHistoryFromJson,
  caseHistorySql,
  type CaseHistoryJson,
  type CaseSummary,
  type TaskSummary,
} from '../cases/index.js';
import { partyFromJson, partySql, PARTY_SUBJECT, type PartyJson } from './party-store.js';
import { CONTACT_ACTIVITY } from './contacts.js';
import type { PartyView } from './schemas.js';
import { contacts, contactTopics } from './tables.js';

/**
 * Contacts' JSON text comes in pieces of about this many characters (at most 64 KiB in V8, which
 * keeps a string of up to 128 KiB out of its large-object space): a history of 500 contacts is
 * about 230,000 characters, and as one string it cost a full garbage collection every few dozen
 * requests (docs/benchmarks.md, Klantcontact).
 */
const PART_CHARS = 32_000;

export interface PartyHistory {
  party: PartyView;
  /** The contacts' JSON objects, newest first, comma-separated within and between the parts. */
  contactParts: string[];
  cases: CaseSummary[];
  tasks: TaskSummary[];
}

/** The history, with the contacts as JSON text built by the database (see contactsJsonParts). */
export async function partyHistory(
  tx: Tx,
  ctx: ActionContext,
  partyId: string,
  limit: number,
): Promise<PartyHistory> {
  // Recorded with the read itself (its row rides along with the statement); when the party is not
  // there, the 404 rolls the transaction back and the row with it.
  await recordProcessing(tx, ctx, {
    activity: CONTACT_ACTIVITY,
    action: 'read',
    subjectType: PARTY_SUBJECT,
    subjectIds: [partyId],
    startedAt: new Date(),
  });
  const trail = claimTrail(tx);
  // Row 0 holds the party and the cases, rows 1… the contacts' parts in order.
  const result = await executePrepared(
    tx,
    sql`
    with ${trail ? sql`${trail}, ` : sql``}${contactsJsonParts(ctx.tenantId, partyId, limit)}
    select 0::bigint as k, ${partySql(ctx.tenantId, partyId)} as party,
      ${caseHistorySql(ctx.tenantId, partyId)} as cases, null::text as part
    union all
    select k + 1, null, null, part from contact_parts
    order by k`,
  );
  const [head, ...parts] = rowsOf<{ party: unknown; cases: unknown; part: string }>(result);
  if (head!.party === null) throw problems.notFound('De partij');
  const { cases, tasks } = caseHistoryFromJson(parseJson<CaseHistoryJson>(head!.cases));
  return {
    party: partyFromJson(parseJson<PartyJson>(head!.party)),
    contactParts: parts.map((p) => p.part),
    cases,
    tasks,
  };
}

/**
 * CTEs for the contacts of one party, newest first, with topic names (one index scan): in
 * `contact_parts (k, part)`, their JSON objects joined with commas, split into parts of about
 * PART_CHARS characters, built by PostgreSQL. The history holds up to 1,000 contacts; mapping
 * those rows in Node and serialising them again cost about 10 ms of server CPU per request.
 * row_to_json writes no whitespace (json_build_object and json_agg do), which keeps the text a
 * tenth smaller on its way from the database and to the client. The shape must stay that of
 * contactView (a test compares).
 */
function contactsJsonParts(tenantId: string, partyId: string, limit: number) {
  return sql`contact_page as (
      select row_to_json(v)::text as j, c.occurred_at, c.id
      from (
        select * from ${contacts}
        where tenant_id = ${tenantId}::uuid and party_id = ${partyId}::uuid
        order by occurred_at desc, id desc
        limit ${limit}
      ) c
      left join ${contactTopics} t on t.tenant_id = c.tenant_id and t.code = c.topic_code
      cross join lateral (select c.id, c.channel, c.direction, c.party_id as "partyId",
        c.topic_code as "topicCode", t.name_nl as "topicName", c.summary, c.outcome, c.team_id as "teamId",
        c.case_id as "caseId", c.task_id as "taskId", c.wait_seconds as "waitSeconds",
        c.handle_seconds as "handleSeconds",
        to_char(c.occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "occurredAt",
        c.registered_by as "registeredBy", c.source, c.version) v
    ), contact_sized as (
      select j, occurred_at, id, (sum(length(j) + 1) over (order by occurred_at desc, id desc
        rows unbounded preceding) - 1) / ${sql.raw(String(PART_CHARS))} as k
      from contact_page
    ), contact_parts as (
      select k, string_agg(j, ',' order by occurred_at desc, id desc) as part
      from contact_sized group by k
    )`;
}
