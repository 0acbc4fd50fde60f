// Exact medians per group (an edge, a variant) in bounded memory. Values are held in a buffer of a
// fixed maximum size; when it is full it is sorted (by group, then value) and written to a temporary
// file as a "run". At the end the runs are merged group by group, reading each run sequentially
// through a small buffer, and only the two middle values of each group are kept. Memory is then the
// buffer plus a 64 KB window per run, whatever the size of the log; a log that fits the buffer never
// touches the disk. The file I/O is synchronous on purpose: the miner's API stays synchronous and
// the runs are written and read in one go (page cache), a few MB at a time.
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Values held in memory before a run is written: 12 bytes each (value + group), plus a sort copy. */
export const DEFAULT_BUFFER = 1 << 19;
const WINDOW = 8192; // values per read window of a run (64 KB)

interface Sorted {
  /** (group, count) pairs, groups ascending */
  pairs: Uint32Array;
  values: Float64Array;
}

/** Sorts n buffered values by group (counting sort) and each group's values numerically. */
function sortBuffer(groups: Uint32Array, values: Float64Array, n: number, groupCount: number): Sorted {
  const start = new Uint32Array(groupCount + 1);
  for (let i = 0; i < n; i++) start[groups[i]! + 1]!++;
  let present = 0;
  for (let g = 0; g < groupCount; g++) {
    if (start[g + 1]! > 0) present++;
    start[g + 1]! += start[g]!;
  }
  const sorted = new Float64Array(n);
  const fill = start.slice(0, groupCount);
  for (let i = 0; i < n; i++) sorted[fill[groups[i]!]!++] = values[i]!;
  const pairs = new Uint32Array(present * 2);
  let p = 0;
  for (let g = 0; g < groupCount; g++) {
    const from = start[g]!;
    const to = start[g + 1]!;
    if (to === from) continue;
    sorted.subarray(from, to).sort();
    pairs[p++] = g;
    pairs[p++] = to - from;
  }
  return { pairs, values: sorted };
}

const bytes = (a: Uint32Array | Float64Array) => new Uint8Array(a.buffer, a.byteOffset, a.byteLength);

/** Sequential reader of fixed-size numbers from a position in a file, through a small window. */
class Cursor<T extends Uint32Array | Float64Array> {
  private pos = 0;
  private len = 0;
  constructor(
    private readonly fd: number,
    private offset: number,
    private readonly window: T,
  ) {}
  next(): number {
    if (this.pos === this.len) this.fill();
    return this.window[this.pos++]!;
  }
  skip(count: number): void {
    const inWindow = Math.min(count, this.len - this.pos);
    this.pos += inWindow;
    const rest = count - inWindow;
    if (rest > 0) {
      this.offset += rest * this.window.BYTES_PER_ELEMENT;
      this.pos = this.len = 0;
    }
  }
  private fill(): void {
    const read = readSync(this.fd, bytes(this.window), 0, this.window.byteLength, this.offset);
    this.offset += read;
    this.len = read / this.window.BYTES_PER_ELEMENT;
    this.pos = 0;
    if (this.len === 0) throw new Error('group-medians: run file ended early');
  }
}

interface Run {
  path: string;
  groups: number; // number of (group, count) pairs
}

export class GroupMedians {
  private groups = new Uint32Array(1024);
  private values = new Float64Array(1024);
  private n = 0;
  private groupCount = 0;
  private dir: string | null = null;
  private readonly runs: Run[] = [];

  constructor(private readonly capacity = DEFAULT_BUFFER) {}

  add(group: number, value: number): void {
    if (this.n === this.groups.length) {
      if (this.n >= this.capacity) this.spill();
      else this.grow();
    }
    this.groups[this.n] = group;
    this.values[this.n++] = value;
    if (group >= this.groupCount) this.groupCount = group + 1;
  }

  /** How many runs went to disk (for tests and the benchmark). */
  get spilled(): number {
    return this.runs.length;
  }

  /**
   * The median of every group 0..groupCount-1 (NaN for a group without values): the middle value,
   * or the mean of the two middle values for an even count, as stats.median. Removes the runs.
   */
  medians(groupCount = this.groupCount): Float64Array {
    const out = new Float64Array(Math.max(groupCount, this.groupCount)).fill(NaN);
    try {
      if (this.runs.length === 0) {
        const { pairs, values } = sortBuffer(this.groups, this.values, this.n, this.groupCount);
        let at = 0;
        for (let p = 0; p < pairs.length; p += 2) {
          const count = pairs[p + 1]!;
          out[pairs[p]!] = (values[at + ((count - 1) >> 1)]! + values[at + (count >> 1)]!) / 2;
          at += count;
        }
        return out;
      }
      if (this.n > 0) this.spill();
      this.merge(out);
      return out;
    } finally {
      this.dispose();
    }
  }

  /** Removes the temporary runs (also when the miner is dropped half-way, e.g. a cancelled import). */
  dispose(): void {
    if (this.dir) rmSync(this.dir, { recursive: true, force: true });
    this.dir = null;
    this.runs.length = 0;
  }

  private grow(): void {
    const size = Math.min(this.capacity, this.groups.length * 2);
    const g = new Uint32Array(size);
    g.set(this.groups);
    const v = new Float64Array(size);
    v.set(this.values);
    this.groups = g;
    this.values = v;
  }

  private spill(): void {
    const { pairs, values } = sortBuffer(this.groups, this.values, this.n, this.groupCount);
    this.dir ??= mkdtempSync(join(tmpdir(), 'mining-medians-'));
    const path = join(this.dir, `run-${this.runs.length}`);
    const fd = openSync(path, 'w');
    try {
      writeSync(fd, bytes(pairs));
      writeSync(fd, bytes(values));
    } finally {
      closeSync(fd);
    }
    this.runs.push({ path, groups: pairs.length / 2 });
    this.n = 0;
  }

  /** Merges the runs group by group; per group only its ranks up to the upper middle are read. */
  private merge(out: Float64Array): void {
    const fds = this.runs.map((r) => openSync(r.path, 'r'));
    try {
      const heads = this.runs.map((r, i) => ({
        pairs: new Cursor(fds[i]!, 0, new Uint32Array(WINDOW)),
        values: new Cursor(fds[i]!, r.groups * 8, new Float64Array(WINDOW)),
        left: r.groups, // pairs not read yet
        group: -1,
        count: 0,
      }));
      const advance = (h: (typeof heads)[number]) => {
        if (h.left === 0) h.group = Infinity;
        else {
          h.group = h.pairs.next();
          h.count = h.pairs.next();
          h.left--;
        }
      };
      heads.forEach(advance);
      const members: { values: Cursor<Float64Array>; remaining: number; head: number }[] = [];
      for (;;) {
        let group = Infinity;
        for (const h of heads) if (h.group < group) group = h.group;
        if (group === Infinity) return;
        members.length = 0;
        let total = 0;
        for (const h of heads)
          if (h.group === group) {
            members.push({ values: h.values, remaining: h.count - 1, head: h.values.next() });
            total += h.count;
          }
        const lo = (total - 1) >> 1;
        const hi = total >> 1;
        let low = NaN;
        for (let rank = 0; ; rank++) {
          let best = 0;
          for (let m = 1; m < members.length; m++) if (members[m]!.head < members[best]!.head) best = m;
          const b = members[best]!;
          if (rank === lo) low = b.head;
          if (rank === hi) {
            out[group] = (low + b.head) / 2;
            break;
          }
          if (b.remaining > 0) {
            b.head = b.values.next();
            b.remaining--;
          } else b.head = Infinity;
        }
        // Skip what is left of this group in each run.
        for (const m of members) m.values.skip(m.remaining);
        for (const h of heads) if (h.group === group) advance(h);
      }
    } finally {
      for (const fd of fds) closeSync(fd);
    }
  }
}
