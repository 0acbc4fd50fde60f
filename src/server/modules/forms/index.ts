import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../platform/deps.js';
import { publicFormRoutes } from './routes-public.js';
import { staffFormRoutes } from './routes-staff.js';

export { seedForms } from './store.js';

export async function formsModule(app: FastifyInstance, deps: AppDeps): Promise<void> {
  await publicFormRoutes(app, deps);
  await staffFormRoutes(app, deps);
}
