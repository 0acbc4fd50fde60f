// The background job that builds and refreshes a gemeente's contact rollups (rollup.ts), one
// transaction per step. Started by a dashboard request that finds the rollups missing, building,
// stale or behind a marked change (first need, after an import), and by the RollupWorker every
// minute for every gemeente (server start, after the demo seed). One job per gemeente per process;
// between processes the locked state row and the build's lease keep them apart.
import { randomUUID } from 'node:crypto';
import type { Database } from '../../platform/db/client.js';
import { withTenant } from '../../platform/db/tenant.js';
import { tenants } from '../../platform/tenancy/tables.js';
import { amsterdamDate } from '../../../shared/calendar/working-days.js';
import { REFRESH_INTERVAL_MS, rollupStep } from './rollup.js';

export interface JobLogger {
  error(obj: object, msg: string): void;
}

/** This process's id as a lease owner. */
const OWNER = randomUUID();
const running = new WeakMap<Database, Map<string, Promise<void>>>();
// Databases being closed: no new steps on them.
const stopped = new WeakSet<Database>();

async function run(database: Database, tenantId: string, log?: JobLogger): Promise<void> {
  try {
    // A step is one month of a build or one refresh; stop between steps when the server stops.
    while (!stopped.has(database)) {
      const next = await withTenant(database, tenantId, (tx) =>
        rollupStep(tx, tenantId, OWNER, amsterdamDate(new Date())),
      );
      if (next === 'done') return;
    }
  } catch (error) {
    // The next request or worker round tries again; the lease lets another process take over.
    log?.error({ err: error, tenantId }, 'insights: building the contact rollups failed');
  }
}

/** Starts the job for a gemeente unless it runs in this process already; never waits for it. */
export function kickRollups(database: Database, tenantId: string, log?: JobLogger): Promise<void> {
  let jobs = running.get(database);
  if (!jobs) running.set(database, (jobs = new Map()));
  const current = jobs.get(tenantId);
  if (current) return current;
  if (stopped.has(database)) return Promise.resolve();
  const job = run(database, tenantId, log).finally(() => jobs.delete(tenantId));
  jobs.set(tenantId, job);
  return job;
}

/** Waits for this process's jobs on a database after asking them to stop (server shutdown). */
export async function stopRollupJobs(database: Database): Promise<void> {
  stopped.add(database);
  await Promise.all(running.get(database)?.values() ?? []);
}

/** Every interval, starts the job for every gemeente (a refresh is cheap when nothing changed). */
export class RollupWorker {
  private timer: NodeJS.Timeout | null = null;
  private round: Promise<void> | null = null;

  constructor(
    private readonly database: Database,
    private readonly log?: JobLogger,
    private readonly intervalMs = REFRESH_INTERVAL_MS,
  ) {}

  start(): void {
    if (this.timer) return;
    const tick = () => {
      this.round ??= this.runOnce().finally(() => (this.round = null));
    };
    tick();
    this.timer = setInterval(tick, this.intervalMs);
    this.timer.unref();
  }

  async runOnce(): Promise<void> {
    try {
      const all = await this.database.db.select({ id: tenants.id }).from(tenants);
      // One gemeente after the other: the build of a large one should not starve the machine.
      for (const t of all) await kickRollups(this.database, t.id, this.log);
    } catch (error) {
      this.log?.error({ err: error }, 'insights: the rollup round failed');
    }
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await stopRollupJobs(this.database);
    await this.round;
  }
}
