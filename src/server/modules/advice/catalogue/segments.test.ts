import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_AGE_GROUPS,
  DEFAULT_PROFILES,
  DEFAULT_PROFILE_SCHEME,
  MAX_AGE,
  MIN_AGE,
  ageGroupOf,
  ageGroupProblems,
  isValidAge,
} from './segments.js';
import { CITISENS_PROFILES_SOURCE, CITISENS_SHARES_SOURCE } from './sources.js';

describe('ageGroupOf', () => {
  it.each([
    [16, '16-24'],
    [24, '16-24'],
    [25, '25-34'],
    [34, '25-34'],
    [35, '35-44'],
    [44, '35-44'],
    [45, '45-54'],
    [54, '45-54'],
    [55, '55-64'],
    [64, '55-64'],
    [65, '65-74'],
    [74, '65-74'],
    [75, '75-plus'],
    [120, '75-plus'],
  ])('puts %i in %s', (age, code) => {
    expect(ageGroupOf(age, DEFAULT_AGE_GROUPS)).toBe(code);
  });

  it.each([15, 0, -1, 121, 200, 30.5, Number.NaN, Number.POSITIVE_INFINITY])('rejects age %d', (age) => {
    expect(isValidAge(age)).toBe(false);
    expect(ageGroupOf(age, DEFAULT_AGE_GROUPS)).toBeNull();
  });

  it('uses the default groups when none are given', () => {
    expect(ageGroupOf(40)).toBe('35-44');
  });

  it('puts every valid age in exactly one default group', () => {
    fc.assert(
      fc.property(fc.integer({ min: MIN_AGE, max: MAX_AGE }), (age) => {
        const containing = DEFAULT_AGE_GROUPS.filter(
          (g) => age >= g.minAge && (g.maxAge === null || age <= g.maxAge),
        );
        expect(containing).toHaveLength(1);
        expect(ageGroupOf(age, DEFAULT_AGE_GROUPS)).toBe(containing[0]!.code);
      }),
    );
  });

  it('works with stored rows whose bounds may be null, and returns null where no group covers the age', () => {
    const groups = [
      { code: 'jong', minAge: null, maxAge: 39 },
      { code: 'oud', minAge: 60, maxAge: null },
    ];
    expect(ageGroupOf(16, groups)).toBe('jong');
    expect(ageGroupOf(50, groups)).toBeNull();
    expect(ageGroupOf(99, groups)).toBe('oud');
    expect(ageGroupOf(121, groups)).toBeNull();
  });
});

describe('ageGroupProblems', () => {
  it('finds none in the default groups', () => {
    expect(ageGroupProblems(DEFAULT_AGE_GROUPS)).toEqual([]);
  });

  it('reports gaps, overlaps, inverted and fractional bounds', () => {
    expect(
      ageGroupProblems([
        { code: 'a', minAge: 16, maxAge: 30 },
        { code: 'b', minAge: 40, maxAge: null },
      ]),
    ).toEqual(['leeftijden 31–39 vallen in geen groep']);
    expect(
      ageGroupProblems([
        { code: 'a', minAge: 16, maxAge: 30 },
        { code: 'b', minAge: 30, maxAge: 80 },
      ]),
    ).toEqual(['b overlapt met een andere groep', 'leeftijden 81–120 vallen in geen groep']);
    expect(ageGroupProblems([{ code: 'a', minAge: 50, maxAge: 20 }])).toEqual([
      'a: ondergrens ligt boven bovengrens',
    ]);
    expect(ageGroupProblems([{ code: 'a', minAge: 16.5, maxAge: null }])).toEqual([
      'a: grenzen moeten hele jaren zijn',
    ]);
  });
});

describe('engagement profiles', () => {
  it('are the eight Citisens profiles with their names as published', () => {
    expect(DEFAULT_PROFILES.map((p) => p.nameNl)).toEqual([
      'Honkvaste Buurtbewoners',
      'Zelfbewuste Aanpakkers',
      'Zorgzame Senioren',
      'Gevestigde Beïnvloeders',
      'Kritische Vernieuwers',
      'Idealistische Globalisten',
      'Gehaaste Gezinnen',
      'Bescheiden Grijzen',
    ]);
  });

  it('carry only the published shares, with their source, and null elsewhere', () => {
    const shares = Object.fromEntries(DEFAULT_PROFILES.map((p) => [p.code, p.populationShare]));
    expect(shares).toEqual({
      'honkvaste-buurtbewoners': 0.17,
      'zelfbewuste-aanpakkers': 0.16,
      'zorgzame-senioren': 0.06,
      'gevestigde-beinvloeders': 0.18,
      'kritische-vernieuwers': 0.06,
      'idealistische-globalisten': null,
      'gehaaste-gezinnen': null,
      'bescheiden-grijzen': null,
    });
    for (const p of DEFAULT_PROFILES) {
      expect(p.shareSource).toBe(p.populationShare === null ? null : CITISENS_SHARES_SOURCE);
      expect(p.source).toBe(CITISENS_PROFILES_SOURCE);
    }
  });

  it('share one general description and name Citisens as owner of the model', () => {
    expect(new Set(DEFAULT_PROFILES.map((p) => p.description)).size).toBe(1);
    expect(DEFAULT_PROFILE_SCHEME.rights).toMatch(/eigendom van Citisens/);
    expect(DEFAULT_PROFILE_SCHEME.rights).toMatch(/licentie/);
  });
});
