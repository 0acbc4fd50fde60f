import { describe, expect, it } from 'vitest';
import { StatisticsInputError } from './errors.js';
import { postStratify } from './poststratify.js';

describe('postStratify', () => {
  it('weights each stratum by population share / sample share', () => {
    // n = 100: sample shares 0.1, 0.3, 0.6; population 0.2, 0.4, 0.4.
    // Weights 0.2/0.1 = 2, 0.4/0.3 = 1.3333333, 0.4/0.6 = 0.6666667.
    // Weighted counts 20 + 40 + 40 = 100; Σ n·w² = 10·4 + 30·1.7777778 + 60·0.4444444 = 120;
    // n_eff = 100² / 120 = 83.333333.
    const result = postStratify({
      sampleCounts: { '16-24': 10, '25-64': 30, '65+': 60 },
      populationShares: { '16-24': 0.2, '25-64': 0.4, '65+': 0.4 },
    });
    expect(result.weights['16-24']).toBeCloseTo(2, 12);
    expect(result.weights['25-64']).toBeCloseTo(4 / 3, 12);
    expect(result.weights['65+']).toBeCloseTo(2 / 3, 12);
    expect(result.missingStrata).toEqual([]);
    expect(result.coveredPopulationShare).toBeCloseTo(1, 12);
    expect(result.effectiveSampleSize).toBeCloseTo(83.333333333, 8);
    expect(result.warnings).toEqual([]);
  });

  it('reports strata with a population share but no respondents', () => {
    // n = 50: weights 0.5/(20/50) = 1.25 and 0.3/(30/50) = 0.5; 16-24 (share 0.2) is missing,
    // so the weighted sample covers 0.8 of the population.
    const result = postStratify({
      sampleCounts: { '25-64': 20, '65+': 30, '16-24': 0 },
      populationShares: { '16-24': 0.2, '25-64': 0.5, '65+': 0.3 },
    });
    expect(result.missingStrata).toEqual(['16-24']);
    expect(result.weights).toEqual({ '25-64': 1.25, '65+': 0.5 });
    expect(result.coveredPopulationShare).toBeCloseTo(0.8, 12);
    expect(result.warnings).toEqual([]);
  });

  it('refuses population shares off by more than 0.001 unless asked to normalise', () => {
    const input = { sampleCounts: { a: 5, b: 5 }, populationShares: { a: 0.5, b: 0.498 } };
    expect(() => postStratify(input)).toThrow(/0,998/);
    // Normalised: a = 0.5 / 0.998 = 0.501002, weight 0.501002 / 0.5 = 1.002004.
    const result = postStratify({ ...input, normalise: true });
    expect(result.weights.a).toBeCloseTo(1.002004008, 8);
    expect(result.warnings).toEqual(['Aandelen telden op tot 0,998; genormaliseerd naar 1.']);
    // Within 0.001 it is rounding: accepted without a warning.
    expect(postStratify({ ...input, populationShares: { a: 0.5, b: 0.4995 } }).warnings).toEqual([]);
  });

  it('names respondents in strata the population does not know', () => {
    try {
      postStratify({ sampleCounts: { a: 5, x: 2, y: 1 }, populationShares: { a: 1 } });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(StatisticsInputError);
      expect((error as StatisticsInputError).code).toBe('unknown-stratum');
      expect((error as StatisticsInputError).subjects).toEqual(['x', 'y']);
      expect((error as Error).message).toContain('x, y');
    }
  });

  it('refuses negative counts and an empty sample', () => {
    expect(() => postStratify({ sampleCounts: { a: -1 }, populationShares: { a: 1 } })).toThrow(/negatief/);
    expect(() => postStratify({ sampleCounts: { a: 0 }, populationShares: { a: 1 } })).toThrow(
      StatisticsInputError,
    );
  });
});
