// A small seeded pseudo-random generator for synthetic demo data: the same seed gives the same data
// on every machine and Node version, which Math.random cannot promise. Not for anything secret.

const TWO_POW_32 = 4294967296;

/** Mixes a seed and a label into a new 32-bit seed, for independent streams from one seed. */
export function deriveSeed(seed: number, label: string): number {
  let h = (seed ^ 0x9e3779b9) >>> 0;
  for (let i = 0; i < label.length; i++) {
    h = Math.imul(h ^ label.charCodeAt(i), 0x85ebca6b);
    h ^= h >>> 13;
  }
  h = Math.imul(h ^ (h >>> 16), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Mulberry32: 32 bits of state, period 2^32, good enough statistics for demo data, and fast. */
export class Prng {
  private state: number;
  private spareNormal: number | null = null;

  constructor(seed: number) {
    if (!Number.isInteger(seed)) throw new RangeError(`seed must be an integer, got ${seed}`);
    this.state = seed >>> 0;
  }

  /** The next 32-bit unsigned integer. */
  nextUint32(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.nextUint32() / TWO_POW_32;
  }

  /** Uniform in the open interval (0, 1): safe to take a logarithm of. */
  nextOpen(): number {
    return (this.nextUint32() + 0.5) / TWO_POW_32;
  }

  /** Uniform in [min, max). */
  uniform(min = 0, max = 1): number {
    return min + (max - min) * this.next();
  }

  /** A whole number from min to max, both inclusive. */
  int(min: number, max: number): number {
    if (!Number.isInteger(min) || !Number.isInteger(max) || max < min) {
      throw new RangeError(`int(${min}, ${max}): bounds must be integers with min <= max`);
    }
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  /** Normal by Box–Muller; the second value of each pair is kept for the next call. */
  normal(mean = 0, sd = 1): number {
    if (this.spareNormal !== null) {
      const z = this.spareNormal;
      this.spareNormal = null;
      return mean + sd * z;
    }
    const r = Math.sqrt(-2 * Math.log(this.nextOpen()));
    const theta = 2 * Math.PI * this.next();
    this.spareNormal = r * Math.sin(theta);
    return mean + sd * r * Math.cos(theta);
  }

  /** Standard Gumbel: adding it to utilities and taking the largest samples a logit choice. */
  gumbel(): number {
    return -Math.log(-Math.log(this.nextOpen()));
  }

  /** An index drawn with probability proportional to its weight (weights >= 0, not all zero). */
  weightedIndex(weights: readonly number[]): number {
    let total = 0;
    for (const w of weights) {
      if (!(w >= 0) || !Number.isFinite(w)) throw new RangeError('weights must be finite and non-negative');
      total += w;
    }
    if (total <= 0) throw new RangeError('at least one weight must be positive');
    let r = this.next() * total;
    let last = -1;
    for (let i = 0; i < weights.length; i++) {
      const w = weights[i]!;
      if (w <= 0) continue;
      if (r < w) return i;
      r -= w;
      last = i;
    }
    return last; // only reached through rounding at the very top of the range
  }

  weightedChoice<T>(items: readonly T[], weights: readonly number[]): T {
    if (items.length !== weights.length) throw new RangeError('items and weights differ in length');
    return items[this.weightedIndex(weights)]!;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('cannot pick from an empty list');
    return items[this.int(0, items.length - 1)]!;
  }

  /** Fisher–Yates, in place; returns the same array. */
  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = this.int(0, i);
      [items[i], items[j]] = [items[j]!, items[i]!];
    }
    return items;
  }

  /** Up to k distinct items, each draw proportional to weight among those left; zero weights never. */
  sampleWeighted<T>(items: readonly T[], weights: readonly number[], k: number): T[] {
    if (items.length !== weights.length) throw new RangeError('items and weights differ in length');
    const left = weights.slice();
    let total = 0;
    let positive = 0;
    for (const w of left) {
      if (!(w >= 0) || !Number.isFinite(w)) throw new RangeError('weights must be finite and non-negative');
      total += w;
      if (w > 0) positive++;
    }
    const out: T[] = [];
    while (out.length < k && positive > 0) {
      let r = this.next() * total;
      let chosen = -1;
      for (let i = 0; i < left.length; i++) {
        const w = left[i]!;
        if (w <= 0) continue;
        chosen = i;
        if (r < w) break;
        r -= w;
      }
      out.push(items[chosen]!);
      total -= left[chosen]!;
      left[chosen] = 0;
      positive--;
    }
    return out;
  }
}
