// Keeps a gemeente's contact rollups up to date, on read. The first read builds them from the first
// contact on; later reads, at most once a minute, rebuild the last SETTLE_DAYS days (contacts are
// registered a little late, and whether a contact is "repeated" depends on the 7 days after it).
// Changes to older contacts (a correction, an import of history) show after a rebuild.
import { and, eq, gte, sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db/client.js';
import { rowsOf } from '../../platform/db/migrate.js';
import { contactAnalytics } from '../contacts/index.js';
import { shiftDay } from './filters.js';
import {
  contactCaseLinks,
  contactDays,
  contactSlots,
  contactTimes,
  emailReplies,
  rollupState,
} from './tables.js';
import { replyCounts } from './email-replies.js';

export const SETTLE_DAYS = 8;
export const REFRESH_INTERVAL_MS = 60_000;

export interface RollupStatus {
  settledBefore: string | null;
  refreshedAt: string | null;
}

async function rebuildFrom(tx: Tx, tenantId: string, from: string, today: string): Promise<void> {
  await tx.delete(contactDays).where(and(eq(contactDays.tenantId, tenantId), gte(contactDays.day, from)));
  await tx.delete(contactSlots).where(and(eq(contactSlots.tenantId, tenantId), gte(contactSlots.day, from)));
  await tx.delete(contactTimes).where(and(eq(contactTimes.tenantId, tenantId), gte(contactTimes.day, from)));
  await tx
    .delete(contactCaseLinks)
    .where(and(eq(contactCaseLinks.tenantId, tenantId), gte(contactCaseLinks.day, from)));
  await tx.execute(sql`insert into ${contactDays} (tenant_id, day, channel, direction, topic_code, team_id, n,
      identified, repeated, resolved, wait_n, wait_sum, handle_n, handle_sum)
    ${contactAnalytics.dayFactsQuery(tenantId, from, today)}`);
  await tx.execute(sql`insert into ${contactSlots} (tenant_id, day, channel, direction, slot, n, handle_n, handle_sum)
    ${contactAnalytics.slotFactsQuery(tenantId, from, today)}`);
  await tx.execute(sql`insert into ${contactTimes} (tenant_id, day, channel, measure, seconds, n)
    ${contactAnalytics.timeFactsQuery(tenantId, from, today)}`);
  await tx.execute(sql`insert into ${contactCaseLinks} (tenant_id, day, topic_code, case_id, n)
    ${contactAnalytics.caseLinkFactsQuery(tenantId, from, today)}`);
  // Working days need the holiday calendar, so these are counted here rather than in SQL.
  await tx.delete(emailReplies).where(and(eq(emailReplies.tenantId, tenantId), gte(emailReplies.day, from)));
  const mails = await contactAnalytics.emailReplies(tx, { tenantId, from, to: today });
  const counts = replyCounts(mails).map((c) => ({ tenantId, ...c }));
  for (let i = 0; i < counts.length; i += 1000)
    await tx.insert(emailReplies).values(counts.slice(i, i + 1000));
}

/**
 * Brings the rollups up to date when they are older than a minute. Returns false when they cannot
 * be used yet (never built, and another request is building them): then read the contacts.
 */
export async function ensureRollups(
  tx: Tx,
  tenantId: string,
  today: string,
  now = new Date(),
): Promise<boolean> {
  const [state] = await tx.select().from(rollupState).where(eq(rollupState.tenantId, tenantId));
  if (state && now.getTime() - state.refreshedAt.getTime() < REFRESH_INTERVAL_MS) return true;
  // One refresher per gemeente; the others read what is there (at most a refresh behind).
  const lock = await tx.execute(
    sql`select pg_try_advisory_xact_lock(hashtext(${`insights-rollup:${tenantId}`})) as ok`,
  );
  if (!rowsOf<{ ok: boolean }>(lock)[0]?.ok) return state !== undefined;
  const first = state ? state.settledBefore : await contactAnalytics.firstContactDay(tx, tenantId);
  const end = shiftDay(today, 1); // contacts a few minutes ahead (clock skew) fall on tomorrow
  if (first && first <= end) await rebuildFrom(tx, tenantId, first, end);
  const settledBefore = shiftDay(today, -SETTLE_DAYS);
  await tx
    .insert(rollupState)
    .values({ tenantId, settledBefore, refreshedAt: now })
    .onConflictDoUpdate({ target: rollupState.tenantId, set: { settledBefore, refreshedAt: now } });
  return true;
}

/** Throws the rollups away and builds them again (after an import of historical contacts). */
export async function rebuildRollups(tx: Tx, tenantId: string, today: string): Promise<RollupStatus> {
  await tx.delete(rollupState).where(eq(rollupState.tenantId, tenantId));
  await tx.delete(contactDays).where(eq(contactDays.tenantId, tenantId));
  await tx.delete(contactSlots).where(eq(contactSlots.tenantId, tenantId));
  await tx.delete(contactTimes).where(eq(contactTimes.tenantId, tenantId));
  await tx.delete(contactCaseLinks).where(eq(contactCaseLinks.tenantId, tenantId));
  await tx.delete(emailReplies).where(eq(emailReplies.tenantId, tenantId));
  await ensureRollups(tx, tenantId, today);
  return rollupStatus(tx, tenantId);
}

export async function rollupStatus(tx: Tx, tenantId: string): Promise<RollupStatus> {
  const [state] = await tx.select().from(rollupState).where(eq(rollupState.tenantId, tenantId));
  return {
    settledBefore: state?.settledBefore ?? null,
    refreshedAt: state?.refreshedAt.toISOString() ?? null,
  };
}
