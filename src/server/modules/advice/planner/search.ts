// Branch and bound over channels. A node fixes some channels in (S) and some out; the rest are free
// (F). Its level (levels.ts) holds per group the patterns S does not reach yet, restricted to F, so
// that running sums give the covered weight and the most that S ∪ F could cover. A node is cut off
// when even S ∪ F misses the requirement, or when a lower bound on the cost of completing S exceeds
// the best set found, or can at best tie it while needing more channels or reaching the
// least-served group less well.
//
// The cost bound is a fractional knapsack: to close a group's shortfall d a completion must add
// patterns weighing at least d; channel c adds at most gain(c), the weight of uncovered patterns it
// reaches (a union weighs no more than its parts), so buying channels cheapest-per-gain first, the
// last one in part, costs no more than any real completion. Two things make it tight enough:
//   - Free channels that cost nothing are counted as taken: adding them never raises a
//     completion's cost, so the cheapest completion with them costs what the cheapest one does.
//     Their patterns then count once, as covered, instead of once per channel at no cost.
//   - Besides per group, the bound is taken for all short groups at once (each group's gains as a
//     fraction of its shortfall, capped at 1, must add up to 1 per group), which is stronger when
//     different groups need different channels.
// The count bound does the same with unit costs. Channels that alone would push the cost past the
// best set are ruled out before branching. Branching takes the cheapest-per-gain channel that
// costs something, in the group with the largest bound: in first, so the first dive is a greedy
// solution, out second. Once S meets the requirement no superset is visited: it would cost at least
// as much with more channels, which the tie-break ranks lower.
import { Knapsack } from './knapsack.js';
import { exclude, fillRoot, include, Workspace, type Layout, type Level } from './levels.js';
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
/**
 * Room for rounding in the cost bounds. Sums of whole cost units are exact; only the fractional
 * last item of a knapsack is rounded, by less than 1e-15 of one channel's cost (≤ 1e12 units, see
 * prepare.ts), so a hundredth of a unit is ample and keeps the "best − 1" test meaningful.
 */
const COST_MARGIN = 0.01;
/** Gains below this fraction of a group's weight are rounding residue of the running updates. */
const GAIN_FLOOR = 1e-12;

export interface SearchOptions {
  /** A set that meets the requirement: the best known until the search finds better. */
  incumbent: number;
  maxNodes: number;
}

export interface SearchResult {
  best: Candidate;
  reaches: number[];
  nodes: number;
  /** False when the node limit stopped the search. */
  complete: boolean;
}

export function search(
  instance: Instance,
  requirement: Requirement,
  options: SearchOptions,
  workspace: Workspace = new Workspace(),
): SearchResult {
  return new Search(instance, requirement, options, workspace).run();
}

class Search {
  private readonly layout: Layout;
  private readonly n: number;
  private readonly groupCount: number;
  private readonly patternCount: number;
  private readonly totals: Float64Array;
  /** Every-group mode: the reach each group must attain. */
  private readonly thresholds: Float64Array;
  /** Population mode: share / total weight, turning covered weight into population reach. */
  private readonly scaled: Float64Array;
  private readonly floors: Float64Array;
  private readonly knapsack: Knapsack;
  /** Scratch for the bound over all groups together. */
  private readonly combined: Float64Array;
  private best: Candidate;
  private bestReaches: number[];
  private nodes = 0;
  private stopped = false;
  /** Channel to branch on at the current node. */
  private branch = -1;
  /** Results of the latest bound(): its suggested branch (−1 for none) and count bound. */
  private boundBranch = -1;
  private boundCount = 1;

  constructor(
    private readonly instance: Instance,
    private readonly requirement: Requirement,
    private readonly options: SearchOptions,
    private readonly workspace: Workspace,
  ) {
    const groups = instance.groups;
    this.n = instance.channelCount;
    this.groupCount = groups.length;
    const starts = new Int32Array(groups.length);
    let patternCount = 0;
    groups.forEach((group, g) => {
      starts[g] = patternCount;
      patternCount += group.masks.length;
    });
    this.patternCount = patternCount;
    let zeroCost = 0;
    instance.costUnits.forEach((units, c) => {
      if (units === 0) zeroCost |= 1 << c;
    });
    this.layout = { n: this.n, groupCount: groups.length, starts, zeroCost };
    this.totals = Float64Array.from(groups.map((g) => g.total));
    this.thresholds = Float64Array.from(
      groups.map((_, i) => (requirement.mode === 'every-group' ? requirement.thresholds[i]! : 0)),
    );
    this.scaled = Float64Array.from(groups.map((g) => g.share / g.total));
    this.floors = Float64Array.from(groups.map((g) => g.total * GAIN_FLOOR));
    this.knapsack = new Knapsack(this.n);
    this.combined = new Float64Array(this.n);
    this.bestReaches = groupReaches(instance, options.incumbent);
    if (!meetsRequirement(instance, requirement, this.bestReaches)) {
      throw new Error('search needs an incumbent that meets the requirement');
    }
    this.best = candidateOf(instance, options.incumbent, this.bestReaches);
  }

  run(): SearchResult {
    fillRoot(this.level(0), this.layout, this.instance.groups);
    this.visit(0, 0, this.instance.allChannels, 0, 0);
    return { best: this.best, reaches: this.bestReaches, nodes: this.nodes, complete: !this.stopped };
  }

  private level(depth: number): Level {
    return this.workspace.level(depth, this.patternCount, this.groupCount, this.n);
  }

  private visit(depth: number, set: number, free: number, costUnits: number, count: number): void {
    if (++this.nodes > this.options.maxNodes) {
      this.stopped = true;
      return;
    }
    const level = this.level(depth);
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
      exclude(level, this.level(depth + 1), unaffordable, free, this.layout);
      this.visit(depth + 1, set, free & ~unaffordable, costUnits, count);
      return;
    }
    if (this.prunedByBounds(level, costUnits, count)) return;

    const channel = this.branch;
    const bit = 1 << channel;
    include(level, this.level(depth + 1), channel, this.layout);
    this.visit(depth + 1, set | bit, free & ~bit, costUnits + this.instance.costUnits[channel]!, count + 1);
    if (this.stopped) return;
    exclude(level, this.level(depth + 1), bit, free, this.layout);
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

  /**
   * Free channels no set beating the best can contain: taking one costs more than the best set, or
   * as much while the set would have more channels. Whole cost units, so compared exactly.
   */
  private unaffordable(free: number, costUnits: number, count: number): number {
    const best = this.best;
    const tooMany = count + 1 > best.count;
    let out = 0;
    for (let c = 0; c < this.n; c++) {
      if ((free & (1 << c)) === 0) continue;
      const cost = costUnits + this.instance.costUnits[c]!;
      if (cost > best.costUnits || (tooMany && cost === best.costUnits)) out |= 1 << c;
    }
    return out;
  }

  /**
   * Computes the bounds, sets `branch`, and says whether the node can be cut off. The cost bound is
   * taken with the free zero-cost channels counted as chosen; the count bound, which only matters
   * when the cost can at best tie, on all channels.
   */
  private prunedByBounds(level: Level, costUnits: number, count: number): boolean {
    const costBound = this.bound(level, true);
    if (costBound < 0) return true;
    const best = this.best;
    const lowest = costUnits + costBound;
    if (lowest > best.costUnits + COST_MARGIN) return true;
    // Costs are whole units: a bound above best − 1 means every completion costs at least as much
    // as the best set, so only the later tie-breaks could still favour it.
    const atBest = lowest > best.costUnits - 1 + COST_MARGIN;
    let branch = this.boundBranch;
    if (atBest || branch < 0) {
      if (this.bound(level, false) < 0) return true;
      if (atBest) {
        const fewest = count + this.boundCount;
        if (fewest > best.count) return true;
        if (fewest === best.count && this.leastReachBound(level) < best.minReach - BOUND_SLACK) return true;
      }
      if (branch < 0) branch = this.boundBranch;
    }
    // A channel that costs something when the paid view has one to offer: deciding those first
    // settles the cost, and only then which zero-cost channels the set needs (the tie-break on
    // channel count). Zero-cost channels first would multiply the tree by every subset of them
    // before the cost bound bites.
    this.branch = branch >= 0 ? branch : this.anyUseful(level.gains);
    return this.branch < 0;
  }

  /**
   * The knapsack bound on the cost of completing S, with the free zero-cost channels counted as
   * chosen (`paid`) or not; −1 when S ∪ F cannot suffice. Leaves the suggested branch in
   * `boundBranch` and, when not `paid`, the count bound in `boundCount`.
   */
  private bound(level: Level, paid: boolean): number {
    const gains = paid ? level.paidGains : level.gains;
    const covered = paid ? level.paidCovered : level.covered;
    return this.requirement.mode === 'population'
      ? this.populationBound(gains, covered, this.requirement.threshold, !paid)
      : this.groupBound(gains, covered, !paid);
  }

  private groupBound(gains: Float64Array, covered: Float64Array, counting: boolean): number {
    const { n, knapsack, combined } = this;
    const costs = this.instance.costUnits;
    const margin = REACH_TOLERANCE + BOUND_SLACK;
    combined.fill(0);
    let costBound = 0;
    let countBound = 1; // S misses the requirement, so any completion adds a channel.
    let branch = -1;
    let bindingBound = -1;
    let bindingShortfall = -1;
    let short = 0;
    for (let g = 0; g < this.groupCount; g++) {
      const total = this.totals[g]!;
      const deficit = (this.thresholds[g]! - margin) * total - covered[g]!;
      if (deficit <= 0) continue;
      const floor = this.floors[g]!;
      const bound = knapsack.cost(gains, g * n, deficit, floor, costs);
      if (bound < 0) return -1;
      // Branch in the group that needs the most, by the bound, then by relative shortfall.
      const shortfall = deficit / total;
      if (bound > bindingBound || (bound === bindingBound && shortfall > bindingShortfall)) {
        bindingBound = bound;
        bindingShortfall = shortfall;
        branch = knapsack.cheapest;
      }
      if (counting) countBound = Math.max(countBound, knapsack.count(gains, g * n, deficit, floor, n));
      costBound = Math.max(costBound, bound);
      short++;
      for (let c = 0; c < n; c++) {
        const gain = gains[g * n + c]!;
        if (gain > floor) combined[c]! += Math.min(gain, deficit) / deficit;
      }
    }
    if (short > 1) {
      // Each short group needs its capped, scaled gains to sum to 1: together, to `short`.
      const bound = knapsack.cost(combined, 0, short, 0, costs);
      if (bound < 0) return -1;
      costBound = Math.max(costBound, bound);
      if (counting) countBound = Math.max(countBound, knapsack.count(combined, 0, short, 0, n));
    }
    this.boundBranch = branch;
    this.boundCount = countBound;
    return costBound;
  }

  private populationBound(
    gains: Float64Array,
    covered: Float64Array,
    threshold: number,
    counting: boolean,
  ): number {
    const { n, knapsack, combined } = this;
    combined.fill(0);
    let reach = 0;
    for (let g = 0; g < this.groupCount; g++) {
      const scale = this.scaled[g]!;
      const floor = this.floors[g]!;
      reach += scale * covered[g]!;
      for (let c = 0; c < n; c++) {
        const gain = gains[g * n + c]!;
        if (gain > floor) combined[c]! += scale * gain;
      }
    }
    this.boundBranch = -1;
    this.boundCount = 1;
    const deficit = threshold - REACH_TOLERANCE - BOUND_SLACK - reach;
    if (deficit <= 0) return 0;
    const bound = knapsack.cost(combined, 0, deficit, 0, this.instance.costUnits);
    if (bound < 0) return -1;
    this.boundBranch = knapsack.cheapest;
    if (counting) this.boundCount = Math.max(1, knapsack.count(combined, 0, deficit, 0, n));
    return bound;
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
   * The lowest-numbered channel that still reaches someone, or −1: for nodes whose running sums
   * show no shortfall while reach.ts finds the requirement missed by a hair.
   */
  private anyUseful(gains: Float64Array): number {
    for (let c = 0; c < this.n; c++) {
      for (let g = 0; g < this.groupCount; g++) if (gains[g * this.n + c]! > 0) return c;
    }
    return -1;
  }
}
