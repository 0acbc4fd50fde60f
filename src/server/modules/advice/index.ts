// Kanaaladvies: channel advice per context, group and phase; area mix; channel plans; own surveys.
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../platform/deps.js';
import { createAdviceState } from './state.js';
import { adviceQueryRoutes } from './routes-query.js';
import { adviceDataRoutes } from './routes-data.js';
import { advicePlanRoutes } from './routes-plans.js';

export { seedAdviceCatalogue } from './seed.js';
export { seedAdviceDemo } from './demo-seed.js';

export async function adviceModule(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const state = createAdviceState(deps);
  await adviceQueryRoutes(app, state);
  await adviceDataRoutes(app, state);
  await advicePlanRoutes(app, state);
}
