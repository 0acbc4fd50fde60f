// A/B experiments on a step: designed with a power calculation, results recorded, analysed with
// the z-test or Fisher's exact test, and the outcome written back to the step of the map.
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db/client.js';
import { updateVersioned } from '../../platform/db/versioned.js';
import { recordAudit, type ActionContext } from '../../platform/audit/service.js';
import { problems, type FieldError } from '../../platform/http/problem.js';
import { sampleSizeTwoProportions } from '../../../shared/statistics/power.js';
import { analyseExperiment, type ArmResult } from '../../../shared/journeys/experiment.js';
import { stepExists } from '../../../shared/journeys/validate.js';
import { journeyRow, saveDocument } from './journeys.js';
import { journeyExperiments } from './tables.js';

export interface ExperimentInput {
  stepId: string;
  title: string;
  hypothesis?: string;
  variantA: string;
  variantB: string;
  metric: string;
  baseline: number;
  expected: number;
  alpha?: number;
  power?: number;
}

type Row = typeof journeyExperiments.$inferSelect;

export const experimentView = (r: Row) => ({
  id: r.id,
  journeyId: r.journeyId,
  stepId: r.stepId,
  title: r.title,
  hypothesis: r.hypothesis,
  variantA: r.variantA,
  variantB: r.variantB,
  metric: r.metric,
  design: r.design,
  results: r.results,
  looks: r.looks,
  lastAnalysis: r.lastAnalysis,
  status: r.status,
  version: r.version,
  createdAt: r.createdAt.toISOString(),
  updatedAt: r.updatedAt.toISOString(),
});
export type ExperimentView = ReturnType<typeof experimentView>;

export function designOf(input: Pick<ExperimentInput, 'baseline' | 'expected' | 'alpha' | 'power'>) {
  const alpha = input.alpha ?? 0.05;
  const power = input.power ?? 0.8;
  if (input.baseline === input.expected)
    throw problems.validation([
      { pointer: '/expected', detail: 'het verwachte resultaat moet verschillen van de nulmeting' },
    ]);
  const size = sampleSizeTwoProportions({ p1: input.baseline, p2: input.expected, alpha, power });
  return {
    baseline: input.baseline,
    expected: input.expected,
    alpha,
    power,
    nPerGroup: size.nPerGroup,
    nExact: size.nExact,
  };
}

async function experimentRow(tx: Tx, tenantId: string, journeyId: string, id: string): Promise<Row> {
  const [row] = await tx
    .select()
    .from(journeyExperiments)
    .where(
      and(
        eq(journeyExperiments.tenantId, tenantId),
        eq(journeyExperiments.journeyId, journeyId),
        eq(journeyExperiments.id, id),
      ),
    );
  if (!row) throw problems.notFound('Het experiment');
  return row;
}

export async function getExperiment(tx: Tx, tenantId: string, journeyId: string, id: string) {
  return experimentView(await experimentRow(tx, tenantId, journeyId, id));
}

export async function listExperiments(tx: Tx, tenantId: string, journeyId: string) {
  await journeyRow(tx, tenantId, journeyId);
  const rows = await tx
    .select()
    .from(journeyExperiments)
    .where(and(eq(journeyExperiments.tenantId, tenantId), eq(journeyExperiments.journeyId, journeyId)))
    .orderBy(asc(journeyExperiments.createdAt));
  return rows.map(experimentView);
}

export async function createExperiment(
  tx: Tx,
  ctx: ActionContext,
  journeyId: string,
  input: ExperimentInput,
) {
  const journey = await journeyRow(tx, ctx.tenantId, journeyId);
  if (!stepExists(journey.document, input.stepId))
    throw problems.validation([
      { pointer: '/stepId', detail: `stap '${input.stepId}' bestaat niet in deze klantreis` },
    ]);
  const design = designOf(input);
  const [row] = await tx
    .insert(journeyExperiments)
    .values({
      tenantId: ctx.tenantId,
      journeyId,
      stepId: input.stepId,
      title: input.title.trim(),
      hypothesis: input.hypothesis ?? null,
      variantA: input.variantA,
      variantB: input.variantB,
      metric: input.metric,
      design,
    })
    .returning();
  await recordAudit(tx, ctx, {
    action: 'journey.experiment.create',
    objectType: 'experiment',
    objectId: row!.id,
  });
  return experimentView(row!);
}

export async function recordResults(
  tx: Tx,
  ctx: ActionContext,
  journeyId: string,
  id: string,
  expected: number,
  results: { a: ArmResult; b: ArmResult },
) {
  const errors: FieldError[] = [];
  for (const arm of ['a', 'b'] as const)
    if (results[arm].successes > results[arm].n)
      errors.push({
        pointer: `/${arm}/successes`,
        detail: 'kan niet groter zijn dan het aantal deelnemers (n)',
      });
  if (errors.length) throw problems.validation(errors);
  const current = await experimentRow(tx, ctx.tenantId, journeyId, id);
  if (current.status === 'concluded')
    throw problems.conflict('Het experiment is afgerond; de resultaten liggen vast.');
  const row = await updateVersioned(
    tx,
    journeyExperiments,
    { tenantId: ctx.tenantId, id },
    expected,
    { results, status: 'running' },
    'Het experiment',
  );
  await recordAudit(tx, ctx, {
    action: 'journey.experiment.results',
    objectType: 'experiment',
    objectId: id,
  });
  return experimentView(row);
}

/** Each analysis counts as a look, so that the next one can warn against peeking. */
export async function analyse(tx: Tx, ctx: ActionContext, journeyId: string, id: string) {
  const row = await experimentRow(tx, ctx.tenantId, journeyId, id);
  if (!row.results) throw problems.conflict('Er zijn nog geen resultaten vastgelegd.');
  const analysis = analyseExperiment(row.results.a, row.results.b, {
    alpha: row.design.alpha,
    plannedPerGroup: row.design.nPerGroup,
    previousLooks: row.looks,
  });
  await tx
    .update(journeyExperiments)
    .set({ looks: sql`${journeyExperiments.looks} + 1`, lastAnalysis: analysis })
    .where(and(eq(journeyExperiments.tenantId, ctx.tenantId), eq(journeyExperiments.id, id)));
  return analysis;
}

/** Concludes the experiment and writes its outcome onto the step, as a new version of the journey. */
export async function conclude(
  tx: Tx,
  ctx: ActionContext,
  journeyId: string,
  id: string,
  expected: number,
  summary: string,
) {
  const row = await experimentRow(tx, ctx.tenantId, journeyId, id);
  if (!row.lastAnalysis) throw problems.conflict('Analyseer de resultaten voordat u het experiment afrondt.');
  const analysis = row.lastAnalysis;
  const updated = await updateVersioned(
    tx,
    journeyExperiments,
    { tenantId: ctx.tenantId, id },
    expected,
    { status: 'concluded' },
    'Het experiment',
  );
  const journey = await journeyRow(tx, ctx.tenantId, journeyId);
  if (!stepExists(journey.document, row.stepId))
    throw problems.conflict(
      `Stap '${row.stepId}' staat niet meer in de klantreis; de uitkomst kan niet worden teruggeschreven.`,
    );
  const outcome = {
    experimentId: id,
    summary,
    winner: analysis.winner,
    pValue: analysis.pValue,
    decidedAt: new Date().toISOString(),
  };
  const document = {
    phases: journey.document.phases.map((p) => ({
      ...p,
      steps: p.steps.map((s) => (s.id === row.stepId ? { ...s, experimentOutcome: outcome } : s)),
    })),
  };
  await saveDocument(tx, ctx, journeyId, journey.version, document);
  await recordAudit(tx, ctx, {
    action: 'journey.experiment.conclude',
    objectType: 'experiment',
    objectId: id,
  });
  return { experiment: experimentView(updated), outcome };
}
