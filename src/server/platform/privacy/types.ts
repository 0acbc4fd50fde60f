// The contracts between the privacy kernel and the modules that hold personal data. A module
// contributes sources (in its own folder, retention.ts); the composition root registers them, so
// the kernel never reaches into a module's tables and a module never runs its own schedule.
import type { Tx } from '../db/client.js';

export const RECORD_TYPES = [
  'contacts',
  'cases',
  'tasks',
  'parties',
  'satisfaction_responses',
  'outbox_messages',
  'mining_logs',
] as const;
export type RecordType = (typeof RECORD_TYPES)[number];

export const RETENTION_ACTIONS = ['delete', 'anonymise'] as const;
export type RetentionAction = (typeof RETENTION_ACTIONS)[number];

/** What a run counts per record type; numbers only, never which record or whose. */
export interface RetentionCounts {
  deleted: number;
  anonymised: number;
  held: number;
  /**
   * Set by a source that works in batches when there may be more to do: the runner calls it again,
   * in a new transaction, with this as ctx.cursor. Absent: the source is done for this run.
   */
  next?: string;
}

/** Records under a legal hold, gathered from every source before any source applies its term. */
export interface LegalHolds {
  parties: ReadonlySet<string>;
  cases: ReadonlySet<string>;
}

export interface RetentionContext {
  tenantId: string;
  /** Records whose term started before this moment are past their term. */
  cutoff: Date;
  action: RetentionAction;
  now: Date;
  holds: LegalHolds;
  /** At most this many records per call: each call is one transaction of its own. */
  batchSize: number;
  /**
   * Where this call goes on: the `next` of the previous call of this source in this run, undefined
   * for the first. A batching source counts `held` in its first call only (or per disjoint slice),
   * since the runner adds up the counts of all calls.
   */
  cursor: string | undefined;
  /**
   * Which of these parties still have something going on anywhere (an open case, a record newer
   * than `since`): asked of every source, so the parties source can leave them alone.
   */
  activeParties(partyIds: string[], since: Date): Promise<Set<string>>;
}

export interface RetentionSource {
  recordType: RecordType;
  apply(tx: Tx, ctx: RetentionContext): Promise<RetentionCounts>;
}

/** Optional contributions a module makes to the whole run, not to one record type. */
export interface RetentionHelper {
  /**
   * Ids under a legal hold in this module's tables (rare, so small). Helpers are asked in
   * registration order and see what earlier ones found, so that e.g. the cases of a held party
   * are held too.
   */
  holds?(tx: Tx, tenantId: string, found: LegalHolds): Promise<{ parties?: string[]; cases?: string[] }>;
  /** Parties among `partyIds` with an open record, or a record newer than `since`, here. */
  activeParties?(tx: Tx, tenantId: string, partyIds: string[], since: Date): Promise<string[]>;
}

/**
 * Shared while one access export is put together: a source adds what it learnt (the resident's
 * addresses, their case ids) so that later sources can find what is addressed to them.
 */
export interface ExportScope {
  tenantId: string;
  partyId: string;
  addresses: Set<string>;
  caseIds: Set<string>;
}

export interface AccessExportSource {
  /** The key of this part in the export document. */
  name: string;
  /** The source that knows whether the subject exists; null from it means 404. */
  identifiesSubject?: boolean;
  collect(tx: Tx, scope: ExportScope): Promise<unknown>;
}

/** Sets a party's legal hold; undefined when the party is not there (another gemeente: 404). */
export type LegalHoldSetter = (
  tx: Tx,
  tenantId: string,
  partyId: string,
  legalHold: boolean,
  expectedVersion: number,
) => Promise<{ legalHold: boolean; version: number } | undefined | 'stale'>;
