import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../platform/deps.js';

export async function casesModule(app: FastifyInstance, deps: AppDeps): Promise<void> {
  void app;
  void deps;
}
