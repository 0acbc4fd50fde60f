import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../platform/deps.js';

export async function contactsModule(app: FastifyInstance, deps: AppDeps): Promise<void> {
  void app;
  void deps;
}
