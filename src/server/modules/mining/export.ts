// A filtered log written back out, batch by batch: XES 1.0 and formula-safe CSV.
import type { AttrTypes, AttrValue, Trace } from './model.js';

const XML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};
// Characters XML 1.0 does not allow are dropped rather than escaped.
// eslint-disable-next-line no-control-regex
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const esc = (s: string) => s.replace(INVALID_XML, '').replace(/[&<>"']/g, (c) => XML_ESCAPES[c]!);

function attr(key: string, value: AttrValue, types: AttrTypes): string {
  let tag: string =
    types[key] ??
    (typeof value === 'number'
      ? Number.isInteger(value)
        ? 'int'
        : 'float'
      : typeof value === 'boolean'
        ? 'boolean'
        : 'string');
  if (tag === 'id') tag = 'string'; // XES 1.0 has no <id>
  return `<${tag} key="${esc(key)}" value="${esc(String(value))}"/>`;
}

export const XES_HEAD =
  '<?xml version="1.0" encoding="UTF-8"?>\n' +
  '<log xes.version="1.0" xes.features="" xmlns="http://www.xes-standard.org/">\n' +
  '<extension name="Concept" prefix="concept" uri="http://www.xes-standard.org/concept.xesext"/>\n' +
  '<extension name="Time" prefix="time" uri="http://www.xes-standard.org/time.xesext"/>\n' +
  '<extension name="Lifecycle" prefix="lifecycle" uri="http://www.xes-standard.org/lifecycle.xesext"/>\n' +
  '<extension name="Organizational" prefix="org" uri="http://www.xes-standard.org/org.xesext"/>\n' +
  '<classifier name="Activity" keys="concept:name"/>\n';

export async function* xesExport(
  name: string,
  batches: AsyncIterable<Trace[]>,
  types: AttrTypes,
): AsyncGenerator<string> {
  yield XES_HEAD + `<string key="concept:name" value="${esc(name)}"/>\n`;
  for await (const batch of batches) {
    let out = '';
    for (const t of batch) {
      out += `<trace><string key="concept:name" value="${esc(t.id)}"/>`;
      for (const [k, v] of Object.entries(t.at ?? {})) out += attr(k, v, types);
      out += '\n';
      for (const e of t.ev) {
        out += `<event><string key="concept:name" value="${esc(e.a)}"/><date key="time:timestamp" value="${new Date(e.t).toISOString()}"/>`;
        if (e.lc !== undefined) out += `<string key="lifecycle:transition" value="${esc(e.lc)}"/>`;
        if (e.r !== undefined) out += `<string key="org:resource" value="${esc(e.r)}"/>`;
        for (const [k, v] of Object.entries(e.at ?? {})) out += attr(k, v, types);
        out += '</event>\n';
      }
      out += '</trace>\n';
    }
    yield out;
  }
  yield '</log>\n';
}

/** A cell a spreadsheet will not run as a formula: a leading = + - @ (or tab/CR) gets a quote. */
export function csvCell(value: AttrValue | undefined): string {
  if (value === undefined) return '';
  let s = String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = "'" + s;
  return /[",\n\r;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** CSV with one row per event; the attribute columns are those known for the log. */
export async function* csvExport(batches: AsyncIterable<Trace[]>, types: AttrTypes): AsyncGenerator<string> {
  const keys = Object.keys(types).sort();
  yield ['case', 'activity', 'timestamp', 'resource', 'lifecycle', ...keys].map(csvCell).join(',') + '\r\n';
  for await (const batch of batches) {
    let out = '';
    for (const t of batch) {
      for (const e of t.ev) {
        const row = [
          t.id,
          e.a,
          new Date(e.t).toISOString(),
          e.r,
          e.lc,
          ...keys.map((k) => e.at?.[k] ?? t.at?.[k]),
        ];
        out += row.map(csvCell).join(',') + '\r\n';
      }
    }
    yield out;
  }
}
