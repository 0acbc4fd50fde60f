// Which team gets a new case: a pure decision over the category chain and its routing rules.
import { Problem } from '../../platform/http/problem.js';

export interface RuleLike {
  id: string;
  categoryCode: string;
  postcodeFrom: number | null;
  postcodeTo: number | null;
  teamId: string;
  priority: number;
}

export interface CategoryLink {
  code: string;
  defaultTeamId: string | null;
}

export interface RouteDecision {
  teamId: string;
  /** The rule that decided, or null when a category's default team did. */
  ruleId: string | null;
  /** The category (the case's own, or an ancestor) whose rule or default decided. */
  via: string;
}

/** '1234 AB' -> 1234; anything without four leading digits has no area. */
export function postcodeNumber(postcode: string | null | undefined): number | null {
  const m = /^\s*([1-9]\d{3})/.exec(postcode ?? '');
  return m ? Number(m[1]) : null;
}

const isArea = (r: RuleLike) => r.postcodeFrom !== null && r.postcodeTo !== null;
const width = (r: RuleLike) => (isArea(r) ? r.postcodeTo! - r.postcodeFrom! : Number.POSITIVE_INFINITY);

/**
 * The best rule for one category: a matching postcode range beats a whole-gemeente rule; then the
 * higher priority; then the narrower range; then the id, so that the outcome never depends on the
 * order rows come back in.
 */
export function bestRule(rules: RuleLike[], postcode: number | null): RuleLike | undefined {
  const matching = rules.filter(
    (r) => !isArea(r) || (postcode !== null && postcode >= r.postcodeFrom! && postcode <= r.postcodeTo!),
  );
  matching.sort(
    (a, b) =>
      Number(isArea(b)) - Number(isArea(a)) ||
      b.priority - a.priority ||
      width(a) - width(b) ||
      a.id.localeCompare(b.id),
  );
  return matching[0];
}

export const noTeamProblem = (categoryCode: string) =>
  new Problem(
    422,
    'case-no-team',
    'Geen team voor deze categorie',
    `Voor categorie '${categoryCode}' is geen routeringsregel en geen standaardteam ingesteld, ook niet bij een bovenliggende categorie. Vraag de beheerder er een in te stellen.`,
    [{ pointer: '/categoryCode', detail: 'geen team voor deze categorie' }],
  );

/**
 * chain: the case's category first, then its parent, grandparent, ... Each level is tried in
 * turn: its rules, then its default team. So a rule on 'openbare ruimte' for one district reaches
 * every subcategory that has no rule or default team of its own.
 */
export function route(
  chain: CategoryLink[],
  rules: RuleLike[],
  postcode: string | null | undefined,
): RouteDecision {
  const area = postcodeNumber(postcode);
  for (const category of chain) {
    const rule = bestRule(
      rules.filter((r) => r.categoryCode === category.code),
      area,
    );
    if (rule) return { teamId: rule.teamId, ruleId: rule.id, via: category.code };
    if (category.defaultTeamId) return { teamId: category.defaultTeamId, ruleId: null, via: category.code };
  }
  throw noTeamProblem(chain[0]?.code ?? '');
}
