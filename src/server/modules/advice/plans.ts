// Channel plans: for a trajectory, per phase the cheapest set of channels that meets the reach
// target, solved exactly and stored with the figures it rests on.
import { and, desc, eq } from 'drizzle-orm';
import type { Tx } from '../../platform/db/client.js';
import { updateVersioned } from '../../platform/db/versioned.js';
import { recordAudit, type ActionContext } from '../../platform/audit/service.js';
import { problems } from '../../platform/http/problem.js';
import { PHASES, type Context, type Provenance, type SchemeCode } from '../../../shared/advice/model.js';
import { advicePlans, type PlanChannel } from './tables.js';
import { getArea } from './areas.js';
import { phaseInput, planGroups } from './plan-input.js';
import { provenanceOf, type Labels } from './query.js';
import { solvePhase } from './planner/optimize.js';
import { describeChannel, unreachableMessage } from './planner/explain.js';
import { PlannerInputError, type PhaseResult, type TargetMode } from './planner/types.js';
import type { DatasetCache } from './datasets.js';

export interface PlanInput {
  name: string;
  context: Context;
  dataset: string;
  scheme: SchemeCode;
  area?: string | null;
  targetMode: TargetMode;
  target: number;
  channels: PlanChannel[];
}

export interface PlanResult {
  provenance: Provenance;
  area: { id: string; name: string } | null;
  groups: { code: string; name: string; populationShare: number }[];
  missingGroups: string[];
  phases: (PhaseResult & { phaseName: string; reasons: string[]; channelNames: string[] })[];
  totalCost: number;
  solvedAt: string;
}

export interface PlanView extends Omit<PlanInput, 'dataset' | 'area'> {
  id: string;
  datasetId: string;
  areaId: string | null;
  result: PlanResult;
  version: number;
  updatedAt: string;
}

function view(row: typeof advicePlans.$inferSelect): PlanView {
  return {
    id: row.id,
    name: row.name,
    context: row.context as Context,
    datasetId: row.datasetId,
    scheme: row.scheme as SchemeCode,
    areaId: row.areaId,
    targetMode: row.targetMode as TargetMode,
    target: row.target,
    channels: row.channels,
    result: row.result as PlanResult,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
  };
}

export async function solvePlan(
  tx: Tx,
  ctx: ActionContext,
  input: PlanInput,
  datasets: DatasetCache,
  labels: Labels,
): Promise<PlanResult> {
  const unknown = input.channels
    .map((c, i) => [c.code, i] as const)
    .filter(([code]) => !labels.channels.has(code));
  if (unknown.length)
    throw problems.validation(
      unknown.map(([code, i]) => ({ pointer: `/channels/${i}/code`, detail: `onbekend kanaal '${code}'` })),
    );
  const duplicate = input.channels.findIndex(
    (c, i) => input.channels.findIndex((d) => d.code === c.code) !== i,
  );
  if (duplicate >= 0)
    throw problems.validation([
      { pointer: `/channels/${duplicate}/code`, detail: 'kanaal staat twee keer in het plan' },
    ]);
  const { row, index } = await datasets.get(tx, ctx.tenantId, input.dataset);
  const area = input.area ? await getArea(tx, ctx.tenantId, input.area) : null;
  if (area && area.scheme !== input.scheme) {
    throw problems.validation([
      {
        pointer: '/area',
        detail: `het gebied is ingedeeld naar ${area.scheme}, het plan naar ${input.scheme}`,
      },
    ]);
  }
  const { groups, missing } = planGroups(
    index,
    input.scheme,
    labels.groupsOf(input.scheme),
    area?.shares ?? null,
  );
  if (groups.length === 0)
    throw problems.validation([
      { pointer: '/dataset', detail: 'de dataset heeft geen respondenten in de groepen van dit plan' },
    ]);
  const spec = {
    context: input.context,
    scheme: input.scheme,
    channels: input.channels,
    target: input.target,
    mode: input.targetMode,
    groups,
  };
  const phases = PHASES.map((phase) => {
    let result: PhaseResult;
    try {
      result = solvePhase(phaseInput(index, spec, phase));
    } catch (error) {
      // The planner's path points into its own input, not the request: name the phase instead.
      if (error instanceof PlannerInputError) {
        throw problems.validation([{ pointer: '/dataset', detail: `fase ${phase}: ${error.message}` }]);
      }
      throw error;
    }
    const channelName = (code: string) => labels.channels.get(code) ?? code;
    const groupName = (code: string) => labels.groupName(input.scheme, code);
    return {
      ...result,
      // The solver words an unreachable target with codes; the user reads names.
      ...(result.feasible
        ? {}
        : { message: unreachableMessage(result, { channel: channelName, group: groupName }) }),
      phaseName: labels.phases.get(`${input.context}/${phase}`) ?? `Fase ${phase}`,
      channelNames: result.channelCodes.map(channelName),
      reasons: result.explanations.map((e) =>
        describeChannel(e, result, { channel: channelName, group: groupName }),
      ),
    };
  });
  return {
    provenance: provenanceOf(row, index.respondents.length),
    area: area ? { id: area.id, name: area.name } : null,
    groups: groups.map((g) => ({ ...g, name: labels.groupName(input.scheme, g.code) })),
    missingGroups: missing,
    phases,
    totalCost: phases.reduce((s, p) => s + p.totalCost, 0),
    solvedAt: new Date().toISOString(),
  };
}

function columns(input: PlanInput, result: PlanResult) {
  return {
    name: input.name.trim(),
    context: input.context,
    datasetId: input.dataset,
    scheme: input.scheme,
    areaId: input.area ?? null,
    targetMode: input.targetMode,
    target: input.target,
    channels: input.channels,
    result,
  };
}

export async function createPlan(
  tx: Tx,
  ctx: ActionContext,
  input: PlanInput,
  datasets: DatasetCache,
  labels: Labels,
): Promise<PlanView> {
  const result = await solvePlan(tx, ctx, input, datasets, labels);
  const [row] = await tx
    .insert(advicePlans)
    .values({ tenantId: ctx.tenantId, ...columns(input, result) })
    .returning();
  await recordAudit(tx, ctx, { action: 'advice.plan.create', objectType: 'advice-plan', objectId: row!.id });
  return view(row!);
}

export async function updatePlan(
  tx: Tx,
  ctx: ActionContext,
  id: string,
  expected: number,
  input: PlanInput,
  datasets: DatasetCache,
  labels: Labels,
): Promise<PlanView> {
  await getPlan(tx, ctx.tenantId, id);
  const result = await solvePlan(tx, ctx, input, datasets, labels);
  const row = await updateVersioned(
    tx,
    advicePlans,
    { tenantId: ctx.tenantId, id },
    expected,
    columns(input, result),
    'Het kanaalplan',
  );
  await recordAudit(tx, ctx, { action: 'advice.plan.update', objectType: 'advice-plan', objectId: id });
  return view(row);
}

export async function listPlans(tx: Tx, tenantId: string): Promise<PlanView[]> {
  const rows = await tx
    .select()
    .from(advicePlans)
    .where(eq(advicePlans.tenantId, tenantId))
    .orderBy(desc(advicePlans.updatedAt), desc(advicePlans.id));
  return rows.map(view);
}

export async function getPlan(tx: Tx, tenantId: string, id: string): Promise<PlanView> {
  const [row] = await tx
    .select()
    .from(advicePlans)
    .where(and(eq(advicePlans.tenantId, tenantId), eq(advicePlans.id, id)));
  if (!row) throw problems.notFound('Het kanaalplan');
  return view(row);
}

export async function deletePlan(tx: Tx, ctx: ActionContext, id: string): Promise<void> {
  const deleted = await tx
    .delete(advicePlans)
    .where(and(eq(advicePlans.tenantId, ctx.tenantId), eq(advicePlans.id, id)))
    .returning({ id: advicePlans.id });
  if (!deleted.length) throw problems.notFound('Het kanaalplan');
  await recordAudit(tx, ctx, { action: 'advice.plan.delete', objectType: 'advice-plan', objectId: id });
}

/** Two plans side by side, phase by phase: which channels differ, what it costs, who is reached. */
export function comparePlans(a: PlanView, b: PlanView) {
  return {
    a: { id: a.id, name: a.name, totalCost: a.result.totalCost },
    b: { id: b.id, name: b.name, totalCost: b.result.totalCost },
    costDifference: b.result.totalCost - a.result.totalCost,
    phases: PHASES.map((phase, i) => {
      const pa = a.result.phases[i]!;
      const pb = b.result.phases[i]!;
      const inA = new Set(pa.channelCodes);
      const inB = new Set(pb.channelCodes);
      return {
        phase,
        phaseName: pa.phaseName,
        both: pa.channelCodes.filter((c) => inB.has(c)),
        onlyA: pa.channelCodes.filter((c) => !inB.has(c)),
        onlyB: pb.channelCodes.filter((c) => !inA.has(c)),
        costA: pa.totalCost,
        costB: pb.totalCost,
        feasibleA: pa.feasible,
        feasibleB: pb.feasible,
        leastServedA: pa.leastServedGroup,
        leastServedB: pb.leastServedGroup,
        populationReachA: pa.populationReach,
        populationReachB: pb.populationReach,
      };
    }),
  };
}
