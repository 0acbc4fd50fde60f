// The life of one synthetic melding: gemeld → in behandeling → (on hold → hervat) → afgehandeld →
// gesloten, sometimes reopened, with durations in working minutes. Events after the end of the
// demo year are cut off, so the latest meldingen are still open, and some of those are overdue.
import type { Prng } from '../../../shared/demo/prng.js';
import {
  addWorkingMinutes,
  later,
  WORKING_MINUTES_PER_DAY as WD,
  type Day,
  type Moment,
} from './calendar.js';
import { statusActivity } from '../../modules/cases/status-machine.js';
import type { CaseStatus } from '../../modules/cases/model.js';

export interface TimelineEvent {
  at: Moment;
  activity: string;
  statusFrom: CaseStatus | null;
  statusTo: CaseStatus;
  note: string | null;
  byHandler: boolean;
}

const HOLD_REASONS = [
  'Wacht op de aannemer',
  'Onderdeel besteld',
  'Wacht op aanvullende informatie van de melder',
  'Afstemming met de netbeheerder',
];

const lognormal = (rng: Prng, median: number, sigma: number) => median * Math.exp(rng.normal(0, sigma));

/**
 * The events of a case created at `created` with a due period of `dueDays` working days, up to
 * `endDay` (exclusive). The first event is the receipt, logged as `receivedActivity`.
 */
export function caseTimeline(
  rng: Prng,
  days: Day[],
  created: Moment,
  dueDays: number,
  endDay: number,
  receivedActivity: string,
): TimelineEvent[] {
  const events: TimelineEvent[] = [
    {
      at: created,
      activity: receivedActivity,
      statusFrom: null,
      statusTo: 'gemeld',
      note: null,
      byHandler: false,
    },
  ];
  let status: CaseStatus = 'gemeld';
  let t = created;
  const step = (minutes: number, to: CaseStatus, note: string | null = null, activity?: string) => {
    t = addWorkingMinutes(days, t, Math.max(5, minutes));
    events.push({
      at: t,
      activity: activity ?? statusActivity(status, to),
      statusFrom: status,
      statusTo: to,
      note,
      byHandler: true,
    });
    status = to;
  };
  // Picked up within about half a working day, usually.
  step(lognormal(rng, 240, 0.9), 'in_behandeling');
  // Handling takes about 45 % of the due period; the tail runs past it (about one in eight).
  let work = lognormal(rng, Math.max(0.3, dueDays) * WD * 0.45, 0.75);
  if (rng.chance(0.1)) {
    const before = work * rng.uniform(0.2, 0.6);
    step(before, 'on_hold', rng.pick(HOLD_REASONS));
    step(lognormal(rng, 3 * WD, 0.6), 'in_behandeling');
    work -= before;
  }
  step(work, 'afgehandeld');
  if (rng.chance(0.04)) {
    step(
      lognormal(rng, 1.5 * WD, 0.5),
      'in_behandeling',
      'Melder geeft aan dat het probleem niet is opgelost',
    );
    step(lognormal(rng, 1 * WD, 0.6), 'afgehandeld');
  }
  // Closed after the resident had two working days to react.
  step(2 * WD, 'gesloten');
  return events.filter((e) => e.at.day < endDay && !later(created, e.at));
}

/** The status a case has after its (cut-off) events. */
export const finalStatus = (events: TimelineEvent[]): CaseStatus => events[events.length - 1]!.statusTo;
