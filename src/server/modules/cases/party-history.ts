// The case side of the KCC's resident history: a resident's cases and tasks, newest first. The
// contacts module reads the whole history in one statement (one round trip instead of one per
// table), so this module hands it the SQL that reads its own tables and the mapping of the answer.
import { sql, type SQL } from 'drizzle-orm';
import type { Tx } from '../../platform/db/client.js';
import { rowsOf } from '../../platform/db/migrate.js';
import { parseJson, rowFromJson, rowJson } from '../../platform/db/row-json.js';
import { amsterdamDate } from '../../../shared/calendar/working-days.js';
import { currentTenant, isOverdue } from './case-store.js';
import { caseCategories, cases, tasks } from './tables.js';

/** At most this many cases and this many tasks; the history is a screen, not an export. */
const HISTORY_LIMIT = 200;

export interface CaseSummary {
  id: string;
  number: string;
  kind: string;
  status: string;
  title: string;
  categoryName: string | null;
  teamId: string | null;
  dueDate: string;
  overdue: boolean;
  createdAt: string;
}

export interface TaskSummary {
  id: string;
  kind: string;
  status: string;
  description: string;
  caseId: string | null;
  dueAt: string;
  overdue: boolean;
}

export interface PartyCaseHistory {
  cases: CaseSummary[];
  tasks: TaskSummary[];
}

const CASE_KEYS = ['id', 'number', 'kind', 'status', 'title', 'teamId', 'dueDate', 'createdAt'] as const;
const TASK_KEYS = ['id', 'kind', 'status', 'description', 'caseId', 'dueAt'] as const;

/**
 * One JSON value `{"cases": [{"row": …, "categoryName": …}], "tasks": [row, …]}` with the party's
 * cases (each with its category's name) and tasks, for caseHistoryFromJson.
 */
export function caseHistorySql(tenantId: string, partyId: string): SQL {
  return sql`json_build_object(
    'cases', coalesce((select json_agg(x.j order by x.created_at desc) from (
      select json_build_object('row', ${rowJson(cases, 'c', CASE_KEYS)}, 'categoryName', k.name_nl) as j,
        c.created_at
      from ${cases} c
      left join ${caseCategories} k on k.tenant_id = c.tenant_id and k.code = c.category_code
      where c.tenant_id = ${tenantId}::uuid and c.party_id = ${partyId}::uuid
      order by c.created_at desc limit ${HISTORY_LIMIT}) x), '[]'::json),
    'tasks', coalesce((select json_agg(x.j order by x.created_at desc) from (
      select ${rowJson(tasks, 't', TASK_KEYS)} as j, t.created_at
      from ${tasks} t
      where t.tenant_id = ${tenantId}::uuid and t.party_id = ${partyId}::uuid
      order by t.created_at desc limit ${HISTORY_LIMIT}) x), '[]'::json))`;
}

export interface CaseHistoryJson {
  cases: { row: Record<string, unknown>; categoryName: string | null }[];
  tasks: Record<string, unknown>[];
}

/** The summaries the history shows, from caseHistorySql's value; `overdue` as of `now`. */
export function caseHistoryFromJson(json: CaseHistoryJson, now = new Date()): PartyCaseHistory {
  const today = amsterdamDate(now);
  return {
    cases: json.cases.map(({ row, categoryName }): CaseSummary => {
      const c = rowFromJson(cases, row, CASE_KEYS);
      return {
        id: c.id,
        number: c.number,
        kind: c.kind,
        status: c.status,
        title: c.title,
        categoryName,
        teamId: c.teamId,
        dueDate: c.dueDate,
        overdue: isOverdue(c.dueDate, c.status, now),
        createdAt: c.createdAt.toISOString(),
      };
    }),
    tasks: json.tasks.map((row): TaskSummary => {
      const t = rowFromJson(tasks, row, TASK_KEYS);
      return {
        id: t.id,
        kind: t.kind,
        status: t.status,
        description: t.description,
        caseId: t.caseId,
        dueAt: t.dueAt.toISOString(),
        overdue: t.status === 'open' && amsterdamDate(t.dueAt) < today,
      };
    }),
  };
}

/** The history on its own (the contacts module folds caseHistorySql into its own statement). */
export async function historyForParty(
  tx: Tx,
  partyId: string,
  opts: { tenantId?: string; now?: Date } = {},
): Promise<PartyCaseHistory> {
  const tenantId = opts.tenantId ?? (await currentTenant(tx));
  const result = await tx.execute(sql`select ${caseHistorySql(tenantId, partyId)} as history`);
  return caseHistoryFromJson(
    parseJson<CaseHistoryJson>(rowsOf<{ history: unknown }>(result)[0]!.history),
    opts.now,
  );
}
