// Composition root for data a gemeente starts with: the platform's demo gemeenten and accounts,
// then what each module gives every gemeente (and, in a demo, its demo content).
import { eq } from 'drizzle-orm';
import type { Database } from './platform/db/client.js';
import { withTenant } from './platform/db/tenant.js';
import { tenants } from './platform/tenancy/tables.js';
import { seedDemo } from './platform/seed/demo.js';
import { seedAdviceCatalogue, seedAdviceDemo } from './modules/advice/index.js';
import { seedPersonaStarterSet } from './modules/personas/index.js';
import { seedJourneyDemo } from './modules/journeys/index.js';
import { seedContactTopics } from './modules/contacts/index.js';
import { seedForms } from './modules/forms/index.js';
import { seedCaseCatalogue } from './modules/cases/index.js';
import { seedRetentionTerms } from './platform/privacy/index.js';
import { seedContactsDemo } from './modules/contacts/demo/index.js';
import { seedCasesDemo } from './modules/cases/demo/index.js';
import { seedMiningDemo } from './modules/mining/index.js';
import { forgetDemoWorlds } from './demo/klantcontact/world-for.js';

/** Every gemeente gets the modules' default catalogues; run at each start, it adds only what is missing. */
export async function initialiseTenants(database: Database): Promise<void> {
  for (const t of await database.db.select().from(tenants)) {
    await withTenant(database, t.id, (tx) => seedAdviceCatalogue(tx, t.id));
    await withTenant(database, t.id, (tx) => seedPersonaStarterSet(tx, t.id));
    await withTenant(database, t.id, (tx) => seedContactTopics(tx, t.id));
    await withTenant(database, t.id, (tx) => seedRetentionTerms(tx, t.id));
    await withTenant(database, t.id, (tx) => seedCaseCatalogue(tx, t.id));
    // After the cases seed: a default e-form per reportable category.
    await withTenant(database, t.id, (tx) => seedForms(tx, t.id));
  }
}

export async function seedDemoData(
  database: Database,
  // Demo parties store a pseudonym made with the gemeente's key: without it, no demo contacts.
  opts: { moduleContent?: boolean; pseudonymKey?: string } = {},
): Promise<boolean> {
  const added = await seedDemo(database);
  await initialiseTenants(database);
  if (opts.moduleContent ?? true) {
    for (const t of await database.db.select().from(tenants).where(eq(tenants.isDemo, true))) {
      await withTenant(database, t.id, (tx) => seedAdviceDemo(tx, t.id, t.slug));
      await withTenant(database, t.id, (tx) => seedJourneyDemo(tx, t.id));
      // A real public event log (receipt phase of a permit process), labelled with its source.
      await seedMiningDemo(database, t.id);
      const { pseudonymKey } = opts;
      if (pseudonymKey) {
        const demo = { pseudonymKey, city: t.name };
        try {
          await withTenant(database, t.id, (tx) => seedContactsDemo(tx, t.id, t.slug, demo));
          await withTenant(database, t.id, (tx) => seedCasesDemo(tx, t.id, t.slug, demo));
        } finally {
          forgetDemoWorlds(t.id);
        }
      }
    }
  }
  return added;
}
