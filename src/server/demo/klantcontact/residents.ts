// Synthetic residents for the demo gemeenten. Everything here is made up and recognisably so:
// invented family and street names, postcodes with the letter pairs SA, SD and SS (which PostNL
// never issues), e-mail addresses in the reserved .example domain, and BSNs only for a few, in the
// 9999xxxxx block of test numbers. Pure: the same seed gives the same residents.
import type { Prng } from '../../../shared/demo/prng.js';
import { uuidFrom } from './ids.js';

const GIVEN = [
  'Anna',
  'Bram',
  'Carmen',
  'Daan',
  'Esra',
  'Femke',
  'Gijs',
  'Hanna',
  'Ilias',
  'Joris',
  'Kiki',
  'Lars',
  'Mila',
  'Noah',
  'Oumaima',
  'Pieter',
  'Quinty',
  'Ravi',
  'Sanne',
  'Thijs',
  'Umut',
  'Vera',
  'Wout',
  'Yara',
  'Zeynep',
  'Anouk',
  'Bilal',
  'Charlotte',
  'Dewi',
  'Emre',
];
const FAMILY = [
  'Appelgaard',
  'Brugwater',
  'Dorpsveld',
  'Elzenhoek',
  'Fietsema',
  'Grachtenburg',
  'Heidebloem',
  'IJsselzand',
  'Kanaalhof',
  'Lindewaard',
  'Molenbeek-Voorbeeld',
  'Noorderproef',
  'Ooievaarsnest',
  'Polderman-Demo',
  'Rietkraag',
  'Sluiswachter',
  'Torenvalk',
  'Uiterwaard',
  'Veldkamp-Fictief',
  'Wilgenroos',
  'Zandvoortje',
  'Bakkerslaan',
  'Dijkgraafsma',
  'Klaverveld',
];
const PREFIX = ['', '', '', '', 'van', 'de', 'van der', 'van den'];
const STREETS = [
  'Voorbeeldstraat',
  'Proeflaan',
  'Demoweg',
  'Testplein',
  'Fictiefhof',
  'Verzinsel',
  'Schetsgracht',
  'Ontwerpkade',
  'Maquettepad',
  'Blauwdrukstraat',
];
const ORGANISATIONS = [
  'Bakkerij Het Voorbeeld',
  'Stichting Proefbuurt',
  'Sportvereniging De Demo',
  'Café De Schets',
  'Huisartsenpraktijk Fictief',
  'Bouwbedrijf Maquette',
  'Buurthuis Het Ontwerp',
  'Kinderopvang Verzinsel',
];
const FEEDBACK = ['email', 'sms', 'whatsapp', 'letter', 'phone'] as const;

export interface DemoResident {
  id: string;
  kind: 'person' | 'organisation';
  displayName: string;
  givenName: string | null;
  familyName: string | null;
  organisationName: string | null;
  postcode: string;
  houseNumber: number;
  street: string;
  city: string;
  email: string | null;
  phone: string | null;
  preferredChannel: (typeof FEEDBACK)[number] | null;
  bsn: string | null;
  kvk: string | null;
  /** How often this resident contacts the gemeente, relative to the others (skewed). */
  activity: number;
}

/** A nine-digit number in 999900000–999999999 that passes the elfproef (the check digit is solved). */
export function testBsn(n: number): string {
  for (let k = n; ; k++) {
    const head = String(99990000 + (k % 10000)).padStart(8, '0');
    let sum = 0;
    for (let i = 0; i < 8; i++) sum += (9 - i) * Number(head[i]);
    const last = sum % 11;
    if (last <= 9) return head + String(last);
  }
}

/** The numeric postcode range of each demo gemeente (fictitious, like the letters). */
export function postcodeRange(slug: string): [number, number] {
  return slug === 'proefdorp' ? [9995, 9998] : [9990, 9994];
}

export function generateResidents(
  rng: Prng,
  seed: number,
  slug: string,
  city: string,
  count: number,
): DemoResident[] {
  const [from, to] = postcodeRange(slug);
  const out: DemoResident[] = [];
  const usedBsn = new Set<string>();
  for (let i = 0; i < count; i++) {
    const organisation = i % 20 === 19;
    const given = rng.pick(GIVEN);
    const family = [rng.pick(PREFIX), rng.pick(FAMILY)].filter(Boolean).join(' ');
    const org = organisation ? `${rng.pick(ORGANISATIONS)} ${i}` : null;
    const local = (organisation ? `info${i}` : `${given}.${family}.${i}`)
      .toLowerCase()
      .replace(/[^a-z0-9.]/g, '');
    const hasEmail = rng.chance(0.75);
    const hasPhone = rng.chance(0.7);
    const preferred = rng.weightedChoice<DemoResident['preferredChannel']>(
      [...FEEDBACK, null],
      [hasEmail ? 5 : 0, hasPhone ? 1.5 : 0, hasPhone ? 2 : 0, 1, hasPhone ? 1 : 0, 0.5],
    );
    let bsn: string | null = null;
    if (!organisation && rng.chance(0.15)) {
      bsn = testBsn(rng.int(0, 9999));
      while (usedBsn.has(bsn)) bsn = testBsn(Number(bsn.slice(4, 8)) + 1);
      usedBsn.add(bsn);
    }
    out.push({
      id: uuidFrom(seed, `resident:${i}`),
      kind: organisation ? 'organisation' : 'person',
      displayName: organisation ? org! : `${given} ${family}`,
      givenName: organisation ? null : given,
      familyName: organisation ? null : family,
      organisationName: org,
      postcode: `${rng.int(from, to)}${rng.pick(['SA', 'SD', 'SS'])}`,
      houseNumber: rng.int(1, 180),
      street: rng.pick(STREETS),
      city,
      email: hasEmail ? `${local}@inwoner.example` : null,
      // 06-00…: a series outside the ones issued to mobile subscribers.
      phone: hasPhone ? `+3160${String(rng.int(0, 9_999_999)).padStart(7, '0')}` : null,
      preferredChannel: preferred,
      bsn,
      kvk: organisation ? String(90_000_000 + i) : null,
      // Lognormal: most residents call once or twice a year, a few very often.
      activity: Math.exp(rng.normal(0, 1)),
    });
  }
  return out;
}
