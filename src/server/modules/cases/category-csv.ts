// A category tree from a spreadsheet: code;parent_code;kind;name_nl;name_en;due_working_days;team.
// Parsing and checking are pure; every problem is reported with its line, one problem rejects all.
import { parse } from 'csv-parse/sync';
import { CASE_KINDS, type CaseKind } from './model.js';
import { CATEGORY_CODE } from './schemas-config.js';

export interface CsvIssue {
  line: number;
  column: string | null;
  message: string;
}

export class CategoryImportError extends Error {
  constructor(readonly issues: CsvIssue[]) {
    super(`${issues.length} fout(en) in het bestand`);
  }
}

export interface CategoryRow {
  line: number;
  code: string;
  parentCode: string | null;
  kind: CaseKind | null;
  nameNl: string;
  nameEn: string | null;
  dueWorkingDays: number | null;
  team: string | null;
}

const COLUMNS = ['code', 'parent_code', 'kind', 'name_nl', 'name_en', 'due_working_days', 'team'] as const;
const REQUIRED = ['code', 'name_nl'];
export const MAX_ROWS = 5000;
const MAX_ISSUES = 100;
const CODE = new RegExp(CATEGORY_CODE);

export function parseCategoryCsv(text: string): CategoryRow[] {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    const firstLine = text.slice(0, text.indexOf('\n') >>> 0);
    const delimiter =
      (firstLine.match(/;/g)?.length ?? 0) >= (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
    records = parse(text, {
      bom: true,
      delimiter,
      skip_empty_lines: true,
      trim: true,
      info: true,
      relax_column_count: true,
    }) as unknown as typeof records;
  } catch (error) {
    const e = error as { lines?: number; message: string };
    throw new CategoryImportError([
      { line: e.lines ?? 1, column: null, message: `geen geldig CSV-bestand: ${e.message}` },
    ]);
  }
  const header = records[0]?.record.map((h) => h.toLowerCase());
  if (!header) throw new CategoryImportError([{ line: 1, column: null, message: 'het bestand is leeg' }]);
  const issues: CsvIssue[] = [];
  const add = (line: number, column: string | null, message: string) => {
    if (issues.length < MAX_ISSUES) issues.push({ line, column, message });
  };
  header.forEach((h) => {
    if (!(COLUMNS as readonly string[]).includes(h))
      add(1, h, `onbekende kolom '${h}' (toegestaan: ${COLUMNS.join(', ')})`);
  });
  for (const r of REQUIRED) if (!header.includes(r)) add(1, r, `verplichte kolom '${r}' ontbreekt`);
  if (new Set(header).size !== header.length) add(1, null, 'een kolom staat twee keer in de kopregel');
  if (issues.length) throw new CategoryImportError(issues);
  if (records.length - 1 > MAX_ROWS)
    throw new CategoryImportError([
      { line: MAX_ROWS + 2, column: null, message: `meer dan ${MAX_ROWS} categorieën` },
    ]);

  const rows: CategoryRow[] = [];
  const seen = new Map<string, number>();
  for (const { record, info } of records.slice(1)) {
    const line = info.lines;
    if (record.length !== header.length) {
      add(line, null, `${record.length} velden, maar de kopregel heeft er ${header.length}`);
      continue;
    }
    const cell = (name: string) => {
      const i = header.indexOf(name);
      return i < 0 ? '' : record[i]!;
    };
    const code = cell('code');
    if (!CODE.test(code))
      add(line, 'code', `code '${code}' is ongeldig (kleine letters, cijfers en -, max. 63)`);
    else if (seen.has(code)) add(line, 'code', `code '${code}' staat ook al op regel ${seen.get(code)}`);
    else seen.set(code, line);
    const parentCode = cell('parent_code') || null;
    if (parentCode !== null && !CODE.test(parentCode))
      add(line, 'parent_code', `code '${parentCode}' is ongeldig`);
    if (parentCode !== null && parentCode === code)
      add(line, 'parent_code', 'een categorie kan niet haar eigen ouder zijn');
    const kind = cell('kind') || null;
    if (kind !== null && !(CASE_KINDS as readonly string[]).includes(kind))
      add(line, 'kind', `soort '${kind}' is onbekend (${CASE_KINDS.join(', ')})`);
    const nameNl = cell('name_nl');
    if (!nameNl || nameNl.length > 200) add(line, 'name_nl', 'naam is leeg of langer dan 200 tekens');
    const nameEn = cell('name_en') || null;
    if (nameEn && nameEn.length > 200) add(line, 'name_en', 'naam is langer dan 200 tekens');
    const dueRaw = cell('due_working_days');
    const due = dueRaw === '' ? null : Number(dueRaw);
    if (due !== null && !(Number.isInteger(due) && due >= 0 && due <= 365))
      add(line, 'due_working_days', `'${dueRaw}' is geen geheel aantal werkdagen van 0 tot 365`);
    rows.push({
      line,
      code,
      parentCode,
      kind: kind as CaseKind | null,
      nameNl,
      nameEn,
      dueWorkingDays: due,
      team: cell('team') || null,
    });
  }
  if (records.length < 2) add(2, null, 'het bestand bevat geen categorieën');
  if (issues.length) throw new CategoryImportError(issues);
  return rows;
}

/**
 * Checks the rows against what the gemeente already has: every parent exists (in the file or
 * already), teams are known by name, and the resulting tree has no cycle.
 */
export function checkCategoryTree(
  rows: CategoryRow[],
  existing: Map<string, string | null>,
  teamIds: Map<string, string>,
): void {
  const issues: CsvIssue[] = [];
  const parentOf = new Map(existing);
  for (const r of rows) parentOf.set(r.code, r.parentCode);
  for (const r of rows) {
    if (r.parentCode !== null && !parentOf.has(r.parentCode))
      issues.push({
        line: r.line,
        column: 'parent_code',
        message: `bovenliggende categorie '${r.parentCode}' bestaat niet`,
      });
    if (r.team !== null && !teamIds.has(r.team))
      issues.push({
        line: r.line,
        column: 'team',
        message: `team '${r.team}' bestaat niet in deze gemeente`,
      });
    // Walk up; coming back to the row's own code means a cycle.
    const visited = new Set<string>([r.code]);
    for (let p = r.parentCode; p !== null && p !== undefined; p = parentOf.get(p) ?? null) {
      if (visited.has(p)) {
        issues.push({
          line: r.line,
          column: 'parent_code',
          message: `kringverwijzing: '${r.code}' komt via '${r.parentCode}' bij zichzelf uit`,
        });
        break;
      }
      visited.add(p);
    }
  }
  if (issues.length) throw new CategoryImportError(issues.slice(0, MAX_ISSUES));
}
