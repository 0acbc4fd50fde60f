// Klantreizen: journey maps on evidence, measurements, experiments and the shared library.
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../platform/deps.js';
import { journeyRoutes } from './routes.js';
import { evidenceRoutes } from './routes-evidence.js';
import { libraryRoutes } from './routes-library.js';
import { klantcontactRoutes } from './routes-klantcontact.js';

export { seedJourneyDemo } from './seed.js';

export async function journeysModule(app: FastifyInstance, deps: AppDeps): Promise<void> {
  await journeyRoutes(app, deps);
  await evidenceRoutes(app, deps);
  await libraryRoutes(app, deps);
  await klantcontactRoutes(app, deps);
}
