// Persona's: the fictional residents (and staff) that journey maps are drawn for.
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../platform/deps.js';
import { personaRoutes } from './routes.js';

export { seedPersonaStarterSet } from './seed.js';
export {
  createPersona,
  examplePersonas,
  getPersona,
  personaInputOf,
  personasByIds,
  type PersonaOrigin,
  type PersonaView,
} from './service.js';

export async function personasModule(app: FastifyInstance, deps: AppDeps): Promise<void> {
  await personaRoutes(app, deps);
}
