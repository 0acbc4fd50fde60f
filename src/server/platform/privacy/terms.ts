// Retention terms per record type. The defaults are a starting point, not advice: each gemeente
// must set its own terms from its selectielijst (Selectielijst gemeenten en intergemeentelijke
// organen) and its register of processing activities. See docs/forms-and-privacy.md.
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Tx } from '../db/client.js';
import { recordAudit, type ActionContext } from '../audit/service.js';
import { problems } from '../http/problem.js';
import { retentionTerms } from './tables.js';
import { RECORD_TYPES, type RecordType, type RetentionAction } from './types.js';

export interface RetentionTermDefault {
  months: number;
  action: RetentionAction;
  /** When the term starts, shown to the beheerder. */
  fromNl: string;
}

export const DEFAULT_TERMS: Record<RecordType, RetentionTermDefault> = {
  // Contact registrations: two years is enough to see a resident's recent history; anonymising
  // keeps channel and topic counts for the dashboards.
  contacts: { months: 24, action: 'anonymise', fromNl: 'datum van het contact' },
  // Meldingen openbare ruimte: 5 years in the selectielijst; anonymised rather than deleted so the
  // event log (no personal data) stays for process mining.
  cases: { months: 60, action: 'anonymise', fromNl: 'datum van sluiten' },
  tasks: { months: 24, action: 'delete', fromNl: 'datum van afronden' },
  // A resident without any activity (and no open melding) for two years is no longer known.
  parties: { months: 24, action: 'anonymise', fromNl: 'laatste activiteit' },
  // The score stays for the KTO figures; the free-text comment goes.
  satisfaction_responses: { months: 24, action: 'anonymise', fromNl: 'datum van het antwoord' },
  // Sent messages hold names and addresses and are of no use after a year.
  outbox_messages: { months: 12, action: 'delete', fromNl: 'datum van verzenden' },
  // Imported event logs (procesmining) may name staff in org:resource. The term is the default for
  // a new import, which may choose its own; it counts from the import.
  mining_logs: {
    months: 12,
    action: 'delete',
    fromNl: 'datum van inlezen (of de termijn gekozen bij het inlezen)',
  },
};

export interface RetentionTerm {
  recordType: RecordType;
  months: number;
  action: RetentionAction;
  fromNl: string;
  version: number;
  updatedAt: string;
}

function view(row: typeof retentionTerms.$inferSelect): RetentionTerm {
  const type = row.recordType as RecordType;
  return {
    recordType: type,
    months: row.months,
    action: row.action as RetentionAction,
    fromNl: DEFAULT_TERMS[type]?.fromNl ?? '',
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** Adds the default term for each record type that has none; never changes a gemeente's choice. */
export async function seedRetentionTerms(tx: Tx, tenantId: string): Promise<void> {
  await tx
    .insert(retentionTerms)
    .values(RECORD_TYPES.map((recordType) => ({ tenantId, recordType, ...pick(DEFAULT_TERMS[recordType]) })))
    .onConflictDoNothing();
}

function pick(d: RetentionTermDefault) {
  return { months: d.months, action: d.action };
}

/** The gemeente's term for one record type, or its default when none is stored yet. */
export async function termMonths(tx: Tx, tenantId: string, recordType: RecordType): Promise<number> {
  const [row] = await tx
    .select({ months: retentionTerms.months })
    .from(retentionTerms)
    .where(and(eq(retentionTerms.tenantId, tenantId), eq(retentionTerms.recordType, recordType)));
  return row?.months ?? DEFAULT_TERMS[recordType].months;
}

export async function listTerms(tx: Tx, tenantId: string): Promise<RetentionTerm[]> {
  const rows = await tx
    .select()
    .from(retentionTerms)
    .where(eq(retentionTerms.tenantId, tenantId))
    .orderBy(asc(retentionTerms.recordType));
  return rows.filter((r) => (RECORD_TYPES as readonly string[]).includes(r.recordType)).map(view);
}

function isRecordType(value: string): value is RecordType {
  return (RECORD_TYPES as readonly string[]).includes(value);
}

export async function getTerm(tx: Tx, tenantId: string, recordType: string): Promise<RetentionTerm> {
  if (!isRecordType(recordType)) throw problems.notFound('De bewaartermijn voor dit soort gegevens');
  const [row] = await tx
    .select()
    .from(retentionTerms)
    .where(and(eq(retentionTerms.tenantId, tenantId), eq(retentionTerms.recordType, recordType)));
  if (!row) throw problems.notFound('De bewaartermijn voor dit soort gegevens');
  return view(row);
}

export async function updateTerm(
  tx: Tx,
  ctx: ActionContext,
  recordType: string,
  expected: number,
  input: { months: number; action: RetentionAction },
): Promise<RetentionTerm> {
  await getTerm(tx, ctx.tenantId, recordType);
  const match = and(eq(retentionTerms.tenantId, ctx.tenantId), eq(retentionTerms.recordType, recordType));
  const [row] = await tx
    .update(retentionTerms)
    .set({
      months: input.months,
      action: input.action,
      version: sql`${retentionTerms.version} + 1`,
      updatedAt: new Date(),
    })
    .where(and(match, eq(retentionTerms.version, expected)))
    .returning();
  // It exists (getTerm said so), so no row means someone else changed it in between.
  if (!row) throw problems.preconditionFailed();
  await recordAudit(tx, ctx, {
    action: 'privacy.retention-term.update',
    objectType: 'retention-term',
    objectId: recordType,
  });
  return view(row);
}
