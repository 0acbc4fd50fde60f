import { describe, expect, it } from 'vitest';
import { Batcher } from './batcher.js';

/** A promise the test settles by hand, to hold a batch "in flight". */
function deferred<T = void>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/**
 * A batcher whose runs (batches, and single items) the test releases one by one; records what ran
 * together. Single items retried after a failed batch run at once.
 */
function recording(
  opts: { maxBatch?: number; maxInFlight?: number; failWhen?: (item: number) => boolean } = {},
) {
  const batches: Array<{ key: string; items: number[]; release: () => void }> = [];
  const singles: Array<{ key: string; item: number }> = [];
  const retrying = new Set<number>();
  const hold = async (key: string, items: readonly number[]) => {
    const gate = deferred();
    batches.push({ key, items: [...items], release: () => gate.resolve() });
    await gate.promise;
  };
  const batcher = new Batcher<number, string>({
    maxBatch: opts.maxBatch ?? 10,
    maxInFlight: opts.maxInFlight,
    async runBatch(key, items) {
      await hold(key, items);
      if (items.some((i) => opts.failWhen?.(i))) {
        items.forEach((i) => retrying.add(i));
        throw new Error('batch failed');
      }
      return items.map((i) => `${key}:${i}`);
    },
    async runOne(key, item) {
      singles.push({ key, item });
      if (!retrying.has(item)) await hold(key, [item]);
      if (opts.failWhen?.(item)) throw new Error(`item ${item} failed`);
      return `${key}:${item}`;
    },
  });
  return { batcher, batches, singles };
}

const tick = () => new Promise((r) => setImmediate(r));

describe('Batcher', () => {
  it('runs the items queued in one turn as one batch, each caller getting its own result', async () => {
    const { batcher, batches } = recording();
    const results = [1, 2, 3].map((i) => batcher.run('a', i));
    await tick();
    expect(batches.map((b) => b.items)).toEqual([[1, 2, 3]]);
    batches[0]!.release();
    expect(await Promise.all(results)).toEqual(['a:1', 'a:2', 'a:3']);
  });

  it('settles nobody before the batch has finished', async () => {
    const { batcher, batches } = recording();
    let settled = 0;
    for (const i of [1, 2]) void batcher.run('a', i).then(() => settled++);
    await tick();
    await tick();
    expect(settled).toBe(0);
    batches[0]!.release();
    await tick();
    expect(settled).toBe(2);
  });

  it('gathers work arriving during a batch into the next one, never into the one in flight', async () => {
    const { batcher, batches } = recording();
    const first = batcher.run('a', 1);
    await tick();
    const later = [2, 3, 4].map((i) => batcher.run('a', i));
    await tick();
    expect(batches.map((b) => b.items)).toEqual([[1]]);
    batches[0]!.release();
    await first;
    await tick();
    expect(batches.map((b) => b.items)).toEqual([[1], [2, 3, 4]]);
    batches[1]!.release();
    expect(await Promise.all(later)).toEqual(['a:2', 'a:3', 'a:4']);
  });

  it('keeps batches within maxBatch', async () => {
    const { batcher, batches } = recording({ maxBatch: 2 });
    const all = [1, 2, 3, 4, 5].map((i) => batcher.run('a', i));
    for (let n = 0; n < 3; n++) {
      await tick();
      batches[n]?.release();
    }
    await Promise.all(all);
    expect(batches.map((b) => b.items)).toEqual([[1, 2], [3, 4], [5]]);
  });

  it('runs different keys independently', async () => {
    const { batcher, batches } = recording();
    const a = batcher.run('a', 1);
    const b = batcher.run('b', 1);
    await tick();
    expect(batches.map((x) => x.key).sort()).toEqual(['a', 'b']);
    batches.forEach((x) => x.release());
    expect(await Promise.all([a, b])).toEqual(['a:1', 'b:1']);
  });

  it('runs up to maxInFlight batches of one key at once', async () => {
    const { batcher, batches } = recording({ maxInFlight: 2 });
    void batcher.run('a', 1);
    await tick();
    void batcher.run('a', 2);
    await tick();
    void batcher.run('a', 3);
    await tick();
    expect(batches.map((b) => b.items)).toEqual([[1], [2]]);
    batches[0]!.release();
    await tick();
    await tick();
    expect(batches.map((b) => b.items)).toEqual([[1], [2], [3]]);
    batches.forEach((b) => b.release());
  });

  it('retries the members of a failed batch one by one, so one bad item fails only itself', async () => {
    const { batcher, batches, singles } = recording({ failWhen: (i) => i === 2 });
    const results = [1, 2, 3].map((i) => batcher.run('a', i).catch((e: Error) => e.message));
    await tick();
    batches[0]!.release();
    expect(await Promise.all(results)).toEqual(['a:1', 'item 2 failed', 'a:3']);
    expect(singles.map((s) => s.item)).toEqual([1, 2, 3]);
  });

  it('gives every member its own error when each one fails on its own too', async () => {
    const { batcher, batches } = recording({ failWhen: () => true });
    const results = [1, 2].map((i) => batcher.run('a', i).catch((e: Error) => e.message));
    await tick();
    batches[0]!.release();
    expect(await Promise.all(results)).toEqual(['item 1 failed', 'item 2 failed']);
  });

  it('runs a lone item through runOne and forgets idle keys', async () => {
    const { batcher, batches, singles } = recording();
    const result = batcher.run('a', 7);
    await tick();
    batches[0]!.release();
    expect(await result).toBe('a:7');
    expect(singles).toEqual([{ key: 'a', item: 7 }]);
    await tick();
    expect((batcher as unknown as { keys: Map<string, unknown> }).keys.size).toBe(0);
  });
});
