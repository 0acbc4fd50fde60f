// The parameters of the synthetic survey's random-utility model: invented numbers whose only aim is
// a plausible shape (see generate.ts). Kept apart so that the generator reads as an algorithm.
import type { Context, Phase } from '../../../../shared/advice/model.js';
import type { DefaultChannelCode } from '../catalogue/channels.js';
import type { DefaultMotiveCode } from '../catalogue/motives.js';

export type ChannelCode = DefaultChannelCode;
export type ChannelTable = Partial<Record<ChannelCode, number>>;

// ---- Channel choice: a random-utility model ---------------------------------------------------
// utility = base + context + phase + direction + digital affinity × slope + trust × slope
//         + engagement × slope + the respondent's lasting taste + Gumbel noise.
// The largest utilities, in order, are the channels named, most preferred first.

export const BASE: Record<ChannelCode, number> = {
  telefoon: 0.8,
  'e-mail': 0.9,
  balie: 0.2,
  webformulier: 0.6,
  whatsapp: 0.1,
  chat: -0.4,
  'social-media': -0.4,
  brief: -0.3,
  website: 0.3,
  app: -0.5,
  'huis-aan-huisbrief': -0.5,
  'lokale-krant': -0.5,
  bijeenkomst: 0,
  participatieplatform: 0,
  wijkteam: -0.6,
};

export const CONTEXT_SHIFT: Record<Context, ChannelTable> = {
  service: {},
  participation: {
    bijeenkomst: 0.7,
    participatieplatform: 0.7,
    wijkteam: 0.2,
    'huis-aan-huisbrief': 0.5,
    'lokale-krant': 0.3,
    'social-media': 0.2,
    telefoon: -0.3,
    webformulier: -0.3,
  },
};

export const PHASE_SHIFT: Record<Phase, ChannelTable> = {
  1: {
    website: 1.3,
    'social-media': 0.6,
    'lokale-krant': 0.7,
    'huis-aan-huisbrief': 0.5,
    app: 0.2,
    telefoon: -0.4,
  },
  2: { webformulier: 1.0, telefoon: 0.8, balie: 0.3, whatsapp: 0.3, 'e-mail': 0.1 },
  3: {
    telefoon: 0.4,
    'e-mail': 0.4,
    whatsapp: 0.3,
    app: 0.2,
    bijeenkomst: 0.9,
    participatieplatform: 0.7,
    wijkteam: 0.4,
  },
  4: { 'e-mail': 1.0, brief: 0.9, telefoon: 0.3, app: 0.3, whatsapp: 0.2 },
  5: { 'e-mail': 0.8, participatieplatform: 0.4, brief: 0.3, bijeenkomst: 0.2 },
};

/** Penalty per phase for a channel that cannot carry the contact in that direction. */
export const NOT_INBOUND_PENALTY: Record<Phase, number> = { 1: 0, 2: 3, 3: 1, 4: 0, 5: 0 };
export const NOT_OUTBOUND_PENALTY: Record<Phase, number> = { 1: 1, 2: 0, 3: 0, 4: 2.5, 5: 1 };

/** Per unit of digital affinity (about +1.5 at age 20, -1.5 at age 80). */
export const DIGITAL_SLOPE: ChannelTable = {
  webformulier: 0.7,
  whatsapp: 0.9,
  'social-media': 0.9,
  chat: 0.6,
  app: 0.6,
  website: 0.3,
  participatieplatform: 0.5,
  'e-mail': -0.15,
  telefoon: -0.7,
  brief: -0.6,
  balie: -0.5,
  'lokale-krant': -0.7,
  'huis-aan-huisbrief': -0.4,
  bijeenkomst: -0.3,
  wijkteam: -0.2,
};

export const TRUST_SLOPE: ChannelTable = {
  telefoon: 0.15,
  balie: 0.15,
  wijkteam: 0.3,
  bijeenkomst: 0.3,
  participatieplatform: 0.2,
  brief: -0.25,
  'social-media': -0.1,
};

export const ENGAGEMENT_SLOPE: ChannelTable = {
  bijeenkomst: 0.8,
  participatieplatform: 0.5,
  wijkteam: 0.5,
  'lokale-krant': 0.3,
  'huis-aan-huisbrief': 0.2,
  'social-media': 0.1,
};
/** Engagement with the living environment weighs less in a personal service request. */
export const ENGAGEMENT_WEIGHT: Record<Context, number> = { service: 0.4, participation: 1 };

export const NOISE_SCALE = 0.8;
export const TASTE_SD = 0.4;
export const CHANNEL_COUNT_WEIGHTS = [0, 0.35, 0.35, 0.2, 0.1]; // index = number of channels named

// ---- Motives and expectations -----------------------------------------------------------------

/** How strongly a preferred channel suggests a motive (on top of a weight of 1 for every motive). */
export const MOTIVE_AFFINITY: Record<ChannelCode, Partial<Record<DefaultMotiveCode, number>>> = {
  telefoon: {
    'persoonlijk-contact': 4,
    'snel-antwoord': 3,
    'vragen-kunnen-stellen': 3,
    'hulp-bij-uitleg': 2,
    gewoonte: 1.5,
  },
  'e-mail': { 'zekerheid-op-papier': 3, 'zelf-moment-kiezen': 3, gewoonte: 2, eenvoud: 1.5 },
  balie: { 'persoonlijk-contact': 4, 'hulp-bij-uitleg': 3, dichtbij: 2 },
  webformulier: { 'zelf-moment-kiezen': 3, eenvoud: 3, 'foto-meesturen': 2.5, 'voortgang-volgen': 1.5 },
  whatsapp: { 'snel-antwoord': 3, eenvoud: 3, 'foto-meesturen': 3, gewoonte: 2, 'zelf-moment-kiezen': 2 },
  chat: { 'snel-antwoord': 3, 'vragen-kunnen-stellen': 3, anonimiteit: 1.5 },
  'social-media': { gewoonte: 3, 'snel-antwoord': 2, eenvoud: 2, anonimiteit: 1 },
  brief: { 'zekerheid-op-papier': 4, gewoonte: 2 },
  website: { 'zelf-moment-kiezen': 3, eenvoud: 2, anonimiteit: 1.5 },
  app: { 'voortgang-volgen': 3, 'foto-meesturen': 3, eenvoud: 2 },
  'huis-aan-huisbrief': { 'zekerheid-op-papier': 2, gewoonte: 2, dichtbij: 1.5 },
  'lokale-krant': { gewoonte: 3, dichtbij: 2 },
  bijeenkomst: {
    'persoonlijk-contact': 3,
    'samen-met-anderen': 4,
    'vragen-kunnen-stellen': 2,
    dichtbij: 1.5,
  },
  participatieplatform: { 'zelf-moment-kiezen': 3, anonimiteit: 2, eenvoud: 2 },
  wijkteam: { 'persoonlijk-contact': 3, dichtbij: 3, 'hulp-bij-uitleg': 2 },
};
export const MOTIVE_COUNT_WEIGHTS = [0.15, 0.45, 0.4];

/** Expectations that residents with low trust name more often in this demo. */
export const LOW_TRUST_EXPECTATIONS = new Set<string>([
  'uitleg-waarom',
  'serieus-genomen',
  'afspraken-nakomen',
  'duidelijk-wat-invloed',
  'wat-gedaan-met-inbreng',
  'weten-wat-vervolg',
]);
export const EXPECTATION_COUNT_WEIGHTS = [0.1, 0.35, 0.35, 0.2];
