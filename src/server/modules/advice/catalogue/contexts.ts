import { KEN_JE_INWONER_SOURCE } from './sources.js';
import type { ContextDefinition } from './types.js';

/** The two trajectory types a user chooses between, as in Ken je inwoner. */
export const DEFAULT_CONTEXTS: readonly ContextDefinition[] = [
  {
    code: 'service',
    nameNl: 'Dienstverlening',
    nameEn: 'Service',
    description:
      'Een inwoner heeft iets nodig van de gemeente of wil iets melden: een vraag, aanvraag, melding of klacht, van oriëntatie tot afronding.',
    descriptionEn:
      'A resident needs something from the municipality or wants to report something: a question, application, report or complaint, from orientation to closure.',
    source: KEN_JE_INWONER_SOURCE,
    sort: 1,
  },
  {
    code: 'participation',
    nameNl: 'Participatie',
    nameEn: 'Participation',
    description:
      'De gemeente nodigt inwoners uit om mee te denken of mee te doen over hun leefomgeving of beleid, van uitnodiging tot terugblik.',
    descriptionEn:
      'The municipality invites residents to think along or take part in decisions about their living environment or policy, from invitation to reflection.',
    source: KEN_JE_INWONER_SOURCE,
    sort: 2,
  },
];
