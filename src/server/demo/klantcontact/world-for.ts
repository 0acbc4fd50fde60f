// The demo world of a gemeente, generated from its seeded catalogue. The one place both demo seeds
// (contacts, then cases) get it from, so neither module's demo code imports the other's.
import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../platform/db/client.js';
import { teams, users } from '../../platform/accounts/tables.js';
import { listCategories } from '../../modules/cases/categories.js';
import { contactTopics } from '../../modules/contacts/tables.js';
import { amsterdamDate } from '../../../shared/calendar/working-days.js';
import { generateDemoWorld, type DemoWorld } from './world.js';

export interface DemoOptions {
  /** The gemeente's pseudonym key (AppDeps.keys.pseudonym): parties store their pseudonym. */
  pseudonymKey: string;
  /** First day after the demo year (YYYY-MM-DD); default today in Amsterdam. */
  end?: string;
  city?: string;
  /** Overrides of the sizes, for tests. */
  sizes?: { residents?: number; contacts?: number; cases?: number };
}

// Kept so that the contacts seed and then the cases seed get the same world; dropped by
// forgetDemoWorlds once both have run, because a world holds about 50 MB of objects that nothing
// else needs, and a server that kept them paid for it in every full garbage collection.
const worlds = new Map<string, DemoWorld>();

/** Drops the generated worlds of a gemeente (or of all): call when its demo seeds are done. */
export function forgetDemoWorlds(tenantId?: string): void {
  for (const key of [...worlds.keys()]) if (!tenantId || key.startsWith(`${tenantId}:`)) worlds.delete(key);
}

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
