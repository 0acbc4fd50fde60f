// Splits a CSV file into records with the line each ends on, exactly as csv-parse does with the
// options of the survey import (bom, trim, skip_empty_lines, relax_column_count). Most survey files
// have no quotes at all; for those a plain split is several times faster than csv-parse. Anything
// the split cannot treat the same way — a quote, a lone carriage return, an unusual blank — goes to
// csv-parse, so both paths give the same records (a property test holds them to that).
import { parse } from 'csv-parse/sync';

export interface CsvTokens {
  rows: string[][];
  /** The line (1-based, counting blank lines) on which each row ends. */
  lines: number[];
}

export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Characters the split path does not handle like csv-parse: quotes, carriage returns other than in
 * CRLF, and the blanks that csv-parse trims besides space and tab. (A BOM at the very start is
 * removed before this check.)
 */
const NEEDS_CSV_PARSE = /["\v\f\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]|\r(?!\n)/;

function tokeniseWithCsvParse(text: string, delimiter: string): CsvTokens {
  let records: { record: string[]; info: { lines: number } }[];
  try {
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
    throw new CsvSyntaxError(e.lines ?? 1, e.message);
  }
  return { rows: records.map((r) => r.record), lines: records.map((r) => r.info.lines) };
}

/** Returns false from onRecord to stop early. */
export type OnRecord = (fields: string[], line: number) => boolean | void;

function forEachBySplit(text: string, delimiter: string, crlf: boolean, onRecord: OnRecord): void {
  const separator = crlf ? '\r\n' : '\n';
  let start = 0;
  let line = 0;
  while (start <= text.length) {
    let end = text.indexOf(separator, start);
    if (end === -1) end = text.length;
    line++;
    const raw = text.slice(start, end);
    start = end + separator.length;
    // With only space and tab as blanks here, String#trim trims exactly what csv-parse trims.
    if (raw.trim() === '') continue;
    const fields = raw.split(delimiter);
    for (let i = 0; i < fields.length; i++) fields[i] = fields[i]!.trim();
    if (onRecord(fields, line) === false) return;
  }
}

/** Which path a file takes (exported for the tests and the benchmark). */
export function splitPathFits(text: string): boolean {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  // Lone surrogates become U+FFFD when csv-parse encodes the text; the split would keep them.
  if (NEEDS_CSV_PARSE.test(body) || /\p{Cs}/u.test(body)) return false;
  // csv-parse takes the first line ending as the record delimiter for the whole file: with CRLF
  // first, a bare LF later is part of a field; with LF first, CR is a character. Only files that
  // use one ending throughout take the split path.
  const cr = body.indexOf('\r');
  if (cr === -1) return true;
  return !/(?<!\r)\n/.test(body);
}

/**
 * Hands each record to onRecord in file order, with the line it ends on. Records are not kept: a
 * large file's fields can be collected as soon as the caller is done with them.
 */
export function forEachCsvRecord(
  text: string,
  delimiter: string,
  onRecord: OnRecord,
  path: 'auto' | 'csv-parse' = 'auto',
): void {
  if (path === 'csv-parse' || !splitPathFits(text)) {
    const { rows, lines } = tokeniseWithCsvParse(text, delimiter);
    for (let r = 0; r < rows.length; r++) if (onRecord(rows[r]!, lines[r]!) === false) return;
    return;
  }
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  forEachBySplit(body, delimiter, body.includes('\r'), onRecord);
}

export function tokeniseCsv(text: string, delimiter: string, path: 'auto' | 'csv-parse' = 'auto'): CsvTokens {
  const tokens: CsvTokens = { rows: [], lines: [] };
  forEachCsvRecord(
    text,
    delimiter,
    (fields, line) => {
      tokens.rows.push(fields);
      tokens.lines.push(line);
    },
    path,
  );
  return tokens;
}
