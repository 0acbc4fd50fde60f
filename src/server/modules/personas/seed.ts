// The starter set every gemeente gets: example personas that include the residents who are most
// often missed. They are labelled as examples, rest on no research of the gemeente itself
// (interviewCount 0) and say so, so that nobody mistakes them for findings.
import { count, eq } from 'drizzle-orm';
import type { Tx } from '../../platform/db/client.js';
import { isVulnerable, type PersonaInput } from '../../../shared/journeys/persona.js';
import { personas } from './tables.js';

const EXAMPLE_EVIDENCE: PersonaInput['evidence'] = {
  sources: [
    {
      title:
        'Voorbeeldpersona van Buitenbinnen: niet gebaseerd op onderzoek van deze gemeente. Vervang of onderbouw met eigen interviews.',
    },
  ],
  interviewCount: 0,
};

const base = {
  kind: 'resident',
  goals: [],
  motivations: [],
  worries: [],
  dreams: [],
  informedBy: [],
  contactBy: [],
  quotes: [],
  vulnerabilityTags: [],
  evidence: EXAMPLE_EVIDENCE,
  example: true,
} satisfies Partial<PersonaInput>;

export const STARTER_PERSONAS: PersonaInput[] = [
  {
    ...base,
    name: 'Voorbeeld: Ans, 78, woont alleen',
    avatar: 'avatar:older-woman',
    ageGroup: '75-plus',
    engagementProfile: 'bescheiden-grijzen',
    lifeSituation: 'Weduwe, woont alleen in een seniorenwoning; kinderen wonen ver weg.',
    goals: ['Zelfstandig blijven wonen', 'Weten bij wie ze terechtkan'],
    worries: ['Formulieren op internet', 'Iets verkeerd doen en een boete krijgen'],
    digitalSkills: 'low',
    languageLevel: 'native',
    informedBy: ['brief', 'lokale-krant'],
    contactBy: ['telefoon', 'balie'],
    quotes: ['Ik bel liever, dan hoor ik tenminste een stem.'],
    vulnerabilityTags: ['older-alone', 'low-digital-skills'],
  },
  {
    ...base,
    name: 'Voorbeeld: Kees, 52, leest moeilijk',
    avatar: 'avatar:man-workwear',
    ageGroup: '45-54',
    engagementProfile: 'honkvaste-buurtbewoners',
    lifeSituation: 'Werkt in de bouw, getrouwd; zijn vrouw regelt de post.',
    goals: ['Snel geregeld, zonder lange brieven'],
    worries: ['Dat anderen merken dat hij moeilijk leest'],
    digitalSkills: 'basic',
    languageLevel: 'A2',
    informedBy: ['whatsapp', 'bijeenkomst'],
    contactBy: ['telefoon', 'balie'],
    quotes: ['Als het op één kantje past, lees ik het wel.'],
    vulnerabilityTags: ['low-literacy'],
  },
  {
    ...base,
    name: 'Voorbeeld: Samira, 31, statushouder',
    avatar: 'avatar:young-woman',
    ageGroup: '25-34',
    engagementProfile: 'zelfbewuste-aanpakkers',
    lifeSituation: 'Twee jaar in Nederland, volgt inburgering, moeder van een peuter.',
    goals: ['Haar zaken zelf kunnen regelen', 'Goed Nederlands leren'],
    worries: ['Brieven met moeilijke woorden', 'Niet weten welke instantie waarover gaat'],
    digitalSkills: 'good',
    languageLevel: 'A2',
    informedBy: ['whatsapp', 'website'],
    contactBy: ['whatsapp', 'balie'],
    quotes: ['Ik vertaal de brief met mijn telefoon, maar dan snap ik het nog niet.'],
    vulnerabilityTags: ['newcomer'],
  },
  {
    ...base,
    name: 'Voorbeeld: Daan, 29, blind',
    avatar: 'avatar:man-white-cane',
    ageGroup: '25-34',
    engagementProfile: 'kritische-vernieuwers',
    lifeSituation: 'Software-tester, woont samen; gebruikt een schermlezer en een brailleleesregel.',
    goals: ['Alles online en zelfstandig kunnen regelen'],
    worries: ['PDF’s en formulieren die niet toegankelijk zijn', 'Captcha’s'],
    digitalSkills: 'high',
    languageLevel: 'native',
    informedBy: ['e-mail', 'website'],
    contactBy: ['webformulier', 'e-mail'],
    quotes: ['Een knop zonder naam is voor mij een muur.'],
    vulnerabilityTags: ['screen-reader'],
  },
  {
    ...base,
    name: 'Voorbeeld: Lotte, 38, druk gezin',
    avatar: 'avatar:woman-bike',
    ageGroup: '35-44',
    engagementProfile: 'gehaaste-gezinnen',
    lifeSituation: 'Werkt vier dagen, twee kinderen op de basisschool.',
    goals: ['Zaken ’s avonds online afhandelen', 'Weten waar het staat'],
    worries: ['Geen terugkoppeling op een melding'],
    digitalSkills: 'good',
    languageLevel: 'native',
    informedBy: ['app', 'social-media'],
    contactBy: ['webformulier', 'app'],
    quotes: ['Ik wil gewoon weten of iemand ernaar kijkt.'],
  },
  {
    ...base,
    name: 'Voorbeeld: Joris, 19, student',
    avatar: 'avatar:young-man',
    ageGroup: '16-24',
    engagementProfile: 'idealistische-globalisten',
    lifeSituation: 'Eerste kamer, net verhuisd voor zijn studie.',
    goals: ['Alles op zijn telefoon regelen'],
    worries: ['Bellen tijdens kantooruren'],
    digitalSkills: 'high',
    languageLevel: 'native',
    informedBy: ['social-media', 'website'],
    contactBy: ['whatsapp', 'chat'],
    quotes: ['Waarom kan dit niet gewoon via een app?'],
  },
  {
    ...base,
    kind: 'staff',
    name: 'Voorbeeld: Fatima, KCC-medewerker',
    avatar: 'avatar:woman-headset',
    lifeSituation: 'Zes jaar bij het KCC, werkt met vijf systemen naast elkaar.',
    goals: ['Een inwoner in één gesprek verder helpen'],
    worries: ['Geen zicht op de status van een melding bij de vakafdeling'],
    digitalSkills: 'good',
    languageLevel: 'native',
    quotes: ['Ik moet de inwoner vaak zeggen dat ik het niet weet.'],
  },
];

/** Adds the starter set to a gemeente that has no persona yet; never overwrites or re-adds. */
export async function seedPersonaStarterSet(tx: Tx, tenantId: string): Promise<void> {
  const [existing] = await tx.select({ n: count() }).from(personas).where(eq(personas.tenantId, tenantId));
  if ((existing?.n ?? 0) > 0) return;
  await tx.insert(personas).values(
    STARTER_PERSONAS.map((p) => ({
      tenantId,
      name: p.name,
      kind: p.kind,
      vulnerable: isVulnerable(p),
      example: true,
      data: p,
    })),
  );
}
