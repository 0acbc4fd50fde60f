// Fictitious area compositions for the two demo gemeenten, so that a demo can weight the national
// demo survey to a local population. Every number here is invented; none is CBS or Citisens data.
import type { SchemeCode } from '../../../../shared/advice/model.js';
import type { DefaultAgeGroupCode, DefaultProfileCode } from '../catalogue/segments.js';

export const DEMO_TENANT_SLUGS = ['voorbeeldstad', 'proefdorp'] as const;
export type DemoTenantSlug = (typeof DEMO_TENANT_SLUGS)[number];

export const DEMO_AREA_SOURCE =
  'Fictief: door Buitenbinnen verzonnen voor de demo; geen CBS- of Citisens-gegevens. Fictitious demo data.';

/** One composition of one area by one segmentation scheme: one row of advice_areas. */
export interface DemoArea {
  tenantSlug: DemoTenantSlug;
  /** Stable within the tenant; the same area has one row per scheme. */
  code: string;
  name: string;
  kind: 'gemeente' | 'wijk';
  /** The area this one lies in, by code; null for the whole gemeente. */
  parentCode: string | null;
  scheme: SchemeCode;
  /** Fractions per group code, summing to 1. For the age scheme derived from `counts`. */
  shares: Record<string, number>;
  /** Residents per group code; null when only shares are given. */
  counts: Record<string, number> | null;
  synthetic: true;
  source: string;
}

type AgeCounts = Record<DefaultAgeGroupCode, number>;
type ProfileShares = Record<DefaultProfileCode, number>;

function sharesOf(counts: Record<string, number>): Record<string, number> {
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  return Object.fromEntries(Object.entries(counts).map(([code, n]) => [code, n / total]));
}

function byAge(
  tenantSlug: DemoTenantSlug,
  area: Pick<DemoArea, 'code' | 'name' | 'kind' | 'parentCode'>,
  counts: AgeCounts,
): DemoArea {
  return {
    tenantSlug,
    ...area,
    scheme: 'age',
    shares: sharesOf(counts),
    counts,
    synthetic: true,
    source: DEMO_AREA_SOURCE,
  };
}

function byProfile(
  tenantSlug: DemoTenantSlug,
  area: Pick<DemoArea, 'code' | 'name' | 'kind' | 'parentCode'>,
  shares: ProfileShares,
): DemoArea {
  return {
    tenantSlug,
    ...area,
    scheme: 'profile',
    shares,
    counts: null,
    synthetic: true,
    source: DEMO_AREA_SOURCE,
  };
}

const VOORBEELDSTAD = {
  code: 'voorbeeldstad',
  name: 'Voorbeeldstad (hele gemeente)',
  kind: 'gemeente',
  parentCode: null,
} as const;
const UNIVERSITEITSKWARTIER = {
  code: 'universiteitskwartier',
  name: 'Universiteitskwartier (studentenwijk)',
  kind: 'wijk',
  parentCode: 'voorbeeldstad',
} as const;
const LINDENHOF = {
  code: 'lindenhof',
  name: 'Lindenhof (oudere wijk)',
  kind: 'wijk',
  parentCode: 'voorbeeldstad',
} as const;
const PROEFDORP = {
  code: 'proefdorp',
  name: 'Proefdorp (hele gemeente)',
  kind: 'gemeente',
  parentCode: null,
} as const;

export const DEMO_AREAS: readonly DemoArea[] = [
  // A mid-sized town of about 96,000 residents aged 16 and over.
  byAge('voorbeeldstad', VOORBEELDSTAD, {
    '16-24': 14200,
    '25-34': 15800,
    '35-44': 13900,
    '45-54': 15100,
    '55-64': 14600,
    '65-74': 12300,
    '75-plus': 9600,
  }),
  byProfile('voorbeeldstad', VOORBEELDSTAD, {
    'honkvaste-buurtbewoners': 0.15,
    'zelfbewuste-aanpakkers': 0.17,
    'zorgzame-senioren': 0.05,
    'gevestigde-beinvloeders': 0.17,
    'kritische-vernieuwers': 0.08,
    'idealistische-globalisten': 0.14,
    'gehaaste-gezinnen': 0.13,
    'bescheiden-grijzen': 0.11,
  }),
  // Students and starters: mostly under 35.
  byAge('voorbeeldstad', UNIVERSITEITSKWARTIER, {
    '16-24': 3850,
    '25-34': 2240,
    '35-44': 610,
    '45-54': 430,
    '55-64': 360,
    '65-74': 240,
    '75-plus': 170,
  }),
  // An older neighbourhood: more than half aged 55 and over.
  byAge('voorbeeldstad', LINDENHOF, {
    '16-24': 310,
    '25-34': 420,
    '35-44': 480,
    '45-54': 690,
    '55-64': 1180,
    '65-74': 1540,
    '75-plus': 1420,
  }),
  // An ageing village of about 7,700 residents aged 16 and over.
  byAge('proefdorp', PROEFDORP, {
    '16-24': 720,
    '25-34': 680,
    '35-44': 760,
    '45-54': 1150,
    '55-64': 1490,
    '65-74': 1580,
    '75-plus': 1310,
  }),
  byProfile('proefdorp', PROEFDORP, {
    'honkvaste-buurtbewoners': 0.24,
    'zelfbewuste-aanpakkers': 0.12,
    'zorgzame-senioren': 0.11,
    'gevestigde-beinvloeders': 0.14,
    'kritische-vernieuwers': 0.04,
    'idealistische-globalisten': 0.05,
    'gehaaste-gezinnen': 0.1,
    'bescheiden-grijzen': 0.2,
  }),
];

export function demoAreas(tenantSlug: DemoTenantSlug): DemoArea[] {
  return structuredClone(DEMO_AREAS.filter((a) => a.tenantSlug === tenantSlug));
}
