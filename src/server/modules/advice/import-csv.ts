// Validates a respondent-level survey file completely before anything is stored: every problem is
// reported with its line and column, and one problem rejects the whole file.
import { CsvSyntaxError, forEachCsvRecord } from './csv-tokens.js';
import type { AnswerSource } from './respondent-chunks.js';
import {
  CONTEXTS,
  PHASES,
  type Answers,
  type Context,
  type Phase,
  type PhaseAnswer,
  type Respondent,
} from '../../../shared/advice/model.js';
import { ageGroupOf, MAX_AGE, MIN_AGE } from './catalogue/segments.js';
import {
  AGE_COLUMN,
  CODE_SEPARATOR,
  ID_COLUMN,
  parseColumn,
  PROFILE_COLUMN,
  type ParsedColumn,
  type Question,
} from './survey-columns.js';

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
const QUESTIONS: readonly Question[] = ['channels', 'motives', 'expectations'];
type AddIssue = (line: number, column: string | null, message: string) => void;

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
  add: AddIssue,
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

/** An answer column, resolved once from the header so that each cell costs a lookup and no more. */
interface AnswerColumn {
  name: string;
  context: Context;
  /** Where this cell's codes go in a row's scratch list: (context, phase) slot × 3 + question. */
  target: number;
  question: Question;
  memo: Map<string, readonly string[]>;
}

/** A row that passed its checks, before its answers are built into whatever the caller keeps. */
export interface SurveyRow {
  key: string;
  age: number;
  ageGroup: string;
  profile: string | null;
}

/**
 * Makes what the caller keeps of a valid row. The answers are read through `answers` (valid only
 * during the call); `contexts` are those the header has columns for, in the header's order.
 */
export type BuildRow<T> = (row: SurveyRow, answers: AnswerSource, contexts: readonly Context[]) => T;

interface RowReader<T> {
  width: number;
  read(row: string[], line: number): T | null;
}

const NO_CODES: readonly string[] = Object.freeze([]);

/** Checks the header, reporting its problems, and returns the reader of the data rows. */
function headerReader<T>(
  header: string[],
  catalogue: ImportCatalogue,
  add: AddIssue,
  hasIssues: () => boolean,
  build: BuildRow<T>,
): RowReader<T> {
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

  // Contexts in the order the header first names them, each with the phases it has columns for:
  // a respondent gets an answers object for every such context, even when all its phases are empty.
  const contexts: Context[] = [];
  const phasesOf = new Map<Context, Set<Phase>>();
  const memos = new Map<string, Map<string, readonly string[]>>();
  const answerColumns: (AnswerColumn | null)[] = columns.map(() => null);
  columns.forEach((c, index) => {
    if (c.kind !== 'answer') return;
    if (!phasesOf.has(c.context)) {
      contexts.push(c.context);
      phasesOf.set(c.context, new Set());
    }
    phasesOf.get(c.context)!.add(c.phase);
    const id = `${c.question}/${c.question === 'channels' ? '' : c.context}`;
    let memo = memos.get(id);
    if (!memo) memos.set(id, (memo = new Map()));
    const slot = CONTEXTS.indexOf(c.context) * PHASES.length + (c.phase - 1);
    answerColumns[index] = {
      name: header[index]!,
      context: c.context,
      target: slot * 3 + QUESTIONS.indexOf(c.question),
      question: c.question,
      memo,
    };
  });
  const slots = contexts.map((context) => ({
    context,
    phases: PHASES.filter((p) => phasesOf.get(context)!.has(p)).map((phase) => ({
      phase,
      base: (CONTEXTS.indexOf(context) * PHASES.length + (phase - 1)) * 3,
    })),
  }));
  const codes = new Array<readonly string[] | undefined>(CONTEXTS.length * PHASES.length * 3);
  const inHeader = new Array<boolean>(CONTEXTS.length * PHASES.length).fill(false);
  for (const { phases } of slots) for (const { base } of phases) inHeader[base / 3] = true;
  // The current row's answers, straight from the scratch cells: a phase without channels was skipped.
  const source: AnswerSource = {
    asked: (context) => phasesOf.has(context),
    list: (context, phase, question) => {
      const base = (CONTEXTS.indexOf(context) * PHASES.length + (phase - 1)) * 3;
      if (!inHeader[base / 3]) return null;
      const channels = codes[base] ?? NO_CODES;
      if (channels.length === 0) return null;
      return question === 0 ? channels : (codes[base + question] ?? NO_CODES);
    },
  };
  const firstLineOf = new Map<string, number>();

  const checkCell = (column: AnswerColumn, value: string, line: number): readonly string[] => {
    // A survey repeats the same few answers: a cell value already found valid for this question
    // and context is not split and checked again (its codes array is shared and frozen). Values
    // with a problem are checked every time, so each line gets its message.
    const known = column.memo.get(value);
    if (known !== undefined) return known;
    let problems = 0;
    const count: AddIssue = (l, c, m) => {
      problems++;
      add(l, c, m);
    };
    const found =
      column.question === 'channels'
        ? codesIn(value, line, column.name, catalogue.channels, 'kanaalcode', undefined, count)
        : column.question === 'motives'
          ? codesIn(value, line, column.name, catalogue.motives, 'motiefcode', column.context, count)
          : codesIn(
              value,
              line,
              column.name,
              catalogue.expectations,
              'verwachtingscode',
              column.context,
              count,
            );
    if (problems === 0 && column.memo.size < MEMO_LIMIT) column.memo.set(value, Object.freeze(found));
    return found;
  };

  return {
    width: header.length,
    read(row, line) {
      let key = '';
      let age = NaN;
      let profile: string | null = null;
      codes.fill(undefined);
      // Column by column, in the header's order, so that a line's problems are listed in that order.
      for (let i = 0; i < row.length; i++) {
        const value = row[i]!;
        switch (columns[i]!.kind) {
          case 'id':
            key = value;
            if (!value) add(line, ID_COLUMN, 'respondent_id is leeg');
            else if (value.length > 100) add(line, ID_COLUMN, 'respondent_id is langer dan 100 tekens');
            break;
          case 'age':
            if (!/^\d+$/.test(value)) add(line, AGE_COLUMN, `leeftijd '${value}' is geen geheel getal`);
            else {
              age = Number(value);
              if (age < MIN_AGE || age > MAX_AGE)
                add(line, AGE_COLUMN, `leeftijd ${age} valt buiten ${MIN_AGE}–${MAX_AGE}`);
            }
            break;
          case 'profile':
            if (value !== '') {
              if (catalogue.profiles.has(value)) profile = value;
              else add(line, PROFILE_COLUMN, `onbekend betrokkenheidsprofiel '${value}'`);
            }
            break;
          case 'answer': {
            const column = answerColumns[i]!;
            codes[column.target] = checkCell(column, value, line);
            break;
          }
          case 'error':
            break;
        }
      }
      // A phase without channels was skipped; motives or expectations without channels are an error.
      for (const { context, phases } of slots) {
        for (const { phase, base } of phases) {
          if ((codes[base] ?? NO_CODES).length) continue;
          if ((codes[base + 1] ?? NO_CODES).length || (codes[base + 2] ?? NO_CODES).length) {
            add(
              line,
              null,
              `${context === 'service' ? 'dienstverlening' : 'participatie'} fase ${phase}: motieven of verwachtingen zonder kanaal`,
            );
          }
        }
      }
      if (key) {
        const first = firstLineOf.get(key);
        if (first !== undefined)
          add(line, ID_COLUMN, `respondent_id '${key}' komt al voor op regel ${first}`);
        else firstLineOf.set(key, line);
      }
      if (Number.isNaN(age) || age < MIN_AGE || age > MAX_AGE) return null;
      const ageGroup = ageGroupOf(age, catalogue.ageGroups);
      if (!ageGroup) {
        add(line, AGE_COLUMN, `leeftijd ${age} valt in geen enkele leeftijdsgroep`);
        return null;
      }
      // A file with any problem is refused whole: nothing of it needs building any more.
      if (hasIssues()) return null;
      return build({ key, age, ageGroup, profile }, source, contexts);
    },
  };
}

/** The nested answers of a row, contexts in the header's order. */
function answersOf(source: AnswerSource, contexts: readonly Context[]): Answers {
  const answers: Answers = {};
  for (const context of contexts) {
    const byPhase: Partial<Record<`${Phase}`, PhaseAnswer>> = {};
    for (const phase of PHASES) {
      const channels = source.list(context, phase, 0);
      if (channels === null) continue;
      byPhase[`${phase}`] = {
        channels: channels as string[],
        motives: source.list(context, phase, 1) as string[],
        expectations: source.list(context, phase, 2) as string[],
      };
    }
    answers[context] = byPhase;
  }
  return answers;
}

/** Reads and checks a whole survey file into respondents, or throws every problem found. */
export function parseSurveyCsv(
  text: string,
  catalogue: ImportCatalogue,
  maxRows: number,
  path: 'auto' | 'csv-parse' = 'auto',
): Respondent[] {
  return readSurveyCsv(
    text,
    catalogue,
    maxRows,
    (row, source, contexts) => ({ ...row, answers: answersOf(source, contexts) }),
    path,
  );
}

/** Reads and checks a whole survey file, keeping what build makes of each row; all or nothing. */
export function readSurveyCsv<T>(
  text: string,
  catalogue: ImportCatalogue,
  maxRows: number,
  build: BuildRow<T>,
  path: 'auto' | 'csv-parse' = 'auto',
): T[] {
  const issues: ImportIssue[] = [];
  const add: AddIssue = (line, column, message) => {
    if (issues.length < MAX_REPORTED_ISSUES) issues.push({ line, column, message });
  };
  let reader: RowReader<T> | null = null;
  let rowCount = 0;
  const respondents: T[] = [];
  // Each record carries the line it ends on, which stays right with blank lines and quoted fields
  // that span lines. Rows are checked as they are read and not kept, so a large file's fields can be
  // collected early (holding all 3 million cells of a 100,000-row file made collection the main cost).
  try {
    forEachCsvRecord(
      text,
      delimiterOf(text),
      (row, line) => {
        if (!reader) {
          reader = headerReader(row, catalogue, add, () => issues.length > 0, build);
          if (issues.length) throw new SurveyImportError(issues);
          return;
        }
        if (++rowCount > maxRows) {
          throw new SurveyImportError([
            {
              line: maxRows + 2,
              column: null,
              message: `meer dan ${maxRows} respondenten; splits het bestand`,
            },
          ]);
        }
        if (row.length !== reader.width) {
          add(line, null, `${row.length} velden, maar de kopregel heeft er ${reader.width}`);
          return;
        }
        const respondent = reader.read(row, line);
        if (respondent) respondents.push(respondent);
      },
      path,
    );
  } catch (error) {
    if (!(error instanceof CsvSyntaxError)) throw error;
    throw new SurveyImportError([
      { line: error.line, column: null, message: `geen geldig CSV-bestand: ${error.message}` },
    ]);
  }
  if (!reader) throw new SurveyImportError([{ line: 1, column: null, message: 'het bestand is leeg' }]);
  if (rowCount === 0) add(2, null, 'het bestand bevat geen respondenten');
  if (issues.length) throw new SurveyImportError(issues);
  return respondents;
}
