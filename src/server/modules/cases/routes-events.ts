// The event log for process mining, as JSON pages and as a streamed XES file.
import { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../platform/deps.js';
import { requireAuth } from '../../platform/auth/context.js';
import { inTenant } from '../../platform/request.js';
import { withTenant } from '../../platform/db/tenant.js';
import { recordAudit } from '../../platform/audit/service.js';
import { pageOf } from '../../platform/http/pagination.js';
import { problems } from '../../platform/http/problem.js';
import { caseEventBatch, caseEventPage, xesChunks } from './event-log.js';
import { EventLogEntry, EventLogQuery, XesQuery, type EventLogQuery as EventLogQueryT } from './schemas.js';

const tags = ['procesmining'];
const BATCH = 2000;

function checkRange(q: { from?: string; to?: string }): void {
  if (q.from && q.to && new Date(q.to) <= new Date(q.from))
    throw problems.validation([{ pointer: '/query/to', detail: 'moet na from liggen' }]);
}

export async function caseEventRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  app.get(
    '/api/v1/case-events',
    {
      config: { access: 'cases:eventlog' },
      schema: {
        tags,
        summary: 'Gebeurtenissenlog van zaken (zonder persoonsgegevens)',
        querystring: EventLogQuery,
        response: { 200: pageOf(EventLogEntry) },
      },
    },
    (request) => {
      const q = request.query as EventLogQueryT;
      checkRange(q);
      return inTenant(deps, request, (tx, ctx) => caseEventPage(tx, ctx.tenantId, q));
    },
  );
  app.get(
    '/api/v1/case-events/export.xes',
    {
      config: { access: 'cases:eventlog' },
      schema: {
        tags,
        summary: 'Gebeurtenissenlog als XES 1.0 (gestreamd)',
        querystring: XesQuery,
        produces: ['application/xml'],
      },
    },
    async (request, reply) => {
      const q = request.query as { from?: string; to?: string };
      checkRange(q);
      const tenantId = requireAuth(request).tenant.id;
      await inTenant(deps, request, (tx, ctx) =>
        recordAudit(tx, ctx, { action: 'case-events.export', objectType: 'case-event-log', objectId: 'xes' }),
      );
      const chunks = xesChunks((after) =>
        withTenant(deps.database, tenantId, (tx) => caseEventBatch(tx, tenantId, q, after, BATCH)),
      );
      return reply
        .type('application/xml; charset=utf-8')
        .header('content-disposition', 'attachment; filename="zaakgebeurtenissen.xes"')
        .send(Readable.from(chunks));
    },
  );
}
