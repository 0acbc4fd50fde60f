import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../deps.js';
import { withTenant } from '../db/tenant.js';
import { recordAudit } from './service.js';

// Successful actions are audited by their services inside their own transaction. A request that
// fails rolls that transaction back, so its failure is recorded here, after the response.
export function registerFailureAudit(app: FastifyInstance, deps: AppDeps): void {
  app.addHook('onResponse', async (request, reply) => {
    const status = reply.statusCode;
    if (!request.auth || status < 400 || status === 404) return;
    const changing = request.method !== 'GET' && request.method !== 'HEAD';
    if (!changing && status !== 403) return;
    const auth = request.auth;
    try {
      await withTenant(deps.database, auth.tenant.id, (tx) =>
        recordAudit(
          tx,
          {
            tenantId: auth.tenant.id,
            actor: { id: auth.session.user.id, name: auth.session.user.name },
            trace: request.trace,
            origin: request.ip,
            pseudonymKey: deps.keys.pseudonym,
          },
          {
            action: `${request.method} ${request.routeOptions.url ?? request.url.split('?')[0]}`,
            result: status === 403 ? 'denied' : 'failure',
          },
        ),
      );
    } catch (error) {
      request.log.error({ err: error }, 'could not write failure audit record');
    }
  });
}
