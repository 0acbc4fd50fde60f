// Process mining: event logs (the gemeente's own case event log, or imported XES/CSV) and process maps.
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../platform/deps.js';
import { logRoutes } from './routes-logs.js';
import { analysisRoutes } from './routes-analysis.js';
import { abandonUnfinishedImports } from './recovery.js';

export { seedMiningDemo } from './demo.js';

export async function miningModule(app: FastifyInstance, deps: AppDeps): Promise<void> {
  await logRoutes(app, deps);
  await analysisRoutes(app, deps);
  // An import that was running when the server stopped can never finish: clear it at start-up.
  app.addHook('onReady', () => abandonUnfinishedImports(deps.database));
}
