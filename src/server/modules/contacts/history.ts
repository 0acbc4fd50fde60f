// The resident history the KCC sees while registering: the party, its contacts on all channels
// (newest first, with topic names) and, from the cases module, its cases and tasks.
import type { Tx } from '../../platform/db/client.js';
import { recordProcessing, type ActionContext } from '../../platform/audit/service.js';
import { problems } from '../../platform/http/problem.js';
import { historyForParty } from '../cases/index.js';
import { findPartyById, PARTY_SUBJECT } from './party-store.js';
import { CONTACT_ACTIVITY, contactsOfPartyJson } from './contacts.js';

/** The history; the contacts come as JSON text built by the database (see contactsOfPartyJson). */
export async function partyHistory(tx: Tx, ctx: ActionContext, partyId: string, limit: number) {
  const startedAt = new Date();
  const party = await findPartyById(tx, partyId, ctx.tenantId);
  if (!party) throw problems.notFound('De partij');
  const contactsJson = await contactsOfPartyJson(tx, ctx.tenantId, partyId, limit);
  const { cases, tasks } = await historyForParty(tx, partyId);
  await recordProcessing(tx, ctx, {
    activity: CONTACT_ACTIVITY,
    action: 'read',
    subjectType: PARTY_SUBJECT,
    subjectIds: [partyId],
    startedAt,
  });
  return { party, contactsJson, cases, tasks };
}
