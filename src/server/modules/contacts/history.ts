// The resident history the KCC sees while registering: the party, its contacts on all channels
// (newest first, with topic names) and, from the cases module, its cases and tasks. All of it in one
// statement: each round trip to the database costs a socket write and a wake-up on both sides, and
// the history had eight of them (docs/benchmarks.md, Klantcontact).
import { sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db/client.js';
import { rowsOf } from '../../platform/db/migrate.js';
import { parseJson } from '../../platform/db/row-json.js';
import { claimTrail, recordProcessing, type ActionContext } from '../../platform/audit/service.js';
import { problems } from '../../platform/http/problem.js';
import { caseHistoryFromJson, caseHistorySql, type CaseHistoryJson } from '../cases/index.js';
import { partyFromJson, partySql, PARTY_SUBJECT, type PartyJson } from './party-store.js';
import { CONTACT_ACTIVITY } from './contacts.js';
import { contacts, contactTopics } from './tables.js';

/** The history; the contacts come as JSON text built by the database (see contactsOfPartyJson). */
export async function partyHistory(tx: Tx, ctx: ActionContext, partyId: string, limit: number) {
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
  const result = await tx.execute(sql`
    ${trail ? sql`with ${trail} ` : sql``}select ${partySql(ctx.tenantId, partyId)} as party,
      (${contactsOfPartyJson(ctx.tenantId, partyId, limit)}) as contacts,
      ${caseHistorySql(ctx.tenantId, partyId)} as cases`);
  const row = rowsOf<{ party: unknown; contacts: string; cases: unknown }>(result)[0]!;
  if (row.party === null) throw problems.notFound('De partij');
  const { cases, tasks } = caseHistoryFromJson(parseJson<CaseHistoryJson>(row.cases));
  return { party: partyFromJson(parseJson<PartyJson>(row.party)), contactsJson: row.contacts, cases, tasks };
}

/**
 * Contacts of one party, newest first, with topic names (one index scan), as the JSON text of the
 * array, built by PostgreSQL. The history holds up to 1,000 contacts; mapping those rows in Node
 * and serialising them again cost about 10 ms of server CPU per request. row_to_json writes no
 * whitespace (json_build_object and json_agg do), which keeps the text a tenth smaller on its way
 * from the database and to the client. The shape must stay that of contactView (a test compares).
 */
function contactsOfPartyJson(tenantId: string, partyId: string, limit: number) {
  return sql`select coalesce('[' || string_agg(row_to_json(v)::text, ','
      order by c.occurred_at desc, c.id desc) || ']', '[]') as contacts
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
      c.registered_by as "registeredBy", c.source, c.version) v`;
}
