import { describe, expect, it } from 'vitest';
import type { Respondent } from '../../../shared/advice/model.js';
import { generateDemoSurvey } from './demo/generate.js';
import { decodeChunk, encodeChunk } from './respondent-chunks.js';

function demoRespondents(n: number): Respondent[] {
  return generateDemoSurvey({ respondents: n }).respondents;
}

describe('stored respondent chunks', () => {
  it('gives back exactly the respondents it stored, and is much smaller than version 1', () => {
    const respondents = demoRespondents(2000);
    const text = encodeChunk(respondents);
    expect(decodeChunk(text)).toEqual(respondents);
    const v1 = JSON.stringify(
      respondents.map((r) => ({ k: r.key, a: r.age, g: r.ageGroup, p: r.profile, x: r.answers })),
    );
    expect(text.length).toBeLessThan(v1.length / 3);
  });

  it('keeps skipped phases, missing contexts, empty lists, a null profile and odd keys apart', () => {
    const respondents: Respondent[] = [
      { key: 'a,b;"c"', age: 30, ageGroup: '25-34', profile: null, answers: {} },
      {
        key: 'r2',
        age: 80,
        ageGroup: '75+',
        profile: 'p.1',
        answers: {
          participation: {},
          service: {
            '2': { channels: ['balie', 'a,b'], motives: [], expectations: ['x.y'] },
            '5': { channels: ['telefoon'], motives: ['snel'], expectations: [] },
          },
        },
      },
    ];
    expect(decodeChunk(encodeChunk(respondents))).toEqual(respondents);
  });

  it('still reads chunks stored in version 1', () => {
    const r = demoRespondents(3);
    const v1 = JSON.stringify(
      r.map((x) => ({ k: x.key, a: x.age, g: x.ageGroup, p: x.profile, x: x.answers })),
    );
    expect(decodeChunk(v1)).toEqual(r);
  });

  it('refuses a chunk of a version it does not know', () => {
    expect(() => decodeChunk('{"v":3,"d":[],"r":[]}')).toThrow(/version 3/);
  });
});
