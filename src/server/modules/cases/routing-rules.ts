// Routing rules (category, optionally a postcode range -> team) and the routing of a new case.
import { and, asc, eq } from 'drizzle-orm';
import type { Tx } from '../../platform/db/client.js';
import { recordAudit, type ActionContext } from '../../platform/audit/service.js';
import { updateVersioned } from '../../platform/db/versioned.js';
import { problems } from '../../platform/http/problem.js';
import { routingRules } from './tables.js';
import { categoryChain, findCategory, teamExists } from './categories.js';
import { unknownCategory, unknownTeam, unprocessable } from './problems.js';
import { route, type RouteDecision } from './routing.js';
import type { NewRoutingRule, RoutingRule, RoutingRulePatch } from './schemas-config.js';

type Row = typeof routingRules.$inferSelect;

const view = (r: Row): RoutingRule => ({
  id: r.id,
  categoryCode: r.categoryCode,
  postcodeFrom: r.postcodeFrom,
  postcodeTo: r.postcodeTo,
  teamId: r.teamId,
  priority: r.priority,
  version: r.version,
});

export async function listRoutingRules(tx: Tx, tenantId: string, categoryCode?: string) {
  const rows = await tx
    .select()
    .from(routingRules)
    .where(
      and(
        eq(routingRules.tenantId, tenantId),
        categoryCode ? eq(routingRules.categoryCode, categoryCode) : undefined,
      ),
    )
    .orderBy(asc(routingRules.categoryCode), asc(routingRules.postcodeFrom), asc(routingRules.id));
  return rows.map(view);
}

async function check(
  tx: Tx,
  ctx: ActionContext,
  r: { categoryCode: string; teamId: string; postcodeFrom: number | null; postcodeTo: number | null },
) {
  if (!(await findCategory(tx, ctx.tenantId, r.categoryCode))) throw unknownCategory(r.categoryCode);
  if (!(await teamExists(tx, ctx.tenantId, r.teamId))) throw unknownTeam('/teamId');
  if ((r.postcodeFrom === null) !== (r.postcodeTo === null))
    throw unprocessable('/postcodeTo', 'geef beide grenzen van het postcodegebied, of geen van beide');
  if (r.postcodeFrom !== null && r.postcodeTo! < r.postcodeFrom)
    throw unprocessable('/postcodeTo', 'de bovengrens ligt onder de ondergrens');
}

export async function createRoutingRule(
  tx: Tx,
  ctx: ActionContext,
  input: NewRoutingRule,
): Promise<RoutingRule> {
  const values = {
    categoryCode: input.categoryCode,
    teamId: input.teamId,
    postcodeFrom: input.postcodeFrom ?? null,
    postcodeTo: input.postcodeTo ?? null,
    priority: input.priority ?? 0,
  };
  await check(tx, ctx, values);
  const [row] = await tx
    .insert(routingRules)
    .values({ tenantId: ctx.tenantId, ...values })
    .returning();
  await recordAudit(tx, ctx, {
    action: 'routing-rule.create',
    objectType: 'routing-rule',
    objectId: row!.id,
  });
  return view(row!);
}

async function getRow(tx: Tx, tenantId: string, id: string): Promise<Row> {
  const [row] = await tx
    .select()
    .from(routingRules)
    .where(and(eq(routingRules.tenantId, tenantId), eq(routingRules.id, id)));
  if (!row) throw problems.notFound('De routeringsregel');
  return row;
}

export async function getRoutingRule(tx: Tx, tenantId: string, id: string) {
  return view(await getRow(tx, tenantId, id));
}

export async function updateRoutingRule(
  tx: Tx,
  ctx: ActionContext,
  id: string,
  expected: number,
  patch: RoutingRulePatch,
): Promise<RoutingRule> {
  const current = await getRow(tx, ctx.tenantId, id);
  const merged = {
    categoryCode: patch.categoryCode ?? current.categoryCode,
    teamId: patch.teamId ?? current.teamId,
    postcodeFrom: patch.postcodeFrom !== undefined ? patch.postcodeFrom : current.postcodeFrom,
    postcodeTo: patch.postcodeTo !== undefined ? patch.postcodeTo : current.postcodeTo,
    priority: patch.priority ?? current.priority,
  };
  await check(tx, ctx, merged);
  const row = await updateVersioned(
    tx,
    routingRules,
    { tenantId: ctx.tenantId, id },
    expected,
    merged,
    'De routeringsregel',
  );
  await recordAudit(tx, ctx, { action: 'routing-rule.update', objectType: 'routing-rule', objectId: id });
  return view(row);
}

export async function deleteRoutingRule(
  tx: Tx,
  ctx: ActionContext,
  id: string,
  expected: number,
): Promise<void> {
  const current = await getRow(tx, ctx.tenantId, id);
  if (current.version !== expected) throw problems.preconditionFailed();
  await tx.delete(routingRules).where(and(eq(routingRules.tenantId, ctx.tenantId), eq(routingRules.id, id)));
  await recordAudit(tx, ctx, { action: 'routing-rule.delete', objectType: 'routing-rule', objectId: id });
}

/** The team for a new case in this category at this postcode (422 when none is configured). */
export async function routeCase(
  tx: Tx,
  tenantId: string,
  categoryCode: string,
  postcode: string | null | undefined,
): Promise<RouteDecision> {
  const chain = await categoryChain(tx, tenantId, categoryCode);
  const rules = await tx.select().from(routingRules).where(eq(routingRules.tenantId, tenantId));
  return route(
    chain.map((c) => ({ code: c.code, defaultTeamId: c.defaultTeamId })),
    rules,
    postcode,
  );
}
