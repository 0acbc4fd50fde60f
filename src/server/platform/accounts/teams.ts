import { and, asc, eq, sql } from 'drizzle-orm';
import type { Tx } from '../db/client.js';
import { uniqueViolation } from '../db/errors.js';
import { updateVersioned } from '../db/versioned.js';
import { recordAudit, type ActionContext } from '../audit/service.js';
import { problems } from '../http/problem.js';
import { offsetOf, type PageQuery } from '../http/pagination.js';
import { teams } from './tables.js';

// Teams (afdelingen) are where meldingen and tasks are routed to.

export interface TeamView {
  id: string;
  name: string;
  email: string | null;
  description: string | null;
  createdAt: string;
  version: number;
}

function view(row: typeof teams.$inferSelect): TeamView {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    description: row.description,
    createdAt: row.createdAt.toISOString(),
    version: row.version,
  };
}

const nameTaken = () =>
  problems.validation([{ pointer: '/name', detail: 'is al in gebruik' }], 'Er is al een team met deze naam.');

export async function listTeams(tx: Tx, ctx: ActionContext, q: PageQuery) {
  const rows = await tx
    .select()
    .from(teams)
    .where(eq(teams.tenantId, ctx.tenantId))
    .orderBy(asc(teams.name), asc(teams.id))
    .limit(q.pageSize)
    .offset(offsetOf(q));
  const [count] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(teams)
    .where(eq(teams.tenantId, ctx.tenantId));
  return { items: rows.map(view), page: q.page, pageSize: q.pageSize, total: count?.n ?? 0 };
}

export async function getTeam(tx: Tx, ctx: ActionContext, id: string): Promise<TeamView> {
  const [row] = await tx
    .select()
    .from(teams)
    .where(and(eq(teams.tenantId, ctx.tenantId), eq(teams.id, id)));
  if (!row) throw problems.notFound('Het team');
  return view(row);
}

export interface TeamInput {
  name: string;
  email?: string | null;
  description?: string | null;
}

export async function createTeam(tx: Tx, ctx: ActionContext, input: TeamInput): Promise<TeamView> {
  try {
    const [row] = await tx
      .insert(teams)
      .values({
        tenantId: ctx.tenantId,
        name: input.name.trim(),
        email: input.email ?? null,
        description: input.description ?? null,
      })
      .returning();
    await recordAudit(tx, ctx, { action: 'team.create', objectType: 'team', objectId: row!.id });
    return view(row!);
  } catch (error) {
    if (uniqueViolation(error)) throw nameTaken();
    throw error;
  }
}

export async function updateTeam(
  tx: Tx,
  ctx: ActionContext,
  id: string,
  expected: number,
  patch: Partial<TeamInput>,
): Promise<TeamView> {
  const values: Record<string, unknown> = {};
  if (patch.name !== undefined) values.name = patch.name.trim();
  if (patch.email !== undefined) values.email = patch.email;
  if (patch.description !== undefined) values.description = patch.description;
  try {
    const row = await updateVersioned(
      tx,
      teams,
      { tenantId: ctx.tenantId, id },
      expected,
      values,
      'Het team',
    );
    await recordAudit(tx, ctx, { action: 'team.update', objectType: 'team', objectId: id });
    return view(row);
  } catch (error) {
    if (uniqueViolation(error)) throw nameTaken();
    throw error;
  }
}
