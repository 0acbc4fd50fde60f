// How often each seeded topic and category comes up in the demo. Codes the beheerder added later
// (not in these tables) still occur, with a small weight.

const TOPIC_WEIGHT: Record<string, number> = {
  'afval-niet-opgehaald': 8,
  'afval-grofvuil': 9,
  'afval-container': 4,
  'or-verlichting': 3,
  'or-bestrating': 3,
  'or-groen': 3,
  'or-overlast': 4,
  'bz-reisdocument': 10,
  'bz-verhuizing': 6,
  'bz-uittreksel': 3,
  'bel-aanslag': 5,
  'bel-kwijtschelding': 3,
  'zorg-wmo': 5,
  'zorg-jeugd': 2,
  'wi-bijstand': 3,
  'verg-omgeving': 3,
  'verg-evenement': 1,
  'status-melding': 3,
  'status-aanvraag': 3,
  'status-terugbel': 1.5,
  'klacht-behandeling': 1,
  compliment: 0.5,
  'overig-informatie': 6,
};

/** Topic weight in a month (0 = January): tax questions come with the assessments in Feb–Mar. */
export function topicWeight(code: string, month: number): number {
  const w = TOPIC_WEIGHT[code] ?? 1;
  if (code === 'bel-aanslag' && (month === 1 || month === 2)) return w * 5;
  if (code === 'or-groen' && month >= 4 && month <= 8) return w * 2;
  return w;
}

const CATEGORY_WEIGHT: Record<string, number> = {
  zwerfafval: 3,
  'losliggende-tegel': 2.5,
  'kapotte-straatverlichting': 2.5,
  'volle-container': 2,
  'overhangend-groen': 1.5,
  'illegale-dump': 1.5,
  'gat-in-de-weg': 1.2,
  speelplaats: 0.6,
  'omgevallen-boom': 0.3,
  gehandicaptenparkeerplaats: 0.15,
  'extra-container': 0.3,
  'vraag-algemeen': 0.2,
  'klacht-behandeling': 0.3,
};

export const categoryWeight = (code: string) => CATEGORY_WEIGHT[code] ?? 0.5;

const TOPIC_OF_CATEGORY: Record<string, string> = {
  zwerfafval: 'or-overlast',
  'losliggende-tegel': 'or-bestrating',
  'gat-in-de-weg': 'or-bestrating',
  'kapotte-straatverlichting': 'or-verlichting',
  'volle-container': 'afval-container',
  'extra-container': 'afval-container',
  'illegale-dump': 'or-overlast',
  'overhangend-groen': 'or-groen',
  'omgevallen-boom': 'or-groen',
  speelplaats: 'or-overlast',
  'klacht-behandeling': 'klacht-behandeling',
  'vraag-algemeen': 'overig-informatie',
};

/** The contact topic of the contact that created a case of this category, if the gemeente has it. */
export function topicForCategory(categoryCode: string, topics: { code: string }[]): string | null {
  const code = TOPIC_OF_CATEGORY[categoryCode];
  return code && topics.some((t) => t.code === code) ? code : null;
}
