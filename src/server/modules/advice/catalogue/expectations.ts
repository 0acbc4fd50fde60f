// What a resident may expect of the gemeente in each phase. Product defaults for a survey's answer
// options and for journey design, not findings: Ken je inwoner shows expectations per group, but
// neither its answer options nor its figures are in any source we could read.
import { PRODUCT_DEFAULT_SOURCE } from './types.js';
import type { Expectation } from './types.js';

const BOTH = ['service', 'participation'] as const;
const SERVICE = ['service'] as const;
const PARTICIPATION = ['participation'] as const;

export const DEFAULT_EXPECTATIONS = (
  [
    // Phase 1: finding the way, or hearing of the chance to take part.
    {
      code: 'vindbare-informatie',
      nameNl: 'Duidelijke, vindbare informatie',
      nameEn: 'Clear information that is easy to find',
      phases: [1],
      contexts: BOTH,
    },
    {
      code: 'weten-waar-terecht',
      nameNl: 'Weten waar ik terechtkan',
      nameEn: 'Knowing where to go',
      phases: [1],
      contexts: SERVICE,
    },
    {
      code: 'tijdig-uitgenodigd',
      nameNl: 'Op tijd uitgenodigd worden',
      nameEn: 'Being invited in good time',
      phases: [1],
      contexts: PARTICIPATION,
    },
    {
      code: 'duidelijk-wat-invloed',
      nameNl: 'Duidelijk wat mijn invloed is',
      nameEn: 'Clarity about how much say I have',
      phases: [1, 2],
      contexts: PARTICIPATION,
    },
    {
      code: 'begrijpelijke-taal',
      nameNl: 'Begrijpelijke taal',
      nameEn: 'Plain language',
      phases: [1, 2, 3, 4, 5],
      contexts: BOTH,
    },
    // Phase 2: the first contact or the sign-up.
    {
      code: 'ontvangstbevestiging',
      nameNl: 'Ontvangstbevestiging',
      nameEn: 'Acknowledgement of receipt',
      phases: [2],
      contexts: BOTH,
    },
    {
      code: 'een-aanspreekpunt',
      nameNl: 'Eén aanspreekpunt',
      nameEn: 'One point of contact',
      phases: [2, 3],
      contexts: BOTH,
    },
    {
      code: 'snelle-eerste-reactie',
      nameNl: 'Snelle eerste reactie',
      nameEn: 'A quick first response',
      phases: [2],
      contexts: BOTH,
    },
    {
      code: 'eenvoudig-aanmelden',
      nameNl: 'Eenvoudig aanmelden',
      nameEn: 'Easy sign-up',
      phases: [2],
      contexts: PARTICIPATION,
    },
    {
      code: 'weten-wanneer-reactie',
      nameNl: 'Weten wanneer ik iets hoor',
      nameEn: 'Knowing when I will hear back',
      phases: [2, 3],
      contexts: BOTH,
    },
    // Phase 3: the work, or the participation itself.
    {
      code: 'op-de-hoogte-voortgang',
      nameNl: 'Op de hoogte blijven van de voortgang',
      nameEn: 'Being kept informed of progress',
      phases: [3],
      contexts: BOTH,
    },
    {
      code: 'bereikbare-behandelaar',
      nameNl: 'Behandelaar bereikbaar voor vragen',
      nameEn: 'Handler available for questions',
      phases: [3],
      contexts: SERVICE,
    },
    {
      code: 'serieus-genomen',
      nameNl: 'Serieus genomen worden',
      nameEn: 'Being taken seriously',
      phases: [3, 4],
      contexts: BOTH,
    },
    {
      code: 'afspraken-nakomen',
      nameNl: 'Afspraken worden nagekomen',
      nameEn: 'Agreements are kept',
      phases: [3, 4],
      contexts: BOTH,
    },
    // Phase 4: the outcome.
    {
      code: 'terugkoppeling-uitkomst',
      nameNl: 'Terugkoppeling over de uitkomst',
      nameEn: 'Feedback on the outcome',
      phases: [4],
      contexts: BOTH,
    },
    {
      code: 'uitleg-waarom',
      nameNl: 'Uitleg waarom',
      nameEn: 'An explanation why',
      phases: [4],
      contexts: BOTH,
    },
    {
      code: 'wat-gedaan-met-inbreng',
      nameNl: 'Horen wat er met mijn inbreng is gedaan',
      nameEn: 'Hearing what was done with my input',
      phases: [4, 5],
      contexts: PARTICIPATION,
    },
    // Phase 5: closure and looking back.
    {
      code: 'vraag-naar-ervaring',
      nameNl: 'Vraag naar mijn ervaring',
      nameEn: 'Being asked about my experience',
      phases: [5],
      contexts: BOTH,
    },
    {
      code: 'bevestiging-afronding',
      nameNl: 'Bevestiging dat het is afgerond',
      nameEn: 'Confirmation that it is closed',
      phases: [5],
      contexts: SERVICE,
    },
    {
      code: 'weten-wat-vervolg',
      nameNl: 'Weten wat ik nog kan doen (vervolg of bezwaar)',
      nameEn: 'Knowing what else I can do (follow-up or objection)',
      phases: [4, 5],
      contexts: SERVICE,
    },
    {
      code: 'bedankt-voor-deelname',
      nameNl: 'Bedankt worden voor mijn deelname',
      nameEn: 'Being thanked for taking part',
      phases: [5],
      contexts: PARTICIPATION,
    },
  ] as const
).map((e, i) => ({
  ...e,
  kind: 'expectation' as const,
  source: PRODUCT_DEFAULT_SOURCE,
  sort: i + 1,
})) satisfies readonly Expectation[];

export type DefaultExpectationCode = (typeof DEFAULT_EXPECTATIONS)[number]['code'];
