// Demo content of the contacts module: the synthetic residents and the year of contacts on every
// channel of a demo gemeente's world (source 'demo'). The world itself is generated in
// src/server/demo/klantcontact/; the cases module's demo seed inserts its meldingen and tasks.
import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../../platform/db/client.js';
import { contacts } from '../tables.js';
import { partyPseudonym } from '../party-store.js';
import { bulkInsert } from '../../../demo/klantcontact/bulk.js';
import { DEMO_SOURCE } from '../../../demo/klantcontact/world.js';
import { demoWorldFor, type DemoOptions } from '../../../demo/klantcontact/world-for.js';

/** Seeds once per gemeente: a gemeente that already has demo contacts is left alone. */
export async function seedContactsDemo(
  tx: Tx,
  tenantId: string,
  slug: string,
  opts: DemoOptions,
): Promise<void> {
  const [existing] = await tx
    .select({ id: contacts.id })
    .from(contacts)
    .where(and(eq(contacts.tenantId, tenantId), eq(contacts.source, DEMO_SOURCE)))
    .limit(1);
  if (existing) return;
  const world = await demoWorldFor(tx, tenantId, slug, opts);
  await bulkInsert(
    tx,
    'parties',
    tenantId,
    {
      id: 'uuid',
      kind: 'text',
      pseudonym: 'text',
      display_name: 'text',
      given_name: 'text',
      family_name: 'text',
      organisation_name: 'text',
      postcode: 'text',
      house_number: 'int',
      street: 'text',
      city: 'text',
      preferred_channel: 'text',
    },
    world.residents.map((r) => ({
      id: r.id,
      kind: r.kind,
      pseudonym: partyPseudonym(opts.pseudonymKey, tenantId, r.id),
      display_name: r.displayName,
      given_name: r.givenName,
      family_name: r.familyName,
      organisation_name: r.organisationName,
      postcode: r.postcode,
      house_number: r.houseNumber,
      street: r.street,
      city: r.city,
      preferred_channel: r.preferredChannel,
    })),
  );
  await bulkInsert(
    tx,
    'party_identifiers',
    tenantId,
    { party_id: 'uuid', type: 'text', value: 'text' },
    world.residents.flatMap((r) => [
      ...(r.bsn ? [{ party_id: r.id, type: 'bsn', value: r.bsn }] : []),
      ...(r.kvk ? [{ party_id: r.id, type: 'kvk', value: r.kvk }] : []),
    ]),
  );
  await bulkInsert(
    tx,
    'party_addresses',
    tenantId,
    { party_id: 'uuid', kind: 'text', value: 'text' },
    world.residents.flatMap((r) => [
      ...(r.email ? [{ party_id: r.id, kind: 'email', value: r.email }] : []),
      ...(r.phone ? [{ party_id: r.id, kind: 'phone', value: r.phone }] : []),
    ]),
  );
  await bulkInsert(
    tx,
    'contacts',
    tenantId,
    {
      id: 'uuid',
      channel: 'text',
      direction: 'text',
      party_id: 'uuid',
      topic_code: 'text',
      summary: 'text',
      outcome: 'text',
      team_id: 'uuid',
      case_id: 'uuid',
      task_id: 'uuid',
      wait_seconds: 'int',
      handle_seconds: 'int',
      occurred_at: 'timestamptz',
      registered_by: 'uuid',
      source: 'text',
      created_at: 'timestamptz',
      updated_at: 'timestamptz',
    },
    world.contacts.map((c) => ({
      id: c.id,
      channel: c.channel,
      direction: c.direction,
      party_id: c.partyId,
      topic_code: c.topicCode,
      summary: c.summary,
      outcome: c.outcome,
      team_id: c.teamId,
      case_id: c.caseId,
      task_id: c.taskId,
      wait_seconds: c.waitSeconds,
      handle_seconds: c.handleSeconds,
      occurred_at: c.occurredAt.toISOString(),
      registered_by: c.registeredBy,
      source: DEMO_SOURCE,
      created_at: c.occurredAt.toISOString(),
      updated_at: c.occurredAt.toISOString(),
    })),
  );
}
