import { describe, expect, it } from 'vitest';
import { DEFAULT_AGE_GROUPS, DEFAULT_PROFILES } from '../catalogue/segments.js';
import { DEMO_AREAS, DEMO_TENANT_SLUGS, demoAreas, type DemoArea } from './areas.js';

const ageCodes = DEFAULT_AGE_GROUPS.map((g) => g.code).sort();
const profileCodes = DEFAULT_PROFILES.map((p) => p.code).sort();

function area(slug: string, code: string, scheme: 'age' | 'profile'): DemoArea {
  const found = DEMO_AREAS.find((a) => a.tenantSlug === slug && a.code === code && a.scheme === scheme);
  if (!found) throw new Error(`no ${scheme} composition for ${slug}/${code}`);
  return found;
}

const shareOf = (a: DemoArea, codes: string[]) => codes.reduce((sum, c) => sum + (a.shares[c] ?? 0), 0);

describe('demo areas', () => {
  it('are all labelled fictitious', () => {
    for (const a of DEMO_AREAS) {
      expect(a.synthetic).toBe(true);
      expect(a.source).toMatch(/Fictief/);
    }
  });

  it('use exactly the catalogue codes of their scheme, with shares summing to 1', () => {
    for (const a of DEMO_AREAS) {
      const expected = a.scheme === 'age' ? ageCodes : profileCodes;
      expect(Object.keys(a.shares).sort()).toEqual(expected);
      if (a.counts) expect(Object.keys(a.counts).sort()).toEqual(expected);
      expect(Object.values(a.shares).reduce((x, y) => x + y, 0)).toBeCloseTo(1, 10);
      for (const v of Object.values(a.shares)) expect(v).toBeGreaterThan(0);
    }
  });

  it('give every age composition counts that match its shares', () => {
    for (const a of DEMO_AREAS.filter((x) => x.scheme === 'age')) {
      const counts = a.counts!;
      const total = Object.values(counts).reduce((x, y) => x + y, 0);
      for (const [code, n] of Object.entries(counts)) {
        expect(Number.isInteger(n)).toBe(true);
        expect(a.shares[code]).toBeCloseTo(n / total, 12);
      }
    }
  });

  it('have a whole gemeente per demo tenant; voorbeeldstad has a young and an older wijk inside it', () => {
    for (const slug of DEMO_TENANT_SLUGS) {
      expect(demoAreas(slug).filter((a) => a.kind === 'gemeente' && a.scheme === 'age')).toHaveLength(1);
    }
    const town = area('voorbeeldstad', 'voorbeeldstad', 'age');
    const student = area('voorbeeldstad', 'universiteitskwartier', 'age');
    const older = area('voorbeeldstad', 'lindenhof', 'age');
    for (const wijk of [student, older]) {
      expect(wijk.parentCode).toBe('voorbeeldstad');
      for (const code of ageCodes) expect(wijk.counts![code]!).toBeLessThanOrEqual(town.counts![code]!);
    }
    const youngCodes = ['16-24', '25-34'];
    const oldCodes = ['65-74', '75-plus'];
    expect(shareOf(student, youngCodes)).toBeGreaterThan(shareOf(town, youngCodes) + 0.2);
    expect(shareOf(older, oldCodes)).toBeGreaterThan(shareOf(town, oldCodes) + 0.2);
  });

  it('make proefdorp an ageing village with a profile composition', () => {
    const village = area('proefdorp', 'proefdorp', 'age');
    const town = area('voorbeeldstad', 'voorbeeldstad', 'age');
    expect(shareOf(village, ['65-74', '75-plus'])).toBeGreaterThan(shareOf(town, ['65-74', '75-plus']));
    expect(area('proefdorp', 'proefdorp', 'profile').counts).toBeNull();
  });

  it('hands out copies', () => {
    const a = demoAreas('proefdorp');
    a[0]!.shares['16-24'] = 1;
    expect(demoAreas('proefdorp')[0]!.shares['16-24']).not.toBe(1);
  });
});
