export interface CsvHeader {
  delimiter: ',' | ';';
  columns: string[];
}

/**
 * The column names of a CSV from its first line, to offer them in the mapping form. The delimiter
 * is whichever of , and ; occurs more often outside quotes (Dutch spreadsheets write ;).
 */
export function parseHeader(text: string): CsvHeader {
  const line = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const outside = line.replace(/"[^"]*"/g, '');
  const delimiter = (outside.match(/;/g)?.length ?? 0) > (outside.match(/,/g)?.length ?? 0) ? ';' : ',';
  const columns: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === delimiter) {
      columns.push(cell.trim());
      cell = '';
    } else cell += c;
  }
  columns.push(cell.trim());
  return { delimiter, columns: columns.filter((c) => c !== '') };
}

/** A first guess of the mapping from common column names (the user confirms it). */
export function guessColumn(columns: string[], role: 'case' | 'activity' | 'timestamp' | 'resource'): string {
  const patterns: Record<typeof role, RegExp> = {
    case: /^(case|case ?id|case:concept:name|zaak|zaaknummer)$/i,
    activity: /^(activity|concept:name|activiteit|taak)$/i,
    timestamp: /^(timestamp|time:timestamp|tijdstip|datum|time|start)$/i,
    resource: /^(resource|org:resource|medewerker|behandelaar)$/i,
  };
  return columns.find((c) => patterns[role].test(c)) ?? '';
}
