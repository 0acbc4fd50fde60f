// Validates a respondent-level survey file completely before anything is stored: every problem is
// reported with its line and column, and one problem rejects the whole file.
import { CsvSyntaxError, tokeniseCsv, type CsvTokens } from './csv-tokens.js';
import type { Answers, PhaseAnswer, Respondent } from '../../../shared/advice/model.js';
import { ageGroupOf, MAX_AGE, MIN_AGE } from './catalogue/segments.js';
import { CODE_SEPARATOR, ID_COLUMN, AGE_COLUMN, parseColumn, type ParsedColumn } from './survey-columns.js';

export interface ImportIssue {
  line: number;
  column: string | null;
  message: string;
}

export class SurveyImportError extends Error {
  constructor(readonly issues: ImportIssue[]) {
    super(`${issues.length} fout(en) in het bestand`);
  }
}

export interface ImportCatalogue {
  channels: Set<string>;
  /** Motive and expectation codes with the contexts they belong to. */
  motives: Map<string, Set<string>>;
  expectations: Map<string, Set<string>>;
  profiles: Set<string>;
  ageGroups: { code: string; minAge: number | null; maxAge: number | null }[];
}

export const MAX_REPORTED_ISSUES = 100;
/** Distinct valid cell values remembered per question and context (bounds the memory a file can take). */
const MEMO_LIMIT = 20_000;
const QUESTION_KEY = { channels: 'channels', motives: 'motives', expectations: 'expectations' } as const;

/** Dutch spreadsheet programs write ';', most tools ','; the header line tells which. */
function delimiterOf(text: string): string {
  const firstLine = text.slice(0, text.indexOf('\n') >>> 0);
  return (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
}

/**
 * The codes of one answer cell, each checked against the catalogue (and its context). Called for
 * every cell of every respondent, so it avoids per-cell sets: cells hold a handful of codes.
 */
function codesIn(
  value: string,
  line: number,
  column: string,
  allowed: Set<string> | Map<string, Set<string>>,
  what: string,
  context: string | undefined,
  add: (line: number, column: string | null, message: string) => void,
): string[] {
  if (value === '') return [];
  const codes = value.split(CODE_SEPARATOR);
  for (let k = 0; k < codes.length; k++) codes[k] = codes[k]!.trim();
  for (let k = 0; k < codes.length; k++) {
    const code = codes[k]!;
    if (code === '') add(line, column, `lege code in '${value}'`);
    else if (!allowed.has(code)) add(line, column, `onbekende ${what} '${code}'`);
    else if (context && allowed instanceof Map && !allowed.get(code)!.has(context)) {
      add(
        line,
        column,
        `${what} '${code}' hoort niet bij ${context === 'service' ? 'dienstverlening' : 'participatie'}`,
      );
    } else if (codes.indexOf(code) !== k) add(line, column, `${what} '${code}' staat twee keer in deze cel`);
  }
  return codes;
}

export function parseSurveyCsv(
  text: string,
  catalogue: ImportCatalogue,
  maxRows: number,
  path: 'auto' | 'csv-parse' = 'auto',
): Respondent[] {
  // Each record carries the line it ends on, which stays right with blank lines and quoted fields
  // that span lines.
  let tokens: CsvTokens;
  try {
    tokens = tokeniseCsv(text, delimiterOf(text), path);
  } catch (error) {
    if (!(error instanceof CsvSyntaxError)) throw error;
    throw new SurveyImportError([
      { line: error.line, column: null, message: `geen geldig CSV-bestand: ${error.message}` },
    ]);
  }
  const issues: ImportIssue[] = [];
  let issueCount = 0;
  const add = (line: number, column: string | null, message: string) => {
    issueCount++;
    if (issues.length < MAX_REPORTED_ISSUES) issues.push({ line, column, message });
  };
  const rows = tokens.rows;
  const header = rows[0];
  if (!header) throw new SurveyImportError([{ line: 1, column: null, message: 'het bestand is leeg' }]);
  const columns: ParsedColumn[] = header.map((name) => parseColumn(name));
  columns.forEach((c, i) => c.kind === 'error' && add(1, header[i]!, c.message));
  const seenHeader = new Map<string, number>();
  header.forEach((name, i) => {
    if (seenHeader.has(name)) add(1, name, `kolom '${name}' staat twee keer in de kopregel`);
    seenHeader.set(name, i);
  });
  for (const required of [ID_COLUMN, AGE_COLUMN])
    if (!seenHeader.has(required)) add(1, required, `verplichte kolom '${required}' ontbreekt`);
  if (!columns.some((c) => c.kind === 'answer' && c.question === 'channels')) {
    add(1, null, 'er is geen enkele kolom met kanalen (bijvoorbeeld dienstverlening_f1_kanalen)');
  }
  if (issues.length) throw new SurveyImportError(issues);
  if (rows.length - 1 > maxRows) {
    throw new SurveyImportError([
      { line: maxRows + 2, column: null, message: `meer dan ${maxRows} respondenten; splits het bestand` },
    ]);
  }

  const memos = new Map<string, Map<string, readonly string[]>>();
  const memoOf = columns.map((c) => {
    if (c.kind !== 'answer') return null;
    const id = `${c.question}/${c.question === 'channels' ? '' : c.context}`;
    let memo = memos.get(id);
    if (!memo) memos.set(id, (memo = new Map()));
    return memo;
  });
  const firstLineOf = new Map<string, number>();
  const respondents: Respondent[] = [];
  for (let r = 1; r < rows.length; r++) {
    const line = tokens.lines[r]!;
    const row = rows[r]!;
    if (row.length !== header.length) {
      add(line, null, `${row.length} velden, maar de kopregel heeft er ${header.length}`);
      continue;
    }
    let key = '';
    let age = NaN;
    let profile: string | null = null;
    const answers: Answers = {};
    for (let i = 0; i < row.length; i++) {
      const value = row[i]!;
      const column = columns[i]!;
      const name = header[i]!;
      switch (column.kind) {
        case 'id':
          key = value;
          if (!value) add(line, name, 'respondent_id is leeg');
          else if (value.length > 100) add(line, name, 'respondent_id is langer dan 100 tekens');
          break;
        case 'age':
          if (!/^\d+$/.test(value)) add(line, name, `leeftijd '${value}' is geen geheel getal`);
          else {
            age = Number(value);
            if (age < MIN_AGE || age > MAX_AGE)
              add(line, name, `leeftijd ${age} valt buiten ${MIN_AGE}–${MAX_AGE}`);
          }
          break;
        case 'profile':
          if (value !== '') {
            if (catalogue.profiles.has(value)) profile = value;
            else add(line, name, `onbekend betrokkenheidsprofiel '${value}'`);
          }
          break;
        case 'answer': {
          const phaseKey = `${column.phase}` as const;
          const ctx = (answers[column.context] ??= {});
          const cell: PhaseAnswer = (ctx[phaseKey] ??= { channels: [], motives: [], expectations: [] });
          // A survey repeats the same few answers: a cell value already found valid for this
          // question and context is not split and checked again (its codes array is shared and
          // frozen). Values with a problem are checked every time, so each line gets its message.
          const memo = memoOf[i]!;
          let codes = memo.get(value);
          if (codes === undefined) {
            const before = issueCount;
            codes =
              column.question === 'channels'
                ? codesIn(value, line, name, catalogue.channels, 'kanaalcode', undefined, add)
                : column.question === 'motives'
                  ? codesIn(value, line, name, catalogue.motives, 'motiefcode', column.context, add)
                  : codesIn(
                      value,
                      line,
                      name,
                      catalogue.expectations,
                      'verwachtingscode',
                      column.context,
                      add,
                    );
            if (issueCount === before && memo.size < MEMO_LIMIT) memo.set(value, Object.freeze(codes));
          }
          cell[QUESTION_KEY[column.question]] = codes as string[];
          break;
        }
        case 'error':
          break;
      }
    }
    // A phase without channels was skipped; motives or expectations without channels are an error.
    for (const [context, phases] of Object.entries(answers)) {
      for (const [phase, cell] of Object.entries(phases ?? {})) {
        if (!cell) continue;
        if (cell.channels.length === 0) {
          if (cell.motives.length || cell.expectations.length) {
            add(
              line,
              null,
              `${context === 'service' ? 'dienstverlening' : 'participatie'} fase ${phase}: motieven of verwachtingen zonder kanaal`,
            );
          }
          delete (phases as Record<string, PhaseAnswer>)[phase];
        }
      }
    }
    if (key) {
      const first = firstLineOf.get(key);
      if (first !== undefined) add(line, ID_COLUMN, `respondent_id '${key}' komt al voor op regel ${first}`);
      else firstLineOf.set(key, line);
    }
    if (!Number.isNaN(age) && age >= MIN_AGE && age <= MAX_AGE) {
      const ageGroup = ageGroupOf(age, catalogue.ageGroups);
      if (!ageGroup) add(line, AGE_COLUMN, `leeftijd ${age} valt in geen enkele leeftijdsgroep`);
      else respondents.push({ key, age, ageGroup, profile, answers });
    }
  }
  if (rows.length === 1) add(2, null, 'het bestand bevat geen respondenten');
  if (issues.length) throw new SurveyImportError(issues);
  return respondents;
}
