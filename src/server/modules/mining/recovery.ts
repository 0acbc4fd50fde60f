// Imports left "importing" by a stopped server: their chunks go and the log says so.
import { and, eq } from 'drizzle-orm';
import type { Database } from '../../platform/db/client.js';
import { withTenant } from '../../platform/db/tenant.js';
import { tenants } from '../../platform/tenancy/tables.js';
import { miningLogs } from './tables.js';
import { isRunningHere } from './import-job.js';
import { markEnded } from './store.js';

export async function abandonUnfinishedImports(database: Database): Promise<void> {
  for (const t of await database.db.select({ id: tenants.id }).from(tenants)) {
    await withTenant(database, t.id, async (tx) => {
      const stuck = await tx
        .select({ id: miningLogs.id })
        .from(miningLogs)
        .where(and(eq(miningLogs.tenantId, t.id), eq(miningLogs.status, 'importing')));
      for (const { id } of stuck)
        if (!isRunningHere(t.id, id))
          await markEnded(tx, t.id, id, 'failed', {
            detail: 'Het inlezen is afgebroken doordat de server stopte.',
            line: null,
          });
    });
  }
}
