// Inzichten: KCC dashboards against service norms, and staffing (Erlang C).
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../platform/deps.js';
import { dashboardRoutes } from './routes-dashboard.js';
import { normRoutes } from './routes-norms.js';
import { rollupRoutes } from './routes-rollups.js';
import { optionRoutes } from './routes-options.js';
import { stopRollupJobs } from './rollup-job.js';

export { RollupWorker } from './rollup-job.js';
export { erlang, agentsNeeded, type ErlangInput, type ErlangResult } from './erlang.js';

export async function insightsModule(app: FastifyInstance, deps: AppDeps): Promise<void> {
  await dashboardRoutes(app, deps);
  await normRoutes(app, deps);
  await rollupRoutes(app, deps);
  await optionRoutes(app, deps);
  // A rollup step in flight finishes before the database closes; no new one starts.
  app.addHook('onClose', () => stopRollupJobs(deps.database));
}
