// ISO 8601 date-times as XES writes them (xs:dateTime), parsed by hand: Date.parse accepts far
// more (and treats offset-less times as local time), and an unknown format must be an error.

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/;

/**
 * Milliseconds since the epoch, or null when the text is not an ISO 8601 date(-time).
 * A time without offset is read as UTC (documented in docs/mining.md). Fractions beyond
 * milliseconds are truncated.
 */
export function parseIsoTimestamp(text: string): number | null {
  return fastPath(text) ?? slowPath(text);
}

const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const validDay = (y: number, m: number, d: number) =>
  d >= 1 && d <= (m === 2 && !isLeap(y) ? 28 : DAYS[m - 1]!);

function digits(s: string, from: number, n: number): number {
  let v = 0;
  for (let i = from; i < from + n; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
}

/**
 * The form almost every XES file uses, read without a regular expression (this runs once per
 * event): YYYY-MM-DDTHH:MM:SS[.fff][Z|±HH:MM]. Anything else goes to the general parser.
 */
function fastPath(s: string): number | null {
  const n = s.length;
  if (n < 19 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45 || s.charCodeAt(10) !== 84) return null;
  if (s.charCodeAt(13) !== 58 || s.charCodeAt(16) !== 58) return null;
  const y = digits(s, 0, 4);
  const mo = digits(s, 5, 2);
  const d = digits(s, 8, 2);
  const h = digits(s, 11, 2);
  const mi = digits(s, 14, 2);
  const se = digits(s, 17, 2);
  if (y < 0 || mo < 1 || mo > 12 || d < 0 || h < 0 || h > 23 || mi < 0 || mi > 59 || se < 0 || se > 59)
    return null;
  if (!validDay(y, mo, d)) return null;
  let i = 19;
  let ms = 0;
  if (s.charCodeAt(i) === 46) {
    let scale = 100;
    i++;
    const start = i;
    for (; i < n; i++) {
      const c = s.charCodeAt(i) - 48;
      if (c < 0 || c > 9) break;
      ms += c * scale;
      scale /= 10;
    }
    if (i === start) return null;
    ms = Math.floor(ms + 1e-9);
  }
  let offset: number; // minutes east of UTC; none or Z is UTC
  if (i === n || (s.charCodeAt(i) === 90 && i === n - 1)) offset = 0;
  else if ((s.charCodeAt(i) === 43 || s.charCodeAt(i) === 45) && n - i === 6 && s.charCodeAt(i + 3) === 58) {
    const oh = digits(s, i + 1, 2);
    const om = digits(s, i + 4, 2);
    if (oh < 0 || oh > 18 || om < 0 || om > 59) return null;
    offset = (s.charCodeAt(i) === 45 ? -1 : 1) * (oh * 60 + om);
  } else return null;
  return Date.UTC(y, mo - 1, d, h, mi, se, ms) - offset * 60_000;
}

function slowPath(text: string): number | null {
  const m = ISO.exec(text);
  if (!m) return null;
  const year = +m[1]!;
  const month = +m[2]!;
  const day = +m[3]!;
  const hour = m[4] ? +m[4] : 0;
  const minute = m[5] ? +m[5] : 0;
  const second = m[6] ? +m[6] : 0;
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 24 || minute > 59 || second > 60) return null;
  const ms = m[7] ? Math.floor(+(m[7] + '000').slice(0, 3)) : 0;
  let offsetMin = 0;
  const tz = m[8];
  if (tz && tz !== 'Z') {
    const sign = tz[0] === '-' ? -1 : 1;
    const digits = tz.slice(1).replace(':', '');
    const oh = +digits.slice(0, 2);
    const om = digits.length > 2 ? +digits.slice(2, 4) : 0;
    if (oh > 18 || om > 59) return null;
    offsetMin = sign * (oh * 60 + om);
  }
  // Date.UTC would roll 31 February over into March; such a date does not exist.
  if (!validDay(year, month, day)) return null;
  return Date.UTC(year, month - 1, day, hour, minute, second, ms) - offsetMin * 60_000;
}
