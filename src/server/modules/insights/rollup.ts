// Keeps a gemeente's contact rollups equal to the contacts, outside the dashboard requests.
// The first build (millions of contacts take minutes) runs a month per transaction in a background
// job with a lease and progress (rollup-job.ts); until it is done the dashboards read the contacts.
// After that a refresh, at most once a minute, rebuilds the last SETTLE_DAYS days (a "repeat" of a
// contact depends on the 7 days after it) and every day the contacts module marked as changed
// after the fact (late registrations, imports, corrections, late answers to e-mails).
import { and, between, eq, lt, sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db/client.js';
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
import { changedRanges, dayCount } from './rollup-ranges.js';

export const SETTLE_DAYS = 8;
export const REFRESH_INTERVAL_MS = 60_000;
/** Days built per transaction by the first build: short enough to show progress and to hand over. */
export const CHUNK_DAYS = 31;
/** How long a build's claim holds without a word from it (a chunk takes seconds). */
export const LEASE_MS = 3 * 60_000;

const ROLLUPS = [contactDays, contactSlots, contactTimes, contactCaseLinks, emailReplies] as const;

export interface RollupStatus {
  /** missing: never built; building: the first build (or a rebuild) runs; ready: in use. */
  status: 'missing' | 'building' | 'ready';
  /** Share of the days built (0-1) while building, else null. */
  progress: number | null;
  settledBefore: string | null;
  refreshedAt: string | null;
}

type State = typeof rollupState.$inferSelect;

/** Replaces the rollups of the days from..to (inclusive) by what the contacts say now. */
export async function rebuildRange(tx: Tx, tenantId: string, from: string, to: string): Promise<void> {
  for (const t of ROLLUPS) await tx.delete(t).where(and(eq(t.tenantId, tenantId), between(t.day, from, to)));
  await tx.execute(sql`insert into ${contactDays} (tenant_id, day, channel, direction, topic_code, team_id, n,
      identified, repeated, resolved, wait_n, wait_sum, handle_n, handle_sum)
    ${contactAnalytics.dayFactsQuery(tenantId, from, to)}`);
  await tx.execute(sql`insert into ${contactSlots} (tenant_id, day, channel, direction, slot, n, handle_n, handle_sum)
    ${contactAnalytics.slotFactsQuery(tenantId, from, to)}`);
  await tx.execute(sql`insert into ${contactTimes} (tenant_id, day, channel, measure, seconds, n)
    ${contactAnalytics.timeFactsQuery(tenantId, from, to)}`);
  await tx.execute(sql`insert into ${contactCaseLinks} (tenant_id, day, topic_code, case_id, n)
    ${contactAnalytics.caseLinkFactsQuery(tenantId, from, to)}`);
  // Working days need the holiday calendar, so these are counted here rather than in SQL.
  const mails = await contactAnalytics.emailReplies(tx, { tenantId, from, to });
  const counts = replyCounts(mails).map((c) => ({ tenantId, ...c }));
  for (let i = 0; i < counts.length; i += 1000)
    await tx.insert(emailReplies).values(counts.slice(i, i + 1000));
}

async function readState(tx: Tx, tenantId: string, lock: boolean): Promise<State | undefined> {
  const q = tx.select().from(rollupState).where(eq(rollupState.tenantId, tenantId));
  const [state] = lock ? await q.for('update') : await q;
  return state;
}

/** Builds or refreshes the rest of today's window and the marked days; the caller holds the state row. */
async function refresh(tx: Tx, tenantId: string, today: string, now: Date): Promise<void> {
  const changed = await contactAnalytics.takeChangedDays(tx, tenantId);
  // Contacts a few minutes ahead (clock skew) fall on tomorrow.
  for (const [from, to] of changedRanges(changed, shiftDay(today, -SETTLE_DAYS), shiftDay(today, 1)))
    await rebuildRange(tx, tenantId, from, to);
  await tx
    .update(rollupState)
    .set({
      status: 'ready',
      settledBefore: shiftDay(today, -SETTLE_DAYS),
      refreshedAt: now,
      leaseOwner: null,
      leaseUntil: null,
    })
    .where(eq(rollupState.tenantId, tenantId));
}

/** Starts a (re)build from the first contact on (unless one was started: `ifMissing`). */
export async function startBuild(
  tx: Tx,
  tenantId: string,
  today: string,
  now: Date,
  ifMissing = false,
): Promise<void> {
  const first = (await contactAnalytics.firstContactDay(tx, tenantId)) ?? today;
  const buildFrom = first < today ? first : today;
  const values = {
    status: 'building',
    buildFrom,
    buildTo: shiftDay(today, 1),
    builtThrough: shiftDay(buildFrom, -1),
    settledBefore: shiftDay(today, -SETTLE_DAYS),
    refreshedAt: now,
    leaseOwner: null,
    leaseUntil: null,
  };
  const insert = tx.insert(rollupState).values({ tenantId, ...values });
  await (ifMissing
    ? insert.onConflictDoNothing()
    : insert.onConflictDoUpdate({ target: rollupState.tenantId, set: values }));
}

/**
 * One step of keeping the rollups up to date, in its own transaction: claims or continues a build
 * (one month), or refreshes when due. Returns 'more' when another step should follow. The state
 * row is locked for the step, so two servers (or two jobs) never write the same rollups at once;
 * a build another job holds a live lease on is left to it.
 */
export async function rollupStep(
  tx: Tx,
  tenantId: string,
  owner: string,
  today: string,
  now = new Date(),
): Promise<'more' | 'done'> {
  let state = await readState(tx, tenantId, true);
  if (!state) {
    // Two servers may get here at once: one inserts, the other waits for it and continues its build.
    await startBuild(tx, tenantId, today, now, true);
    state = await readState(tx, tenantId, true);
    if (!state) return 'done';
  }
  if (state.status === 'ready') {
    const due = now.getTime() - state.refreshedAt.getTime() >= REFRESH_INTERVAL_MS;
    if (due || (await contactAnalytics.changedDayBetween(tx, tenantId, '-infinity', 'infinity')))
      await refresh(tx, tenantId, today, now);
    return 'done';
  }
  const held = state.leaseOwner !== null && state.leaseOwner !== owner;
  if (held && state.leaseUntil && state.leaseUntil > now) return 'done';
  const built = state.builtThrough!;
  const end = state.buildTo!;
  if (built >= end) {
    // Contacts that came in while earlier months were built are in today's window or marked.
    await refresh(tx, tenantId, today, now);
    return 'done';
  }
  const from = shiftDay(built, 1);
  const to = shiftDay(from, CHUNK_DAYS - 1) < end ? shiftDay(from, CHUNK_DAYS - 1) : end;
  if (from === state.buildFrom)
    // A full rebuild starts clean (days before the first contact: contacts deleted since).
    for (const t of ROLLUPS) await tx.delete(t).where(and(eq(t.tenantId, tenantId), lt(t.day, from)));
  await rebuildRange(tx, tenantId, from, to);
  await tx
    .update(rollupState)
    .set({ builtThrough: to, leaseOwner: owner, leaseUntil: new Date(now.getTime() + LEASE_MS) })
    .where(eq(rollupState.tenantId, tenantId));
  return 'more';
}

export function statusOf(state: State | undefined): RollupStatus {
  if (!state) return { status: 'missing', progress: null, settledBefore: null, refreshedAt: null };
  const building = state.status === 'building';
  const total = building && state.buildFrom && state.buildTo ? dayCount(state.buildFrom, state.buildTo) : 0;
  const done =
    building && state.buildFrom && state.builtThrough ? dayCount(state.buildFrom, state.builtThrough) : 0;
  return {
    status: building ? 'building' : 'ready',
    progress: building ? (total > 0 ? Math.round((Math.max(0, done) / total) * 1000) / 1000 : 0) : null,
    settledBefore: building ? null : state.settledBefore,
    refreshedAt: building ? null : state.refreshedAt.toISOString(),
  };
}

export async function rollupStatus(tx: Tx, tenantId: string): Promise<RollupStatus> {
  return statusOf(await readState(tx, tenantId, false));
}

export interface RollupUse extends RollupStatus {
  /** Whether a chart over from..to may read the rollups now. */
  usable: boolean;
  /** Whether the background job should be started (missing, building, stale or changes marked). */
  needsJob: boolean;
}

/**
 * Whether the rollups answer a question about the days from..to exactly as the contacts would:
 * built, and no day marked as changed that weighs on them (a change on day D moves the repeat
 * figures of the days up to 8 before it). Reads only; never waits for a build or a refresh.
 */
export async function rollupUse(tx: Tx, tenantId: string, from: string, to: string, now = new Date()) {
  const state = await readState(tx, tenantId, false);
  const status = statusOf(state);
  if (status.status !== 'ready') return { ...status, usable: false, needsJob: true };
  const changed = await contactAnalytics.changedDayBetween(tx, tenantId, from, shiftDay(to, SETTLE_DAYS));
  const stale = now.getTime() - state!.refreshedAt.getTime() >= REFRESH_INTERVAL_MS;
  return { ...status, usable: !changed, needsJob: changed || stale };
}
