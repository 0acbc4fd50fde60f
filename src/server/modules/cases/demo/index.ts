// Demo content of the cases module: the meldingen (with their event sequences) and callback
// tasks of the demo world (src/server/demo/klantcontact/) whose contacts the contacts demo seed
// inserted. Run after it.
import { and, eq, sql } from 'drizzle-orm';
import type { Tx } from '../../../platform/db/client.js';
import { bulkInsert } from '../../../demo/klantcontact/bulk.js';
import { demoWorldFor, type DemoOptions } from '../../../demo/klantcontact/world-for.js';
import { caseCounters, cases } from '../tables.js';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** Seeds once per gemeente: a gemeente that already has the demo's first melding is left alone. */
export async function seedCasesDemo(
  tx: Tx,
  tenantId: string,
  slug: string,
  opts: DemoOptions,
): Promise<void> {
  const world = await demoWorldFor(tx, tenantId, slug, opts);
  if (!world.cases.length) return;
  const [existing] = await tx
    .select({ id: cases.id })
    .from(cases)
    .where(and(eq(cases.tenantId, tenantId), eq(cases.id, world.cases[0]!.id)));
  if (existing) return;
  await bulkInsert(
    tx,
    'cases',
    tenantId,
    {
      id: 'uuid',
      number: 'text',
      kind: 'text',
      category_code: 'text',
      status: 'text',
      hold_reason: 'text',
      party_id: 'uuid',
      team_id: 'uuid',
      assignee_id: 'uuid',
      title: 'text',
      description: 'text',
      postcode: 'text',
      house_number: 'int',
      source_channel: 'text',
      feedback_channel: 'text',
      feedback_address: 'text',
      due_date: 'date',
      closed_at: 'timestamptz',
      created_at: 'timestamptz',
      updated_at: 'timestamptz',
    },
    world.cases.map((c) => ({
      id: c.id,
      number: c.number,
      kind: c.kind,
      category_code: c.categoryCode,
      status: c.status,
      hold_reason: c.holdReason,
      party_id: c.partyId,
      team_id: c.teamId,
      assignee_id: c.assigneeId,
      title: c.title,
      description: c.description,
      postcode: c.postcode,
      house_number: c.houseNumber,
      source_channel: c.sourceChannel,
      feedback_channel: c.feedbackChannel === 'none' ? null : c.feedbackChannel,
      feedback_address: c.feedbackAddress,
      due_date: c.dueDate,
      closed_at: iso(c.closedAt),
      created_at: iso(c.createdAt),
      updated_at: iso(c.updatedAt),
    })),
  );
  await bulkInsert(
    tx,
    'case_events',
    tenantId,
    {
      case_id: 'uuid',
      seq: 'int',
      activity: 'text',
      occurred_at: 'timestamptz',
      team_id: 'uuid',
      channel: 'text',
      actor_id: 'uuid',
      status_from: 'text',
      status_to: 'text',
      note: 'text',
    },
    world.cases.flatMap((c) =>
      c.events.map((e) => ({
        case_id: c.id,
        seq: e.seq,
        activity: e.activity,
        occurred_at: iso(e.occurredAt),
        team_id: e.teamId,
        channel: e.channel,
        actor_id: e.actorId,
        status_from: e.statusFrom,
        status_to: e.statusTo,
        note: e.note,
      })),
    ),
  );
  await bulkInsert(
    tx,
    'tasks',
    tenantId,
    {
      id: 'uuid',
      kind: 'text',
      status: 'text',
      party_id: 'uuid',
      contact_id: 'uuid',
      team_id: 'uuid',
      assignee_id: 'uuid',
      description: 'text',
      callback_phone: 'text',
      due_at: 'timestamptz',
      completed_at: 'timestamptz',
      result: 'text',
      created_by: 'uuid',
      created_at: 'timestamptz',
      updated_at: 'timestamptz',
    },
    world.tasks.map((t) => ({
      id: t.id,
      kind: 'callback',
      status: t.status,
      party_id: t.partyId,
      contact_id: t.contactId,
      team_id: t.teamId,
      assignee_id: t.assigneeId,
      description: t.description,
      callback_phone: t.callbackPhone,
      due_at: iso(t.dueAt),
      completed_at: iso(t.completedAt),
      result: t.result,
      created_by: t.createdBy,
      created_at: iso(t.createdAt),
      updated_at: iso(t.completedAt ?? t.createdAt),
    })),
  );
  // The numbering continues after the demo's numbers, so a new melding never collides with one.
  const last = new Map<string, number>();
  for (const c of world.cases) {
    const [prefix, year, value] = c.number.split('-') as [string, string, string];
    const key = `${prefix}-${year}`;
    last.set(key, Math.max(last.get(key) ?? 0, Number(value)));
  }
  for (const [key, value] of last) {
    const [prefix, year] = key.split('-') as [string, string];
    await tx
      .insert(caseCounters)
      .values({ tenantId, prefix, year: Number(year), lastValue: value })
      .onConflictDoUpdate({
        target: [caseCounters.tenantId, caseCounters.prefix, caseCounters.year],
        set: { lastValue: sql`greatest(${caseCounters.lastValue}, ${value})` },
      });
  }
}
