// Case numbers per gemeente, kind and year: M-2026-000123. One counter row per (gemeente, prefix,
// year), bumped with an upsert in the case's own transaction: concurrent creates queue on the row
// lock, so numbers never repeat, and a rolled-back create gives its number back.
import { sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db/client.js';
import { caseCounters } from './tables.js';
import { NUMBER_PREFIX, type CaseKind } from './model.js';
import { amsterdamYear } from '../../../shared/calendar/working-days.js';

export function formatCaseNumber(prefix: string, year: number, value: number): string {
  return `${prefix}-${year}-${String(value).padStart(6, '0')}`;
}

export async function nextCaseNumber(
  tx: Tx,
  tenantId: string,
  kind: CaseKind,
  now = new Date(),
): Promise<string> {
  const prefix = NUMBER_PREFIX[kind];
  const year = amsterdamYear(now);
  const [row] = await tx
    .insert(caseCounters)
    .values({ tenantId, prefix, year, lastValue: 1 })
    .onConflictDoUpdate({
      target: [caseCounters.tenantId, caseCounters.prefix, caseCounters.year],
      set: { lastValue: sql`${caseCounters.lastValue} + 1` },
    })
    .returning({ value: caseCounters.lastValue });
  return formatCaseNumber(prefix, year, row!.value);
}
