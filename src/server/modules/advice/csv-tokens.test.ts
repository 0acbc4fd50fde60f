// The split path of the CSV tokeniser must give exactly what csv-parse gives: the same records,
// the same line numbers, and through parseSurveyCsv the same respondents or the same errors.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitPathFits, tokeniseCsv } from './csv-tokens.js';
import { parseSurveyCsv, SurveyImportError, type ImportCatalogue } from './import-csv.js';

const catalogue: ImportCatalogue = {
  channels: new Set(['web', 'tel', 'app']),
  motives: new Map([['snel', new Set(['service', 'participation'])]]),
  expectations: new Map([['info', new Set(['service'])]]),
  profiles: new Set(['p1', 'p2']),
  ageGroups: [
    { code: 'jong', minAge: 16, maxAge: 39 },
    { code: 'oud', minAge: 40, maxAge: null },
  ],
};

const blanks = [' ', '\t', '\u00a0', '\u2003', '\ufeff', '\v'];
const pieces = ['a', 'b', 'web', 'tel', '|', ';', ',', '"', '1', '42', ...blanks];
const field = fc.array(fc.constantFrom(...pieces), { maxLength: 5 }).map((p) => p.join(''));
const lineEnd = fc.constantFrom('\n', '\n', '\n', '\r\n', '\r');
/** Mostly plain files (the split path) with, now and then, what only csv-parse handles. */
const csvText = fc
  .tuple(
    fc.boolean(),
    fc.array(fc.tuple(fc.array(field, { minLength: 1, maxLength: 4 }), lineEnd), { maxLength: 8 }),
    fc.boolean(),
  )
  .map(([bom, lines, lastEnd]) => {
    const text = lines.map(
      ([fields, end], i) => fields.join(';') + (i < lines.length - 1 || lastEnd ? end : ''),
    );
    return (bom ? '\ufeff' : '') + text.join('');
  });

function outcome(text: string, path: 'auto' | 'csv-parse') {
  try {
    return { rows: tokeniseCsv(text, ';', path) };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

function surveyOutcome(text: string, path: 'auto' | 'csv-parse') {
  try {
    return { respondents: parseSurveyCsv(text, catalogue, 1000, path) };
  } catch (error) {
    if (error instanceof SurveyImportError) return { issues: error.issues };
    throw error;
  }
}

describe('tokeniseCsv', () => {
  it('gives the same records and lines on both paths (property)', () => {
    fc.assert(
      fc.property(csvText, (text) => {
        expect(outcome(text, 'auto')).toEqual(outcome(text, 'csv-parse'));
      }),
      { numRuns: 3000 },
    );
  });

  it('takes the split path for plain files and csv-parse for quotes and odd blanks', () => {
    expect(splitPathFits('a;b\n1;2\n')).toBe(true);
    expect(splitPathFits('\ufeffa;b\r\n1;2\r\n')).toBe(true);
    expect(splitPathFits('a;"b"\n')).toBe(false);
    expect(splitPathFits('a;b\r1;2')).toBe(false);
    expect(splitPathFits('a;b\r\n1;2\n')).toBe(false);
    expect(splitPathFits('a;\u00a0b\n')).toBe(false);
    expect(tokeniseCsv('\n a ; b \n\n\t\n1;2', ';')).toEqual({
      rows: [
        ['a', 'b'],
        ['1', '2'],
      ],
      lines: [2, 5],
    });
  });
});

describe('parseSurveyCsv on both paths', () => {
  const header =
    'respondent_id;leeftijd;profiel;dienstverlening_f1_kanalen;dienstverlening_f1_motieven;participatie_f2_verwachtingen';
  const cell = fc.constantFrom(
    '',
    'web',
    'tel|web',
    'web|web',
    'onbekend',
    'snel',
    'info',
    ' app ',
    'web||tel',
  );
  const respondentLine = fc
    .tuple(
      fc.constantFrom('r1', 'r2', 'r3', '', 'r"4'),
      fc.constantFrom('20', '45', '7', 'x', ''),
      fc.constantFrom('', 'p1', 'p3'),
      cell,
      cell,
      cell,
      fc.boolean(),
    )
    .map(([id, age, profile, a, b, c, short]) => (short ? [id, age] : [id, age, profile, a, b, c]).join(';'));
  const survey = fc
    .tuple(fc.array(respondentLine, { maxLength: 6 }), lineEnd, fc.boolean())
    .map(([lines, end, blank]) => [header, ...lines, ...(blank ? [''] : [])].join(end === '\r' ? '\n' : end));

  it('gives the same respondents or the same line-numbered errors (property)', () => {
    fc.assert(
      fc.property(survey, (text) => {
        expect(surveyOutcome(text, 'auto')).toEqual(surveyOutcome(text, 'csv-parse'));
      }),
      { numRuns: 2000 },
    );
  });

  it('reports the line and column on the split path', () => {
    const text = `${header}\nr1;20;p1;web;snel;\n\nr2;20;p1;fax;;\n`;
    expect(splitPathFits(text)).toBe(true);
    const result = surveyOutcome(text, 'auto');
    expect(result.issues).toEqual([
      { line: 4, column: 'dienstverlening_f1_kanalen', message: "onbekende kanaalcode 'fax'" },
    ]);
  });
});

describe('parseSurveyCsv, one row at a time', () => {
  const header = 'profiel;respondent_id;dienstverlening_f1_motieven;leeftijd;dienstverlening_f1_kanalen';

  it('lists the problems of a line in the order of the header, then those of the line as a whole', () => {
    const text = `${header}\np9;r1;snel;abc;\nx;r1;;20;web\n`;
    expect(surveyOutcome(text, 'auto').issues).toEqual([
      { line: 2, column: 'profiel', message: "onbekend betrokkenheidsprofiel 'p9'" },
      { line: 2, column: 'leeftijd', message: "leeftijd 'abc' is geen geheel getal" },
      { line: 2, column: null, message: 'dienstverlening fase 1: motieven of verwachtingen zonder kanaal' },
      { line: 3, column: 'profiel', message: "onbekend betrokkenheidsprofiel 'x'" },
      { line: 3, column: 'respondent_id', message: "respondent_id 'r1' komt al voor op regel 2" },
    ]);
  });

  it('refuses a file over the row limit with that one problem, whatever else is wrong', () => {
    const rows = ['p1;r1;;20;web', 'p1;r2;;abc;web', 'p1;r3;;20;web'];
    const text = [header, ...rows].join('\n');
    let thrown: unknown;
    try {
      parseSurveyCsv(text, catalogue, 2);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(SurveyImportError);
    expect((thrown as SurveyImportError).issues).toEqual([
      { line: 4, column: null, message: 'meer dan 2 respondenten; splits het bestand' },
    ]);
    expect(parseSurveyCsv(text.replace('abc', '30'), catalogue, 3)).toHaveLength(3);
  });
});
