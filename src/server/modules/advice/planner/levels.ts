// The search's state per depth: each group's patterns that no chosen channel reaches yet, restricted
// to the channels still free, with running sums. Going one level down (a channel taken in or ruled
// out) copies the survivors and updates the sums, so that nothing is recounted per node.

/** What the level functions need to know of the instance. */
export interface Layout {
  /** Channel count. */
  n: number;
  groupCount: number;
  /** Where group g's patterns start in every level's flat arrays. */
  starts: Int32Array;
  /** Channels that cost nothing. */
  zeroCost: number;
}

export interface Level {
  /** Group g's patterns occupy [starts[g], starts[g] + lengths[g]). */
  masks: Int32Array;
  weights: Float64Array;
  lengths: Int32Array;
  /** Weight reached by the chosen channels, per group. */
  covered: Float64Array;
  /** Weight of the patterns still in play, per group: the most the free channels can add. */
  reachable: Float64Array;
  /** Per group × channel (g · n + c): weight of the patterns in play that channel c reaches. */
  gains: Float64Array;
  /**
   * As `covered` and `gains`, but with the free zero-cost channels counted as chosen: the view the
   * cost bound takes (see search.ts). Only channels that cost something have paid gains.
   */
  paidCovered: Float64Array;
  paidGains: Float64Array;
}

function lowestBit(mask: number): number {
  return 31 - Math.clz32(mask & -mask);
}

function copyPrefix(from: Float64Array, to: Float64Array, length: number): void {
  for (let i = 0; i < length; i++) to[i] = from[i]!;
}

/** The root: all patterns in play, nothing chosen, every channel free. */
export function fillRoot(
  root: Level,
  layout: Layout,
  groups: readonly { masks: Int32Array; weights: Float64Array }[],
): void {
  const { n, zeroCost } = layout;
  root.gains.fill(0, 0, layout.groupCount * n);
  root.paidGains.fill(0, 0, layout.groupCount * n);
  groups.forEach((group, g) => {
    const start = layout.starts[g]!;
    let reachable = 0;
    let paidCovered = 0;
    group.masks.forEach((mask, i) => {
      const w = group.weights[i]!;
      root.masks[start + i] = mask;
      root.weights[start + i] = w;
      reachable += w;
      for (let m = mask; m !== 0; m &= m - 1) root.gains[g * n + lowestBit(m)]! += w;
      if ((mask & zeroCost) !== 0) paidCovered += w;
      else for (let m = mask; m !== 0; m &= m - 1) root.paidGains[g * n + lowestBit(m)]! += w;
    });
    root.lengths[g] = group.masks.length;
    root.covered[g] = 0;
    root.paidCovered[g] = paidCovered;
    root.reachable[g] = reachable;
  });
}

/** Fills `to` from `from` with `channel` taken in: the patterns it reaches leave play. */
export function include(from: Level, to: Level, channel: number, layout: Layout): void {
  const { n, zeroCost, starts } = layout;
  const bit = 1 << channel;
  const paid = (zeroCost & bit) === 0;
  const { masks, weights } = from;
  const { gains, paidGains } = to;
  copyPrefix(from.gains, gains, layout.groupCount * n);
  copyPrefix(from.paidGains, paidGains, layout.groupCount * n);
  for (let g = 0; g < layout.groupCount; g++) {
    const offset = g * n;
    const start = starts[g]!;
    const end = start + from.lengths[g]!;
    let kept = start;
    let keptWeight = 0;
    let newlyCovered = 0;
    let newlyPaidCovered = 0;
    for (let i = start; i < end; i++) {
      const mask = masks[i]!;
      const w = weights[i]!;
      if ((mask & bit) === 0) {
        to.masks[kept] = mask;
        to.weights[kept++] = w;
        keptWeight += w;
        continue;
      }
      newlyCovered += w;
      for (let m = mask; m !== 0; m &= m - 1) gains[offset + lowestBit(m)]! -= w;
      // A pattern a free zero-cost channel reaches counted as covered in the paid view already.
      if (paid && (mask & zeroCost) === 0) {
        newlyPaidCovered += w;
        for (let m = mask; m !== 0; m &= m - 1) paidGains[offset + lowestBit(m)]! -= w;
      }
    }
    gains[offset + channel] = 0;
    paidGains[offset + channel] = 0;
    to.lengths[g] = kept - start;
    to.covered[g] = from.covered[g]! + newlyCovered;
    to.paidCovered[g] = from.paidCovered[g]! + newlyPaidCovered;
    to.reachable[g] = keptWeight;
  }
}

/** Fills `to` from `from` (whose free channels are `free`) with the channels in `bits` ruled out. */
export function exclude(from: Level, to: Level, bits: number, free: number, layout: Layout): void {
  const { n, zeroCost, starts } = layout;
  const zeroCostLeft = free & ~bits & zeroCost;
  const zeroCostRuledOut = bits & zeroCost;
  const { masks, weights } = from;
  const { gains, paidGains } = to;
  copyPrefix(from.gains, gains, layout.groupCount * n);
  copyPrefix(from.paidGains, paidGains, layout.groupCount * n);
  for (let g = 0; g < layout.groupCount; g++) {
    const offset = g * n;
    const start = starts[g]!;
    const end = start + from.lengths[g]!;
    let kept = start;
    let keptWeight = 0;
    let uncovered = 0;
    for (let i = start; i < end; i++) {
      const mask = masks[i]!;
      const w = weights[i]!;
      const rest = mask & ~bits;
      // Ruling out a zero-cost channel uncovers, in the paid view, what no other free one reaches.
      if ((mask & zeroCostRuledOut) !== 0 && (rest & zeroCostLeft) === 0) {
        uncovered += w;
        for (let m = rest; m !== 0; m &= m - 1) paidGains[offset + lowestBit(m)]! += w;
      }
      if (rest === 0) continue;
      to.masks[kept] = rest;
      to.weights[kept++] = w;
      keptWeight += w;
    }
    for (let m = bits; m !== 0; m &= m - 1) {
      gains[offset + lowestBit(m)] = 0;
      paidGains[offset + lowestBit(m)] = 0;
    }
    to.lengths[g] = kept - start;
    to.covered[g] = from.covered[g]!;
    to.paidCovered[g] = from.paidCovered[g]! - uncovered;
    to.reachable[g] = keptWeight;
  }
}

/** Above this many patterns the levels are not kept between solves, so a big request frees them. */
const KEEP_LIMIT = 20_000;

/**
 * One level per depth, allocated once and reused: allocating and zeroing them at every search cost
 * more than the search itself on realistic phases.
 */
export class Workspace {
  private readonly levels: Level[] = [];

  level(depth: number, patterns: number, groups: number, channels: number): Level {
    const found = this.levels[depth];
    if (
      found !== undefined &&
      found.masks.length >= patterns &&
      found.lengths.length >= groups &&
      found.gains.length >= groups * channels
    ) {
      return found;
    }
    const level: Level = {
      masks: new Int32Array(patterns),
      weights: new Float64Array(patterns),
      lengths: new Int32Array(groups),
      covered: new Float64Array(groups),
      reachable: new Float64Array(groups),
      gains: new Float64Array(groups * channels),
      paidCovered: new Float64Array(groups),
      paidGains: new Float64Array(groups * channels),
    };
    this.levels[depth] = level;
    return level;
  }
}

let shared: Workspace | null = null;

/**
 * The shared workspace when the instance is small (solves are synchronous, so no two use it at
 * once), a fresh one otherwise.
 */
export function workspaceFor(patterns: number): Workspace {
  if (patterns > KEEP_LIMIT) return new Workspace();
  shared ??= new Workspace();
  return shared;
}
