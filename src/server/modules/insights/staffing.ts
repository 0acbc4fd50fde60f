// Phone forecast and staffing. Method (documented in docs/insights.md): the mean number of incoming
// phone contacts per weekday and interval over the last `weeks` full weeks (Monday–Sunday) before
// `to`; AHT per interval from the handling times of those contacts; agents by Erlang C.
import { Type, type Static } from 'typebox';
import { phoneSlots } from './facts.js';
import type { Scope } from './dashboard-contacts.js';
import { shiftDay } from './filters.js';
import { agentsNeeded } from './erlang.js';
import { provenance, rounded, MIN_GROUP_SIZE } from './present.js';
import { mondayOf } from './trend.js';

/** AHT when an interval has no handling times and none is given. */
export const DEFAULT_AHT_SECONDS = 240;

export const StaffingQuery = Type.Object(
  {
    to: Type.Optional(Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' })),
    weeks: Type.Integer({ minimum: 1, maximum: 26, default: 8 }),
    intervalMinutes: Type.Union([Type.Literal(30), Type.Literal(60)], { default: 60 }),
    targetSeconds: Type.Integer({ minimum: 1, maximum: 3600, default: 30 }),
    serviceLevel: Type.Number({ exclusiveMinimum: 0, exclusiveMaximum: 1, default: 0.7 }),
    shrinkage: Type.Number({ minimum: 0, maximum: 0.9, default: 0.3 }),
    maxOccupancy: Type.Number({ minimum: 0.5, maximum: 1, default: 0.85 }),
    ahtSeconds: Type.Optional(Type.Integer({ minimum: 1, maximum: 7200 })),
    team: Type.Optional(Type.String({ format: 'uuid' })),
    format: Type.Optional(Type.Union([Type.Literal('json'), Type.Literal('csv')])),
  },
  { additionalProperties: false },
);
export type StaffingQuery = Static<typeof StaffingQuery>;

export interface SlotHistory {
  weekday: number;
  slot: number;
  n: number;
  handleSum: number;
  handled: number;
}

export interface ForecastRow {
  weekday: number;
  start: string;
  forecastCalls: number;
  ahtSeconds: number;
  agents: number;
  scheduled: number;
  serviceLevel: number;
  asaSeconds: number | null;
  occupancy: number;
}

const clock = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** Pure: history per (weekday, slot) summed over `weeks` weeks -> forecast and agents per slot. */
export function forecast(history: SlotHistory[], q: StaffingQuery): ForecastRow[] {
  const bySlot = new Map<string, SlotHistory>();
  for (const h of history) {
    const key = `${h.weekday}:${h.slot}`;
    const s = bySlot.get(key) ?? { weekday: h.weekday, slot: h.slot, n: 0, handleSum: 0, handled: 0 };
    s.n += h.n;
    s.handleSum += h.handleSum;
    s.handled += h.handled;
    bySlot.set(key, s);
  }
  const rows = [...bySlot.values()].sort((a, b) => a.weekday - b.weekday || a.slot - b.slot);
  return rows.map((s) => {
    const calls = s.n / q.weeks;
    const aht = q.ahtSeconds ?? (s.handled > 0 ? s.handleSum / s.handled : DEFAULT_AHT_SECONDS);
    const r = agentsNeeded(
      { calls, intervalSeconds: q.intervalMinutes * 60, ahtSeconds: aht },
      {
        serviceLevel: q.serviceLevel,
        targetSeconds: q.targetSeconds,
        maxOccupancy: q.maxOccupancy,
        shrinkage: q.shrinkage,
      },
    );
    return {
      weekday: s.weekday,
      start: clock(s.slot * q.intervalMinutes),
      forecastCalls: rounded(calls, 2)!,
      ahtSeconds: rounded(aht, 1)!,
      agents: r.agents,
      scheduled: r.scheduled,
      serviceLevel: rounded(r.serviceLevel)!,
      asaSeconds: rounded(r.asaSeconds, 1),
      occupancy: rounded(r.occupancy)!,
    };
  });
}

/** The last `weeks` full weeks before `to` (or before today): Monday of the first to Sunday of the last. */
export function historyWindow(to: string, weeks: number): { from: string; to: string } {
  const monday = mondayOf(shiftDay(to, 1)); // `to` itself counts when it is a Sunday
  return { from: shiftDay(monday, -7 * weeks), to: shiftDay(monday, -1) };
}

export async function staffingForecast(s: Scope, q: StaffingQuery) {
  const window = historyWindow(q.to ?? s.today, q.weeks);
  const history = await phoneSlots(
    s,
    { tenantId: s.tenantId, ...window, team: q.team ?? null },
    q.intervalMinutes,
  );
  return {
    chart: 'staffing',
    parameters: {
      weeks: q.weeks,
      intervalMinutes: q.intervalMinutes,
      targetSeconds: q.targetSeconds,
      serviceLevel: q.serviceLevel,
      shrinkage: q.shrinkage,
      maxOccupancy: q.maxOccupancy,
      ahtSeconds: q.ahtSeconds ?? null,
      team: q.team ?? null,
      ...window,
    },
    provenance: provenance(
      'klantcontact',
      s.demo,
      history.reduce((a, h) => a + h.n, 0),
      s.read,
    ),
    minGroupSize: MIN_GROUP_SIZE,
    rows: forecast(history, q),
  };
}
