// From survey answers to the planner's response patterns: one bitmask per respondent over the
// offered channels, identical masks merged. Channels a respondent names that the gemeente does not
// offer are dropped; a respondent left with none counts towards the group but cannot be reached.
import type { ResponsePattern } from './types.js';

export interface ChannelChoice {
  /** Channel codes the respondent would use. */
  channels: readonly string[];
  /** Respondent weight (1 unweighted, the post-stratification weight otherwise). */
  weight?: number;
}

export function buildPatterns(
  offered: readonly string[],
  choices: Iterable<ChannelChoice>,
): ResponsePattern[] {
  const bitOf = new Map(offered.map((code, i) => [code, 1 << i] as const));
  const weightOfMask = new Map<number, number>();
  for (const { channels, weight = 1 } of choices) {
    let mask = 0;
    for (const code of channels) mask |= bitOf.get(code) ?? 0;
    weightOfMask.set(mask, (weightOfMask.get(mask) ?? 0) + weight);
  }
  return [...weightOfMask].map(([mask, weight]) => ({ mask, weight }));
}
