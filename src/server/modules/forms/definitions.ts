// The default e-form per melding category. Dataminimalisatie: each form asks only what the
// category needs to be handled, every field says why it is asked (purposeNl, shown on the form),
// and contact details are optional: only for a resident who wants to hear back.
import type { FormField } from './tables.js';

export type { FormField };

export const FIELD_TYPES = ['text', 'textarea', 'email', 'tel', 'postcode', 'number', 'select'] as const;

/** Keys that land in a case column; every other key is kept in the case's formData. */
export const COLUMN_KEYS = ['description', 'location', 'postcode', 'houseNumber', 'email', 'phone'] as const;

/** The type a key that maps to a column must have, so that its value fits the column. */
export const COLUMN_KEY_TYPES: Record<(typeof COLUMN_KEYS)[number], readonly FormField['type'][]> = {
  description: ['textarea', 'text'],
  location: ['text', 'textarea'],
  postcode: ['postcode'],
  houseNumber: ['number'],
  email: ['email'],
  phone: ['tel'],
};

export const MAX_FIELDS = 30;
export const MAX_FIELD_LENGTH = 5000;

const description = (labelNl: string, hintNl?: string): FormField => ({
  key: 'description',
  type: 'textarea',
  labelNl,
  labelEn: 'What is wrong?',
  ...(hintNl ? { hintNl } : {}),
  required: true,
  maxLength: 2000,
  purposeNl: 'Om te weten wat er aan de hand is en wat er nodig is om het op te lossen.',
});

const location: FormField = {
  key: 'location',
  type: 'text',
  labelNl: 'Waar is het?',
  labelEn: 'Where is it?',
  hintNl:
    'Straat en huisnummer, of een omschrijving van de plek (bijvoorbeeld "bij de ingang van het park").',
  required: true,
  maxLength: 200,
  purposeNl: 'Om de plek te vinden, zodat een medewerker er direct naartoe kan.',
};

const postcode: FormField = {
  key: 'postcode',
  type: 'postcode',
  labelNl: 'Postcode van de plek (als u die weet)',
  labelEn: 'Postcode of the location (if known)',
  required: false,
  maxLength: 7,
  purposeNl: 'Om de melding meteen bij het team van die wijk te krijgen.',
};

const email: FormField = {
  key: 'email',
  type: 'email',
  labelNl: 'E-mailadres (als u wilt horen wat wij doen)',
  labelEn: 'E-mail address (if you want to hear back)',
  required: false,
  maxLength: 254,
  purposeNl:
    'Alleen als u dat wilt: dan krijgt u bericht over de voortgang en aan het eind één korte vraag over uw tevredenheid. Laat u het leeg, dan blijft uw melding anoniem.',
};

const phone: FormField = {
  key: 'phone',
  type: 'tel',
  labelNl: 'Mobiel nummer (als u liever een sms krijgt)',
  labelEn: 'Mobile number (if you prefer a text message)',
  required: false,
  maxLength: 20,
  purposeNl:
    'Alleen als u geen e-mailadres geeft en toch bericht wilt: dan krijgt u een sms over de voortgang. Geeft u ook een e-mailadres, dan kan de behandelaar u bellen bij een vraag over de melding.',
};

const select = (
  key: string,
  labelNl: string,
  purposeNl: string,
  options: [string, string][],
  required = true,
): FormField => ({
  key,
  type: 'select',
  labelNl,
  required,
  maxLength: 40,
  options: options.map(([value, label]) => ({ value, labelNl: label })),
  purposeNl,
});

/** Fields per category code; a category not listed here gets the general openbare-ruimte form. */
const SPECIFIC: Record<string, FormField[]> = {
  'losliggende-tegel': [
    description(
      'Wat is er met de tegel(s)?',
      'Bijvoorbeeld: één tegel steekt uit, er liggen meerdere tegels los.',
    ),
    location,
  ],
  'gat-in-de-weg': [
    description('Wat ziet u?'),
    select(
      'size',
      'Hoe groot is het gat?',
      'Om te bepalen hoe snel het gevaarlijk is en wie er moet komen.',
      [
        ['klein', 'Kleiner dan een voetbal'],
        ['groot', 'Groter dan een voetbal'],
      ],
    ),
    location,
  ],
  'kapotte-straatverlichting': [
    description('Wat is er met de lamp?', 'Bijvoorbeeld: brandt niet, knippert, brandt overdag.'),
    {
      key: 'poleNumber',
      type: 'text',
      labelNl: 'Nummer op de lantaarnpaal (als u het ziet)',
      required: false,
      maxLength: 20,
      purposeNl: 'Zodat de monteur direct de goede lamp vindt.',
    },
    location,
  ],
  'volle-container': [
    select('containerType', 'Welke container is vol?', 'Om de juiste wagen te sturen.', [
      ['rest', 'Restafval'],
      ['gft', 'Groente-, fruit- en tuinafval'],
      ['papier', 'Papier'],
      ['glas', 'Glas'],
      ['pmd', 'Plastic, metaal en drankpakken'],
      ['textiel', 'Textiel'],
    ]),
    description('Wat ziet u?', 'Bijvoorbeeld: de container zit vol, er staan zakken naast.'),
    location,
  ],
  'omgevallen-boom': [
    select(
      'blocking',
      'Ligt de boom op de weg of het fietspad?',
      'Om te bepalen of we meteen moeten komen.',
      [
        ['ja', 'Ja, de weg of het pad is versperd'],
        ['nee', 'Nee'],
      ],
    ),
    description('Wat ziet u?'),
    location,
  ],
  'vraag-algemeen': [
    {
      ...description('Uw vraag'),
      labelEn: 'Your question',
      purposeNl: 'Om uw vraag te kunnen beantwoorden.',
    },
    {
      ...email,
      labelNl: 'E-mailadres voor het antwoord',
      purposeNl:
        'Om u het antwoord te sturen. Zonder e-mailadres of telefoonnummer kunnen wij niet antwoorden.',
    },
    phone,
  ],
};

/** The default fields for a category; contact fields are appended unless the category has its own. */
export function defaultFields(categoryCode: string): FormField[] {
  const own = SPECIFIC[categoryCode];
  if (!own) return [description('Wat is er aan de hand?'), location, postcode, email, phone];
  return own.some((f) => f.key === 'email') ? own : [...own, email, phone];
}

export function defaultForm(category: { code: string; kind: string; nameNl: string; nameEn: string | null }) {
  const question = category.kind === 'vraag';
  return {
    categoryCode: category.code,
    titleNl: question ? `${category.nameNl} stellen` : `${category.nameNl} melden`,
    titleEn: category.nameEn ? `${question ? 'Ask' : 'Report'}: ${category.nameEn}` : null,
    introNl:
      'Vul alleen in wat u weet. Velden zonder "(verplicht)" mag u leeglaten; wat u leeglaat, bewaren wij niet.',
    fields: defaultFields(category.code),
  };
}
