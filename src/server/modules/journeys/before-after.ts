// A desired journey once it is live: the day it went live and which map version, and the measured
// step values of Klantcontact in a window before versus after that day, with significance tests.
import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../platform/db/client.js';
import { recordAudit, type ActionContext } from '../../platform/audit/service.js';
import { problems } from '../../platform/http/problem.js';
import { beforeAfterPeriods, compareShares, type Periods } from '../../../shared/journeys/measured.js';
import { getVersion, journeyRow } from './journeys.js';
import { journeys } from './tables.js';
import {
  listStepLinks,
  provenanceOf,
  stepFigures,
  type FigureAccess,
  type StepFigures,
} from './klantcontact.js';

export async function setLive(
  tx: Tx,
  ctx: ActionContext,
  journeyId: string,
  input: { liveOn: string; version?: number },
  today: string,
) {
  const row = await journeyRow(tx, ctx.tenantId, journeyId);
  if (row.state !== 'desired')
    throw problems.conflict('Alleen een gewenste klantreis gaat live; dit is de huidige situatie.');
  if (input.liveOn > today)
    throw problems.validation([
      { pointer: '/liveOn', detail: 'ligt in de toekomst; leg vast wanneer het live ging' },
    ]);
  const version = input.version ?? row.version;
  try {
    await getVersion(tx, ctx.tenantId, journeyId, version);
  } catch {
    throw problems.validation([{ pointer: '/version', detail: `versie ${version} bestaat niet` }]);
  }
  // Not a new map version: going live is a fact about the map, not a change of it (ETag unchanged).
  await tx
    .update(journeys)
    .set({ liveOn: input.liveOn, liveVersion: version })
    .where(and(eq(journeys.tenantId, ctx.tenantId), eq(journeys.id, journeyId)));
  await recordAudit(tx, ctx, { action: 'journey.live.set', objectType: 'journey', objectId: journeyId });
  return { liveOn: input.liveOn, liveVersion: version };
}

export async function clearLive(tx: Tx, ctx: ActionContext, journeyId: string) {
  await journeyRow(tx, ctx.tenantId, journeyId);
  await tx
    .update(journeys)
    .set({ liveOn: null, liveVersion: null })
    .where(and(eq(journeys.tenantId, ctx.tenantId), eq(journeys.id, journeyId)));
  await recordAudit(tx, ctx, { action: 'journey.live.clear', objectType: 'journey', objectId: journeyId });
}

const counts = (f: StepFigures['kto']) =>
  f && !f.suppressed && f.satisfied !== null ? { successes: f.satisfied, n: f.n } : null;
const avoidableCounts = (f: StepFigures['contacts']) =>
  f && f.total > 0 ? { successes: f.avoidable, n: f.total } : null;

export async function beforeAfter(
  tx: Tx,
  tenantId: string,
  journeyId: string,
  days: number,
  today: string,
  access: FigureAccess,
) {
  const row = await journeyRow(tx, tenantId, journeyId);
  if (!row.liveOn)
    throw problems.conflict('Deze klantreis is nog niet live; leg eerst vast wanneer hij live ging.');
  const periods: Periods = beforeAfterPeriods(row.liveOn, days, today);
  const links = await listStepLinks(tx, tenantId, journeyId);
  const before = await stepFigures(tx, tenantId, links, periods.before, access);
  const after = periods.after ? await stepFigures(tx, tenantId, links, periods.after, access) : new Map();
  return {
    liveOn: row.liveOn,
    liveVersion: row.liveVersion,
    periods,
    provenance: provenanceOf(access, {
      from: periods.before.from,
      to: periods.after?.to ?? periods.before.to,
    }),
    steps: links.map((l) => {
      const b = before.get(l.stepId)!;
      const a: StepFigures = after.get(l.stepId) ?? {};
      return {
        ...l,
        ...(access.kto && l.ktoCategories.length
          ? {
              kto: {
                before: b.kto ?? null,
                after: a.kto ?? null,
                // Share satisfied (4–5) after versus before: two-proportion z-test.
                satisfied: compareShares(counts(b.kto), counts(a.kto)),
              },
            }
          : {}),
        ...(access.contacts && l.contactTopics.length
          ? {
              contacts: {
                before: b.contacts ?? null,
                after: a.contacts ?? null,
                // Share of avoidable contacts after versus before.
                avoidable: compareShares(avoidableCounts(b.contacts), avoidableCounts(a.contacts)),
              },
            }
          : {}),
      };
    }),
  };
}
