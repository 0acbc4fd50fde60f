// The cells tallied in one pass when a dataset is loaded must equal the cells defined by scanning
// every respondent, for every context, phase, scheme and group, weighted or not.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONTEXTS, PHASES, type Answers, type Respondent } from '../../../shared/advice/model.js';
import { ALL_GROUP, groupCounts, indexDataset, scanCell, tallyCell } from './aggregate.js';

const codes = fc.uniqueArray(fc.constantFrom('web', 'tel', 'app', 'mail'), { minLength: 1, maxLength: 3 });
const answer = fc.record({
  channels: codes,
  motives: fc.uniqueArray(fc.constantFrom('m1', 'm2'), { maxLength: 2 }),
  expectations: fc.uniqueArray(fc.constantFrom('e1', 'e2'), { maxLength: 2 }),
});
const phases = fc.dictionary(fc.constantFrom('1', '2', '3', '4', '5'), answer, { maxKeys: 5 });
const respondent = fc.record({
  age: fc.integer({ min: 16, max: 90 }),
  ageGroup: fc.constantFrom('jong', 'midden', 'oud'),
  profile: fc.constantFrom(null, 'p1', 'p2'),
  answers: fc.record({ service: phases, participation: phases }, { requiredKeys: [] }),
});

describe('indexDataset', () => {
  it('tallies every cell exactly as a scan over the respondents does (property)', () => {
    fc.assert(
      fc.property(
        fc.array(respondent, { maxLength: 40 }),
        fc.option(
          fc.record({
            jong: fc.constantFrom(0, 0.5, 1.7),
            midden: fc.double({ min: 0, max: 3, noNaN: true }),
          }),
        ),
        (raw, weights) => {
          const respondents: Respondent[] = raw.map((r, i) => ({
            ...r,
            key: `r${i}`,
            answers: r.answers as Answers,
          }));
          const index = indexDataset(respondents, weights);
          for (const context of CONTEXTS)
            for (const phase of PHASES)
              for (const [scheme, groups] of [
                ['age', ['jong', 'midden', 'oud', 'leeg', ALL_GROUP]],
                ['profile', ['p1', 'p2', 'p3', ALL_GROUP]],
              ] as const)
                for (const group of groups) {
                  const q = { context, phase, scheme, group };
                  expect(tallyCell(index, q)).toEqual(scanCell(index, q));
                }
          expect(groupCounts(index, 'age').get('jong') ?? 0).toBe(
            respondents.filter((r) => r.ageGroup === 'jong').length,
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});
