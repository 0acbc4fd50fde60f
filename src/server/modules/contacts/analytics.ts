// Read-only aggregates over contacts for the insights module. Only counts, sums and percentiles
// leave this file (plus case ids for the avoidable-contact link); never a party or a summary.
// Days, weeks and hours are Amsterdam's, so a contact at 23:30 UTC counts on the next day.
import { sql, type SQL } from 'drizzle-orm';
import type { Tx } from '../../platform/db/client.js';
import { rowsOf } from '../../platform/db/migrate.js';
import { contacts, contactTopics, parties } from './tables.js';

export { changedDayBetween, takeChangedDays } from './changed-days.js';

export interface ContactFacts {
  tenantId: string;
  /** First day, YYYY-MM-DD (inclusive). */
  from: string;
  /** Last day, YYYY-MM-DD (inclusive). */
  to: string;
  channel?: string | null;
  /** A topic code; a group code includes its children. */
  topic?: string | null;
  team?: string | null;
  /** Postcode prefix (digits) of the contact's party. */
  area?: string | null;
  direction?: 'in' | 'out';
}
export type Interval = 'day' | 'week' | 'month';

const local = sql`(c.occurred_at at time zone 'Europe/Amsterdam')`;

/** The where clause for alias `c`; the period bounds are Amsterdam midnights. */
function where(f: ContactFacts): SQL {
  const parts: SQL[] = [
    sql`c.tenant_id = ${f.tenantId}::uuid`,
    sql`c.occurred_at >= (${f.from}::date)::timestamp at time zone 'Europe/Amsterdam'`,
    sql`c.occurred_at < (${f.to}::date + 1)::timestamp at time zone 'Europe/Amsterdam'`,
    sql`c.direction = ${f.direction ?? 'in'}`,
  ];
  if (f.channel) parts.push(sql`c.channel = ${f.channel}`);
  if (f.team) parts.push(sql`c.team_id = ${f.team}::uuid`);
  if (f.topic)
    parts.push(sql`c.topic_code in (select code from ${contactTopics} t
      where t.tenant_id = ${f.tenantId}::uuid and (t.code = ${f.topic} or t.parent_code = ${f.topic}))`);
  if (f.area)
    parts.push(sql`exists (select 1 from ${parties} p where p.tenant_id = c.tenant_id
      and p.id = c.party_id and p.postcode like ${`${f.area}%`})`);
  return sql.join(parts, sql` and `);
}

const bucket = (interval: Interval) => sql`date_trunc(${interval}, ${local})::date::text`;

async function query<T>(tx: Tx, q: SQL): Promise<T[]> {
  return rowsOf<T>(await tx.execute(q));
}

export function contactVolume(tx: Tx, f: ContactFacts, interval: Interval) {
  return query<{ period: string; channel: string; n: number }>(
    tx,
    sql`select ${bucket(interval)} as period, c.channel, count(*)::int as n
        from ${contacts} c where ${where(f)} group by 1, 2 order by 1, 2`,
  );
}

export function contactHeatmap(tx: Tx, f: ContactFacts) {
  return query<{ channel: string; weekday: number; hour: number; n: number }>(
    tx,
    sql`select c.channel, extract(isodow from ${local})::int as weekday,
          extract(hour from ${local})::int as hour, count(*)::int as n
        from ${contacts} c where ${where(f)} group by 1, 2, 3 order by 1, 2, 3`,
  );
}

export interface TimeFacts {
  channel: string;
  measure: 'wait' | 'handle';
  n: number;
  mean: number | null;
  median: number | null;
  p80: number | null;
  p95: number | null;
}

export function contactTimes(tx: Tx, f: ContactFacts) {
  const stats = (col: SQL, measure: string) => sql`
    select c.channel, ${measure}::text as measure, count(${col})::int as n, avg(${col})::float8 as mean,
      percentile_cont(0.5) within group (order by ${col})::float8 as median,
      percentile_cont(0.8) within group (order by ${col})::float8 as p80,
      percentile_cont(0.95) within group (order by ${col})::float8 as p95
    from ${contacts} c where ${where(f)} and ${col} is not null group by c.channel`;
  return query<TimeFacts>(
    tx,
    sql`${stats(sql`c.wait_seconds`, 'wait')} union all ${stats(sql`c.handle_seconds`, 'handle')} order by 1, 2`,
  );
}

/**
 * Per topic: contacts, those with a party, those followed by another incoming contact of the same
 * party on the same topic within 7 days, and those answered at once and not followed up so.
 * The follow-up may fall after `to`: a repeat is a property of the contact in the period.
 */
export function contactResolution(tx: Tx, f: ContactFacts) {
  return query<{ topicCode: string; n: number; identified: number; repeated: number; resolved: number }>(
    tx,
    sql`with base as (
          select c.topic_code, c.party_id, c.outcome, exists (
            select 1 from ${contacts} r where r.tenant_id = c.tenant_id and r.party_id = c.party_id
              and r.direction = 'in' and r.topic_code = c.topic_code
              and r.occurred_at > c.occurred_at and r.occurred_at <= c.occurred_at + interval '7 days'
          ) as repeated
          from ${contacts} c where ${where(f)} and c.topic_code is not null
        )
        select topic_code as "topicCode", count(*)::int as n, count(party_id)::int as identified,
          count(*) filter (where repeated)::int as repeated,
          count(*) filter (where not repeated and outcome in ('answered', 'informed'))::int as resolved
        from base group by 1 order by 2 desc, 1`,
  );
}

/** Contacts on avoidable topics per topic and the case they ask about (null: none linked). */
export function avoidableContacts(tx: Tx, f: ContactFacts) {
  return query<{ topicCode: string; caseId: string | null; n: number }>(
    tx,
    sql`select c.topic_code as "topicCode", c.case_id as "caseId", count(*)::int as n
        from ${contacts} c join ${contactTopics} t on t.tenant_id = c.tenant_id and t.code = c.topic_code
        where ${where(f)} and t.avoidable group by 1, 2 order by 3 desc, 1`,
  );
}

export function topicVolume(tx: Tx, f: ContactFacts, interval: Interval) {
  return query<{ period: string; topicCode: string; n: number }>(
    tx,
    sql`select ${bucket(interval)} as period, c.topic_code as "topicCode", count(*)::int as n
        from ${contacts} c where ${where(f)} and c.topic_code is not null group by 1, 2 order by 1, 2`,
  );
}

export function topicCatalogue(tx: Tx, tenantId: string) {
  return query<{ code: string; parentCode: string | null; nameNl: string; avoidable: boolean }>(
    tx,
    sql`select code, parent_code as "parentCode", name_nl as "nameNl", avoidable from ${contactTopics}
        where tenant_id = ${tenantId}::uuid order by code`,
  );
}

/** Incoming phone contacts per week: count, mean wait, and how many waited at most `seconds`. */
export function phoneWaitByWeek(tx: Tx, f: ContactFacts, seconds: number) {
  return query<{ week: string; n: number; mean: number | null; within: number }>(
    tx,
    sql`select ${bucket('week')} as week, count(*)::int as n, avg(c.wait_seconds)::float8 as mean,
          count(*) filter (where c.wait_seconds <= ${seconds})::int as within
        from ${contacts} c where ${where({ ...f, channel: 'phone' })} and c.wait_seconds is not null
        group by 1 order by 1`,
  );
}

/** Incoming e-mails with the time of the next outgoing contact to the same party (null: none). */
export function emailReplies(tx: Tx, f: ContactFacts) {
  return query<{ receivedAt: string; repliedAt: string | null }>(
    tx,
    sql`select c.occurred_at as "receivedAt", (
          select min(o.occurred_at) from ${contacts} o where o.tenant_id = c.tenant_id
            and o.party_id = c.party_id and o.direction = 'out' and o.occurred_at >= c.occurred_at
        ) as "repliedAt"
        from ${contacts} c where ${where({ ...f, channel: 'email' })} and c.party_id is not null
        order by c.occurred_at`,
  );
}

/** First-contact resolution per week, by the definition of contactResolution. */
export function resolutionByWeek(tx: Tx, f: ContactFacts) {
  return query<{ week: string; n: number; resolved: number }>(
    tx,
    sql`select ${bucket('week')} as week, count(*)::int as n, count(*) filter (where
          c.outcome in ('answered', 'informed') and not exists (
            select 1 from ${contacts} r where r.tenant_id = c.tenant_id and r.party_id = c.party_id
              and r.direction = 'in' and r.topic_code = c.topic_code
              and r.occurred_at > c.occurred_at and r.occurred_at <= c.occurred_at + interval '7 days'))::int
          as resolved
        from ${contacts} c where ${where(f)} and c.topic_code is not null group by 1 order by 1`,
  );
}

/**
 * Incoming phone contacts per Amsterdam day and slot of `slotMinutes`, with their handling time
 * sum, for the staffing forecast.
 */
export function phoneSlots(tx: Tx, f: ContactFacts, slotMinutes: number) {
  return query<{ day: string; weekday: number; slot: number; n: number; handleSum: number; handled: number }>(
    tx,
    sql`select ${local}::date::text as day, extract(isodow from ${local})::int as weekday,
          ((extract(hour from ${local}) * 60 + extract(minute from ${local}))::int / ${slotMinutes}::int)::int as slot,
          count(*)::int as n, coalesce(sum(c.handle_seconds), 0)::float8 as "handleSum",
          count(c.handle_seconds)::int as handled
        from ${contacts} c where ${where({ ...f, channel: 'phone' })} group by 1, 2, 3 order by 1, 3`,
  );
}

// ---------- facts for the insights rollups ----------
// Two SELECTs insights embeds in its own INSERTs, so a rollup never travels through Node. A day
// is an Amsterdam date; a null topic is '' and a null team the nil uuid (they are key columns).

const NIL_UUID = '00000000-0000-0000-0000-000000000000';
const dayRange = (tenantId: string, from: string, to: string) => sql`c.tenant_id = ${tenantId}::uuid
  and c.occurred_at >= (${from}::date)::timestamp at time zone 'Europe/Amsterdam'
  and c.occurred_at < (${to}::date + 1)::timestamp at time zone 'Europe/Amsterdam'`;

/**
 * Per day, channel, direction, topic and team: contacts, those with a party, repeated ones and
 * ones resolved at first contact (as contactResolution defines them), and wait/handle sums.
 */
export function dayFactsQuery(tenantId: string, from: string, to: string): SQL {
  return sql`select ${tenantId}::uuid as tenant_id, ${local}::date as day, c.channel, c.direction,
      coalesce(c.topic_code, '') as topic_code, coalesce(c.team_id, ${NIL_UUID}::uuid) as team_id,
      count(*)::int as n, count(c.party_id)::int as identified,
      count(*) filter (where r.repeated)::int as repeated,
      count(*) filter (where c.topic_code is not null and not r.repeated
        and c.outcome in ('answered', 'informed'))::int as resolved,
      count(c.wait_seconds)::int as wait_n, coalesce(sum(c.wait_seconds), 0)::bigint as wait_sum,
      count(c.handle_seconds)::int as handle_n, coalesce(sum(c.handle_seconds), 0)::bigint as handle_sum
    from ${contacts} c cross join lateral (select c.direction = 'in' and c.topic_code is not null and exists (
        select 1 from ${contacts} x where x.tenant_id = c.tenant_id and x.party_id = c.party_id
          and x.direction = 'in' and x.topic_code = c.topic_code
          and x.occurred_at > c.occurred_at and x.occurred_at <= c.occurred_at + interval '7 days'
      ) as repeated) r
    where ${dayRange(tenantId, from, to)}
    group by 2, 3, 4, 5, 6`;
}

/** Per day, channel, direction and half hour (0-47): contacts and handling times. */
export function slotFactsQuery(tenantId: string, from: string, to: string): SQL {
  return sql`select ${tenantId}::uuid as tenant_id, ${local}::date as day, c.channel, c.direction,
      ((extract(hour from ${local}) * 2 + floor(extract(minute from ${local}) / 30)))::int as slot,
      count(*)::int as n, count(c.handle_seconds)::int as handle_n,
      coalesce(sum(c.handle_seconds), 0)::bigint as handle_sum
    from ${contacts} c where ${dayRange(tenantId, from, to)}
    group by 2, 3, 4, 5`;
}

/** The first day (Amsterdam) with a contact, or null: where a first full rollup starts. */
export async function firstContactDay(tx: Tx, tenantId: string): Promise<string | null> {
  const rows = await query<{ day: string | null }>(
    tx,
    sql`select (min(occurred_at) at time zone 'Europe/Amsterdam')::date::text as day from ${contacts}
        where tenant_id = ${tenantId}::uuid`,
  );
  return rows[0]?.day ?? null;
}

/**
 * Per day, channel and measure ('wait', 'handle'): how many contacts had each duration. Exact up
 * to 2 minutes, in steps of 5 seconds above (the lower bound of the step), so that a year of
 * contacts stays a few thousand rows a day and percentiles can be read from the counts.
 */
export function timeFactsQuery(tenantId: string, from: string, to: string): SQL {
  const step = (col: SQL) => sql`case when ${col} < 120 then ${col} else ${col} - ${col} % 5 end`;
  const one = (measure: string, col: SQL) => sql`select ${tenantId}::uuid as tenant_id, ${local}::date as day,
      c.channel, ${measure}::text as measure, ${step(col)} as seconds, count(*)::int as n
    from ${contacts} c where ${dayRange(tenantId, from, to)} and c.direction = 'in' and ${col} is not null
    group by 2, 3, 5`;
  return sql`${one('wait', sql`c.wait_seconds`)} union all ${one('handle', sql`c.handle_seconds`)}`;
}

/** Per day, topic and linked case (nil uuid: none): incoming contacts, for avoidable contacts. */
export function caseLinkFactsQuery(tenantId: string, from: string, to: string): SQL {
  return sql`select ${tenantId}::uuid as tenant_id, ${local}::date as day, c.topic_code,
      coalesce(c.case_id, ${NIL_UUID}::uuid) as case_id, count(*)::int as n
    from ${contacts} c where ${dayRange(tenantId, from, to)} and c.direction = 'in' and c.topic_code is not null
    group by 2, 3, 4`;
}
