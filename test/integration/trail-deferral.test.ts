// The audit and processing rows of a tenant transaction are written together just before COMMIT
// (one statement instead of one per row). These tests pin down that nothing is lost or kept by it.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestDatabase, type TestDatabase } from '../helpers/database.js';
import { withTenant } from '../../src/server/platform/db/tenant.js';
import { rowsOf } from '../../src/server/platform/db/migrate.js';
import {
  claimTrail,
  recordAudit,
  recordProcessing,
  type ActionContext,
} from '../../src/server/platform/audit/service.js';
import type { Tx } from '../../src/server/platform/db/client.js';

let db: TestDatabase;
const tenantId = randomUUID();
const ctx = (traceId: string): ActionContext => ({
  tenantId,
  actor: { id: randomUUID(), name: 'Test' },
  trace: { traceId, spanId: 'span', parentSpanId: null },
  origin: null,
  pseudonymKey: 'k'.repeat(32),
});

async function trailOf(traceId: string) {
  return withTenant(db.database, tenantId, async (tx) => {
    const count = async (table: string) =>
      Number(
        rowsOf<{ n: string | number }>(
          await tx.execute(
            sql`select count(*) as n from ${sql.identifier(table)} where trace_id = ${traceId}`,
          ),
        )[0]!.n,
      );
    return { audit: await count('audit_events'), processing: await count('processing_records') };
  });
}

async function recordBoth(tx: Tx, c: ActionContext) {
  await recordAudit(tx, c, { action: 'test.action', objectType: 'thing', objectId: 'x' });
  await recordProcessing(tx, c, {
    activity: 'test',
    action: 'read',
    subjectType: 'party',
    subjectIds: ['a', 'b', 'a'],
    startedAt: new Date(),
  });
}

beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => db.drop());

describe('trail written at commit', () => {
  it('writes the audit row and one processing row per subject when the transaction commits', async () => {
    const traceId = randomUUID();
    await withTenant(db.database, tenantId, async (tx) => {
      await recordBoth(tx, ctx(traceId));
      // Not yet written: it waits for the end of the transaction.
      const seen = rowsOf<{ n: string | number }>(
        await tx.execute(sql`select count(*) as n from audit_events where trace_id = ${traceId}`),
      );
      expect(Number(seen[0]!.n)).toBe(0);
    });
    expect(await trailOf(traceId)).toEqual({ audit: 1, processing: 2 });
  });

  it('writes nothing when the transaction fails', async () => {
    const traceId = randomUUID();
    await expect(
      withTenant(db.database, tenantId, async (tx) => {
        await recordBoth(tx, ctx(traceId));
        throw new Error('business rule failed');
      }),
    ).rejects.toThrow('business rule failed');
    expect(await trailOf(traceId)).toEqual({ audit: 0, processing: 0 });
  });

  it('writes at once inside a savepoint, so a rolled-back savepoint takes its rows along', async () => {
    const kept = randomUUID();
    const dropped = randomUUID();
    await withTenant(db.database, tenantId, async (tx) => {
      await tx.transaction(async (inner) => recordBoth(inner, ctx(kept)));
      await tx
        .transaction(async (inner) => {
          await recordBoth(inner, ctx(dropped));
          throw new Error('undo');
        })
        .catch(() => undefined);
    });
    expect(await trailOf(kept)).toEqual({ audit: 1, processing: 2 });
    expect(await trailOf(dropped)).toEqual({ audit: 0, processing: 0 });
  });

  it('hands the pending rows to a statement of the caller, and writes them only once', async () => {
    const traceId = randomUUID();
    await withTenant(db.database, tenantId, async (tx) => {
      await recordBoth(tx, ctx(traceId));
      const trail = claimTrail(tx);
      expect(trail).not.toBeNull();
      await tx.execute(sql`with ${trail!} select 1`);
      expect(claimTrail(tx)).toBeNull();
    });
    expect(await trailOf(traceId)).toEqual({ audit: 1, processing: 2 });
  });
});
