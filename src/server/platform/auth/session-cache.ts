// Resolved sessions kept in memory, for PGlite only: there the database lives in this process and
// announces every committed change to sessions or users (Database.onAuthChange), so a kept session
// is exactly what a read would return. Reading it from PGlite cost about half the server CPU of a
// request whose answer was already in memory (docs/benchmarks.md, Kanaaladvies).
import type { Database } from '../db/client.js';

const MAX_ENTRIES = 10_000;

export class SessionCache<Row> {
  private readonly rows = new Map<string, Row>();
  /** Bumped on every change; a read that overlapped a change is not kept. */
  private generation = 0;
  private listening = false;

  constructor(database: Database) {
    database
      .onAuthChange?.(() => {
        this.generation++;
        this.rows.clear();
      })
      .then(() => {
        this.listening = true;
      })
      .catch(() => undefined); // Without the subscription the cache simply stays off.
  }

  /** The generation to hand back to set(), taken before the database read. */
  mark(): number {
    return this.generation;
  }

  get(key: string): Row | undefined {
    return this.listening ? this.rows.get(key) : undefined;
  }

  set(key: string, row: Row, markedAt: number): void {
    if (!this.listening || markedAt !== this.generation) return;
    if (this.rows.size >= MAX_ENTRIES) this.rows.clear();
    this.rows.set(key, row);
  }
}

const caches = new WeakMap<Database, SessionCache<unknown>>();

/** The cache for this database, or undefined where sessions must always be read (PostgreSQL). */
export function sessionCacheOf<Row>(database: Database): SessionCache<Row> | undefined {
  if (!database.onAuthChange) return undefined;
  let cache = caches.get(database);
  if (!cache) caches.set(database, (cache = new SessionCache<unknown>(database)));
  return cache as SessionCache<Row>;
}
