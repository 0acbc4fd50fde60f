// How every figure leaves the server: with its provenance, small groups suppressed, and a
// drill-down to the records behind it (which the list endpoints guard with their own permission).
import { amsterdamMidnight, periodEnd, shiftDay, type Filters, type Interval } from './filters.js';

/** Cells with fewer records than this are not shown: too easy to trace back to a resident. */
export const MIN_GROUP_SIZE = 5;
/** At most this many record ids in a drill-down. */
export const MAX_DRILL_IDS = 20;

export type Source = 'klantcontact' | 'meldingen' | 'kto';

/**
 * How a chart was read: from the rollups (as of their last refresh) or from the records themselves
 * (filters the rollups cannot answer, case charts, or rollups being built or behind a marked
 * change: then `note` says so in the words a teamleider reads).
 */
export interface ReadMethod {
  method: 'rollup' | 'direct';
  asOf: string | null;
  note: string | null;
}

export interface Provenance extends ReadMethod {
  source: Source | 'demo';
  synthetic: boolean;
  label: string;
  n: number;
  generatedAt: string;
}

const DIRECT: ReadMethod = { method: 'direct', asOf: null, note: null };

const LABELS: Record<Source, string> = {
  klantcontact: 'Klantcontactregistratie van de gemeente',
  meldingen: 'Meldingen en aanvragen van de gemeente',
  kto: 'Klanttevredenheidsonderzoek (KTO) bij afronding van meldingen',
};
export const DEMO_LABEL = 'Fictieve voorbeelddata (synthetisch, vaste seed)';

export function provenance(
  source: Source,
  demo: boolean,
  n: number,
  read: ReadMethod = DIRECT,
  now = new Date(),
): Provenance {
  const { method, asOf, note } = read;
  return demo
    ? {
        source: 'demo',
        synthetic: true,
        label: `${DEMO_LABEL}; ${LABELS[source]}`,
        n,
        generatedAt: now.toISOString(),
        method,
        asOf,
        note,
      }
    : {
        source,
        synthetic: false,
        label: LABELS[source],
        n,
        generatedAt: now.toISOString(),
        method,
        asOf,
        note,
      };
}

export interface DrillDown {
  resource: 'contacts' | 'cases';
  query: Record<string, string | boolean>;
  ids?: string[];
}

/** `rounded(0.416666)` = 0.4167: shares to four decimals, enough for a percentage with one. */
export const rounded = (x: number | null, digits = 4) =>
  x === null || !Number.isFinite(x) ? null : Math.round(x * 10 ** digits) / 10 ** digits;

export const share = (part: number, whole: number) => (whole > 0 ? rounded(part / whole) : null);

/**
 * Suppresses a row whose group is smaller than MIN_GROUP_SIZE: every figure (the named fields)
 * becomes null and the drill-down goes, so neither the value nor the records leak.
 */
export function suppress<T extends Record<string, unknown>>(
  row: T,
  n: number,
  figures: readonly (keyof T)[],
): T & { suppressed: boolean } {
  if (n >= MIN_GROUP_SIZE) return { ...row, suppressed: false };
  const out: Record<string, unknown> = { ...row, suppressed: true };
  for (const f of figures) out[f as string] = null;
  if ('drillDown' in out) out.drillDown = null;
  return out as T & { suppressed: boolean };
}

/**
 * Suppresses per cell, for a row of counts that add up to a total: a cell of 1-4 records is
 * hidden (0 is shown: it points at nobody). When that hides exactly one cell, the total goes too,
 * since the total minus the cells shown would give the hidden one away; so does a total below 5.
 */
export function suppressCells<K extends string>(
  cells: Record<K, number>,
): { cells: Record<K, number | null>; total: number | null; hidden: K[] } {
  const out = { ...cells } as Record<K, number | null>;
  const hidden: K[] = [];
  let sum = 0;
  for (const key of Object.keys(cells) as K[]) {
    const n = cells[key];
    sum += n;
    if (n > 0 && n < MIN_GROUP_SIZE) {
      out[key] = null;
      hidden.push(key);
    }
  }
  const total = hidden.length === 1 || sum < MIN_GROUP_SIZE ? null : sum;
  return { cells: out, total, hidden };
}

/** Query for GET /api/v1/contacts covering a day range (and the filters it understands). */
export function contactsDrill(
  f: Filters,
  extra: { channel?: string | null; topicCode?: string | null; from?: string; to?: string } = {},
): DrillDown {
  const from = extra.from ?? f.from;
  const to = extra.to ?? f.to;
  const query: Record<string, string> = {
    from: amsterdamMidnight(from < f.from ? f.from : from),
    to: amsterdamMidnight(shiftDay(to > f.to ? f.to : to, 1)),
  };
  const channel = extra.channel ?? f.channel;
  if (channel) query.channel = channel;
  // A row's own topic is one code; the filter's may be a group, whose records are its subtopics'.
  if (extra.topicCode) query.topicCode = extra.topicCode;
  else if (f.topic) query.topicGroup = f.topic;
  return { resource: 'contacts', query };
}

export const periodDrill = (f: Filters, period: string, interval: Interval, channel?: string) =>
  contactsDrill(f, { from: period, to: periodEnd(period, interval), channel });

export function casesDrill(query: Record<string, string | boolean | null>, ids?: string[]): DrillDown {
  const clean: Record<string, string | boolean> = {};
  for (const [k, v] of Object.entries(query)) if (v !== null) clean[k] = v;
  return ids
    ? { resource: 'cases', query: clean, ids: ids.slice(0, MAX_DRILL_IDS) }
    : { resource: 'cases', query: clean };
}

export interface Chart<R> {
  chart: string;
  filters: Partial<Filters>;
  provenance: Provenance;
  minGroupSize: number;
  rows: R[];
}

/** Runs queries one after another: a transaction holds one connection, which runs one at a time. */
export async function sequentially<T extends unknown[]>(
  ...steps: { [K in keyof T]: () => Promise<T[K]> }
): Promise<T> {
  const out: unknown[] = [];
  for (const step of steps) out.push(await step());
  return out as T;
}
