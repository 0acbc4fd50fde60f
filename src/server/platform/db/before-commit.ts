import type { Tx } from './client.js';

// Work a transaction owner runs once, after its body and before COMMIT. Only transactions opened
// by withTenant take such work (see there); elsewhere beforeCommit answers false and the caller
// must do its work at once, so nothing can wait in a queue that is never run.
type Step = (tx: Tx) => Promise<void>;
const queues = new WeakMap<Tx, Map<unknown, Step>>();

export function openBeforeCommit(tx: Tx): void {
  queues.set(tx, new Map());
}

/** Queues step (once per key) for the end of tx; false when tx takes no such work. */
export function beforeCommit(tx: Tx, key: unknown, step: Step): boolean {
  const queue = queues.get(tx);
  if (!queue) return false;
  if (!queue.has(key)) queue.set(key, step);
  return true;
}

export async function runBeforeCommit(tx: Tx): Promise<void> {
  const queue = queues.get(tx);
  if (!queue) return;
  queues.delete(tx);
  for (const step of queue.values()) await step(tx);
}
