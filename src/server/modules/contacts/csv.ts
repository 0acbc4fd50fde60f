// Shared by the two CSV imports of this module (topic tree, historical contacts): parse with the
// line each record ends on, collect every problem with line and column, refuse the whole file.
import { parse } from 'csv-parse/sync';
import { problems } from '../../platform/http/problem.js';

export interface ImportIssue {
  line: number;
  column: string | null;
  message: string;
}

export const MAX_REPORTED_ISSUES = 100;

export class ImportError extends Error {
  constructor(readonly issues: ImportIssue[]) {
    super(`${issues.length} fout(en) in het bestand`);
  }
}

export function importProblem(error: ImportError) {
  return problems.validation(
    error.issues.map((i) => ({
      pointer: `/file/line/${i.line}${i.column ? `/${i.column}` : ''}`,
      detail: `regel ${i.line}${i.column ? `, kolom ${i.column}` : ''}: ${i.message}`,
    })),
    `Het bestand is niet ingelezen: ${error.issues.length}${error.issues.length >= MAX_REPORTED_ISSUES ? '+' : ''} fout(en). Er is niets opgeslagen.`,
  );
}

export class IssueList {
  readonly issues: ImportIssue[] = [];
  add(line: number, column: string | null, message: string): void {
    if (this.issues.length < MAX_REPORTED_ISSUES) this.issues.push({ line, column, message });
  }
  throwIfAny(): void {
    if (this.issues.length) throw new ImportError(this.issues);
  }
}

/** Dutch spreadsheet programs write ';', most tools ','; the header line tells which. */
function delimiterOf(text: string): string {
  const firstLine = text.slice(0, text.indexOf('\n') >>> 0);
  return (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
}

export interface CsvRow {
  line: number;
  /** Cells by lower-cased header name. */
  get(column: string): string;
}

/**
 * Parses the file and checks its header: every required column present, no unknown or doubled
 * column, at most maxRows data rows. Throws ImportError with everything wrong in the header.
 */
export function readCsv(
  text: string,
  columns: { required: readonly string[]; optional: readonly string[] },
  maxRows: number,
): CsvRow[] {
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
    throw new ImportError([
      { line: e.lines ?? 1, column: null, message: `geen geldig CSV-bestand: ${e.message}` },
    ]);
  }
  const issues = new IssueList();
  const header = records[0]?.record.map((h) => h.toLowerCase());
  if (!header) throw new ImportError([{ line: 1, column: null, message: 'het bestand is leeg' }]);
  const known = new Set([...columns.required, ...columns.optional]);
  const index = new Map<string, number>();
  header.forEach((name, i) => {
    if (!known.has(name))
      issues.add(1, name, `onbekende kolom '${name}'; toegestaan: ${[...known].join(', ')}`);
    else if (index.has(name)) issues.add(1, name, `kolom '${name}' staat twee keer in de kopregel`);
    else index.set(name, i);
  });
  for (const r of columns.required) if (!index.has(r)) issues.add(1, r, `verplichte kolom '${r}' ontbreekt`);
  issues.throwIfAny();
  if (records.length - 1 > maxRows)
    throw new ImportError([
      {
        line: records[maxRows + 1]!.info.lines,
        column: null,
        message: `meer dan ${maxRows} regels; splits het bestand`,
      },
    ]);
  if (records.length === 1)
    throw new ImportError([{ line: 2, column: null, message: 'het bestand bevat geen gegevens' }]);
  const rows: CsvRow[] = [];
  for (const { record, info } of records.slice(1)) {
    if (record.length !== header.length) {
      issues.add(info.lines, null, `${record.length} velden, maar de kopregel heeft er ${header.length}`);
      continue;
    }
    rows.push({ line: info.lines, get: (c) => (index.has(c) ? record[index.get(c)!]! : '') });
  }
  issues.throwIfAny();
  return rows;
}
