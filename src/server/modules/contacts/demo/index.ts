// Demo content of the contacts module: synthetic residents and a year of contacts on every
// channel for a demo gemeente (source 'demo'). The cases module's demo seed inserts the meldingen
// and callback tasks of the same generated world.
import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../../platform/db/client.js';
import { teams, users } from '../../../platform/accounts/tables.js';
import { listCategories } from '../../cases/categories.js';
import { amsterdamDate } from '../../../../shared/calendar/working-days.js';
import { contacts, contactTopics } from '../tables.js';
import { partyPseudonym } from '../party-store.js';
import { bulkInsert } from './bulk.js';
import { DEMO_SOURCE, generateDemoWorld, type DemoWorld } from './world.js';

export { generateDemoWorld, DEMO_SEED, DEMO_SOURCE, type DemoWorld, type WorldInput } from './world.js';
export { testBsn, postcodeRange } from './residents.js';

export interface DemoOptions {
  /** The gemeente's pseudonym key (AppDeps.keys.pseudonym): parties store their pseudonym. */
  pseudonymKey: string;
  /** First day after the demo year (YYYY-MM-DD); default today in Amsterdam. */
  end?: string;
  city?: string;
  /** Overrides of the sizes, for tests. */
  sizes?: { residents?: number; contacts?: number; cases?: number };
}

const worlds = new Map<string, DemoWorld>();

/** The demo world of a gemeente, from its seeded catalogue; generated once per process and end date. */
export async function demoWorldFor(
  tx: Tx,
  tenantId: string,
  slug: string,
  opts: DemoOptions,
): Promise<DemoWorld> {
  const end = opts.end ?? amsterdamDate(new Date());
  const key = `${tenantId}:${slug}:${end}:${JSON.stringify(opts.sizes ?? {})}`;
  const cached = worlds.get(key);
  if (cached) return cached;
  const topics = await tx
    .select({
      code: contactTopics.code,
      parentCode: contactTopics.parentCode,
      nameNl: contactTopics.nameNl,
      active: contactTopics.active,
    })
    .from(contactTopics)
    .where(eq(contactTopics.tenantId, tenantId))
    .orderBy(contactTopics.code);
  const categories = await listCategories(tx, tenantId);
  const teamRows = await tx
    .select({ id: teams.id, name: teams.name })
    .from(teams)
    .where(eq(teams.tenantId, tenantId))
    .orderBy(teams.name);
  const staff = await tx
    .select({ id: users.id, role: users.role, email: users.email })
    .from(users)
    .where(and(eq(users.tenantId, tenantId), eq(users.active, true)))
    .orderBy(users.email);
  const world = generateDemoWorld({
    slug,
    city: opts.city ?? slug.charAt(0).toUpperCase() + slug.slice(1),
    end,
    topics,
    categories,
    teams: teamRows,
    kccUserId: staff.find((u) => u.role === 'kcc')?.id ?? null,
    handlerIds: staff.filter((u) => u.role === 'behandelaar').map((u) => u.id),
    ...opts.sizes,
  });
  worlds.set(key, world);
  return world;
}

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
