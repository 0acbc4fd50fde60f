// The gemeente's own copy of the catalogues (channels, groups, phases, motives, expectations).
import { asc, eq } from 'drizzle-orm';
import type { Tx } from '../../platform/db/client.js';
import { adviceChannels, advicePhases, adviceReasons, adviceSegments } from './tables.js';

export type ChannelRow = typeof adviceChannels.$inferSelect;
export type SegmentRow = typeof adviceSegments.$inferSelect;
export type PhaseRow = typeof advicePhases.$inferSelect;
export type ReasonRow = typeof adviceReasons.$inferSelect;

export interface Catalogue {
  channels: ChannelRow[];
  segments: SegmentRow[];
  phases: PhaseRow[];
  motives: ReasonRow[];
  expectations: ReasonRow[];
}

export type CatalogueInput = {
  channels: Omit<ChannelRow, 'tenantId'>[];
  segments: Omit<SegmentRow, 'tenantId'>[];
  phases: Omit<PhaseRow, 'tenantId'>[];
  reasons: Omit<ReasonRow, 'tenantId'>[];
};

export async function loadCatalogue(tx: Tx, tenantId: string): Promise<Catalogue> {
  // One after the other: a transaction is one connection, which runs one query at a time (pg 8
  // queues a second one with a deprecation warning, pg 9 refuses it).
  const channels = await tx
    .select()
    .from(adviceChannels)
    .where(eq(adviceChannels.tenantId, tenantId))
    .orderBy(asc(adviceChannels.sort), asc(adviceChannels.code));
  const segments = await tx
    .select()
    .from(adviceSegments)
    .where(eq(adviceSegments.tenantId, tenantId))
    .orderBy(asc(adviceSegments.scheme), asc(adviceSegments.sort), asc(adviceSegments.code));
  const phases = await tx
    .select()
    .from(advicePhases)
    .where(eq(advicePhases.tenantId, tenantId))
    .orderBy(asc(advicePhases.context), asc(advicePhases.phase));
  const reasons = await tx
    .select()
    .from(adviceReasons)
    .where(eq(adviceReasons.tenantId, tenantId))
    .orderBy(asc(adviceReasons.kind), asc(adviceReasons.code));
  return {
    channels,
    segments,
    phases,
    motives: reasons.filter((r) => r.kind === 'motive'),
    expectations: reasons.filter((r) => r.kind === 'expectation'),
  };
}

/** Seeds the default catalogue; existing codes are left as the beheerder made them. */
export async function seedCatalogue(tx: Tx, tenantId: string, input: CatalogueInput): Promise<void> {
  if (input.channels.length)
    await tx
      .insert(adviceChannels)
      .values(input.channels.map((c) => ({ ...c, tenantId })))
      .onConflictDoNothing();
  if (input.segments.length)
    await tx
      .insert(adviceSegments)
      .values(input.segments.map((s) => ({ ...s, tenantId })))
      .onConflictDoNothing();
  if (input.phases.length)
    await tx
      .insert(advicePhases)
      .values(input.phases.map((p) => ({ ...p, tenantId })))
      .onConflictDoNothing();
  if (input.reasons.length)
    await tx
      .insert(adviceReasons)
      .values(input.reasons.map((r) => ({ ...r, tenantId })))
      .onConflictDoNothing();
}
