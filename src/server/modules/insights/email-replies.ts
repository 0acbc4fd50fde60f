// E-mail answer times in working days (Dutch public holidays excluded), for the e-mail norm.
import { addWorkingDays, amsterdamDate, workingDaysUntil } from '../../../shared/calendar/working-days.js';
import { mondayOf } from './trend.js';

/** Replies later than this many working days are counted as this plus one. */
export const MAX_WORKING_DAYS = 60;
export const NOT_ANSWERED = -1;

/** Working days from the day of receipt to the day of the reply: the smallest k that meets it. */
export function workingDaysBetween(received: string, replied: string): number {
  return workingDaysUntil(received, replied, MAX_WORKING_DAYS);
}

/** Mails (instants) counted per day of receipt and working days to the reply. */
export function replyCounts(mails: { receivedAt: string | Date; repliedAt: string | Date | null }[]) {
  const counts = new Map<string, number>();
  for (const m of mails) {
    const day = amsterdamDate(new Date(m.receivedAt));
    const wd = m.repliedAt ? workingDaysBetween(day, amsterdamDate(new Date(m.repliedAt))) : NOT_ANSWERED;
    const key = `${day}|${wd}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([key, n]) => {
    const [day, wd] = key.split('|') as [string, string];
    return { day, workingDays: Number(wd), n };
  });
}

/**
 * Share answered within `workingDays`, per week of receipt. An unanswered mail still within its
 * term is not counted either way.
 */
export function emailWeeksFromCounts(
  rows: { day: string; workingDays: number; n: number }[],
  workingDays: number,
  today: string,
) {
  const weeks = new Map<string, { n: number; onTime: number }>();
  for (const r of rows) {
    if (r.workingDays === NOT_ANSWERED && addWorkingDays(r.day, workingDays) >= today) continue;
    const week = mondayOf(r.day);
    const w = weeks.get(week) ?? { n: 0, onTime: 0 };
    w.n += r.n;
    if (r.workingDays !== NOT_ANSWERED && r.workingDays <= workingDays) w.onTime += r.n;
    weeks.set(week, w);
  }
  return [...weeks]
    .sort((a, b) => a[0].localeCompare(b[0]))
    .map(([week, w]) => ({ week, n: w.n, score: w.onTime / w.n }));
}

/** Share of incoming e-mails answered within the norm's working days, per week of receipt. */
export function emailWeeks(
  mails: { receivedAt: string | Date; repliedAt: string | Date | null }[],
  workingDays: number,
  today: string,
): { week: string; n: number; score: number }[] {
  const weeks = new Map<string, { n: number; onTime: number }>();
  for (const m of mails) {
    const deadline = addWorkingDays(new Date(m.receivedAt), workingDays);
    const replied = m.repliedAt ? amsterdamDate(new Date(m.repliedAt)) : null;
    // Unanswered but still within its term: not yet late, so not counted either way.
    if (replied === null && deadline >= today) continue;
    const week = mondayOf(amsterdamDate(new Date(m.receivedAt)));
    const w = weeks.get(week) ?? { n: 0, onTime: 0 };
    w.n++;
    if (replied !== null && replied <= deadline) w.onTime++;
    weeks.set(week, w);
  }
  return [...weeks]
    .sort((a, b) => a[0].localeCompare(b[0]))
    .map(([week, w]) => ({ week, n: w.n, score: w.onTime / w.n }));
}
