import { CONTEXTS, PHASES, type Context, type Phase } from '../../../../shared/advice/model.js';
import { PHASE_MODEL_SOURCE } from './sources.js';
import type { PhaseDefinition } from './types.js';

type Wording = Omit<PhaseDefinition, 'context' | 'phase' | 'source'>;

// One journey model, phrased twice: a participation trajectory passes the same five steps as a
// service request, so channel advice and analytics can compare phase n across both.
const WORDING: Record<Context, Record<Phase, Wording>> = {
  service: {
    1: {
      code: 'bewustwording-orientatie',
      nameNl: 'Bewustwording & oriëntatie',
      nameEn: 'Awareness & orientation',
      description:
        'De inwoner merkt dat hij iets nodig heeft of wil melden en zoekt uit waar hij terechtkan.',
      descriptionEn: 'The resident becomes aware of a need or something to report and finds out where to go.',
    },
    2: {
      code: 'eerste-contact',
      nameNl: 'Eerste contact',
      nameEn: 'First contact',
      description: 'De inwoner neemt contact op met de gemeente: een vraag, aanvraag, melding of klacht.',
      descriptionEn: 'The resident contacts the municipality: a question, application, report or complaint.',
    },
    3: {
      code: 'actie-interactie',
      nameNl: 'Actie & interactie',
      nameEn: 'Action & interaction',
      description: 'De gemeente werkt aan de vraag of melding en heeft zo nodig contact met de inwoner.',
      descriptionEn:
        'The municipality works on the request or report and contacts the resident where needed.',
    },
    4: {
      code: 'terugkoppeling',
      nameNl: 'Terugkoppeling',
      nameEn: 'Feedback',
      description: 'De gemeente laat de inwoner weten wat de uitkomst is.',
      descriptionEn: 'The municipality lets the resident know the outcome.',
    },
    5: {
      code: 'afronding',
      nameNl: 'Afronding',
      nameEn: 'Closure',
      description: 'De vraag of melding wordt afgesloten en de inwoner kijkt terug op hoe het ging.',
      descriptionEn: 'The request or report is closed and the resident looks back on how it went.',
    },
  },
  participation: {
    1: {
      code: 'bewustwording-uitnodiging',
      nameNl: 'Bewustwording & uitnodiging',
      nameEn: 'Awareness & invitation',
      description:
        'De inwoner hoort van een participatietraject en wordt uitgenodigd om mee te denken of mee te doen.',
      descriptionEn:
        'The resident learns of a participation process and is invited to think along or take part.',
    },
    2: {
      code: 'aanmelding',
      nameNl: 'Aanmelding',
      nameEn: 'Sign-up',
      description: 'De inwoner meldt zich aan of laat op een andere manier weten dat hij mee wil doen.',
      descriptionEn: 'The resident signs up or otherwise lets the municipality know they want to take part.',
    },
    3: {
      code: 'deelname',
      nameNl: 'Deelname',
      nameEn: 'Participation',
      description: 'Het traject loopt: de inwoner denkt mee, praat mee of doet mee.',
      descriptionEn:
        'The process is under way: the resident thinks along, joins the conversation or takes part.',
    },
    4: {
      code: 'terugkoppeling',
      nameNl: 'Terugkoppeling',
      nameEn: 'Report back',
      description: 'De gemeente laat weten wat er met de inbreng is gedaan en wat er is besloten.',
      descriptionEn: 'The municipality reports what was done with the input and what was decided.',
    },
    5: {
      code: 'afronding-reflectie',
      nameNl: 'Afronding & reflectie',
      nameEn: 'Closure & reflection',
      description: 'Het traject wordt afgesloten en deelnemers kijken terug op het proces.',
      descriptionEn: 'The process is closed and participants reflect on how it went.',
    },
  },
};

export function phaseDefinition(context: Context, phase: Phase): PhaseDefinition {
  return { context, phase, ...WORDING[context][phase], source: PHASE_MODEL_SOURCE };
}

/** Ten rows: each context × each phase, in context order then phase order. */
export const DEFAULT_PHASES: readonly PhaseDefinition[] = CONTEXTS.flatMap((context) =>
  PHASES.map((phase) => phaseDefinition(context, phase)),
);
