// Measured heartbeats from a CSV file: one row per step, instrument and period with n, the mean
// and (optionally) the standard deviation. Every problem is reported with its line; one problem
// rejects the whole file.
import { parse } from 'csv-parse/sync';
import { zForConfidence } from '../../../shared/statistics/normal.js';

export const INSTRUMENTS = {
  // KTO: the Dutch report grade 1–10; CES: customer effort 1–7; NPS: −100…100.
  kto: { min: 1, max: 10 },
  ces: { min: 1, max: 7 },
  nps: { min: -100, max: 100 },
} as const;
export type Instrument = keyof typeof INSTRUMENTS;

export const MAX_MEASUREMENT_ROWS = 10_000;
const MAX_ISSUES = 100;
const COLUMNS = ['step_id', 'instrument', 'period', 'n', 'mean', 'sd'] as const;
const REQUIRED = ['step_id', 'instrument', 'period', 'n', 'mean'] as const;

export interface MeasurementRow {
  line: number;
  stepId: string;
  instrument: Instrument;
  period: string;
  n: number;
  mean: number;
  sd: number | null;
  ciLow: number | null;
  ciHigh: number | null;
}

export interface CsvIssue {
  line: number;
  column: string | null;
  message: string;
}

export class MeasurementImportError extends Error {
  constructor(readonly issues: CsvIssue[]) {
    super(`${issues.length} fout(en) in het bestand`);
  }
}

/**
 * The 95% interval of the mean by the normal approximation, mean ± 1.96·sd/√n, clamped to the
 * scale. Without a standard deviation there is no interval (shown as such, never invented).
 */
export function meanInterval(
  mean: number,
  sd: number | null,
  n: number,
  scale: { min: number; max: number },
) {
  if (sd === null || n < 2) return { ciLow: null, ciHigh: null };
  const half = (zForConfidence(0.95) * sd) / Math.sqrt(n);
  return { ciLow: Math.max(scale.min, mean - half), ciHigh: Math.min(scale.max, mean + half) };
}

const delimiterOf = (text: string) => {
  const first = text.slice(0, text.indexOf('\n') >>> 0);
  return (first.match(/;/g)?.length ?? 0) > (first.match(/,/g)?.length ?? 0) ? ';' : ',';
};

/** Dutch files write decimals with a comma when the delimiter is ';'. */
const numberOf = (value: string) => (/^-?\d+([.,]\d+)?$/.test(value) ? Number(value.replace(',', '.')) : NaN);

export function parseMeasurementsCsv(text: string, stepIds: ReadonlySet<string>): MeasurementRow[] {
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
    throw new MeasurementImportError([
      { line: e.lines ?? 1, column: null, message: `geen geldig CSV-bestand: ${e.message}` },
    ]);
  }
  const issues: CsvIssue[] = [];
  const add = (line: number, column: string | null, message: string) => {
    if (issues.length < MAX_ISSUES) issues.push({ line, column, message });
  };
  const header = records[0]?.record.map((h) => h.toLowerCase());
  if (!header) throw new MeasurementImportError([{ line: 1, column: null, message: 'het bestand is leeg' }]);
  header.forEach((h) => {
    if (!(COLUMNS as readonly string[]).includes(h))
      add(1, h, `onbekende kolom '${h}'; toegestaan: ${COLUMNS.join(', ')}`);
  });
  for (const r of REQUIRED) if (!header.includes(r)) add(1, r, `verplichte kolom '${r}' ontbreekt`);
  if (issues.length) throw new MeasurementImportError(issues);
  if (records.length - 1 > MAX_MEASUREMENT_ROWS)
    throw new MeasurementImportError([
      {
        line: MAX_MEASUREMENT_ROWS + 2,
        column: null,
        message: `meer dan ${MAX_MEASUREMENT_ROWS} regels; splits het bestand`,
      },
    ]);
  if (records.length === 1)
    throw new MeasurementImportError([{ line: 2, column: null, message: 'het bestand bevat geen metingen' }]);

  const rows: MeasurementRow[] = [];
  const seen = new Map<string, number>();
  for (const { record, info } of records.slice(1)) {
    const line = info.lines;
    if (record.length !== header.length) {
      add(line, null, `${record.length} velden, maar de kopregel heeft er ${header.length}`);
      continue;
    }
    const cell = (c: string) => record[header.indexOf(c)] ?? '';
    const before = issues.length;
    const stepId = cell('step_id');
    if (!stepIds.has(stepId)) add(line, 'step_id', `stap '${stepId}' bestaat niet in deze klantreis`);
    const instrument = cell('instrument').toLowerCase();
    const scale = INSTRUMENTS[instrument as Instrument];
    if (!scale) add(line, 'instrument', `onbekend instrument '${instrument}'; kies kto, ces of nps`);
    const period = cell('period');
    if (period === '' || period.length > 40)
      add(line, 'period', 'geef een periode (bijvoorbeeld 2025-K3) van hoogstens 40 tekens');
    const n = numberOf(cell('n'));
    if (!(Number.isInteger(n) && n >= 1 && n <= 10_000_000))
      add(line, 'n', `'${cell('n')}' is geen aantal respondenten (heel getal ≥ 1)`);
    const mean = numberOf(cell('mean'));
    if (!Number.isFinite(mean)) add(line, 'mean', `'${cell('mean')}' is geen getal`);
    else if (scale && (mean < scale.min || mean > scale.max))
      add(line, 'mean', `${mean} ligt buiten de schaal van ${instrument} (${scale.min} tot ${scale.max})`);
    const sdText = header.includes('sd') ? cell('sd') : '';
    const sd = sdText === '' ? null : numberOf(sdText);
    if (sd !== null && !(Number.isFinite(sd) && sd >= 0))
      add(line, 'sd', `'${sdText}' is geen standaardafwijking (getal ≥ 0)`);
    const key = `${stepId}|${instrument}|${period}`;
    if (seen.has(key))
      add(line, null, `dubbele meting: dezelfde stap, instrument en periode als regel ${seen.get(key)}`);
    seen.set(key, line);
    if (issues.length > before) continue;
    rows.push({
      line,
      stepId,
      instrument: instrument as Instrument,
      period,
      n,
      mean,
      sd,
      ...meanInterval(mean, sd, n, scale!),
    });
  }
  if (issues.length) throw new MeasurementImportError(issues);
  return rows;
}
