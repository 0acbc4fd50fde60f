// A synthetic national channel-preference survey for demos and tests. Every number in it is made up
// by this file; its only link to research is that its *shape* follows Ken je inwoner's published
// qualitative finding (young residents: online forms and WhatsApp/social media; older residents:
// e-mail and phone; trust and engagement matter besides age) and that engagement profiles occur with
// their published population shares. It must never be shown as research.
import {
  CONTEXTS,
  PHASES,
  type Answers,
  type Context,
  type Phase,
  type PhaseAnswer,
  type Respondent,
} from '../../../../shared/advice/model.js';
import { DEFAULT_CHANNELS } from '../catalogue/channels.js';
import { DEFAULT_EXPECTATIONS } from '../catalogue/expectations.js';
import { DEFAULT_MOTIVES, type DefaultMotiveCode } from '../catalogue/motives.js';
import {
  DEFAULT_AGE_GROUPS,
  DEFAULT_PROFILES,
  ageGroupOf,
  type DefaultProfileCode,
} from '../catalogue/segments.js';
import { KEN_JE_INWONER_SOURCE } from '../catalogue/sources.js';
import { Prng, deriveSeed } from '../../../../shared/demo/prng.js';
import {
  BASE,
  CONTEXT_SHIFT,
  PHASE_SHIFT,
  NOT_INBOUND_PENALTY,
  NOT_OUTBOUND_PENALTY,
  DIGITAL_SLOPE,
  TRUST_SLOPE,
  ENGAGEMENT_SLOPE,
  ENGAGEMENT_WEIGHT,
  NOISE_SCALE,
  TASTE_SD,
  CHANNEL_COUNT_WEIGHTS,
  MOTIVE_AFFINITY,
  MOTIVE_COUNT_WEIGHTS,
  LOW_TRUST_EXPECTATIONS,
  EXPECTATION_COUNT_WEIGHTS,
  type ChannelCode,
} from './model.js';

export const DEFAULT_DEMO_SEED = 20210504;
export const DEFAULT_DEMO_RESPONDENTS = 8000;
export const MAX_DEMO_RESPONDENTS = 100_000;
/** Chance that a respondent left one context × phase unanswered. */
export const SKIP_RATE = 0.02;

export interface DemoSurveyOptions {
  /** Any integer; taken modulo 2^32. */
  seed?: number;
  /** 1..MAX_DEMO_RESPONDENTS. */
  respondents?: number;
}

export interface DemoDataset {
  name: string;
  source: string;
  description: string;
  year: number;
  synthetic: true;
  seed: number;
  respondentCount: number;
}

export interface DemoSurvey {
  dataset: DemoDataset;
  respondents: Respondent[];
}

// ---- Population -------------------------------------------------------------------------------

// A rough shape of the Dutch population aged 16 and over, only so that the demo looks plausible;
// these weights are not CBS figures.
const AGE_BANDS: readonly { min: number; max: number; weight: number }[] = [
  { min: 16, max: 24, weight: 13.5 },
  { min: 25, max: 34, weight: 15.5 },
  { min: 35, max: 44, weight: 14.5 },
  { min: 45, max: 54, weight: 16.5 },
  { min: 55, max: 64, weight: 16.5 },
  { min: 65, max: 74, weight: 13.5 },
  { min: 75, max: 84, weight: 7.5 },
  { min: 85, max: 99, weight: 2.5 },
];

/**
 * Profile weights: the published population share where there is one (five profiles, 63% together);
 * the remaining 37% is spread evenly over the three profiles without a published share, because
 * nothing published tells how it divides. Profiles are drawn independently of age: no joint
 * distribution is published either.
 */
export function demoProfileWeights(): Record<DefaultProfileCode, number> {
  const known = DEFAULT_PROFILES.reduce((sum, p) => sum + (p.populationShare ?? 0), 0);
  const unknownCount = DEFAULT_PROFILES.filter((p) => p.populationShare === null).length;
  const rest = unknownCount === 0 ? 0 : (1 - known) / unknownCount;
  return Object.fromEntries(DEFAULT_PROFILES.map((p) => [p.code, p.populationShare ?? rest])) as Record<
    DefaultProfileCode,
    number
  >;
}

export interface ProfileTraits {
  /** Synthetic trust in the gemeente, -1 (low) .. 1 (high). */
  trust: number;
  /** Synthetic engagement with the living environment, -1 .. 1. */
  engagement: number;
}

const TRAIT_LEVELS = [-1, -0.7, -0.4, -0.1, 0.1, 0.4, 0.7, 1];

/**
 * The trust and engagement each profile has in this demo. The sources say the profiles differ on
 * these two dimensions but not how, so the levels are dealt to the profiles at random from the seed:
 * the demo shows that profiles matter without pretending to know which profile is which.
 */
export function demoProfileTraits(
  seed: number = DEFAULT_DEMO_SEED,
): Record<DefaultProfileCode, ProfileTraits> {
  const trust = new Prng(deriveSeed(seed, 'profile-trust')).shuffle([...TRAIT_LEVELS]);
  const engagement = new Prng(deriveSeed(seed, 'profile-engagement')).shuffle([...TRAIT_LEVELS]);
  return Object.fromEntries(
    DEFAULT_PROFILES.map((p, i) => [p.code, { trust: trust[i]!, engagement: engagement[i]! }]),
  ) as Record<DefaultProfileCode, ProfileTraits>;
}

// ---- Precomputed per context × phase ----------------------------------------------------------

interface Slot {
  context: Context;
  phase: Phase;
  channels: ChannelCode[];
  /** Fixed part of each channel's utility, aligned with `channels`. */
  fixed: number[];
  digital: number[];
  trust: number[];
  engagement: number[];
  /** Position of each channel in DEFAULT_CHANNELS, where a respondent's lasting taste is kept. */
  tasteIndex: number[];
  motives: DefaultMotiveCode[];
  /** Per preferred channel: the extra weight of each motive in `motives`. */
  motiveAffinity: Record<ChannelCode, number[]>;
  expectations: string[];
  /** 1 for an expectation that low trust makes more likely, aligned with `expectations`. */
  lowTrust: number[];
}

interface Person {
  digital: number;
  trust: number;
  engagement: number;
  taste: number[];
}

function buildSlots(): Slot[] {
  const slots: Slot[] = [];
  for (const context of CONTEXTS) {
    for (const phase of PHASES) {
      const channels = DEFAULT_CHANNELS.filter((c) => (c.contexts as readonly Context[]).includes(context));
      const applies = (item: { contexts: readonly Context[]; phases: readonly Phase[] }) =>
        item.contexts.includes(context) && item.phases.includes(phase);
      const motives = DEFAULT_MOTIVES.filter(applies).map((m) => m.code);
      const expectations = DEFAULT_EXPECTATIONS.filter(applies).map((e) => e.code);
      slots.push({
        context,
        phase,
        channels: channels.map((c) => c.code),
        fixed: channels.map(
          (c) =>
            BASE[c.code] +
            (CONTEXT_SHIFT[context][c.code] ?? 0) +
            (PHASE_SHIFT[phase][c.code] ?? 0) -
            (c.inbound ? 0 : NOT_INBOUND_PENALTY[phase]) -
            (c.outbound ? 0 : NOT_OUTBOUND_PENALTY[phase]),
        ),
        digital: channels.map((c) => DIGITAL_SLOPE[c.code] ?? 0),
        trust: channels.map((c) => TRUST_SLOPE[c.code] ?? 0),
        engagement: channels.map((c) => (ENGAGEMENT_SLOPE[c.code] ?? 0) * ENGAGEMENT_WEIGHT[context]),
        tasteIndex: channels.map((c) => DEFAULT_CHANNELS.indexOf(c)),
        motives,
        motiveAffinity: Object.fromEntries(
          DEFAULT_CHANNELS.map((c) => [c.code, motives.map((m) => MOTIVE_AFFINITY[c.code][m] ?? 0)]),
        ) as Record<ChannelCode, number[]>,
        expectations,
        lowTrust: expectations.map((e) => (LOW_TRUST_EXPECTATIONS.has(e) ? 1 : 0)),
      });
    }
  }
  return slots;
}

// ---- Generation -------------------------------------------------------------------------------

function addRow(target: number[], row: readonly number[], factor: number): void {
  for (let i = 0; i < target.length; i++) target[i]! += factor * row[i]!;
}

function answer(rng: Prng, slot: Slot, person: Person, utilities: Float64Array): PhaseAnswer {
  const n = slot.channels.length;
  for (let i = 0; i < n; i++) {
    utilities[i] =
      slot.fixed[i]! +
      slot.digital[i]! * person.digital +
      slot.trust[i]! * person.trust +
      slot.engagement[i]! * person.engagement +
      person.taste[slot.tasteIndex[i]!]! +
      NOISE_SCALE * rng.gumbel();
  }
  // At most four of about fifteen are named: repeated selection of the largest beats a full sort.
  const k = rng.weightedIndex(CHANNEL_COUNT_WEIGHTS);
  const channels: ChannelCode[] = [];
  for (let j = 0; j < k; j++) {
    let best = -1;
    for (let i = 0; i < n; i++) if (best < 0 || utilities[i]! > utilities[best]!) best = i;
    channels.push(slot.channels[best]!);
    utilities[best] = -Infinity;
  }

  const motiveWeights = new Array<number>(slot.motives.length).fill(1);
  addRow(motiveWeights, slot.motiveAffinity[channels[0]!], 1);
  if (channels[1] !== undefined) addRow(motiveWeights, slot.motiveAffinity[channels[1]], 0.5);
  const motives = rng.sampleWeighted(slot.motives, motiveWeights, rng.weightedIndex(MOTIVE_COUNT_WEIGHTS));

  const distrust = Math.max(0, -person.trust);
  const expectationWeights = new Array<number>(slot.expectations.length).fill(1);
  addRow(expectationWeights, slot.lowTrust, 2 * distrust);
  const expectations = rng.sampleWeighted(
    slot.expectations,
    expectationWeights,
    rng.weightedIndex(EXPECTATION_COUNT_WEIGHTS),
  );
  return { channels, motives, expectations };
}

export const DEMO_DATASET_NAME = 'Landelijke demo-enquête kanaalvoorkeur (synthetisch)';

function datasetFor(seed: number, count: number): DemoDataset {
  const unknown = DEFAULT_PROFILES.filter((p) => p.populationShare === null).map((p) => p.nameNl);
  return {
    name: DEMO_DATASET_NAME,
    source: `Synthetisch: door Buitenbinnen gegenereerd uit een vaste seed (${seed}); geen onderzoek. Synthetic, generated by Buitenbinnen from a fixed seed; not research.`,
    description: [
      `Verzonnen antwoorden van ${count} fictieve respondenten voor demonstratie en tests; geen enkel percentage hieruit is een onderzoeksresultaat.`,
      `Alleen de vorm volgt de gepubliceerde kwalitatieve bevinding van Ken je inwoner (${KEN_JE_INWONER_SOURCE}): jongeren kiezen vaker online kanalen (webformulier) en WhatsApp of social media, ouderen vaker e-mail en telefoon, en vertrouwen en betrokkenheid wegen mee naast leeftijd.`,
      `Betrokkenheidsprofielen (Citisens) zijn toegekend met de gepubliceerde bevolkingsaandelen waar die bekend zijn; de resterende ${Math.round((1 - DEFAULT_PROFILES.reduce((s, p) => s + (p.populationShare ?? 0), 0)) * 100)}% is gelijk verdeeld over ${unknown.join(', ')}, waarvan geen aandeel is gepubliceerd.`,
      'Welk profiel in deze demo meer of minder vertrouwen en betrokkenheid heeft, is willekeurig uit de seed getrokken en zegt niets over de echte profielen.',
    ].join(' '),
    year: 2021,
    synthetic: true,
    seed,
    respondentCount: count,
  };
}

export function generateDemoSurvey(options: DemoSurveyOptions = {}): DemoSurvey {
  const seed = options.seed ?? DEFAULT_DEMO_SEED;
  const count = options.respondents ?? DEFAULT_DEMO_RESPONDENTS;
  if (!Number.isInteger(seed)) throw new RangeError(`seed must be an integer, got ${seed}`);
  if (!Number.isInteger(count) || count < 1 || count > MAX_DEMO_RESPONDENTS) {
    throw new RangeError(
      `respondents must be a whole number from 1 to ${MAX_DEMO_RESPONDENTS}, got ${count}`,
    );
  }
  const normalisedSeed = seed >>> 0;
  const rng = new Prng(deriveSeed(normalisedSeed, 'respondents'));
  const traits = demoProfileTraits(normalisedSeed);
  const profileWeights = demoProfileWeights();
  const profileCodes = DEFAULT_PROFILES.map((p) => p.code);
  const profileWeightList = profileCodes.map((c) => profileWeights[c]);
  const bandWeights = AGE_BANDS.map((b) => b.weight);
  const slots = buildSlots();
  const width = String(count).length;
  const utilities = new Float64Array(DEFAULT_CHANNELS.length);

  const respondents: Respondent[] = new Array(count);
  for (let r = 0; r < count; r++) {
    const band = AGE_BANDS[rng.weightedIndex(bandWeights)]!;
    const age = rng.int(band.min, band.max);
    const profile = rng.weightedChoice(profileCodes, profileWeightList);
    const person: Person = {
      digital: -(age - 50) / 20 + rng.normal(0, 0.6),
      trust: 0.8 * traits[profile].trust + rng.normal(0, 0.5),
      engagement: 0.8 * traits[profile].engagement + rng.normal(0, 0.5),
      taste: DEFAULT_CHANNELS.map(() => rng.normal(0, TASTE_SD)),
    };
    const answers: Answers = {};
    for (const slot of slots) {
      if (rng.chance(SKIP_RATE)) continue;
      const byPhase = (answers[slot.context] ??= {});
      byPhase[`${slot.phase}`] = answer(rng, slot, person, utilities);
    }
    respondents[r] = {
      key: `demo-${String(r + 1).padStart(width, '0')}`,
      age,
      ageGroup: ageGroupOf(age, DEFAULT_AGE_GROUPS)!,
      profile,
      answers,
    };
  }
  return { dataset: datasetFor(normalisedSeed, count), respondents };
}
