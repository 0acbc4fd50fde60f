// Reasons a resident may give for choosing a channel. Product defaults for a survey's answer options,
// not findings: Ken je inwoner shows motives per group, but neither its answer options nor its
// figures are in any source we could read.
import { PRODUCT_DEFAULT_SOURCE } from './types.js';
import type { Motive } from './types.js';

const ALL_PHASES = [1, 2, 3, 4, 5] as const;
const BOTH = ['service', 'participation'] as const;

export const DEFAULT_MOTIVES = (
  [
    {
      code: 'snel-antwoord',
      nameNl: 'Snel antwoord',
      nameEn: 'Quick answer',
      phases: ALL_PHASES,
      contexts: BOTH,
    },
    {
      code: 'persoonlijk-contact',
      nameNl: 'Persoonlijk contact',
      nameEn: 'Personal contact',
      phases: ALL_PHASES,
      contexts: BOTH,
    },
    {
      code: 'zelf-moment-kiezen',
      nameNl: 'Zelf het moment kiezen',
      nameEn: 'Choosing my own moment',
      phases: ALL_PHASES,
      contexts: BOTH,
    },
    {
      code: 'zekerheid-op-papier',
      nameNl: 'Zekerheid of bewijs op papier',
      nameEn: 'Certainty or proof in writing',
      phases: ALL_PHASES,
      contexts: BOTH,
    },
    { code: 'gewoonte', nameNl: 'Gewoonte', nameEn: 'Habit', phases: ALL_PHASES, contexts: BOTH },
    {
      code: 'eenvoud',
      nameNl: 'Eenvoudig en makkelijk',
      nameEn: 'Simple and easy',
      phases: ALL_PHASES,
      contexts: BOTH,
    },
    {
      code: 'anonimiteit',
      nameNl: 'Anoniem kunnen blijven',
      nameEn: 'Being able to stay anonymous',
      phases: ALL_PHASES,
      contexts: BOTH,
    },
    {
      code: 'hulp-bij-uitleg',
      nameNl: 'Hulp of uitleg nodig',
      nameEn: 'Needing help or an explanation',
      phases: ALL_PHASES,
      contexts: BOTH,
    },
    {
      code: 'vragen-kunnen-stellen',
      nameNl: 'Direct vragen kunnen stellen',
      nameEn: 'Being able to ask questions directly',
      phases: ALL_PHASES,
      contexts: BOTH,
    },
    {
      code: 'foto-meesturen',
      nameNl: 'Foto of bijlage kunnen meesturen',
      nameEn: 'Being able to attach a photo or file',
      phases: [2, 3],
      contexts: BOTH,
    },
    {
      code: 'voortgang-volgen',
      nameNl: 'Voortgang kunnen volgen',
      nameEn: 'Being able to follow progress',
      phases: [2, 3, 4],
      contexts: BOTH,
    },
    {
      code: 'dichtbij',
      nameNl: 'Dichtbij huis',
      nameEn: 'Close to home',
      phases: ALL_PHASES,
      contexts: BOTH,
    },
    {
      code: 'samen-met-anderen',
      nameNl: 'Samen met buurtgenoten',
      nameEn: 'Together with neighbours',
      phases: ALL_PHASES,
      contexts: ['participation'],
    },
  ] as const
).map((m, i) => ({
  ...m,
  kind: 'motive' as const,
  source: PRODUCT_DEFAULT_SOURCE,
  sort: i + 1,
})) satisfies readonly Motive[];

export type DefaultMotiveCode = (typeof DEFAULT_MOTIVES)[number]['code'];
