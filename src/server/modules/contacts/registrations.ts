// Group commit for the registration route. At a busy KCC many staff of one gemeente register at
// once; each registration on its own costs three round trips (BEGIN + set_config, the insert with
// its trail, COMMIT), and on a small machine the round trips, not the SQL, are what limits
// throughput (docs/benchmarks.md, Klantcontact). Registrations of the same gemeente that arrive
// while one of its transactions is in flight are written together in the next transaction: one
// BEGIN, one multi-row insert with all their audit and processing-log rows, one COMMIT. Each
// request is answered only after its transaction has committed.
import type { Database } from '../../platform/db/client.js';
import { Batcher } from '../../platform/db/batcher.js';
import { withTenant } from '../../platform/db/tenant.js';
import type { ActionContext } from '../../platform/audit/service.js';
import type { RegisterInput } from './contacts.js';
import type { ContactView } from './schemas.js';
import {
  prepareContact,
  registerContactsTogether,
  registerPrepared,
  type PreparedContact,
} from './contact-register.js';

/** Bounds the statement (about 35 parameters per contact) and the time one transaction holds. */
export const MAX_REGISTRATIONS_PER_TRANSACTION = 50;

export interface ContactRegistrations {
  /** Registers a contact in ctx's gemeente; resolves after the commit, or rejects with its own problem. */
  register(ctx: ActionContext, input: RegisterInput): Promise<ContactView>;
}

export function contactRegistrations(
  database: Database,
  maxBatch = MAX_REGISTRATIONS_PER_TRANSACTION,
): ContactRegistrations {
  // One transaction per gemeente in flight (the Batcher's default): measured with two, the
  // batches halved and throughput fell (docs/benchmarks.md, Klantcontact group commit).
  const batcher = new Batcher<PreparedContact, ContactView>({
    maxBatch,
    // A refused member (inactive topic, another gemeente's party) or any failure rolls the whole
    // transaction back; the batcher then retries each member alone with the same id, so a contact
    // can never be inserted twice, even when a COMMIT's outcome was unknown.
    runBatch: (tenantId, cs) => withTenant(database, tenantId, (tx) => registerContactsTogether(tx, cs)),
    runOne: (tenantId, c) => withTenant(database, tenantId, (tx) => registerPrepared(tx, c)),
  });
  return {
    async register(ctx, input) {
      // Bad input is refused before it can join a batch.
      const prepared = prepareContact(ctx, input);
      return batcher.run(ctx.tenantId, prepared);
    },
  };
}
