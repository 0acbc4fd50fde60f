// The beheerder's tree of contact reasons: a flat list with parentCode, kept free of cycles.
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db/client.js';
import { uniqueViolation } from '../../platform/db/errors.js';
import { recordAudit, type ActionContext } from '../../platform/audit/service.js';
import { problems } from '../../platform/http/problem.js';
import { contactTopics } from './tables.js';
import { DEFAULT_TOPICS } from './default-topics.js';
import type { NewTopicInput, TopicPatchInput, TopicView } from './schemas.js';

type TopicRow = typeof contactTopics.$inferSelect;

export function topicView(r: TopicRow): TopicView {
  return {
    code: r.code,
    parentCode: r.parentCode,
    nameNl: r.nameNl,
    nameEn: r.nameEn,
    phase: r.phase,
    avoidable: r.avoidable,
    active: r.active,
    sort: r.sort,
    version: r.version,
  };
}

/** Adds the default tree's missing topics; never changes what the beheerder made of the rest. */
export async function seedContactTopics(tx: Tx, tenantId: string): Promise<void> {
  await tx
    .insert(contactTopics)
    .values(
      DEFAULT_TOPICS.map((t, i) => ({
        tenantId,
        code: t.code,
        parentCode: t.parentCode,
        nameNl: t.nameNl,
        nameEn: t.nameEn,
        phase: t.phase,
        avoidable: t.avoidable ?? false,
        sort: (i + 1) * 10,
      })),
    )
    .onConflictDoNothing();
}

export async function listTopics(tx: Tx, tenantId: string): Promise<TopicView[]> {
  const rows = await tx
    .select()
    .from(contactTopics)
    .where(eq(contactTopics.tenantId, tenantId))
    .orderBy(asc(contactTopics.sort), asc(contactTopics.code));
  return rows.map(topicView);
}

async function parentMap(tx: Tx, tenantId: string): Promise<Map<string, string | null>> {
  const rows = await tx
    .select({ code: contactTopics.code, parentCode: contactTopics.parentCode })
    .from(contactTopics)
    .where(eq(contactTopics.tenantId, tenantId));
  return new Map(rows.map((r) => [r.code, r.parentCode]));
}

/** The first code that is its own ancestor, following parent links; undefined when acyclic. */
export function findCycle(parents: Map<string, string | null>): string[] | undefined {
  const done = new Set<string>();
  for (const start of parents.keys()) {
    const path: string[] = [];
    const onPath = new Set<string>();
    let code: string | null | undefined = start;
    while (code && !done.has(code)) {
      if (onPath.has(code)) return [...path.slice(path.indexOf(code)), code];
      onPath.add(code);
      path.push(code);
      code = parents.get(code);
    }
    path.forEach((c) => done.add(c));
  }
  return undefined;
}

export async function createTopic(tx: Tx, ctx: ActionContext, input: NewTopicInput): Promise<TopicView> {
  if (input.parentCode) {
    const parents = await parentMap(tx, ctx.tenantId);
    if (!parents.has(input.parentCode))
      throw problems.validation([
        { pointer: '/parentCode', detail: `onderwerp '${input.parentCode}' bestaat niet` },
      ]);
  }
  try {
    const [row] = await tx
      .insert(contactTopics)
      .values({
        tenantId: ctx.tenantId,
        code: input.code,
        parentCode: input.parentCode ?? null,
        nameNl: input.nameNl.trim(),
        nameEn: input.nameEn?.trim() ?? null,
        phase: input.phase ?? null,
        avoidable: input.avoidable ?? false,
        active: input.active ?? true,
        sort: input.sort ?? 0,
      })
      .returning();
    await recordAudit(tx, ctx, {
      action: 'contact-topic.create',
      objectType: 'contact-topic',
      objectId: input.code,
    });
    return topicView(row!);
  } catch (error) {
    if (uniqueViolation(error)) throw problems.conflict(`Er is al een onderwerp met code '${input.code}'.`);
    throw error;
  }
}

export async function updateTopic(
  tx: Tx,
  ctx: ActionContext,
  code: string,
  expected: number,
  patch: TopicPatchInput,
): Promise<TopicView> {
  const match = and(eq(contactTopics.tenantId, ctx.tenantId), eq(contactTopics.code, code));
  if (patch.parentCode !== undefined && patch.parentCode !== null) {
    const parents = await parentMap(tx, ctx.tenantId);
    if (!parents.has(code)) throw problems.notFound('Het onderwerp');
    if (!parents.has(patch.parentCode))
      throw problems.validation([
        { pointer: '/parentCode', detail: `onderwerp '${patch.parentCode}' bestaat niet` },
      ]);
    parents.set(code, patch.parentCode);
    const cycle = findCycle(parents);
    if (cycle)
      throw problems.validation([
        { pointer: '/parentCode', detail: `dit maakt een kring: ${cycle.join(' → ')}` },
      ]);
  }
  const values: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(patch)) values[k] = typeof v === 'string' ? v.trim() : v;
  const [row] = await tx
    .update(contactTopics)
    .set({ ...values, version: sql`${contactTopics.version} + 1`, updatedAt: new Date() })
    .where(and(match, eq(contactTopics.version, expected)))
    .returning();
  if (!row) {
    const [exists] = await tx.select({ code: contactTopics.code }).from(contactTopics).where(match);
    throw exists ? problems.preconditionFailed() : problems.notFound('Het onderwerp');
  }
  await recordAudit(tx, ctx, { action: 'contact-topic.update', objectType: 'contact-topic', objectId: code });
  return topicView(row);
}
