// The background worker that empties the outbox. Several may run at once (one per process): a
// message is claimed under FOR UPDATE SKIP LOCKED and leased before it is sent, so no two workers
// send it at the same time. Delivery is at-least-once: when a provider accepted a message but the
// worker could not record that (crash, database gone), the message is sent again after its lease,
// with the same Message-ID. On the normal path (the provider down, then back) it is sent once.
import { and, asc, eq, inArray, lte, sql } from 'drizzle-orm';
import type { Database, Tx } from '../db/client.js';
import { withTenant } from '../db/tenant.js';
import { tenants } from '../tenancy/tables.js';
import { outboxMessages, type OutboxRow } from './tables.js';
import { maskRecipient, silentLogger, type DeliveryAdapters, type OutboxLogger } from './adapters.js';
import { deliverOnce, type Outcome } from './delivery.js';

export interface OutboxSettings {
  /** How long the worker rests when nothing was due. */
  pollIntervalMs: number;
  /** Attempts before a message is dead. */
  maxAttempts: number;
  /** How long a claimed message is the worker's; after that it is due again (a crashed worker). */
  leaseMs: number;
  /** The first retry waits about this long; each next one twice as long ... */
  backoffBaseMs: number;
  /** ... but never longer than this. */
  backoffMaxMs: number;
  /** Messages claimed per gemeente per round, so that one gemeente's burst does not starve others. */
  batchSize: number;
}

export const DEFAULT_OUTBOX_SETTINGS: OutboxSettings = {
  pollIntervalMs: 5_000,
  maxAttempts: 15,
  leaseMs: 5 * 60_000,
  backoffBaseMs: 30_000,
  backoffMaxMs: 60 * 60_000,
  batchSize: 10,
};

export interface OutboxWorkerOptions extends Partial<OutboxSettings> {
  database: Database;
  adapters: DeliveryAdapters;
  log?: OutboxLogger;
  /** The time; tests pass their own. */
  clock?: () => Date;
  /** Jitter source in [0, 1); tests pass their own. */
  random?: () => number;
  /** Longest a single delivery may take; well below the lease. Default: a fifth of the lease. */
  deliveryTimeoutMs?: number;
}

export interface RunResult {
  claimed: number;
  sent: number;
  retried: number;
  dead: number;
  /** Claimed but handed back unsent (the worker is stopping, or its lease ran short). */
  released: number;
  /** Some gemeente had more due than one batch: run again without resting. */
  more: boolean;
}

/**
 * "Equal jitter" exponential back-off: at least half of base * 2^(attempt-1) (capped), plus a random
 * part up to the other half. The wait therefore never shrinks from one attempt to the next (below
 * the cap), while workers that failed together do not retry together.
 */
export function backoffDelay(attempt: number, baseMs: number, maxMs: number, random: number): number {
  const ceiling = Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt - 1));
  const r = Math.min(Math.max(random, 0), 1);
  return Math.round(ceiling / 2 + (ceiling / 2) * r);
}

const UNFINISHED = sql`${outboxMessages.status} in ('pending', 'sending')`;
const LEASE_EXPIRED = 'lease expired: the previous attempt did not finish (worker stopped or crashed)';

interface Finish {
  row: OutboxRow;
  outcome: Outcome;
  at: Date;
}

export class OutboxWorker {
  readonly settings: OutboxSettings;
  private readonly database: Database;
  private readonly adapters: DeliveryAdapters;
  private readonly log: OutboxLogger;
  private readonly clock: () => Date;
  private readonly random: () => number;
  private readonly deliveryTimeoutMs: number;

  private timer: NodeJS.Timeout | null = null;
  private running = false;
  private stopping = false;
  private readonly inFlight = new Set<Promise<unknown>>();
  private abortAll = new AbortController();
  // Outcomes that could not be written (database away): written first at the next round, so a
  // message the provider accepted is not sent again when the database returns within the lease.
  private unrecorded: Finish[] = [];

  constructor(options: OutboxWorkerOptions) {
    const { database, adapters, log, clock, random, deliveryTimeoutMs, ...settings } = options;
    this.settings = { ...DEFAULT_OUTBOX_SETTINGS, ...stripUndefined(settings) };
    if (this.settings.maxAttempts < 1) throw new Error('outbox: maxAttempts must be at least 1');
    if (this.settings.batchSize < 1) throw new Error('outbox: batchSize must be at least 1');
    this.database = database;
    this.adapters = adapters;
    this.log = log ?? silentLogger;
    this.clock = clock ?? (() => new Date());
    this.random = random ?? Math.random;
    this.deliveryTimeoutMs = deliveryTimeoutMs ?? Math.max(1, Math.floor(this.settings.leaseMs / 5));
    if (this.deliveryTimeoutMs >= this.settings.leaseMs)
      throw new Error('outbox: deliveryTimeoutMs must be shorter than leaseMs');
  }

  /** Starts polling in the background. */
  start(): void {
    if (this.running) return;
    this.running = true;
    this.stopping = false;
    this.abortAll = new AbortController();
    this.schedule(0);
  }

  /**
   * Stops polling and waits for the delivery in flight. Messages claimed but not yet started are
   * handed back. A delivery still running after timeoutMs is aborted (and retried later).
   */
  async stop(opts: { timeoutMs?: number } = {}): Promise<void> {
    this.stopping = true;
    this.running = false;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const force = setTimeout(
      () => this.abortAll.abort(new Error('worker stopping')),
      opts.timeoutMs ?? 8_000,
    );
    force.unref();
    try {
      while (this.inFlight.size) await Promise.allSettled([...this.inFlight]);
    } finally {
      clearTimeout(force);
    }
  }

  /**
   * One round: every gemeente with due messages gets one batch claimed and delivered. With `now`
   * the whole round runs at that moment (tests); without it the clock is read as it goes.
   */
  runOnce(now?: Date): Promise<RunResult> {
    const run = this.round(now);
    this.inFlight.add(run);
    const done = () => this.inFlight.delete(run);
    run.then(done, done);
    return run;
  }

  private schedule(ms: number): void {
    this.timer = setTimeout(() => void this.tick(), ms);
    // The worker never keeps the process alive on its own; the HTTP server does.
    this.timer.unref();
  }

  private async tick(): Promise<void> {
    this.timer = null;
    if (this.stopping) return;
    let more = false;
    try {
      more = (await this.runOnce()).more;
    } catch (error) {
      this.log.warn({ err: error }, 'outbox: round failed; trying again later');
    }
    if (this.running && !this.stopping) this.schedule(more ? 0 : this.settings.pollIntervalMs);
  }

  private async round(fixedNow: Date | undefined): Promise<RunResult> {
    const at = () => fixedNow ?? this.clock();
    const result: RunResult = { claimed: 0, sent: 0, retried: 0, dead: 0, released: 0, more: false };
    await this.recordUnrecorded();
    for (const tenantId of await this.dueTenants(at())) {
      if (this.stopping) break;
      const claimedAt = at();
      const { claimed, exhausted } = await withTenant(this.database, tenantId, (tx) =>
        this.claim(tx, tenantId, claimedAt),
      );
      result.dead += exhausted;
      result.claimed += claimed.length;
      if (claimed.length + exhausted >= this.settings.batchSize) result.more = true;
      // A delivery must start early enough to finish within the lease.
      const startBy = claimedAt.getTime() + this.settings.leaseMs - this.deliveryTimeoutMs;
      for (let i = 0; i < claimed.length; i++) {
        const row = claimed[i]!;
        if (this.stopping || at().getTime() > startBy) {
          const rest = claimed.slice(i);
          await this.release(tenantId, rest, at());
          result.released += rest.length;
          result.more = true;
          break;
        }
        const outcome = await deliverOnce(this.adapters, row, this.deliveryTimeoutMs, this.abortAll.signal);
        const finish = { row, outcome, at: at() };
        const status = await this.record(finish);
        if (status === 'sent') result.sent++;
        else if (status === 'dead') result.dead++;
        else result.retried++;
      }
    }
    return result;
  }

  /**
   * The gemeenten with something due. Row-level security hides every tenant's rows from a query
   * without a tenant, so the application role asks per gemeente, all in one read-only transaction.
   */
  private async dueTenants(now: Date): Promise<string[]> {
    return this.database.db.transaction(async (tx) => {
      const all = await tx.select({ id: tenants.id }).from(tenants).orderBy(asc(tenants.id));
      const due: string[] = [];
      for (const { id } of all) {
        await tx.execute(sql`select set_config('app.tenant_id', ${id}, true)`);
        const [row] = await tx
          .select({ id: outboxMessages.id })
          .from(outboxMessages)
          .where(and(eq(outboxMessages.tenantId, id), UNFINISHED, lte(outboxMessages.nextAttemptAt, now)))
          .limit(1);
        if (row) due.push(id);
      }
      return due;
    });
  }

  private async claim(
    tx: Tx,
    tenantId: string,
    now: Date,
  ): Promise<{ claimed: OutboxRow[]; exhausted: number }> {
    const due = await tx
      .select()
      .from(outboxMessages)
      .where(and(eq(outboxMessages.tenantId, tenantId), UNFINISHED, lte(outboxMessages.nextAttemptAt, now)))
      .orderBy(asc(outboxMessages.nextAttemptAt), asc(outboxMessages.id))
      .limit(this.settings.batchSize)
      .for('update', { skipLocked: true });
    if (!due.length) return { claimed: [], exhausted: 0 };
    // A lease that ran out after the last allowed attempt: that attempt counted, so it is dead.
    const exhausted = due.filter((r) => r.attempts >= this.settings.maxAttempts).map((r) => r.id);
    const ready = due.filter((r) => r.attempts < this.settings.maxAttempts).map((r) => r.id);
    if (exhausted.length) {
      await tx
        .update(outboxMessages)
        .set({
          status: 'dead',
          nextAttemptAt: null,
          lastError: sql`case when ${outboxMessages.status} = 'sending' then ${LEASE_EXPIRED} else ${outboxMessages.lastError} end`,
          updatedAt: now,
        })
        .where(and(eq(outboxMessages.tenantId, tenantId), inArray(outboxMessages.id, exhausted)));
      for (const id of exhausted)
        this.log.error({ outboxId: id, tenantId }, 'outbox: message is dead (no attempts left)');
    }
    if (!ready.length) return { claimed: [], exhausted: exhausted.length };
    const claimed = await tx
      .update(outboxMessages)
      .set({
        status: 'sending',
        // The attempt counts from the claim: a message that crashes the worker cannot loop forever.
        attempts: sql`${outboxMessages.attempts} + 1`,
        nextAttemptAt: new Date(now.getTime() + this.settings.leaseMs),
        lastError: sql`case when ${outboxMessages.status} = 'sending' then ${LEASE_EXPIRED} else ${outboxMessages.lastError} end`,
        updatedAt: now,
      })
      .where(and(eq(outboxMessages.tenantId, tenantId), inArray(outboxMessages.id, ready)))
      .returning();
    // Oldest due first, as they were selected.
    const order = new Map(ready.map((id, i) => [id, i]));
    claimed.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
    return { claimed, exhausted: exhausted.length };
  }

  /** Hands claimed, unstarted messages back without counting the attempt. */
  private async release(tenantId: string, rows: OutboxRow[], now: Date): Promise<void> {
    try {
      await withTenant(this.database, tenantId, async (tx) => {
        for (const row of rows)
          await tx
            .update(outboxMessages)
            .set({
              status: 'pending',
              attempts: sql`${outboxMessages.attempts} - 1`,
              nextAttemptAt: now,
              updatedAt: now,
            })
            .where(this.stillOurs(row));
      });
    } catch (error) {
      // Their lease runs out and they become due anyway.
      this.log.warn({ err: error, tenantId }, 'outbox: could not hand back claimed messages');
    }
  }

  /** The row as we claimed it: a worker that lost its lease must not overwrite another's claim. */
  private stillOurs(row: OutboxRow) {
    return and(
      eq(outboxMessages.tenantId, row.tenantId),
      eq(outboxMessages.id, row.id),
      eq(outboxMessages.status, 'sending'),
      eq(outboxMessages.attempts, row.attempts),
    );
  }

  private async record(finish: Finish): Promise<'sent' | 'retry' | 'dead'> {
    const { row, outcome, at } = finish;
    let values: Partial<typeof outboxMessages.$inferInsert>;
    let status: 'sent' | 'retry' | 'dead';
    if (outcome.kind === 'sent') {
      status = 'sent';
      values = {
        status: 'sent',
        sentAt: at,
        nextAttemptAt: null,
        lastError: null,
        providerReference: outcome.result.providerReference ?? null,
      };
    } else if (outcome.permanent || row.attempts >= this.settings.maxAttempts) {
      status = 'dead';
      values = { status: 'dead', nextAttemptAt: null, lastError: outcome.error };
    } else {
      status = 'retry';
      const delay = backoffDelay(
        row.attempts,
        this.settings.backoffBaseMs,
        this.settings.backoffMaxMs,
        this.random(),
      );
      values = { status: 'pending', nextAttemptAt: new Date(at.getTime() + delay), lastError: outcome.error };
    }
    const log = { outboxId: row.id, tenantId: row.tenantId, channel: row.channel, attempt: row.attempts };
    // A provider's error often quotes the address; the log gets it masked (the row keeps it whole).
    const logError =
      outcome.kind === 'failed' ? outcome.error.split(row.recipient).join(maskRecipient(row.recipient)) : '';
    try {
      const updated = await withTenant(this.database, row.tenantId, (tx) =>
        tx
          .update(outboxMessages)
          .set({ ...values, updatedAt: at })
          .where(this.stillOurs(row))
          .returning({ id: outboxMessages.id }),
      );
      if (!updated.length)
        this.log.warn(
          log,
          'outbox: lease lost before the outcome was recorded; the message may be sent twice',
        );
    } catch (error) {
      this.unrecorded.push(finish);
      this.log.error({ ...log, err: error }, 'outbox: could not record the outcome; will try again');
      return status;
    }
    if (status === 'sent') this.log.debug(log, 'outbox: message sent');
    else if (status === 'dead') this.log.error({ ...log, error: logError }, 'outbox: message is dead');
    else this.log.warn({ ...log, error: logError }, 'outbox: delivery failed; will retry');
    return status;
  }

  private async recordUnrecorded(): Promise<void> {
    const pending = this.unrecorded;
    this.unrecorded = [];
    for (const finish of pending) await this.record(finish);
  }
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
