// Read-only aggregates over cases and KTO answers for the insights module: counts per team,
// category, age and channel; case ids only where insights links contacts to the cases they ask
// about. Days are Amsterdam's; "today" is the caller's, so tests can fix it.
import { sql, type SQL } from 'drizzle-orm';
import type { Tx } from '../../platform/db/client.js';
import { rowsOf } from '../../platform/db/migrate.js';
import { caseCategories, cases, satisfactionResponses } from './tables.js';

export interface CaseFacts {
  tenantId: string;
  from: string;
  to: string;
  /** A category code; a parent code includes its children. */
  category?: string | null;
  team?: string | null;
  /** Postcode prefix (digits) of the case's location. */
  area?: string | null;
  /** Only this kind (e.g. 'melding'). */
  kind?: string | null;
}

const OPEN = sql`('gemeld', 'in_behandeling', 'on_hold')`;

function where(f: CaseFacts): SQL {
  const parts: SQL[] = [sql`k.tenant_id = ${f.tenantId}::uuid`];
  if (f.team) parts.push(sql`k.team_id = ${f.team}::uuid`);
  if (f.kind) parts.push(sql`k.kind = ${f.kind}`);
  if (f.area) parts.push(sql`k.postcode like ${`${f.area}%`}`);
  if (f.category)
    parts.push(sql`k.category_code in (select code from ${caseCategories} g
      where g.tenant_id = ${f.tenantId}::uuid and (g.code = ${f.category} or g.parent_code = ${f.category}))`);
  return sql.join(parts, sql` and `);
}

const inPeriod = (col: SQL, f: CaseFacts) =>
  sql`${col} >= (${f.from}::date)::timestamp at time zone 'Europe/Amsterdam'
      and ${col} < (${f.to}::date + 1)::timestamp at time zone 'Europe/Amsterdam'`;

async function query<T>(tx: Tx, q: SQL): Promise<T[]> {
  return rowsOf<T>(await tx.execute(q));
}

/** Open cases by team and age bucket (days since creation) on `today`, with how many are overdue. */
export function caseBacklog(tx: Tx, f: CaseFacts, today: string) {
  // The bucket bounds as instants (Amsterdam midnights), computed once: comparing created_at with
  // them spares a time zone conversion per open case, and lets the open-cases index answer alone.
  const since = (days: number) =>
    sql`((${today}::date - ${days}::int)::timestamp at time zone 'Europe/Amsterdam')`;
  return query<{ teamId: string | null; bucket: string; n: number; overdue: number }>(
    tx,
    sql`select k.team_id as "teamId", case when k.created_at >= ${since(2)} then '0-2'
          when k.created_at >= ${since(7)} then '3-7' when k.created_at >= ${since(14)} then '8-14'
          when k.created_at >= ${since(30)} then '15-30' else '31+' end as bucket,
          count(*)::int as n, count(*) filter (where k.due_date < ${today}::date)::int as overdue
        from ${cases} k where ${where(f)} and k.status in ${OPEN} group by 1, 2 order by 1, 2`,
  );
}

/** Per category: cases closed in the period and on time; open now and overdue now. */
export function dueCompliance(tx: Tx, f: CaseFacts, today: string) {
  // Two parts, each answered by its own index (open cases; cases by closing time), then added up:
  // one query with "open or closed in the period" would read the cases themselves.
  return query<{ categoryCode: string; closed: number; onTime: number; open: number; openOverdue: number }>(
    tx,
    sql`select u.category_code as "categoryCode", sum(u.closed)::int as closed, sum(u.on_time)::int as "onTime",
          sum(u.open)::int as open, sum(u.open_overdue)::int as "openOverdue"
        from (
          select k.category_code, 0 as closed, 0 as on_time, count(*) as open,
            count(*) filter (where k.due_date < ${today}::date) as open_overdue
          from ${cases} k where ${where(f)} and k.status in ${OPEN} group by 1
          union all
          select k.category_code, count(*), count(*) filter (
              where (k.closed_at at time zone 'Europe/Amsterdam')::date <= k.due_date), 0, 0
          from ${cases} k where ${where(f)} and ${inPeriod(sql`k.closed_at`, f)} group by 1
        ) u group by 1 order by 1`,
  );
}

/** KTO answers in the period by the case's source channel and by its category. */
export function satisfactionFacts(tx: Tx, f: CaseFacts) {
  // The answers of the period first (their own index), then each one's case by primary key: the
  // planner would otherwise hash all of the gemeente's cases.
  const by = (dimension: string, col: SQL) => sql`
    select ${dimension}::text as dimension, ${col} as key, count(*)::int as n, avg(a.score)::float8 as mean,
      count(*) filter (where a.score >= 4)::int as satisfied
    from answers a group by ${col}`;
  return query<{ dimension: string; key: string; n: number; mean: number; satisfied: number }>(
    tx,
    sql`with answers as materialized (
          select k.source_channel, k.category_code, s.score from ${satisfactionResponses} s
          cross join lateral (select * from ${cases} k where k.tenant_id = s.tenant_id and k.id = s.case_id) k
          where s.tenant_id = ${f.tenantId}::uuid and ${inPeriod(sql`s.created_at`, f)} and ${where(f)}
        )
        ${by('channel', sql`a.source_channel`)} union all ${by('category', sql`a.category_code`)} order by 1, 2`,
  );
}

/** Meldingen closed per week of closure, and how many on or before their due date. */
export function meldingenDueByWeek(tx: Tx, f: CaseFacts) {
  return query<{ week: string; n: number; onTime: number }>(
    tx,
    sql`select date_trunc('week', k.closed_at at time zone 'Europe/Amsterdam')::date::text as week,
          count(*)::int as n,
          count(*) filter (where (k.closed_at at time zone 'Europe/Amsterdam')::date <= k.due_date)::int as "onTime"
        from ${cases} k where ${where({ ...f, kind: 'melding' })} and k.closed_at is not null
          and ${inPeriod(sql`k.closed_at`, f)} group by 1 order by 1`,
  );
}

/** Category of each of the given cases (ids of another gemeente simply do not come back). */
export async function categoriesOfCases(tx: Tx, tenantId: string, ids: string[]) {
  if (!ids.length) return [];
  return query<{ id: string; categoryCode: string }>(
    tx,
    sql`select id, category_code as "categoryCode" from ${cases}
        where tenant_id = ${tenantId}::uuid and id = any(${`{${ids.join(',')}}`}::uuid[])`,
  );
}

export function categoryNames(tx: Tx, tenantId: string) {
  return query<{ code: string; nameNl: string }>(
    tx,
    sql`select code, name_nl as "nameNl" from ${caseCategories} where tenant_id = ${tenantId}::uuid`,
  );
}

/**
 * KTO answers in the period per score (1–5) for cases in any of `categories` (a code includes
 * all its descendants), for the journeys module's measured heartbeats: with the distribution it
 * can give a mean with its interval, not only the mean. Counts only; never a case or a comment.
 */
export function satisfactionScores(
  tx: Tx,
  f: { tenantId: string; from: string; to: string; categories: string[] },
) {
  if (!f.categories.length) return Promise.resolve([]);
  const codes = `{${f.categories.map((c) => `"${c.replace(/["\\]/g, '')}"`).join(',')}}`;
  return query<{ score: number; n: number }>(
    tx,
    sql`with recursive tree(code) as (
          select code from ${caseCategories} where tenant_id = ${f.tenantId}::uuid and code = any(${codes}::text[])
          union select g.code from ${caseCategories} g join tree on g.parent_code = tree.code
            where g.tenant_id = ${f.tenantId}::uuid
        )
        select s.score::int as score, count(*)::int as n from ${satisfactionResponses} s
        join ${cases} k on k.tenant_id = s.tenant_id and k.id = s.case_id
        where s.tenant_id = ${f.tenantId}::uuid and ${inPeriod(sql`s.created_at`, f as CaseFacts)}
          and k.category_code in (select code from tree)
        group by 1 order by 1`,
  );
}
