// Branch and bound over channels. A node fixes some channels in (S) and some out; the rest are free
// (F). Per group it keeps the patterns no channel of S reaches yet, restricted to F, so that running
// sums give the covered weight and the most that S ∪ F could cover. A node is cut off when
//   - even S ∪ F misses the requirement, or
//   - a lower bound on the cost of completing S already exceeds the best set found, or can at best
//     tie it while needing more channels or reaching the least-served group less well.
// The cost bound is a fractional knapsack: to close a group's shortfall d the completion must add
// patterns weighing at least d; channel c adds at most gain(c), the weight of uncovered patterns it
// reaches (a union weighs no more than its parts), so buying channels cheapest-per-gain first, the
// last one in part, costs no more than any real completion. This is done per group and once for all
// groups together (each group's gains as a fraction of its shortfall, capped at 1, must sum to at
// least 1 per group), which is stronger when different groups need different channels. The count
// bound does the same with unit costs. Channels that alone would push the cost past the best set
// are ruled out before branching. Branching takes the cheapest-per-gain channel of the group with
// the largest bound: in first, so the first dive is a greedy solution, out second. Once S meets
// the requirement no superset is visited: it would cost at least as much with more channels, which
// the tie-break ranks lower.
import type { Instance } from './prepare.js';
import {
  candidateOf,
  compareCandidates,
  groupReaches,
  meetsRequirement,
  REACH_TOLERANCE,
  type Candidate,
  type Requirement,
} from './reach.js';

/**
 * Room given to the running sums and the bounds, which are floats summed in search order: a node is
 * only cut off when it misses by more than this (as a fraction of a group's weight), and
 * feasibility is always confirmed by reach.ts.
 */
const BOUND_SLACK = 1e-9;
/** Gains below this fraction of a group's weight are rounding residue of the running updates. */
const GAIN_FLOOR = 1e-12;

export interface SearchResult {
  best: Candidate;
  reaches: number[];
  nodes: number;
  /** False when the node limit stopped the search. */
  complete: boolean;
}

/** Per depth: each group's uncovered, still reachable patterns and their sums. */
interface Level {
  masks: Int32Array[];
  weights: Float64Array[];
  lengths: Int32Array;
  covered: Float64Array;
  reachable: Float64Array;
  /**
   * Per group × channel (g · n + c): weight of the patterns above that channel c reaches. Kept up
   * to date as patterns drop out rather than recounted per node, which was most of the work.
   */
  gains: Float64Array;
}

export function search(
  instance: Instance,
  requirement: Requirement,
  incumbent: number,
  maxNodes: number,
): SearchResult {
  return new Search(instance, requirement, incumbent, maxNodes).run();
}

class Search {
  private readonly n: number;
  private readonly groupCount: number;
  private readonly totals: Float64Array;
  /** Every-group mode: the reach each group must attain. */
  private readonly thresholds: Float64Array;
  /** Population mode: share / total weight, turning covered weight into population reach. */
  private readonly scaled: Float64Array;
  private readonly floors: Float64Array;
  private readonly levels: Level[] = [];
  // Scratch, reused at every node.
  private readonly order: Int32Array;
  private readonly keys: Float64Array;
  private readonly sortValues: Float64Array;
  private readonly combined: Float64Array;
  private best: Candidate;
  private bestReaches: number[];
  private nodes = 0;
  private stopped = false;
  /** Branch channel chosen by the latest bound computation. */
  private branch = -1;

  constructor(
    private readonly instance: Instance,
    private readonly requirement: Requirement,
    incumbent: number,
    private readonly maxNodes: number,
  ) {
    this.n = instance.channelCount;
    this.groupCount = instance.groups.length;
    this.totals = Float64Array.from(instance.groups.map((g) => g.total));
    this.thresholds = Float64Array.from(
      instance.groups.map((_, i) => (requirement.mode === 'every-group' ? requirement.thresholds[i]! : 0)),
    );
    this.scaled = Float64Array.from(instance.groups.map((g) => g.share / g.total));
    this.floors = Float64Array.from(instance.groups.map((g) => g.total * GAIN_FLOOR));
    this.order = new Int32Array(this.n);
    this.keys = new Float64Array(this.n);
    this.sortValues = new Float64Array(this.n);
    this.combined = new Float64Array(this.n);
    this.bestReaches = groupReaches(instance, incumbent);
    if (!meetsRequirement(instance, requirement, this.bestReaches)) {
      throw new Error('search needs an incumbent that meets the requirement');
    }
    this.best = candidateOf(instance, incumbent, this.bestReaches);
  }

  run(): SearchResult {
    const root = this.level(0);
    const n = this.n;
    this.instance.groups.forEach((group, g) => {
      root.masks[g]!.set(group.masks);
      root.weights[g]!.set(group.weights);
      root.lengths[g] = group.masks.length;
      root.covered[g] = 0;
      let sum = 0;
      group.masks.forEach((mask, i) => {
        const w = group.weights[i]!;
        sum += w;
        for (let m = mask; m !== 0; m &= m - 1) root.gains[g * n + 31 - Math.clz32(m & -m)]! += w;
      });
      root.reachable[g] = sum;
    });
    this.visit(0, 0, this.instance.allChannels, 0, 0);
    return { best: this.best, reaches: this.bestReaches, nodes: this.nodes, complete: !this.stopped };
  }

  private level(depth: number): Level {
    let level = this.levels[depth];
    if (level === undefined) {
      const groups = this.instance.groups;
      level = {
        masks: groups.map((g) => new Int32Array(g.masks.length)),
        weights: groups.map((g) => new Float64Array(g.masks.length)),
        lengths: new Int32Array(groups.length),
        covered: new Float64Array(groups.length),
        reachable: new Float64Array(groups.length),
        gains: new Float64Array(groups.length * this.n),
      };
      this.levels[depth] = level;
    }
    return level;
  }

  private visit(depth: number, set: number, free: number, costUnits: number, count: number): void {
    if (++this.nodes > this.maxNodes) {
      this.stopped = true;
      return;
    }
    const level = this.levels[depth]!;
    if (this.mayMeet(level, false)) {
      const reaches = groupReaches(this.instance, set);
      if (meetsRequirement(this.instance, this.requirement, reaches)) {
        this.offer(set, reaches);
        return;
      }
    }
    if (free === 0 || !this.mayMeet(level, true)) return;
    const unaffordable = this.unaffordable(free, costUnits, count);
    if (unaffordable !== 0) {
      this.exclude(level, this.level(depth + 1), unaffordable);
      this.visit(depth + 1, set, free & ~unaffordable, costUnits, count);
      return;
    }
    if (this.prunedByBounds(level, costUnits, count)) return;

    const channel = this.branch;
    const bit = 1 << channel;
    this.include(level, this.level(depth + 1), channel);
    this.visit(depth + 1, set | bit, free & ~bit, costUnits + this.instance.costUnits[channel]!, count + 1);
    if (this.stopped) return;
    this.exclude(level, this.level(depth + 1), bit);
    this.visit(depth + 1, set, free & ~bit, costUnits, count);
  }

  /** Whether S (or, with `withFree`, S ∪ F) could meet the requirement, judged on running sums. */
  private mayMeet(level: Level, withFree: boolean): boolean {
    const margin = REACH_TOLERANCE + BOUND_SLACK;
    if (this.requirement.mode === 'population') {
      let reach = 0;
      for (let g = 0; g < this.groupCount; g++) {
        reach += this.scaled[g]! * (level.covered[g]! + (withFree ? level.reachable[g]! : 0));
      }
      return reach >= this.requirement.threshold - margin;
    }
    for (let g = 0; g < this.groupCount; g++) {
      const covered = level.covered[g]! + (withFree ? level.reachable[g]! : 0);
      if (covered / this.totals[g]! < this.thresholds[g]! - margin) return false;
    }
    return true;
  }

  private offer(set: number, reaches: number[]): void {
    const candidate = candidateOf(this.instance, set, reaches);
    if (compareCandidates(candidate, this.best) < 0) {
      this.best = candidate;
      this.bestReaches = reaches;
    }
  }

  /** Bounds on the best set's cost below which, and from which on, a completion could still win. */
  private margin(): number {
    return 1e-9 * Math.max(1, this.best.costUnits) + 1e-6;
  }

  /**
   * Free channels that no set beating the best can contain: their cost alone exceeds the best's, or
   * can at best tie it (costs are whole units, so above best − 1 means at least best) while the set
   * would need more channels than the best has.
   */
  private unaffordable(free: number, costUnits: number, count: number): number {
    const best = this.best;
    const margin = this.margin();
    const tiesAtBest = count + 1 > best.count;
    let out = 0;
    for (let c = 0; c < this.n; c++) {
      if ((free & (1 << c)) === 0) continue;
      const cost = costUnits + this.instance.costUnits[c]!;
      if (cost > best.costUnits + margin || (tiesAtBest && cost > best.costUnits - 1 + margin)) out |= 1 << c;
    }
    return out;
  }

  /** Fills `to` with the patterns of `from` that `channel` does not reach. */
  private include(from: Level, to: Level, channel: number): void {
    const n = this.n;
    const bit = 1 << channel;
    to.gains.set(from.gains);
    for (let g = 0; g < this.groupCount; g++) {
      const masks = from.masks[g]!;
      const weights = from.weights[g]!;
      const outMasks = to.masks[g]!;
      const outWeights = to.weights[g]!;
      const gains = to.gains;
      const offset = g * n;
      const length = from.lengths[g]!;
      let kept = 0;
      let keptWeight = 0;
      let newlyCovered = 0;
      for (let i = 0; i < length; i++) {
        const mask = masks[i]!;
        const w = weights[i]!;
        if ((mask & bit) !== 0) {
          newlyCovered += w;
          for (let m = mask; m !== 0; m &= m - 1) gains[offset + 31 - Math.clz32(m & -m)]! -= w;
          continue;
        }
        outMasks[kept] = mask;
        outWeights[kept++] = w;
        keptWeight += w;
      }
      gains[offset + channel] = 0;
      to.lengths[g] = kept;
      to.covered[g] = from.covered[g]! + newlyCovered;
      to.reachable[g] = keptWeight;
    }
  }

  /** Fills `to` with the patterns of `from` with the channels in `bits` ruled out. */
  private exclude(from: Level, to: Level, bits: number): void {
    const n = this.n;
    to.gains.set(from.gains);
    for (let g = 0; g < this.groupCount; g++) {
      const masks = from.masks[g]!;
      const weights = from.weights[g]!;
      const outMasks = to.masks[g]!;
      const outWeights = to.weights[g]!;
      const length = from.lengths[g]!;
      let kept = 0;
      let keptWeight = 0;
      for (let i = 0; i < length; i++) {
        const rest = masks[i]! & ~bits;
        if (rest === 0) continue;
        outMasks[kept] = rest;
        outWeights[kept++] = weights[i]!;
        keptWeight += weights[i]!;
      }
      for (let m = bits; m !== 0; m &= m - 1) to.gains[g * n + 31 - Math.clz32(m & -m)] = 0;
      to.lengths[g] = kept;
      to.covered[g] = from.covered[g]!;
      to.reachable[g] = keptWeight;
    }
  }

  /** Computes the bounds, sets `branch`, and says whether the node can be cut off. */
  private prunedByBounds(level: Level, costUnits: number, count: number): boolean {
    const n = this.n;
    const gains = level.gains;
    const combined = this.combined;
    combined.fill(0);
    let costBound = 0;
    let countBound = 1; // S misses the requirement, so any completion adds a channel.
    let branch = -1;

    if (this.requirement.mode === 'population') {
      let reach = 0;
      for (let g = 0; g < this.groupCount; g++) {
        const scale = this.scaled[g]!;
        const floor = this.floors[g]!;
        reach += scale * level.covered[g]!;
        for (let c = 0; c < n; c++) {
          const gain = gains[g * n + c]!;
          if (gain > floor) combined[c]! += scale * gain;
        }
      }
      const deficit = this.requirement.threshold - REACH_TOLERANCE - BOUND_SLACK - reach;
      if (deficit > 0) {
        costBound = this.knapsack(combined, 0, deficit, 0);
        if (costBound < 0) return true;
        branch = this.branch;
        countBound = Math.max(countBound, this.countNeeded(combined, 0, deficit, 0));
      }
    } else {
      let bindingDeficit = -1;
      let short = 0;
      for (let g = 0; g < this.groupCount; g++) {
        const total = this.totals[g]!;
        const deficit = (this.thresholds[g]! - REACH_TOLERANCE - BOUND_SLACK) * total - level.covered[g]!;
        if (deficit <= 0) continue;
        const floor = this.floors[g]!;
        const bound = this.knapsack(gains, g * n, deficit, floor);
        if (bound < 0) return true;
        countBound = Math.max(countBound, this.countNeeded(gains, g * n, deficit, floor));
        const relative = deficit / total;
        if (bound > costBound || (bound === costBound && relative > bindingDeficit)) {
          costBound = bound;
          bindingDeficit = relative;
          branch = this.branch;
        }
        short++;
        for (let c = 0; c < n; c++) {
          const gain = gains[g * n + c]!;
          if (gain > floor) combined[c]! += Math.min(gain, deficit) / deficit;
        }
      }
      if (short > 1) {
        // Each short group needs its capped, scaled gains to sum to 1: together, to `short`.
        const bound = this.knapsack(combined, 0, short, 0);
        if (bound < 0) return true;
        costBound = Math.max(costBound, bound);
        countBound = Math.max(countBound, this.countNeeded(combined, 0, short, 0));
      }
    }
    // Running sums can say "no shortfall" where reach.ts still finds the requirement missed by a
    // hair; any channel that reaches someone will do to go on.
    this.branch = branch >= 0 ? branch : this.anyUseful(gains);
    if (this.branch < 0) return true;

    const best = this.best;
    const margin = this.margin();
    const lowest = costUnits + costBound;
    if (lowest > best.costUnits + margin) return true;
    // Costs are whole units: a bound above best − 1 means every completion costs at least as much
    // as the best set, so only the later tie-breaks could still favour it.
    if (lowest > best.costUnits - 1 + margin) {
      if (count + countBound > best.count) return true;
      if (count + countBound === best.count && this.leastReachBound(level) < best.minReach - BOUND_SLACK) {
        return true;
      }
    }
    return false;
  }

  /** The highest reach the least-served group could get from S ∪ F. */
  private leastReachBound(level: Level): number {
    let min = Infinity;
    for (let g = 0; g < this.groupCount; g++) {
      min = Math.min(min, (level.covered[g]! + level.reachable[g]!) / this.totals[g]!);
    }
    return min;
  }

  /**
   * Fractional knapsack: the least cost of channels whose values (`values[offset + c]`, those above
   * `floor`) sum to `need`, or −1 when even all of them fall short. Sets `branch` to the cheapest
   * channel per unit of value.
   */
  private knapsack(values: Float64Array, offset: number, need: number, floor: number): number {
    const costs = this.instance.costUnits;
    let size = 0;
    for (let c = 0; c < this.n; c++) {
      const value = values[offset + c]!;
      if (value > floor) this.insertSorted(size++, c, costs[c]! / value, value);
    }
    this.branch = size > 0 ? this.order[0]! : -1;
    let remaining = need;
    let cost = 0;
    for (let k = 0; k < size; k++) {
      const c = this.order[k]!;
      const value = values[offset + c]!;
      if (value >= remaining) return cost + costs[c]! * (remaining / value);
      cost += costs[c]!;
      remaining -= value;
    }
    return -1;
  }

  /** The fewest channels whose values could sum to `need` (largest values first). */
  private countNeeded(values: Float64Array, offset: number, need: number, floor: number): number {
    let size = 0;
    for (let c = 0; c < this.n; c++) {
      const value = values[offset + c]!;
      if (value > floor) this.insertSorted(size++, c, -value, value);
    }
    let remaining = need;
    for (let k = 0; k < size; k++) {
      remaining -= values[offset + this.order[k]!]!;
      if (remaining <= 0) return k + 1;
    }
    return size + 1;
  }

  /** Insertion into `order` by ascending key, then larger value, then lower index: deterministic. */
  private insertSorted(size: number, channel: number, key: number, value: number): void {
    const { order, keys, sortValues } = this;
    let k = size;
    while (k > 0) {
      const otherKey = keys[k - 1]!;
      if (key > otherKey) break;
      if (key === otherKey) {
        const other = order[k - 1]!;
        const otherValue = sortValues[k - 1]!;
        if (value < otherValue || (value === otherValue && channel > other)) break;
      }
      order[k] = order[k - 1]!;
      keys[k] = otherKey;
      sortValues[k] = sortValues[k - 1]!;
      k--;
    }
    order[k] = channel;
    keys[k] = key;
    sortValues[k] = value;
  }

  /** The lowest-numbered channel that still reaches someone, or −1. */
  private anyUseful(gains: Float64Array): number {
    for (let c = 0; c < this.n; c++) {
      for (let g = 0; g < this.groupCount; g++) if (gains[g * this.n + c]! > 0) return c;
    }
    return -1;
  }
}
