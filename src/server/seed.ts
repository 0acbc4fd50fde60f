// Composition root for data a gemeente starts with: the platform's demo gemeenten and accounts,
// then what each module gives every gemeente (and, in a demo, its demo content).
import { eq } from 'drizzle-orm';
import type { Database } from './platform/db/client.js';
import { withTenant } from './platform/db/tenant.js';
import { tenants } from './platform/tenancy/tables.js';
import { seedDemo } from './platform/seed/demo.js';
import { seedAdviceCatalogue, seedAdviceDemo } from './modules/advice/index.js';

/** Every gemeente gets the modules' default catalogues; run at each start, it adds only what is missing. */
export async function initialiseTenants(database: Database): Promise<void> {
  for (const t of await database.db.select().from(tenants)) {
    await withTenant(database, t.id, (tx) => seedAdviceCatalogue(tx, t.id));
  }
}

export async function seedDemoData(
  database: Database,
  opts: { moduleContent?: boolean } = {},
): Promise<boolean> {
  const added = await seedDemo(database);
  await initialiseTenants(database);
  if (opts.moduleContent ?? true) {
    for (const t of await database.db.select().from(tenants).where(eq(tenants.isDemo, true))) {
      await withTenant(database, t.id, (tx) => seedAdviceDemo(tx, t.id, t.slug));
    }
  }
  return added;
}
