// The catalogue a new gemeente starts with. The lead copies it into the tenant's tables; from then on
// the tables are the truth and a beheerder may extend them.
import { DEFAULT_CHANNELS } from './channels.js';
import { DEFAULT_CONTEXTS } from './contexts.js';
import { DEFAULT_EXPECTATIONS } from './expectations.js';
import { DEFAULT_MOTIVES } from './motives.js';
import { DEFAULT_PHASES } from './phases.js';
import { DEFAULT_AGE_SCHEME, DEFAULT_PROFILE_SCHEME } from './segments.js';
import { CODE_PATTERN, MAX_CODE_LENGTH } from './types.js';
import type {
  AgeScheme,
  Channel,
  ContextDefinition,
  Expectation,
  Motive,
  PhaseDefinition,
  ProfileScheme,
} from './types.js';

export * from './types.js';
export * from './sources.js';
export { DEFAULT_CONTEXTS } from './contexts.js';
export { DEFAULT_PHASES, phaseDefinition } from './phases.js';
export {
  DEFAULT_AGE_GROUPS,
  DEFAULT_AGE_SCHEME,
  DEFAULT_PROFILES,
  DEFAULT_PROFILE_SCHEME,
  DEFAULT_SCHEMES,
  MAX_AGE,
  MIN_AGE,
  ageGroupOf,
  ageGroupProblems,
  isValidAge,
  type AgeBounds,
  type DefaultAgeGroupCode,
  type DefaultProfileCode,
} from './segments.js';
export { DEFAULT_CHANNELS, type DefaultChannelCode } from './channels.js';
export { DEFAULT_MOTIVES, type DefaultMotiveCode } from './motives.js';
export { DEFAULT_EXPECTATIONS, type DefaultExpectationCode } from './expectations.js';

export interface DefaultCatalogue {
  contexts: ContextDefinition[];
  /** Ten rows: context × phase. */
  phases: PhaseDefinition[];
  schemes: { age: AgeScheme; profile: ProfileScheme };
  channels: Channel[];
  motives: Motive[];
  expectations: Expectation[];
}

/** A fresh deep copy on every call, so a caller may change it without touching the defaults. */
export function defaultCatalogue(): DefaultCatalogue {
  return structuredClone({
    contexts: [...DEFAULT_CONTEXTS],
    phases: [...DEFAULT_PHASES],
    schemes: { age: DEFAULT_AGE_SCHEME, profile: DEFAULT_PROFILE_SCHEME },
    channels: [...DEFAULT_CHANNELS],
    motives: [...DEFAULT_MOTIVES],
    expectations: [...DEFAULT_EXPECTATIONS],
  });
}

export function isValidCode(code: string): boolean {
  return code.length <= MAX_CODE_LENGTH && CODE_PATTERN.test(code);
}

/**
 * Problems that would make catalogue data unusable: malformed or duplicate codes within one list,
 * empty names, a channel, motive or expectation without contexts or phases. Empty when sound; the
 * defaults are (tested), and the same check serves a beheerder's additions.
 */
export function catalogueProblems(catalogue: DefaultCatalogue): string[] {
  const problems: string[] = [];
  const checkList = (list: string, items: readonly { code: string; nameNl: string; nameEn: string }[]) => {
    const seen = new Set<string>();
    for (const item of items) {
      if (!isValidCode(item.code)) problems.push(`${list}: ongeldige code '${item.code}'`);
      if (seen.has(item.code)) problems.push(`${list}: code '${item.code}' komt dubbel voor`);
      seen.add(item.code);
      if (item.nameNl.trim() === '' || item.nameEn.trim() === '')
        problems.push(`${list}: '${item.code}' zonder naam`);
    }
  };
  checkList('contexten', catalogue.contexts);
  for (const context of catalogue.contexts) {
    checkList(
      `fasen ${context.code}`,
      catalogue.phases.filter((p) => p.context === context.code),
    );
  }
  checkList('leeftijdsgroepen', catalogue.schemes.age.groups);
  checkList('betrokkenheidsprofielen', catalogue.schemes.profile.groups);
  checkList('kanalen', catalogue.channels);
  checkList('motieven', catalogue.motives);
  checkList('verwachtingen', catalogue.expectations);
  for (const item of [...catalogue.channels, ...catalogue.motives, ...catalogue.expectations]) {
    if (item.contexts.length === 0) problems.push(`'${item.code}' hoort bij geen enkele context`);
  }
  for (const item of [...catalogue.motives, ...catalogue.expectations]) {
    if (item.phases.length === 0) problems.push(`'${item.code}' hoort bij geen enkele fase`);
  }
  return problems;
}
