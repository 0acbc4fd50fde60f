// Historical contacts from another system, as CSV: every row checked against the same rules as a
// registration (channel, direction, topic, outcome, times), a BSN linking to an existing party;
// one error rejects the file, and the rows are written in batches within one transaction.
import { and, eq, inArray } from 'drizzle-orm';
import type { Tx } from '../../platform/db/client.js';
import { recordAudit, recordProcessing, type ActionContext } from '../../platform/audit/service.js';
import { normaliseBsn } from '../../../shared/identifiers.js';
import { CONTACT_CHANNELS, CONTACT_OUTCOMES, contacts, contactTopics, partyIdentifiers } from './tables.js';
import { CONTACT_ACTIVITY, contactRuleErrors } from './contacts.js';
import { PARTY_SUBJECT } from './party-store.js';
import { IssueList, readCsv } from './csv.js';
import { SUMMARY_MAX } from './schemas.js';
import { markChangedContacts } from './changed-days.js';

export const MAX_CONTACT_IMPORT_ROWS = 50_000;
export const MAX_CONTACT_IMPORT_BYTES = 20 * 1024 * 1024;
const COLUMNS = {
  required: ['occurred_at', 'channel', 'direction', 'summary', 'outcome'],
  optional: ['topic_code', 'wait_seconds', 'handle_seconds', 'party_bsn'],
} as const;
const CHANNELS: ReadonlySet<string> = new Set(CONTACT_CHANNELS);
const OUTCOMES: ReadonlySet<string> = new Set(CONTACT_OUTCOMES);
// ISO 8601 with a date and a time; a zone is required so that an import never shifts by an hour.
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$/;

type NewRow = typeof contacts.$inferInsert;

export async function importContacts(tx: Tx, ctx: ActionContext, text: string, now = Date.now()) {
  const startedAt = new Date();
  const rows = readCsv(text, COLUMNS, MAX_CONTACT_IMPORT_ROWS);
  const topics = new Map(
    (
      await tx
        .select({ code: contactTopics.code, active: contactTopics.active })
        .from(contactTopics)
        .where(eq(contactTopics.tenantId, ctx.tenantId))
    ).map((t) => [t.code, t.active]),
  );
  const issues = new IssueList();
  const seconds = (line: number, column: string, value: string): number | null => {
    if (value === '') return null;
    if (!/^\d{1,7}$/.test(value)) {
      issues.add(line, column, `'${value}' is geen geheel aantal seconden (0 of meer)`);
      return null;
    }
    return Number(value);
  };
  const parsed: { line: number; bsn: string | null; row: NewRow }[] = [];
  for (const r of rows) {
    const { line } = r;
    const occurredText = r.get('occurred_at');
    const channel = r.get('channel').toLowerCase();
    const direction = r.get('direction').toLowerCase();
    const topicCode = r.get('topic_code') || null;
    const summary = r.get('summary');
    const outcome = r.get('outcome').toLowerCase();
    const bsnText = r.get('party_bsn');
    let occurredAt: Date | null = null;
    if (!TIMESTAMP.test(occurredText) || Number.isNaN(Date.parse(occurredText.replace(' ', 'T'))))
      issues.add(line, 'occurred_at', `'${occurredText}' is geen tijdstip als 2025-03-01T09:30:00+01:00`);
    else occurredAt = new Date(occurredText.replace(' ', 'T'));
    if (!CHANNELS.has(channel))
      issues.add(line, 'channel', `onbekend kanaal '${channel}'; toegestaan: ${CONTACT_CHANNELS.join(', ')}`);
    if (direction !== 'in' && direction !== 'out')
      issues.add(line, 'direction', `richting '${direction}' is niet 'in' of 'out'`);
    if (!OUTCOMES.has(outcome))
      issues.add(
        line,
        'outcome',
        `onbekende uitkomst '${outcome}'; toegestaan: ${CONTACT_OUTCOMES.join(', ')}`,
      );
    if (topicCode !== null && !topics.has(topicCode))
      issues.add(line, 'topic_code', `onderwerp '${topicCode}' bestaat niet`);
    if (summary.length > SUMMARY_MAX)
      issues.add(line, 'summary', `samenvatting is langer dan ${SUMMARY_MAX} tekens`);
    const waitSeconds = seconds(line, 'wait_seconds', r.get('wait_seconds'));
    const handleSeconds = seconds(line, 'handle_seconds', r.get('handle_seconds'));
    if (CHANNELS.has(channel))
      for (const e of contactRuleErrors({ channel, waitSeconds, ...(occurredAt ? { occurredAt } : {}) }, now))
        issues.add(line, e.pointer === '/waitSeconds' ? 'wait_seconds' : 'occurred_at', e.detail);
    let bsn: string | null = null;
    if (bsnText !== '') {
      bsn = normaliseBsn(bsnText) ?? null;
      if (!bsn) issues.add(line, 'party_bsn', 'is geen geldig BSN (elfproef)');
    }
    parsed.push({
      line,
      bsn,
      row: {
        tenantId: ctx.tenantId,
        channel,
        direction,
        topicCode,
        summary,
        outcome,
        waitSeconds,
        handleSeconds,
        occurredAt: occurredAt ?? new Date(0),
        registeredBy: ctx.actor?.id ?? null,
        source: 'import',
      },
    });
  }
  // Parties by BSN in bulk: one query per thousand distinct numbers, not one per row.
  const bsns = [...new Set(parsed.map((p) => p.bsn).filter((b): b is string => b !== null))];
  const partyOf = new Map<string, string>();
  for (let i = 0; i < bsns.length; i += 1000) {
    const found = await tx
      .select({ value: partyIdentifiers.value, partyId: partyIdentifiers.partyId })
      .from(partyIdentifiers)
      .where(
        and(
          eq(partyIdentifiers.tenantId, ctx.tenantId),
          eq(partyIdentifiers.type, 'bsn'),
          inArray(partyIdentifiers.value, bsns.slice(i, i + 1000)),
        ),
      );
    for (const f of found) partyOf.set(f.value, f.partyId);
  }
  for (const p of parsed) {
    if (p.bsn === null) continue;
    const partyId = partyOf.get(p.bsn);
    if (partyId) p.row.partyId = partyId;
    else
      issues.add(
        p.line,
        'party_bsn',
        'er is in deze gemeente geen partij met dit BSN; leg de partij eerst vast',
      );
  }
  issues.throwIfAny();
  const ids: string[] = [];
  for (let i = 0; i < parsed.length; i += 1000) {
    const batch = parsed.slice(i, i + 1000).map((p) => p.row);
    for (const r of await tx.insert(contacts).values(batch).returning({ id: contacts.id })) ids.push(r.id);
  }
  // History changes days the dashboards consider settled: mark them in this same transaction.
  await markChangedContacts(tx, ctx.tenantId, ids);
  await recordAudit(tx, ctx, {
    action: 'contact.import',
    objectType: 'contact',
    objectId: `${parsed.length}`,
  });
  await recordProcessing(tx, ctx, {
    activity: CONTACT_ACTIVITY,
    action: 'create',
    subjectType: PARTY_SUBJECT,
    subjectIds: [...partyOf.values()],
    startedAt,
  });
  return { imported: parsed.length };
}
