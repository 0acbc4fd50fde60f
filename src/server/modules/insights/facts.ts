// Where a chart's contact figures come from: the rollups when they can answer the question (no
// area filter; heatmap and staffing also no topic/team filter), otherwise the contacts themselves.
// Both give the same numbers; the integration tests check that.
import { sql, type SQL } from 'drizzle-orm';
import { rowsOf } from '../../platform/db/migrate.js';
import { contactAnalytics } from '../contacts/index.js';
import type { Scope } from './dashboard-contacts.js';
import type { Filters, Interval } from './filters.js';
import { rollupUse } from './rollup.js';
import type { ReadMethod } from './present.js';
import { contactCaseLinks, contactDays, contactSlots, contactTimes, emailReplies } from './tables.js';
import { emailWeeksFromCounts, emailWeeks as emailWeeksFromMails } from './email-replies.js';
import { percentileOfCounts } from './percentiles.js';

type Facts = contactAnalytics.ContactFacts;

const NOTE_BUILDING = (progress: number | null) =>
  `De samenvattingstabellen worden opgebouwd${progress === null ? '' : ` (${Math.floor(progress * 100)} %)`}; ` +
  'deze cijfers zijn rechtstreeks uit de contactregistratie gelezen: volledig en actueel, alleen trager.';
const NOTE_CHANGED =
  'Later geregistreerde, geïmporteerde of gecorrigeerde contacten in deze periode worden nog verwerkt; ' +
  'deze cijfers zijn rechtstreeks uit de contactregistratie gelezen en bevatten ze al.';

/** Records how the chart read its contacts: any direct read makes the chart "direct". */
function noteRead(s: Scope, read: ReadMethod) {
  if (!s.read || s.read.method === 'rollup') s.read = read;
  else if (read.method === 'direct' && !s.read.note) s.read = { ...s.read, note: read.note };
}

/**
 * Whether this question may be answered from the rollups: the filters fit them (`fits`), they are
 * built, and no change is pending for the period. Otherwise the contacts are read (exact) and the
 * job is started if the rollups are missing, building or behind.
 */
async function rollupsFor(s: Scope, f: Facts, fits: boolean): Promise<boolean> {
  if (!fits || s.useRollups === false) {
    noteRead(s, { method: 'direct', asOf: null, note: null });
    return false;
  }
  s.rollupUses ??= new Map();
  const key = `${f.from}/${f.to}`;
  let pending = s.rollupUses.get(key);
  if (!pending) s.rollupUses.set(key, (pending = rollupUse(s.tx, s.tenantId, f.from, f.to)));
  const use = await pending;
  if (use.needsJob) s.kick?.();
  if (use.usable) noteRead(s, { method: 'rollup', asOf: use.refreshedAt, note: null });
  else
    noteRead(s, {
      method: 'direct',
      asOf: null,
      note: use.status === 'ready' ? NOTE_CHANGED : NOTE_BUILDING(use.progress),
    });
  return use.usable;
}

async function query<T>(s: Scope, q: SQL): Promise<T[]> {
  return rowsOf<T>(await s.tx.execute(q));
}

/** The topic and, for a group, its children. */
async function topicCodes(s: Scope, topic: string): Promise<string[]> {
  const all = await contactAnalytics.topicCatalogue(s.tx, s.tenantId);
  return [topic, ...all.filter((t) => t.parentCode === topic).map((t) => t.code)];
}

async function dayWhere(s: Scope, f: Facts): Promise<SQL> {
  const parts: SQL[] = [
    sql`d.tenant_id = ${s.tenantId}::uuid`,
    sql`d.day between ${f.from}::date and ${f.to}::date`,
    sql`d.direction = ${f.direction ?? 'in'}`,
  ];
  if (f.channel) parts.push(sql`d.channel = ${f.channel}`);
  if (f.team) parts.push(sql`d.team_id = ${f.team}::uuid`);
  if (f.topic)
    parts.push(sql`d.topic_code = any(${`{${(await topicCodes(s, f.topic)).join(',')}}`}::text[])`);
  return sql.join(parts, sql` and `);
}

const bucket = (interval: Interval) => sql`date_trunc(${interval}, d.day)::date::text`;
const byDay = (f: Facts) => !f.area;
const bySlot = (f: Facts) => !f.area && !f.topic && !f.team;

export async function volume(s: Scope, f: Facts, interval: Interval) {
  if (!(await rollupsFor(s, f, byDay(f)))) return contactAnalytics.contactVolume(s.tx, f, interval);
  return query<{ period: string; channel: string; n: number }>(
    s,
    sql`select ${bucket(interval)} as period, d.channel, sum(d.n)::int as n from ${contactDays} d
        where ${await dayWhere(s, f)} group by 1, 2 order by 1, 2`,
  );
}

export async function topicVolume(s: Scope, f: Facts, interval: Interval) {
  if (!(await rollupsFor(s, f, byDay(f)))) return contactAnalytics.topicVolume(s.tx, f, interval);
  return query<{ period: string; topicCode: string; n: number }>(
    s,
    sql`select ${bucket(interval)} as period, d.topic_code as "topicCode", sum(d.n)::int as n from ${contactDays} d
        where ${await dayWhere(s, f)} and d.topic_code <> '' group by 1, 2 order by 1, 2`,
  );
}

export async function resolution(s: Scope, f: Facts) {
  if (!(await rollupsFor(s, f, byDay(f)))) return contactAnalytics.contactResolution(s.tx, f);
  return query<{ topicCode: string; n: number; identified: number; repeated: number; resolved: number }>(
    s,
    sql`select d.topic_code as "topicCode", sum(d.n)::int as n, sum(d.identified)::int as identified,
          sum(d.repeated)::int as repeated, sum(d.resolved)::int as resolved
        from ${contactDays} d where ${await dayWhere(s, f)} and d.topic_code <> ''
        group by 1 order by 2 desc, 1`,
  );
}

export async function resolutionByWeek(s: Scope, f: Facts) {
  if (!(await rollupsFor(s, f, byDay(f)))) return contactAnalytics.resolutionByWeek(s.tx, f);
  return query<{ week: string; n: number; resolved: number }>(
    s,
    sql`select ${bucket('week')} as week, sum(d.n)::int as n, sum(d.resolved)::int as resolved
        from ${contactDays} d where ${await dayWhere(s, f)} and d.topic_code <> '' group by 1 order by 1`,
  );
}

/** Mean phone wait per week (the threshold count needs the contacts: see phoneWaitByWeek). */
export async function phoneMeanByWeek(s: Scope, f: Facts) {
  if (!(await rollupsFor(s, f, byDay(f)))) return contactAnalytics.phoneWaitByWeek(s.tx, f, 0);
  return query<{ week: string; n: number; mean: number | null; within: number }>(
    s,
    sql`select ${bucket('week')} as week, sum(d.wait_n)::int as n,
          (sum(d.wait_sum)::float8 / nullif(sum(d.wait_n), 0)) as mean, 0 as within
        from ${contactDays} d where ${await dayWhere(s, { ...f, channel: 'phone' })}
        group by 1 having sum(d.wait_n) > 0 order by 1`,
  );
}

const slotWhere = (s: Scope, f: Facts) =>
  sql`d.tenant_id = ${s.tenantId}::uuid and d.day between ${f.from}::date and ${f.to}::date
      and d.direction = ${f.direction ?? 'in'}${f.channel ? sql` and d.channel = ${f.channel}` : sql``}`;

export async function heatmap(s: Scope, f: Facts) {
  if (!(await rollupsFor(s, f, bySlot(f)))) return contactAnalytics.contactHeatmap(s.tx, f);
  return query<{ channel: string; weekday: number; hour: number; n: number }>(
    s,
    sql`select d.channel, extract(isodow from d.day)::int as weekday, (d.slot / 2)::int as hour, sum(d.n)::int as n
        from ${contactSlots} d where ${slotWhere(s, f)} group by 1, 2, 3 order by 1, 2, 3`,
  );
}

export async function phoneSlots(s: Scope, f: Facts, slotMinutes: number) {
  if (!(await rollupsFor(s, f, bySlot(f)))) return contactAnalytics.phoneSlots(s.tx, f, slotMinutes);
  const per = slotMinutes / 30;
  return query<{ day: string; weekday: number; slot: number; n: number; handleSum: number; handled: number }>(
    s,
    sql`select d.day::text as day, extract(isodow from d.day)::int as weekday, (d.slot / ${per}::int)::int as slot,
          sum(d.n)::int as n, sum(d.handle_sum)::float8 as "handleSum", sum(d.handle_n)::int as handled
        from ${contactSlots} d where ${slotWhere(s, { ...f, channel: 'phone' })} group by 1, 2, 3 order by 1, 3`,
  );
}

export const fromFilters = (s: Scope, f: Filters): Facts => ({
  tenantId: s.tenantId,
  from: f.from,
  to: f.to,
  channel: f.channel,
  topic: f.topic,
  team: f.team,
  area: f.area,
});

/**
 * Waiting and handling time distributions per channel. From the rollups: the mean exactly (sums),
 * the percentiles from the counted durations (exact below 2 minutes, to 5 s above).
 */
export async function times(s: Scope, f: Facts): Promise<contactAnalytics.TimeFacts[]> {
  if (!(await rollupsFor(s, f, bySlot(f)))) return contactAnalytics.contactTimes(s.tx, f);
  const counts = await query<{ channel: string; measure: 'wait' | 'handle'; seconds: number; n: number }>(
    s,
    sql`select d.channel, d.measure, d.seconds, sum(d.n)::int as n from ${contactTimes} d
        where d.tenant_id = ${s.tenantId}::uuid and d.day between ${f.from}::date and ${f.to}::date
          ${f.channel ? sql`and d.channel = ${f.channel}` : sql``}
        group by 1, 2, 3 order by 1, 2, 3`,
  );
  const sums = await query<{
    channel: string;
    waitSum: number;
    handleSum: number;
    waitN: number;
    handleN: number;
  }>(
    s,
    sql`select d.channel, sum(d.wait_sum)::float8 as "waitSum", sum(d.handle_sum)::float8 as "handleSum",
          sum(d.wait_n)::int as "waitN", sum(d.handle_n)::int as "handleN"
        from ${contactDays} d where ${await dayWhere(s, f)} group by 1`,
  );
  const groups = new Map<string, { value: number; n: number }[]>();
  for (const c of counts) {
    const key = `${c.channel}\u0000${c.measure}`;
    groups.set(key, [...(groups.get(key) ?? []), { value: c.seconds, n: c.n }]);
  }
  const out: contactAnalytics.TimeFacts[] = [];
  for (const [key, list] of groups) {
    const [channel, measure] = key.split('\u0000') as [string, 'wait' | 'handle'];
    const sum = sums.find((x) => x.channel === channel);
    const n = list.reduce((a, c) => a + c.n, 0);
    const total = measure === 'wait' ? sum?.waitSum : sum?.handleSum;
    out.push({
      channel,
      measure,
      n,
      mean: total === undefined ? null : total / n,
      median: percentileOfCounts(list, 0.5),
      p80: percentileOfCounts(list, 0.8),
      p95: percentileOfCounts(list, 0.95),
    });
  }
  return out.sort((a, b) => a.channel.localeCompare(b.channel) || a.measure.localeCompare(b.measure));
}

/** Contacts on avoidable topics per topic and linked case (null: none), most asked first. */
export async function avoidable(s: Scope, f: Facts) {
  if (!(await rollupsFor(s, f, bySlot(f) && !f.channel))) return contactAnalytics.avoidableContacts(s.tx, f);
  const codes = (await contactAnalytics.topicCatalogue(s.tx, s.tenantId))
    .filter((t) => t.avoidable)
    .map((t) => t.code);
  return query<{ topicCode: string; caseId: string | null; n: number }>(
    s,
    sql`select d.topic_code as "topicCode", nullif(d.case_id, ${NIL}::uuid) as "caseId", sum(d.n)::int as n
        from ${contactCaseLinks} d where d.tenant_id = ${s.tenantId}::uuid
          and d.day between ${f.from}::date and ${f.to}::date and d.topic_code = any(${`{${codes.join(',')}}`}::text[])
        group by 1, 2 order by 3 desc, 1`,
  );
}
const NIL = '00000000-0000-0000-0000-000000000000';

/** The e-mail norm per week: from the rollups, or from the contacts with a team or area filter. */
export async function emailWeeks(s: Scope, f: Facts, workingDays: number) {
  if (!(await rollupsFor(s, f, bySlot(f)))) {
    return emailWeeksFromMails(await contactAnalytics.emailReplies(s.tx, f), workingDays, s.today);
  }
  const rows = await query<{ day: string; workingDays: number; n: number }>(
    s,
    sql`select d.day::text as day, d.working_days as "workingDays", d.n from ${emailReplies} d
        where d.tenant_id = ${s.tenantId}::uuid and d.day between ${f.from}::date and ${f.to}::date`,
  );
  return emailWeeksFromCounts(rows, workingDays, s.today);
}

/** Per week: phone calls with a waiting time, and how many waited at most `seconds`. */
export async function phoneWithinByWeek(s: Scope, f: Facts, seconds: number) {
  // Durations of 2 minutes and more are stored in 5 s steps: a threshold there needs the contacts.
  if (!(await rollupsFor(s, f, bySlot(f) && seconds < 120)))
    return contactAnalytics.phoneWaitByWeek(s.tx, f, seconds);
  return query<{ week: string; n: number; mean: number | null; within: number }>(
    s,
    sql`select ${bucket('week')} as week, sum(d.n)::int as n, null::float8 as mean,
          coalesce(sum(d.n) filter (where d.seconds <= ${seconds}), 0)::int as within
        from ${contactTimes} d where d.tenant_id = ${s.tenantId}::uuid and d.day between ${f.from}::date and ${f.to}::date
          and d.channel = 'phone' and d.measure = 'wait' group by 1 order by 1`,
  );
}
