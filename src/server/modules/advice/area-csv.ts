// Area composition from a spreadsheet: two columns, the group code and either a count ("aantal")
// or a share ("aandeel"). Every problem is reported with its line; one problem rejects the file.
import { parse } from 'csv-parse/sync';
import { SurveyImportError, type ImportIssue } from './import-csv.js';

export function parseAreaCsv(text: string): {
  counts?: Record<string, number>;
  shares?: Record<string, number>;
} {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    const delimiter = (text.split('\n')[0] ?? '').includes(';') ? ';' : ',';
    records = parse(text, {
      bom: true,
      delimiter,
      skip_empty_lines: true,
      trim: true,
      info: true,
      relax_column_count: true,
    }) as unknown as typeof records;
  } catch (error) {
    throw new SurveyImportError([
      {
        line: (error as { lines?: number }).lines ?? 1,
        column: null,
        message: `geen geldig CSV-bestand: ${(error as Error).message}`,
      },
    ]);
  }
  const issues: ImportIssue[] = [];
  const header = records[0]?.record.map((h) => h.toLowerCase());
  if (
    !header ||
    header.length !== 2 ||
    header[0] !== 'groep' ||
    !['aantal', 'aandeel'].includes(header[1]!)
  ) {
    throw new SurveyImportError([
      { line: 1, column: null, message: "de kopregel moet 'groep' en 'aantal' of 'aandeel' zijn" },
    ]);
  }
  const column = header[1]!;
  const values: Record<string, number> = {};
  for (const { record, info } of records.slice(1)) {
    const [group, raw] = record;
    if (record.length !== 2) {
      issues.push({ line: info.lines, column: null, message: `${record.length} velden, verwacht 2` });
      continue;
    }
    // Dutch spreadsheets write 0,25 for 0.25.
    const value = Number(raw!.replace(',', '.'));
    if (!group) issues.push({ line: info.lines, column: 'groep', message: 'groep is leeg' });
    else if (group in values)
      issues.push({
        line: info.lines,
        column: 'groep',
        message: `groep '${group}' staat twee keer in het bestand`,
      });
    if (raw === '' || !Number.isFinite(value) || value < 0)
      issues.push({ line: info.lines, column, message: `'${raw}' is geen getal van 0 of meer` });
    else if (group) values[group] = value;
  }
  if (records.length < 2) issues.push({ line: 2, column: null, message: 'het bestand bevat geen groepen' });
  if (issues.length) throw new SurveyImportError(issues.slice(0, 100));
  return column === 'aantal' ? { counts: values } : { shares: values };
}
