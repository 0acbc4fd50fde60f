import { CITISENS_PROFILES_SOURCE, CITISENS_SHARES_SOURCE } from './sources.js';
import { PRODUCT_DEFAULT_SOURCE } from './types.js';
import type { AgeGroup, AgeScheme, EngagementProfile, ProfileScheme } from './types.js';

/** Youngest and oldest age (whole years) a respondent or resident may have in the age scheme. */
export const MIN_AGE = 16;
export const MAX_AGE = 120;

export const DEFAULT_AGE_GROUPS = (
  [
    { code: '16-24', nameNl: '16–24 jaar', nameEn: '16–24 years', minAge: 16, maxAge: 24 },
    { code: '25-34', nameNl: '25–34 jaar', nameEn: '25–34 years', minAge: 25, maxAge: 34 },
    { code: '35-44', nameNl: '35–44 jaar', nameEn: '35–44 years', minAge: 35, maxAge: 44 },
    { code: '45-54', nameNl: '45–54 jaar', nameEn: '45–54 years', minAge: 45, maxAge: 54 },
    { code: '55-64', nameNl: '55–64 jaar', nameEn: '55–64 years', minAge: 55, maxAge: 64 },
    { code: '65-74', nameNl: '65–74 jaar', nameEn: '65–74 years', minAge: 65, maxAge: 74 },
    { code: '75-plus', nameNl: '75 jaar en ouder', nameEn: '75 years and over', minAge: 75, maxAge: null },
  ] as const
).map((g, i) => ({ ...g, source: PRODUCT_DEFAULT_SOURCE, sort: i + 1 })) satisfies readonly AgeGroup[];

export type DefaultAgeGroupCode = (typeof DEFAULT_AGE_GROUPS)[number]['code'];

/** The bounds ageGroupOf needs; a stored row with nullable bounds fits too. */
export type AgeBounds = Pick<AgeGroup, 'code'> & {
  readonly minAge: number | null;
  readonly maxAge: number | null;
};

export function isValidAge(age: number): boolean {
  return Number.isInteger(age) && age >= MIN_AGE && age <= MAX_AGE;
}

/**
 * The code of the first group whose inclusive bounds contain `age` (null bounds are open). Null when
 * the age is invalid (not a whole number, below MIN_AGE or above MAX_AGE) or no group covers it.
 */
export function ageGroupOf(age: number, groups: readonly AgeBounds[] = DEFAULT_AGE_GROUPS): string | null {
  if (!isValidAge(age)) return null;
  const group = groups.find(
    (g) => (g.minAge === null || age >= g.minAge) && (g.maxAge === null || age <= g.maxAge),
  );
  return group?.code ?? null;
}

/**
 * Problems that make a set of age groups unusable (for a beheerder editing the scheme): bounds that
 * are not whole numbers, inverted, overlapping, or leave ages between MIN_AGE and MAX_AGE uncovered.
 * Empty when the groups partition MIN_AGE..MAX_AGE.
 */
export function ageGroupProblems(groups: readonly AgeBounds[]): string[] {
  const problems: string[] = [];
  const lo = (g: AgeBounds) => g.minAge ?? MIN_AGE;
  const hi = (g: AgeBounds) => g.maxAge ?? MAX_AGE;
  for (const g of groups) {
    if (![lo(g), hi(g)].every(Number.isInteger)) problems.push(`${g.code}: grenzen moeten hele jaren zijn`);
    else if (lo(g) > hi(g)) problems.push(`${g.code}: ondergrens ligt boven bovengrens`);
  }
  if (problems.length > 0) return problems;
  const sorted = [...groups].sort((a, b) => lo(a) - lo(b));
  let next = MIN_AGE;
  for (const g of sorted) {
    if (lo(g) > next) problems.push(`leeftijden ${next}–${lo(g) - 1} vallen in geen groep`);
    if (lo(g) < next) problems.push(`${g.code} overlapt met een andere groep`);
    next = Math.max(next, hi(g) + 1);
  }
  if (next <= MAX_AGE) problems.push(`leeftijden ${next}–${MAX_AGE} vallen in geen groep`);
  return problems;
}

export const DEFAULT_AGE_SCHEME: AgeScheme = {
  code: 'age',
  nameNl: 'Leeftijdsgroep',
  nameEn: 'Age group',
  description: `Leeftijd in hele jaren, van ${MIN_AGE} tot en met ${MAX_AGE}, ingedeeld in groepen van tien jaar.`,
  descriptionEn: `Age in whole years, ${MIN_AGE} to ${MAX_AGE}, in groups of ten years.`,
  source: PRODUCT_DEFAULT_SOURCE,
  groups: DEFAULT_AGE_GROUPS,
};

// What the public sources say about the profiles applies to all eight alike; nothing published that
// we could read describes one profile on its own, so each profile carries this shared text only.
const DIMENSIONS =
  'De profielen verschillen in vertrouwen in de gemeente en de overheid en in betrokkenheid bij de eigen leefomgeving, en verder in participatievoorkeur (meedenken of meedoen) en communicatievoorkeuren.';
const DIMENSIONS_EN =
  'The profiles differ in trust in the municipality and government and in engagement with their own living environment, and further in participation preference (thinking along or taking part) and communication preferences.';
const PROFILE_DESCRIPTION = `Een van de acht betrokkenheidsprofielen van Citisens. ${DIMENSIONS}`;
const PROFILE_DESCRIPTION_EN = `One of Citisens' eight engagement profiles. ${DIMENSIONS_EN}`;

// Profile names are Citisens' proper names: the English UI shows them untranslated rather than
// inventing English names for someone else's model.
export const DEFAULT_PROFILES = (
  [
    { code: 'honkvaste-buurtbewoners', nameNl: 'Honkvaste Buurtbewoners', populationShare: 0.17 },
    { code: 'zelfbewuste-aanpakkers', nameNl: 'Zelfbewuste Aanpakkers', populationShare: 0.16 },
    { code: 'zorgzame-senioren', nameNl: 'Zorgzame Senioren', populationShare: 0.06 },
    { code: 'gevestigde-beinvloeders', nameNl: 'Gevestigde Beïnvloeders', populationShare: 0.18 },
    { code: 'kritische-vernieuwers', nameNl: 'Kritische Vernieuwers', populationShare: 0.06 },
    { code: 'idealistische-globalisten', nameNl: 'Idealistische Globalisten', populationShare: null },
    { code: 'gehaaste-gezinnen', nameNl: 'Gehaaste Gezinnen', populationShare: null },
    { code: 'bescheiden-grijzen', nameNl: 'Bescheiden Grijzen', populationShare: null },
  ] as const
).map((p, i) => ({
  ...p,
  nameEn: p.nameNl,
  shareSource: p.populationShare === null ? null : CITISENS_SHARES_SOURCE,
  description: PROFILE_DESCRIPTION,
  descriptionEn: PROFILE_DESCRIPTION_EN,
  source: CITISENS_PROFILES_SOURCE,
  sort: i + 1,
})) satisfies readonly EngagementProfile[];

export type DefaultProfileCode = (typeof DEFAULT_PROFILES)[number]['code'];

export const DEFAULT_PROFILE_SCHEME: ProfileScheme = {
  code: 'profile',
  nameNl: 'Betrokkenheidsprofiel (Citisens)',
  nameEn: 'Engagement profile (Citisens)',
  description: `De acht betrokkenheidsprofielen van Citisens, gekoppeld aan postcodes. ${DIMENSIONS}`,
  descriptionEn: `Citisens' eight engagement profiles, linked to postcodes. ${DIMENSIONS_EN}`,
  source: CITISENS_PROFILES_SOURCE,
  rights:
    'Het model en de koppeling aan postcodes zijn eigendom van Citisens. Buitenbinnen toont alleen de namen als segmentatie; een gemeente met een Citisens-licentie vult die met eigen gegevens.',
  rightsEn:
    "The model and its postcode data are Citisens' property. Buitenbinnen only shows the names as a segmentation; a municipality with a Citisens licence fills it with its own data.",
  groups: DEFAULT_PROFILES,
};

export const DEFAULT_SCHEMES = [DEFAULT_AGE_SCHEME, DEFAULT_PROFILE_SCHEME] as const;
