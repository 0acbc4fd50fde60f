// The case event log for process mining: case, activity, timestamp, team, channel — nothing about
// the resident or the staff member. As JSON pages, and as XES 1.0 streamed trace by trace.
import { and, asc, eq, gte, lt, sql, type SQL } from 'drizzle-orm';
import type { Tx } from '../../platform/db/client.js';
import { teams } from '../../platform/accounts/tables.js';
import { caseEvents, cases } from './tables.js';
import { currentTenant } from './case-store.js';

export interface EventLogEntry {
  caseId: string;
  caseNumber: string;
  seq: number;
  activity: string;
  timestamp: string;
  team: string | null;
  channel: string | null;
}

export interface EventRange {
  from?: string | Date;
  to?: string | Date;
}

function conditions(tenantId: string, range: EventRange): SQL[] {
  const where: SQL[] = [eq(caseEvents.tenantId, tenantId)];
  if (range.from) where.push(gte(caseEvents.occurredAt, new Date(range.from)));
  if (range.to) where.push(lt(caseEvents.occurredAt, new Date(range.to)));
  return where;
}

const columns = {
  caseId: caseEvents.caseId,
  caseNumber: cases.number,
  seq: caseEvents.seq,
  activity: caseEvents.activity,
  occurredAt: caseEvents.occurredAt,
  team: teams.name,
  channel: caseEvents.channel,
};

type Raw = {
  caseId: string;
  caseNumber: string;
  seq: number;
  activity: string;
  occurredAt: Date;
  team: string | null;
  channel: string | null;
};

const entry = (r: Raw): EventLogEntry => ({
  caseId: r.caseId,
  caseNumber: r.caseNumber,
  seq: r.seq,
  activity: r.activity,
  timestamp: r.occurredAt.toISOString(),
  team: r.team,
  channel: r.channel,
});

function baseQuery(tx: Tx) {
  return tx
    .select(columns)
    .from(caseEvents)
    .innerJoin(cases, and(eq(cases.tenantId, caseEvents.tenantId), eq(cases.id, caseEvents.caseId)))
    .leftJoin(teams, and(eq(teams.tenantId, caseEvents.tenantId), eq(teams.id, caseEvents.teamId)));
}

/** The whole log in a range, ordered by case and step: for the mining module. */
export async function readCaseEventLog(tx: Tx, range: EventRange = {}): Promise<EventLogEntry[]> {
  const tenantId = await currentTenant(tx);
  const rows = await baseQuery(tx)
    .where(and(...conditions(tenantId, range)))
    .orderBy(asc(caseEvents.caseId), asc(caseEvents.seq));
  return rows.map(entry);
}

/** One page, in time order. */
export async function caseEventPage(
  tx: Tx,
  tenantId: string,
  q: EventRange & { page: number; pageSize: number },
) {
  const cond = and(...conditions(tenantId, q));
  const rows = await baseQuery(tx)
    .where(cond)
    .orderBy(asc(caseEvents.occurredAt), asc(caseEvents.caseId), asc(caseEvents.seq))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  const [count] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(caseEvents)
    .where(cond);
  return { items: rows.map(entry), page: q.page, pageSize: q.pageSize, total: count?.n ?? 0 };
}

/**
 * One batch after a (caseId, seq) position, ordered by case then step, so that the events of a
 * case arrive together (a trace) and memory stays flat however long the log is.
 */
export async function caseEventBatch(
  tx: Tx,
  tenantId: string,
  range: EventRange,
  after: { caseId: string; seq: number } | null,
  size: number,
): Promise<EventLogEntry[]> {
  const where = conditions(tenantId, range);
  if (after)
    where.push(sql`(${caseEvents.caseId}, ${caseEvents.seq}) > (${after.caseId}::uuid, ${after.seq})`);
  const rows = await baseQuery(tx)
    .where(and(...where))
    .orderBy(asc(caseEvents.caseId), asc(caseEvents.seq))
    .limit(size);
  return rows.map(entry);
}

const XML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};
// Characters XML 1.0 does not allow at all are dropped rather than escaped.
// eslint-disable-next-line no-control-regex
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
export const xmlEscape = (s: string) =>
  s.replace(INVALID_XML, '').replace(/[&<>"']/g, (c) => XML_ESCAPES[c]!);

const str = (key: string, value: string | null) =>
  value === null ? '' : `<string key="${key}" value="${xmlEscape(value)}"/>`;

export const XES_HEADER =
  '<?xml version="1.0" encoding="UTF-8"?>\n' +
  '<log xes.version="1.0" xes.features="" xmlns="http://www.xes-standard.org/">\n' +
  '<extension name="Concept" prefix="concept" uri="http://www.xes-standard.org/concept.xesext"/>\n' +
  '<extension name="Time" prefix="time" uri="http://www.xes-standard.org/time.xesext"/>\n' +
  '<extension name="Organizational" prefix="org" uri="http://www.xes-standard.org/org.xesext"/>\n' +
  '<global scope="trace"><string key="concept:name" value="UNKNOWN"/></global>\n' +
  '<global scope="event"><string key="concept:name" value="UNKNOWN"/><date key="time:timestamp" value="1970-01-01T00:00:00.000Z"/></global>\n' +
  '<classifier name="Activity" keys="concept:name"/>\n' +
  '<string key="concept:name" value="Buitenbinnen case event log"/>\n';

export const xesEvent = (e: EventLogEntry) =>
  '<event>' +
  str('concept:name', e.activity) +
  `<date key="time:timestamp" value="${e.timestamp}"/>` +
  str('org:group', e.team) +
  str('channel', e.channel) +
  '</event>';

/**
 * The log as XES text chunks. fetch(after) reads the next batch (each in its own short
 * transaction, so a slow client never holds one open).
 */
export async function* xesChunks(
  fetch: (after: { caseId: string; seq: number } | null) => Promise<EventLogEntry[]>,
): AsyncGenerator<string> {
  yield XES_HEADER;
  let after: { caseId: string; seq: number } | null = null;
  let open: string | null = null;
  for (;;) {
    const batch = await fetch(after);
    if (batch.length === 0) break;
    let out = '';
    for (const e of batch) {
      if (e.caseId !== open) {
        if (open !== null) out += '</trace>\n';
        out += `<trace>${str('concept:name', e.caseNumber)}\n`;
        open = e.caseId;
      }
      out += xesEvent(e) + '\n';
    }
    const last = batch[batch.length - 1]!;
    after = { caseId: last.caseId, seq: last.seq };
    yield out;
  }
  if (open !== null) yield '</trace>\n';
  yield '</log>\n';
}
