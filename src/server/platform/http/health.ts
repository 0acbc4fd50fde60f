import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../deps.js';

// Liveness says the process runs; readiness says it can serve, which needs the database.
export async function healthRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  app.get('/health/live', { config: { access: 'public' }, schema: { hide: true } }, async () => ({
    status: 'ok',
  }));
  app.get(
    '/health/ready',
    { config: { access: 'public' }, schema: { hide: true } },
    async (request, reply) => {
      try {
        await deps.database.ping(2000);
        return { status: 'ok', database: deps.database.kind };
      } catch (error) {
        request.log.warn({ err: error }, 'readiness: database unreachable');
        return reply
          .code(503)
          .type('application/json')
          .send({ status: 'unavailable', database: deps.database.kind });
      }
    },
  );
}
