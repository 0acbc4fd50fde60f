// Validation and the compact form the search works on: per group, the distinct non-empty masks
// (restricted to offered channels) with summed weights, and costs as whole numbers.
import { PlannerInputError, type PhaseInput } from './types.js';

export const MAX_CHANNELS = 31;
export const MAX_GROUPS = 64;
export const MAX_PATTERNS_PER_GROUP = 100_000;
/**
 * Distinct patterns per phase, all groups together: the search keeps a copy per depth (up to 32),
 * so this bounds its memory to some 80 MB. A survey yields at most one per respondent.
 */
export const MAX_DISTINCT_PATTERNS = 200_000;
export const MAX_COST = 1e8;
/** Population shares must total 1 within this; they come from CBS tables and are rounded. */
export const SHARE_TOLERANCE = 0.001;

/**
 * Costs are compared as whole multiples of 1e-4. Summed as floats, 0.1 + 0.2 and 0.3 differ, and a
 * tie between two sets would depend on the order of addition; as integers (exact below 2^53, which
 * MAX_COST · MAX_CHANNELS · 1e4 stays far under) equal costs are equal, whatever the search order.
 * Whole units also let the search conclude that a bound above best − 1 means "no cheaper".
 */
export const COST_UNITS_PER_UNIT = 1e4;

export interface PreparedGroup {
  code: string;
  /** Distinct masks with at least one offered channel, in order of first appearance. */
  masks: Int32Array;
  weights: Float64Array;
  /** Total weight of the group, including respondents no offered channel reaches. */
  total: number;
  /**
   * Population share, rescaled over the measured groups so that population reach is the reach
   * among the part of the population the survey says something about; 0 without shares.
   */
  share: number;
}

export interface Instance {
  channelCount: number;
  /** Codes of groups without respondents in this phase, left out of every reach figure. */
  unmeasured: string[];
  /** Bits of all offered channels. */
  allChannels: number;
  codes: string[];
  costs: number[];
  costUnits: number[];
  groups: PreparedGroup[];
  hasShares: boolean;
}

function fail(message: string, path: string): never {
  throw new PlannerInputError(message, path);
}

function validateTop(input: PhaseInput): void {
  if (!(Number.isFinite(input.target) && input.target >= 0 && input.target <= 1)) {
    fail(`target must be a fraction in [0, 1], got ${input.target}`, '/target');
  }
  if (input.mode !== 'every-group' && input.mode !== 'population') {
    fail(`mode must be "every-group" or "population", got ${String(input.mode)}`, '/mode');
  }
  if (input.channels.length > MAX_CHANNELS) {
    fail(`at most ${MAX_CHANNELS} channels can be planned, got ${input.channels.length}`, '/channels');
  }
  if (input.groups.length > MAX_GROUPS) {
    fail(`at most ${MAX_GROUPS} groups can be planned, got ${input.groups.length}`, '/groups');
  }
  const seen = new Set<string>();
  input.channels.forEach(({ code, cost }, i) => {
    if (seen.has(code)) fail(`channel ${code} is listed twice`, `/channels/${i}/code`);
    seen.add(code);
    if (!(Number.isFinite(cost) && cost >= 0 && cost <= MAX_COST)) {
      fail(`cost of channel ${code} must lie in [0, ${MAX_COST}], got ${cost}`, `/channels/${i}/cost`);
    }
  });
}

function validateShares(input: PhaseInput): boolean {
  const given = input.groups.filter((g) => g.populationShare !== undefined).length;
  if (given === 0) {
    if (input.mode === 'population')
      fail('population mode needs a populationShare for every group', '/groups');
    return false;
  }
  if (given < input.groups.length) {
    const i = input.groups.findIndex((g) => g.populationShare === undefined);
    fail('give a populationShare for every group or for none', `/groups/${i}/populationShare`);
  }
  let sum = 0;
  input.groups.forEach(({ code, populationShare: share = 0 }, i) => {
    if (!(Number.isFinite(share) && share >= 0)) {
      fail(
        `population share of ${code} must be a finite number ≥ 0, got ${share}`,
        `/groups/${i}/populationShare`,
      );
    }
    sum += share;
  });
  if (Math.abs(sum - 1) > SHARE_TOLERANCE) fail(`population shares must total 1, got ${sum}`, '/groups');
  return true;
}

function prepareGroup(input: PhaseInput, index: number, allChannels: number): PreparedGroup {
  const group = input.groups[index]!;
  const path = `/groups/${index}`;
  if (group.patterns.length > MAX_PATTERNS_PER_GROUP) {
    fail(
      `at most ${MAX_PATTERNS_PER_GROUP} patterns per group, got ${group.patterns.length}`,
      `${path}/patterns`,
    );
  }
  const slotOfMask = new Map<number, number>();
  const masks: number[] = [];
  const weights: number[] = [];
  let total = 0;
  group.patterns.forEach(({ mask, weight }, i) => {
    if (!(Number.isSafeInteger(mask) && mask >= 0)) {
      fail(`mask must be a whole number ≥ 0, got ${mask}`, `${path}/patterns/${i}/mask`);
    }
    if (!(Number.isFinite(weight) && weight >= 0)) {
      fail(`weight must be a finite number ≥ 0, got ${weight}`, `${path}/patterns/${i}/weight`);
    }
    total += weight;
    // `&` reads the mask modulo 2^32; allChannels < 2^31 keeps exactly the offered bits.
    const restricted = mask & allChannels;
    if (restricted === 0 || weight === 0) return;
    const slot = slotOfMask.get(restricted);
    if (slot === undefined) {
      slotOfMask.set(restricted, masks.length);
      masks.push(restricted);
      weights.push(weight);
    } else {
      weights[slot]! += weight;
    }
  });
  return {
    code: group.code,
    masks: Int32Array.from(masks),
    weights: Float64Array.from(weights),
    total,
    share: group.populationShare ?? 0,
  };
}

export function prepare(input: PhaseInput): Instance {
  validateTop(input);
  const hasShares = validateShares(input);
  const seenGroups = new Set<string>();
  input.groups.forEach(({ code }, i) => {
    if (seenGroups.has(code)) fail(`group ${code} is listed twice`, `/groups/${i}/code`);
    seenGroups.add(code);
  });
  const channelCount = input.channels.length;
  // 2^31 − 1 for 31 channels stays a positive int32, so masks never touch the sign bit.
  const allChannels = channelCount === 0 ? 0 : 2 ** channelCount - 1;
  const prepared = input.groups.map((_, i) => prepareGroup(input, i, allChannels));
  // A group nobody in it answered for this phase has no reach to speak of (0/0). Respondents may
  // skip a phase, so this happens with real data; it is reported rather than refused.
  let distinct = 0;
  for (const g of prepared) distinct += g.masks.length;
  if (distinct > MAX_DISTINCT_PATTERNS) {
    fail(`at most ${MAX_DISTINCT_PATTERNS} distinct patterns per phase, got ${distinct}`, '/groups');
  }
  const groups = prepared.filter((g) => g.total > 0);
  if (groups.length === 0 && prepared.length > 0) fail('no group has respondents in this phase', '/groups');
  let shares = hasShares;
  if (hasShares) {
    let measuredShare = 0;
    for (const g of groups) measuredShare += g.share;
    if (measuredShare === 0) {
      if (input.mode === 'population')
        fail('the groups with respondents all have population share 0', '/groups');
      shares = false;
    }
    for (const g of groups) g.share = shares ? g.share / measuredShare : 0;
  }
  return {
    channelCount,
    unmeasured: prepared.filter((g) => g.total === 0).map((g) => g.code),
    allChannels,
    codes: input.channels.map((c) => c.code),
    costs: input.channels.map((c) => c.cost),
    costUnits: input.channels.map((c) => Math.round(c.cost * COST_UNITS_PER_UNIT)),
    groups,
    hasShares: shares,
  };
}
