// Dutch sentences for the planner's results, kept apart from the solver so that the solver returns
// data and the wording can change (or be translated) without touching the search.
import type {
  ChannelExplanation,
  GroupReach,
  InfeasiblePhaseResult,
  PhaseResult,
  TargetMode,
} from './types.js';

/** Display names; codes are shown where a name function is missing. */
export interface Names {
  channel?: (code: string) => string | undefined;
  group?: (code: string) => string | undefined;
}

/** What the wording needs of a phase result; a bare target stands for a feasible phase. */
type Wording = Pick<PhaseResult, 'target' | 'mode' | 'feasible'> &
  Partial<Pick<InfeasiblePhaseResult, 'bestReach'>>;

function contextOf(phase: number | PhaseResult): Wording {
  return typeof phase === 'number' ? { target: phase, mode: 'every-group', feasible: true } : phase;
}

const decimal = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });

/** 0.8 → "80%". Whole percentages: survey reach is not more precise than that. */
export function formatPercent(fraction: number): string {
  return `${Math.round(fraction * 100)}%`;
}

/**
 * 0.23 → "+23 procentpunt". Below one point one decimal is kept, so that a small but real
 * contribution does not read as "+0".
 */
export function formatPoints(fraction: number): string {
  const points = fraction * 100;
  const shown = Math.abs(points) < 1 ? decimal.format(points) : String(Math.round(points));
  return `${points >= 0 ? '+' : ''}${shown} procentpunt`;
}

function listDutch(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} en ${items[items.length - 1]}`;
}

function reachOf(entries: readonly GroupReach[], group: string): number {
  return entries.find((m) => m.group === group)?.reach ?? 0;
}

/**
 * What keeping a group "above target" means: the target, or, when the target is out of reach for
 * that group, the most all channels reach in it (the level the solver then aimed for).
 */
function groupLevel(result: Wording, group: string): string {
  if (!result.feasible && result.mode === 'every-group' && result.bestReach) {
    const best = reachOf(result.bestReach.groups, group);
    if (best < result.target) return `op het haalbare maximum van ${formatPercent(best)}`;
  }
  return `boven ${formatPercent(result.target)}`;
}

function populationLevel(result: Wording): string {
  if (!result.feasible && result.mode === 'population' && result.bestReach) {
    return `op het haalbare maximum van ${formatPercent(result.bestReach.population ?? 0)}`;
  }
  return `boven ${formatPercent(result.target)}`;
}

function groupsSentence(channel: string, explanation: ChannelExplanation, result: Wording, names: Names) {
  const name = (code: string) => names.group?.(code) ?? code;
  const points = (code: string) => formatPoints(reachOf(explanation.marginal, code));
  const groups = explanation.necessaryFor;
  const levels = new Set(groups.map((code) => groupLevel(result, code)));
  if (groups.length === 1) {
    const code = groups[0]!;
    return `${channel} is nodig om ${name(code)} ${groupLevel(result, code)} te houden (${points(code)}).`;
  }
  if (levels.size === 1) {
    const parts = groups.map((code) => `${name(code)} (${points(code)})`);
    return `${channel} is nodig om ${listDutch(parts)} ${[...levels][0]} te houden.`;
  }
  const parts = groups.map((code) => `${name(code)} ${groupLevel(result, code)} (${points(code)})`);
  return `${channel} is nodig om ${listDutch(parts)} te houden.`;
}

/**
 * One sentence on why a chosen channel is in the set, e.g. "WhatsApp is nodig om 16–24 jaar boven
 * 80% te houden (+23 procentpunt)." Pass the phase result rather than only its target so that an
 * unreachable target is worded as the attainable maximum the solver aimed for instead.
 */
export function describeChannel(
  explanation: ChannelExplanation,
  phase: number | PhaseResult,
  names: Names = {},
): string {
  const result = contextOf(phase);
  const channel = names.channel?.(explanation.code) ?? explanation.code;
  const population =
    explanation.necessaryForPopulation && explanation.populationMarginal !== null
      ? `${channel} is nodig om het bereik onder de bevolking ${populationLevel(result)} te houden (${formatPoints(explanation.populationMarginal)}).`
      : null;
  // The population target is what population mode optimises, so it leads there.
  if (result.mode === 'population' && population !== null) return population;
  if (explanation.necessaryFor.length > 0) return groupsSentence(channel, explanation, result, names);
  if (population !== null) return population;
  const largest = explanation.marginal.reduce<GroupReach | null>(
    (best, entry) => (best === null || entry.reach > best.reach ? entry : best),
    null,
  );
  if (largest === null || largest.reach <= 0)
    return `${channel} voegt geen bereik toe naast de andere gekozen kanalen.`;
  const group = names.group?.(largest.group) ?? largest.group;
  return `${channel} voegt het meeste bereik toe bij ${group} (${formatPoints(largest.reach)}).`;
}

export interface UnreachableFacts {
  mode: TargetMode;
  target: number;
  bestReach: { groups: readonly GroupReach[]; population: number | null };
}

/** Why the target cannot be met, and what the advice does instead. */
export function unreachableMessage(facts: UnreachableFacts, names: Names = {}): string {
  const level = formatPercent(facts.target);
  if (facts.mode === 'population') {
    return (
      `Een bereik van ${level} onder de bevolking is met de aangeboden kanalen niet haalbaar: ` +
      `alle kanalen samen bereiken ${formatPercent(facts.bestReach.population ?? 0)}. ` +
      'Het advies is de goedkoopste set kanalen die dat maximum haalt.'
    );
  }
  const short = facts.bestReach.groups
    .filter((g) => g.reach < facts.target)
    .map((g) => `${names.group?.(g.group) ?? g.group} (hoogstens ${formatPercent(g.reach)})`);
  return (
    `Een bereik van ${level} in elke groep is met de aangeboden kanalen niet haalbaar voor ${listDutch(short)}. ` +
    `Het advies is de goedkoopste set kanalen die elke groep ${level} geeft of, waar dat niet kan, zoveel als haalbaar is.`
  );
}
