// Branch and bound over channels. A node fixes some channels in (S) and some out; the rest are free
// (F). Per group it keeps the patterns no channel of S reaches yet, restricted to F, so that running
// sums give the covered weight and the most that S ∪ F could cover. A node is cut off when
//   - even S ∪ F misses the requirement, or
//   - a lower bound on the cost of completing S already exceeds the best set found, or can at best
//     tie it while needing more channels or reaching the least-served group less well.
// The cost bound is a fractional knapsack per group: to close a group's shortfall d the completion
// must add patterns weighing at least d; channel c adds at most gain(c), the weight of uncovered
// patterns it reaches (union ≤ sum), so buying channels cheapest-per-gain first, the last one in
// part, costs no more than any real completion. The count bound does the same with unit costs.
// Branching takes the cheapest-per-gain channel of the group with the largest bound: in first, so
// the first dive is a greedy solution, out second. Once S meets the requirement no superset is
// visited: it would cost at least as much with more channels, which the tie-break ranks lower.
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
 * only cut off when it misses by more than this, and feasibility is always confirmed by reach.ts.
 */
const BOUND_SLACK = 1e-9;

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
  /** Per group: the reach it must attain (every-group) or its share / total weight (population). */
  private readonly thresholds: Float64Array;
  private readonly scaled: Float64Array;
  private readonly totals: Float64Array;
  private readonly levels: Level[] = [];
  private readonly gains: Float64Array;
  private readonly populationGains: Float64Array;
  // Scratch for the per-node sorts of at most 31 channels.
  private readonly order: Int32Array;
  private readonly keys: Float64Array;
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
    this.gains = new Float64Array(this.groupCount * this.n);
    this.populationGains = new Float64Array(this.n);
    this.order = new Int32Array(this.n);
    this.keys = new Float64Array(this.n);
    this.bestReaches = groupReaches(instance, incumbent);
    if (!meetsRequirement(instance, requirement, this.bestReaches)) {
      throw new Error('search needs an incumbent that meets the requirement');
    }
    this.best = candidateOf(instance, incumbent, this.bestReaches);
  }

  run(): SearchResult {
    const root = this.level(0);
    this.instance.groups.forEach((group, g) => {
      root.masks[g]!.set(group.masks);
      root.weights[g]!.set(group.weights);
      root.lengths[g] = group.masks.length;
      root.covered[g] = 0;
      let sum = 0;
      for (const w of group.weights) sum += w;
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
    if (this.prunedByBounds(level, free, costUnits, count)) return;

    const channel = this.branch;
    const bit = 1 << channel;
    this.descend(level, depth + 1, bit, true);
    this.visit(depth + 1, set | bit, free & ~bit, costUnits + this.instance.costUnits[channel]!, count + 1);
    if (this.stopped) return;
    this.descend(level, depth + 1, bit, false);
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

  /** Fills the next level: after taking `bit` in (include) or ruling it out. */
  private descend(from: Level, depth: number, bit: number, include: boolean): void {
    const to = this.level(depth);
    for (let g = 0; g < this.groupCount; g++) {
      const masks = from.masks[g]!;
      const weights = from.weights[g]!;
      const outMasks = to.masks[g]!;
      const outWeights = to.weights[g]!;
      const length = from.lengths[g]!;
      let kept = 0;
      let keptWeight = 0;
      let newlyCovered = 0;
      for (let i = 0; i < length; i++) {
        const mask = masks[i]!;
        const w = weights[i]!;
        if (include) {
          if ((mask & bit) !== 0) {
            newlyCovered += w;
            continue;
          }
          outMasks[kept] = mask;
        } else {
          const rest = mask & ~bit;
          if (rest === 0) continue;
          outMasks[kept] = rest;
        }
        outWeights[kept++] = w;
        keptWeight += w;
      }
      to.lengths[g] = kept;
      to.covered[g] = from.covered[g]! + newlyCovered;
      to.reachable[g] = keptWeight;
    }
  }

  /** Computes the bounds, sets `branch`, and says whether the node can be cut off. */
  private prunedByBounds(level: Level, free: number, costUnits: number, count: number): boolean {
    const n = this.n;
    const gains = this.gains;
    gains.fill(0);
    for (let g = 0; g < this.groupCount; g++) {
      const masks = level.masks[g]!;
      const weights = level.weights[g]!;
      const length = level.lengths[g]!;
      const offset = g * n;
      for (let i = 0; i < length; i++) {
        let mask = masks[i]!;
        const w = weights[i]!;
        while (mask !== 0) {
          const low = mask & -mask;
          gains[offset + 31 - Math.clz32(low)]! += w;
          mask ^= low;
        }
      }
    }

    let costBound = 0;
    let countBound = 1; // S misses the requirement, so any completion adds a channel.
    this.branch = -1;
    if (this.requirement.mode === 'population') {
      const popGains = this.populationGains;
      popGains.fill(0);
      let reach = 0;
      for (let g = 0; g < this.groupCount; g++) {
        const scale = this.scaled[g]!;
        reach += scale * level.covered[g]!;
        for (let c = 0; c < n; c++) popGains[c]! += scale * gains[g * n + c]!;
      }
      const deficit = this.requirement.threshold - REACH_TOLERANCE - BOUND_SLACK - reach;
      if (deficit > 0) {
        const bound = this.knapsack(popGains, 0, free, deficit);
        if (bound < 0) return true;
        costBound = bound;
        countBound = Math.max(countBound, this.countNeeded(popGains, 0, free, deficit));
      }
      if (this.branch < 0) this.branch = this.firstUseful(popGains, 0, free);
    } else {
      let bindingDeficit = -1;
      let branch = -1;
      for (let g = 0; g < this.groupCount; g++) {
        const total = this.totals[g]!;
        const deficit = (this.thresholds[g]! - REACH_TOLERANCE - BOUND_SLACK) * total - level.covered[g]!;
        if (deficit <= 0) continue;
        const bound = this.knapsack(gains, g * n, free, deficit);
        if (bound < 0) return true;
        countBound = Math.max(countBound, this.countNeeded(gains, g * n, free, deficit));
        const relative = deficit / total;
        if (bound > costBound || (bound === costBound && relative > bindingDeficit)) {
          costBound = bound;
          bindingDeficit = relative;
          branch = this.branch;
        }
      }
      this.branch = branch;
      if (this.branch < 0) this.branch = this.firstUseful(gains, -1, free);
    }
    if (this.branch < 0) return true; // No free channel reaches anyone still uncovered.

    const best = this.best;
    const margin = 1e-9 * Math.max(1, best.costUnits) + 1e-6;
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
   * Fractional knapsack: the least cost of free channels whose gains (at `offset` in `gains`) sum to
   * `deficit`, or −1 when even all of them fall short. Sets `branch` to the cheapest-per-gain channel.
   */
  private knapsack(gains: Float64Array, offset: number, free: number, deficit: number): number {
    const costs = this.instance.costUnits;
    let size = 0;
    for (let c = 0; c < this.n; c++) {
      const gain = gains[offset + c]!;
      if (gain <= 0 || (free & (1 << c)) === 0) continue;
      this.insertSorted(size++, c, costs[c]! / gain, gains, offset);
    }
    this.branch = size > 0 ? this.order[0]! : -1;
    let remaining = deficit;
    let cost = 0;
    for (let k = 0; k < size; k++) {
      const c = this.order[k]!;
      const gain = gains[offset + c]!;
      if (gain >= remaining) return cost + costs[c]! * (remaining / gain);
      cost += costs[c]!;
      remaining -= gain;
    }
    return -1;
  }

  /** The fewest free channels whose gains could sum to `deficit` (largest gains first). */
  private countNeeded(gains: Float64Array, offset: number, free: number, deficit: number): number {
    let size = 0;
    for (let c = 0; c < this.n; c++) {
      const gain = gains[offset + c]!;
      if (gain <= 0 || (free & (1 << c)) === 0) continue;
      this.insertSorted(size++, c, -gain, gains, offset);
    }
    let remaining = deficit;
    for (let k = 0; k < size; k++) {
      remaining -= gains[offset + this.order[k]!]!;
      if (remaining <= 0) return k + 1;
    }
    return size + 1;
  }

  /** Insertion into `order` by ascending key, then larger gain, then lower index: deterministic. */
  private insertSorted(
    size: number,
    channel: number,
    key: number,
    gains: Float64Array,
    offset: number,
  ): void {
    const { order, keys } = this;
    const gain = gains[offset + channel]!;
    let k = size;
    while (k > 0) {
      const other = order[k - 1]!;
      const otherKey = keys[k - 1]!;
      const otherGain = gains[offset + other]!;
      const before =
        key < otherKey || (key === otherKey && (gain > otherGain || (gain === otherGain && channel < other)));
      if (!before) break;
      order[k] = other;
      keys[k] = otherKey;
      k--;
    }
    order[k] = channel;
    keys[k] = key;
  }

  /**
   * A free channel with any gain, for nodes whose bounds found no shortfall on the running sums
   * while reach.ts still says the requirement is missed (a reach within the slack of its target).
   */
  private firstUseful(gains: Float64Array, offset: number, free: number): number {
    for (let c = 0; c < this.n; c++) {
      if ((free & (1 << c)) === 0) continue;
      if (offset >= 0 ? gains[offset + c]! > 0 : this.anyGain(c)) return c;
    }
    return -1;
  }

  private anyGain(channel: number): boolean {
    for (let g = 0; g < this.groupCount; g++) if (this.gains[g * this.n + channel]! > 0) return true;
    return false;
  }
}
