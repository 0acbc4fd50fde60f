// Validates a respondent-level survey file completely before anything is stored: every problem is
// reported with its line and column, and one problem rejects the whole file.
import { parse } from 'csv-parse/sync';
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

/** Dutch spreadsheet programs write ';', most tools ','; the header line tells which. */
function delimiterOf(text: string): string {
  const firstLine = text.slice(0, text.indexOf('\n') >>> 0);
  return (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
}

export function parseSurveyCsv(text: string, catalogue: ImportCatalogue, maxRows: number): Respondent[] {
  // With info, each record carries the line it ends on, which stays right with blank lines and
  // quoted fields that span lines.
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      bom: true,
      delimiter: delimiterOf(text),
      skip_empty_lines: true,
      trim: true,
      info: true,
      relax_column_count: true,
    }) as unknown as typeof records;
  } catch (error) {
    const e = error as { lines?: number; message: string };
    throw new SurveyImportError([
      { line: e.lines ?? 1, column: null, message: `geen geldig CSV-bestand: ${e.message}` },
    ]);
  }
  const issues: ImportIssue[] = [];
  const add = (line: number, column: string | null, message: string) => {
    if (issues.length < MAX_REPORTED_ISSUES) issues.push({ line, column, message });
  };
  const rows = records.map((r) => r.record);
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

  const firstLineOf = new Map<string, number>();
  const respondents: Respondent[] = [];
  for (let r = 1; r < rows.length; r++) {
    const line = records[r]!.info.lines;
    const row = rows[r]!;
    if (row.length !== header.length) {
      add(line, null, `${row.length} velden, maar de kopregel heeft er ${header.length}`);
      continue;
    }
    let key = '';
    let age = NaN;
    let profile: string | null = null;
    const answers: Answers = {};
    const codesIn = (
      value: string,
      column: string,
      allowed: Set<string> | Map<string, Set<string>>,
      what: string,
      context?: string,
    ): string[] => {
      if (value === '') return [];
      const codes = value.split(CODE_SEPARATOR).map((c) => c.trim());
      const seen = new Set<string>();
      for (const code of codes) {
        if (code === '') add(line, column, `lege code in '${value}'`);
        else if (!allowed.has(code)) add(line, column, `onbekende ${what} '${code}'`);
        else if (context && allowed instanceof Map && !allowed.get(code)!.has(context)) {
          add(
            line,
            column,
            `${what} '${code}' hoort niet bij ${context === 'service' ? 'dienstverlening' : 'participatie'}`,
          );
        } else if (seen.has(code)) add(line, column, `${what} '${code}' staat twee keer in deze cel`);
        seen.add(code);
      }
      return codes;
    };
    row.forEach((value, i) => {
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
          if (column.question === 'channels')
            cell.channels = codesIn(value, name, catalogue.channels, 'kanaalcode');
          else if (column.question === 'motives')
            cell.motives = codesIn(value, name, catalogue.motives, 'motiefcode');
          else cell.expectations = codesIn(value, name, catalogue.expectations, 'verwachtingscode');
          break;
        }
        case 'error':
          break;
      }
    });
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
