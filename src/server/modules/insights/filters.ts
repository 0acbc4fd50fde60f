// The filters every dashboard endpoint takes, their defaults and the checks the schema cannot make.
import { Type, type Static } from 'typebox';
import { oneOf } from '../../platform/http/schema-types.js';
import { problems, type FieldError } from '../../platform/http/problem.js';
import { amsterdamDate } from '../../../shared/calendar/working-days.js';
import { CONTACT_CHANNELS } from '../contacts/index.js';

export const INTERVALS = ['day', 'week', 'month'] as const;
export type Interval = (typeof INTERVALS)[number];
/** Default period: the last 12 weeks up to and including today. */
export const DEFAULT_DAYS = 12 * 7;
/** Longest period one request may cover. */
export const MAX_DAYS = 400;

const Day = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'YYYY-MM-DD' });
const Code = Type.String({ pattern: '^[a-z0-9][a-z0-9._-]{0,63}$' });
const Uuid = Type.String({ format: 'uuid' });

export const DashboardQuery = Type.Object(
  {
    from: Type.Optional(Day),
    to: Type.Optional(Day),
    channel: Type.Optional(oneOf(CONTACT_CHANNELS)),
    topic: Type.Optional(Code),
    category: Type.Optional(Code),
    team: Type.Optional(Uuid),
    area: Type.Optional(Type.String({ pattern: '^[1-9][0-9]{0,3}$', description: 'postcode prefix' })),
    interval: Type.Optional(oneOf(INTERVALS)),
    format: Type.Optional(oneOf(['json', 'csv'] as const)),
  },
  { additionalProperties: false },
);
export type DashboardQuery = Static<typeof DashboardQuery>;

export interface Filters {
  from: string;
  to: string;
  interval: Interval;
  channel: string | null;
  topic: string | null;
  category: string | null;
  team: string | null;
  area: string | null;
}

const dayNumber = (day: string) => Date.parse(`${day}T00:00:00Z`) / 86_400_000;
export const shiftDay = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const validDay = (day: string) => !Number.isNaN(dayNumber(day)) && shiftDay(day, 0) === day;

/** Fills the defaults and checks the dates; `today` is injectable for tests. */
export function resolveFilters(q: DashboardQuery, today = amsterdamDate(new Date())): Filters {
  const errors: FieldError[] = [];
  if (q.from && !validDay(q.from)) errors.push({ pointer: '/query/from', detail: 'is geen bestaande datum' });
  if (q.to && !validDay(q.to)) errors.push({ pointer: '/query/to', detail: 'is geen bestaande datum' });
  if (errors.length) throw problems.validation(errors);
  const to = q.to ?? today;
  const from = q.from ?? shiftDay(to, -(DEFAULT_DAYS - 1));
  const span = dayNumber(to) - dayNumber(from);
  if (span < 0) throw problems.validation([{ pointer: '/query/from', detail: 'ligt na de einddatum' }]);
  if (span >= MAX_DAYS)
    throw problems.validation([{ pointer: '/query/to', detail: `periode is langer dan ${MAX_DAYS} dagen` }]);
  return {
    from,
    to,
    interval: q.interval ?? 'week',
    channel: q.channel ?? null,
    topic: q.topic ?? null,
    category: q.category ?? null,
    team: q.team ?? null,
    area: q.area ?? null,
  };
}

/** The period just before, of the same length (for trends). */
export function previousPeriod(f: Filters): Filters {
  const days = dayNumber(f.to) - dayNumber(f.from) + 1;
  return { ...f, from: shiftDay(f.from, -days), to: shiftDay(f.from, -1) };
}

/** Amsterdam midnight of a day as an ISO instant with its offset, for the contacts list's from/to. */
export function amsterdamMidnight(day: string): string {
  const utc = new Date(`${day}T12:00:00Z`);
  const local = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Amsterdam',
    hour: '2-digit',
    hourCycle: 'h23',
  }).format(utc);
  const offset = Number(local) - 12; // +1 in winter, +2 in summer (DST never switches at noon)
  return `${day}T00:00:00+0${offset}:00`;
}

/** The last day of the bucket that starts on `period`, clipped to the filter's period. */
export function periodEnd(period: string, interval: Interval): string {
  if (interval === 'day') return period;
  if (interval === 'week') return shiftDay(period, 6);
  const [y, m] = period.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}
