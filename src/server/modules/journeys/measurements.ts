// Measured heartbeats linked to the steps of a journey (imported from CSV, all-or-nothing).
import { randomUUID } from 'node:crypto';
import { and, asc, eq } from 'drizzle-orm';
import type { Tx } from '../../platform/db/client.js';
import { recordAudit, type ActionContext } from '../../platform/audit/service.js';
import { problems } from '../../platform/http/problem.js';
import { allSteps } from '../../../shared/journeys/model.js';
import { journeyRow } from './journeys.js';
import { journeyMeasurements } from './tables.js';
import { MeasurementImportError, parseMeasurementsCsv } from './measurements-csv.js';

export interface MeasurementView {
  id: string;
  stepId: string;
  instrument: string;
  period: string;
  n: number;
  mean: number;
  sd: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  confidence: number;
  source: string;
  synthetic: boolean;
  importId: string;
}

const viewOf = (r: typeof journeyMeasurements.$inferSelect): MeasurementView => ({
  id: r.id,
  stepId: r.stepId,
  instrument: r.instrument,
  period: r.period,
  n: r.n,
  mean: r.mean,
  sd: r.sd,
  ciLow: r.ciLow,
  ciHigh: r.ciHigh,
  confidence: 0.95,
  source: r.source,
  synthetic: r.synthetic,
  importId: r.importId,
});

export function measurementProblem(error: MeasurementImportError) {
  return problems.validation(
    error.issues.map((i) => ({
      pointer: `/file/line/${i.line}${i.column ? `/${i.column}` : ''}`,
      detail: `regel ${i.line}${i.column ? `, kolom ${i.column}` : ''}: ${i.message}`,
    })),
    `Het bestand is niet ingelezen: ${error.issues.length} fout(en). Er is niets opgeslagen.`,
  );
}

export async function importMeasurements(
  tx: Tx,
  ctx: ActionContext,
  journeyId: string,
  csv: string,
  meta: { source: string; synthetic?: boolean },
) {
  const journey = await journeyRow(tx, ctx.tenantId, journeyId);
  let rows;
  try {
    rows = parseMeasurementsCsv(csv, new Set(allSteps(journey.document).map((s) => s.step.id)));
  } catch (error) {
    if (error instanceof MeasurementImportError) throw measurementProblem(error);
    throw error;
  }
  const importId = randomUUID();
  const inserted = await tx
    .insert(journeyMeasurements)
    .values(
      rows.map(({ line: _line, ...r }) => ({
        tenantId: ctx.tenantId,
        journeyId,
        ...r,
        source: meta.source,
        synthetic: meta.synthetic ?? false,
        importId,
      })),
    )
    .returning();
  await recordAudit(tx, ctx, {
    action: 'journey.measurements.import',
    objectType: 'journey',
    objectId: journeyId,
  });
  return { importId, count: inserted.length, items: inserted.map(viewOf) };
}

/** A journey's measurements; 404 when the gemeente has no such journey. */
export async function listMeasurements(tx: Tx, tenantId: string, journeyId: string, stepId?: string) {
  await journeyRow(tx, tenantId, journeyId);
  return measurementsOf(tx, tenantId, journeyId, stepId);
}

/** The measurements of a journey the caller has already found in this gemeente. */
export async function measurementsOf(tx: Tx, tenantId: string, journeyId: string, stepId?: string) {
  const rows = await tx
    .select()
    .from(journeyMeasurements)
    .where(
      and(
        eq(journeyMeasurements.tenantId, tenantId),
        eq(journeyMeasurements.journeyId, journeyId),
        ...(stepId ? [eq(journeyMeasurements.stepId, stepId)] : []),
      ),
    )
    .orderBy(
      asc(journeyMeasurements.stepId),
      asc(journeyMeasurements.instrument),
      asc(journeyMeasurements.period),
    );
  return rows.map(viewOf);
}
