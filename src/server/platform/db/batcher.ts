// Gathers concurrent database work of the same key (a gemeente) into one round of statements.
//
// On a small machine a round trip to PostgreSQL (a socket write and a wake-up on both sides) costs
// more CPU than the SQL it carries: a contact registration spent about half its server CPU in
// socket writes. Requests that arrive while work of their key is in flight therefore wait for that
// work to finish and then go together, as one batch: for writes that is group commit (one BEGIN,
// one multi-row INSERT, one COMMIT for many requests), for reads one query with `= any(…)`.
//
// Nothing waits on a timer. Work that finds a free slot for its key starts in the next microtask
// (so work queued in the same event-loop turn goes together); only work arriving while the key's
// batches are all in flight waits, and only until one of them is done. A batch never takes in
// work that arrived after it started, so every item sees the database as it was when the item
// arrived or later. Each caller's promise settles only when its batch has finished (for writes:
// committed).

export interface BatcherOptions<I, O> {
  /** Upper bound on the items of one batch (statement size, parameters, time in the transaction). */
  maxBatch: number;
  /**
   * How many batches of one key may be in flight at once (default 1). More than one keeps the
   * database busy while a batch waits for its round trips, at the price of smaller batches.
   */
  maxInFlight?: number;
  /** Does the work of several items at once; resolves with one result per item, in order. */
  runBatch(key: string, items: readonly I[]): Promise<O[]>;
  /**
   * Does the work of one item alone: a batch of one, and each member of a batch that failed, so
   * that one bad item never fails the others and each caller gets its own answer or error.
   */
  runOne(key: string, item: I): Promise<O>;
}

interface Waiter<I, O> {
  item: I;
  resolve(result: O): void;
  reject(error: unknown): void;
}

interface KeyState<I, O> {
  waiting: Waiter<I, O>[];
  running: number;
  scheduled: boolean;
}

export class Batcher<I, O> {
  private readonly keys = new Map<string, KeyState<I, O>>();
  private readonly maxInFlight: number;

  constructor(private readonly options: BatcherOptions<I, O>) {
    if (!(options.maxBatch >= 1)) throw new Error('maxBatch must be at least 1');
    this.maxInFlight = options.maxInFlight ?? 1;
    if (!(this.maxInFlight >= 1)) throw new Error('maxInFlight must be at least 1');
  }

  /** Queues the item under key; settles when the batch that carried it has finished. */
  run(key: string, item: I): Promise<O> {
    return new Promise<O>((resolve, reject) => {
      let state = this.keys.get(key);
      if (!state) this.keys.set(key, (state = { waiting: [], running: 0, scheduled: false }));
      state.waiting.push({ item, resolve, reject });
      this.schedule(key, state);
    });
  }

  private schedule(key: string, state: KeyState<I, O>): void {
    if (state.scheduled || state.running >= this.maxInFlight || state.waiting.length === 0) return;
    state.scheduled = true;
    queueMicrotask(() => {
      state.scheduled = false;
      while (state.running < this.maxInFlight && state.waiting.length > 0) {
        const batch = state.waiting.splice(0, this.options.maxBatch);
        state.running++;
        void this.runWaiters(key, batch).finally(() => {
          state.running--;
          if (state.running === 0 && state.waiting.length === 0) this.keys.delete(key);
          else this.schedule(key, state);
        });
      }
    });
  }

  private async runWaiters(key: string, batch: Waiter<I, O>[]): Promise<void> {
    if (batch.length > 1) {
      try {
        const results = await this.options.runBatch(
          key,
          batch.map((w) => w.item),
        );
        if (results.length !== batch.length) throw new Error('runBatch answered the wrong number of results');
        batch.forEach((w, i) => w.resolve(results[i]!));
        return;
      } catch {
        // The batch as a whole did nothing (a failed transaction rolls back); each item is tried
        // again on its own below and gets its own result or error.
      }
    }
    await Promise.all(
      batch.map((w) =>
        this.options.runOne(key, w.item).then(
          (result) => w.resolve(result),
          (error: unknown) => w.reject(error),
        ),
      ),
    );
  }
}
