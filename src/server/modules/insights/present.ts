// How every figure leaves the server: with its provenance, small groups suppressed, and a
// drill-down to the records behind it (which the list endpoints guard with their own permission).
import { amsterdamMidnight, periodEnd, shiftDay, type Filters, type Interval } from './filters.js';

/** Cells with fewer records than this are not shown: too easy to trace back to a resident. */
export const MIN_GROUP_SIZE = 5;
/** At most this many record ids in a drill-down. */
export const MAX_DRILL_IDS = 20;

export type Source = 'klantcontact' | 'meldingen' | 'kto';

export interface Provenance {
  source: Source | 'demo';
  synthetic: boolean;
  label: string;
  n: number;
  generatedAt: string;
}

const LABELS: Record<Source, string> = {
  klantcontact: 'Klantcontactregistratie van de gemeente',
  meldingen: 'Meldingen en aanvragen van de gemeente',
  kto: 'Klanttevredenheidsonderzoek (KTO) bij afronding van meldingen',
};
export const DEMO_LABEL = 'Fictieve voorbeelddata (synthetisch, vaste seed)';

export function provenance(source: Source, demo: boolean, n: number, now = new Date()): Provenance {
  return demo
    ? {
        source: 'demo',
        synthetic: true,
        label: `${DEMO_LABEL}; ${LABELS[source]}`,
        n,
        generatedAt: now.toISOString(),
      }
    : { source, synthetic: false, label: LABELS[source], n, generatedAt: now.toISOString() };
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
  const topic = extra.topicCode ?? f.topic;
  if (topic) query.topicCode = topic;
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
