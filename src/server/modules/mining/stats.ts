// Small numeric helpers for durations. The median sorts numerically (a Float64Array sort), and for
// an even count is the mean of the two middle values.

export function median(values: ArrayLike<number>): number | null {
  const n = values.length;
  if (n === 0) return null;
  const sorted = Float64Array.from(values).sort();
  const mid = n >> 1;
  return n % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The p-quantile (0..1) by the nearest-rank method on a numerically sorted copy. */
export function quantile(sorted: Float64Array, p: number): number | null {
  if (sorted.length === 0) return null;
  const rank = Math.max(1, Math.ceil(p * sorted.length));
  return sorted[rank - 1]!;
}

/** A growable list of doubles: 8 bytes per value instead of a boxed array slot. */
export class DoubleList {
  private data = new Float64Array(16);
  length = 0;
  push(v: number): void {
    if (this.length === this.data.length) {
      const next = new Float64Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }
  values(): Float64Array {
    return this.data.subarray(0, this.length);
  }
  sum(): number {
    let s = 0;
    for (let i = 0; i < this.length; i++) s += this.data[i]!;
    return s;
  }
}
