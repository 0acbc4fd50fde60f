// Meldingen, aanvragen, vragen en klachten (cases): categories, routing, numbering, due periods,
// status with feedback to the resident, tasks, the work queue and the event log.
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../platform/deps.js';
import { setPublicBaseUrl } from './case-store.js';
import { caseConfigRoutes } from './routes-config.js';
import { caseRoutes } from './routes-cases.js';
import { caseEventRoutes } from './routes-events.js';

export { seedCaseCatalogue } from './seed.js';
export { createCase, caseNumbersByIds, type CreateCaseInput } from './cases.js';
export { publicCaseView, submitSatisfaction } from './public.js';
export type { PublicCaseView, SatisfactionInput } from './public.js';
export { caseHistoryFromJson, caseHistorySql, historyForParty } from './party-history.js';
export type { CaseHistoryJson, CaseSummary, PartyCaseHistory, TaskSummary } from './party-history.js';
export type { CaseView as Case } from './case-store.js';
export { followPath } from './case-store.js';
export { listCategories } from './categories.js';
export * as caseAnalytics from './analytics.js';
export { readCaseEventLog, caseEventBatch, xesChunks, type EventLogEntry } from './event-log.js';
export { addWorkingDays, isWorkingDay } from '../../../shared/calendar/working-days.js';

export async function casesModule(app: FastifyInstance, deps: AppDeps): Promise<void> {
  setPublicBaseUrl(deps.config.publicUrl);
  await caseConfigRoutes(app, deps);
  await caseRoutes(app, deps);
  await caseEventRoutes(app, deps);
}
