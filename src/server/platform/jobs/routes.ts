import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../deps.js';
import { inTenant } from '../request.js';
import { pageOf } from '../http/pagination.js';
import { IdParams, OutboxMessage, OutboxQuery } from './schemas.js';
import { listOutbox, retryMessage } from './service.js';

// Retrying a message is a write, so it has its own permission.
const READ = 'outbox:read';
const MANAGE = 'outbox:manage';

export async function outboxRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  app.get(
    '/api/v1/outbox',
    {
      config: { access: READ },
      schema: {
        tags: ['beheer'],
        summary: 'Uitgaande berichten (e-mail, sms, ...) en hun bezorgstatus',
        querystring: OutboxQuery,
        response: { 200: pageOf(OutboxMessage) },
      },
    },
    (request) => inTenant(deps, request, (tx, ctx) => listOutbox(tx, ctx, request.query as OutboxQuery)),
  );
  app.post(
    '/api/v1/outbox/:id/retry',
    {
      config: { access: MANAGE },
      schema: {
        tags: ['beheer'],
        summary: 'Een onbestelbaar bericht (status dead) opnieuw aanbieden',
        params: IdParams,
        response: { 200: OutboxMessage },
      },
    },
    (request) =>
      inTenant(deps, request, (tx, ctx) => retryMessage(tx, ctx, (request.params as { id: string }).id)),
  );
}
