import { describe, expect, it } from 'vitest';
import type { Respondent } from '../../../shared/advice/model.js';
import { generateDemoSurvey } from './demo/generate.js';
import { ChunkCoder, decodeChunk, encodeChunk, type StoredRow } from './respondent-chunks.js';
import { parseSurveyCsv, readSurveyCsv, type ImportCatalogue } from './import-csv.js';
import { AGE_COLUMN, allAnswerColumns, CODE_SEPARATOR, ID_COLUMN, PROFILE_COLUMN } from './survey-columns.js';

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

describe('coding respondents as the import reads them', () => {
  it('stores what parsing the file into respondents and coding those would store', () => {
    const respondents = demoRespondents(3000);
    const columns = allAnswerColumns();
    const lines = respondents.map((r) =>
      [
        r.key,
        r.age,
        r.profile ?? '',
        ...columns.map((c) => r.answers[c.context]?.[`${c.phase}`]?.[c.question].join(CODE_SEPARATOR) ?? ''),
      ].join(';'),
    );
    // Participation before service in the header, and one context's later phases left out.
    const order = [...columns].reverse().filter((c) => !(c.context === 'service' && c.phase === 5));
    const header = [ID_COLUMN, AGE_COLUMN, PROFILE_COLUMN, ...order.map((c) => c.name)];
    const pick = order.map((c) => 3 + columns.indexOf(c));
    const csv = [
      header.join(';'),
      ...lines.map((l) => {
        const f = l.split(';');
        return [f[0], f[1], f[2], ...pick.map((i) => f[i])].join(';');
      }),
    ].join('\n');
    const catalogue = importCatalogueOf(respondents);

    const coder = new ChunkCoder();
    const rows = readSurveyCsv(csv, catalogue, 10_000, (r, answers): StoredRow => [
      r.key,
      r.age,
      r.ageGroup,
      r.profile,
      coder.answers(answers),
    ]);
    const parsed = parseSurveyCsv(csv, catalogue, 10_000);
    expect(parsed).toHaveLength(3000);
    const stored = [coder.chunk(rows.slice(0, 1200)), coder.chunk(rows.slice(1200))];
    expect(stored.flatMap((text) => decodeChunk(text))).toEqual(parsed);
    expect(decodeChunk(encodeChunk(parsed))).toEqual(parsed);
  });
});

/** A catalogue that knows every code and group the demo respondents use. */
function importCatalogueOf(respondents: Respondent[]): ImportCatalogue {
  const channels = new Set<string>();
  const motives = new Map<string, Set<string>>();
  const expectations = new Map<string, Set<string>>();
  for (const r of respondents)
    for (const [context, phases] of Object.entries(r.answers))
      for (const cell of Object.values(phases ?? {})) {
        cell!.channels.forEach((c) => channels.add(c));
        cell!.motives.forEach((c) => motives.set(c, (motives.get(c) ?? new Set()).add(context)));
        cell!.expectations.forEach((c) =>
          expectations.set(c, (expectations.get(c) ?? new Set()).add(context)),
        );
      }
  const groups = new Map(respondents.map((r) => [r.ageGroup, [] as number[]]));
  for (const r of respondents) groups.get(r.ageGroup)!.push(r.age);
  return {
    channels,
    motives,
    expectations,
    profiles: new Set(respondents.flatMap((r) => (r.profile ? [r.profile] : []))),
    ageGroups: [...groups].map(([code, ages]) => ({
      code,
      minAge: Math.min(...ages),
      maxAge: Math.max(...ages),
    })),
  };
}
