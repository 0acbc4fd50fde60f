import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import type { AppDeps } from '../deps.js';
import { inTenant } from '../request.js';
import { pageOf } from '../http/pagination.js';
import {
  listAuditEvents,
  listProcessingRecords,
  type AuditFilter,
  type ProcessingFilter,
} from './queries.js';

const paging = {
  page: Type.Integer({ minimum: 1, maximum: 100_000, default: 1 }),
  pageSize: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
  from: Type.Optional(Type.String({ format: 'date-time' })),
  to: Type.Optional(Type.String({ format: 'date-time' })),
};
const Text = Type.String({ maxLength: 200 });
const Nullable = (t: ReturnType<typeof Type.String>) => Type.Union([t, Type.Null()]);

const AuditEvent = Type.Object({
  id: Type.String(),
  occurredAt: Type.String({ format: 'date-time' }),
  actorId: Nullable(Type.String()),
  actorName: Nullable(Type.String()),
  action: Type.String(),
  objectType: Nullable(Type.String()),
  objectId: Nullable(Type.String()),
  result: Type.String(),
  origin: Nullable(Type.String()),
  traceId: Type.String(),
});

const ProcessingRecord = Type.Object({
  id: Type.String(),
  traceId: Type.String(),
  spanId: Type.String(),
  parentSpanId: Nullable(Type.String()),
  activity: Type.String(),
  action: Type.String(),
  subjectType: Type.String(),
  subjectPseudonym: Type.String(),
  status: Type.String(),
  startedAt: Type.String({ format: 'date-time' }),
  endedAt: Type.String({ format: 'date-time' }),
});

export async function auditRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  app.get(
    '/api/v1/audit-events',
    {
      config: { access: 'audit:read' },
      schema: {
        tags: ['beheer'],
        summary: 'Audittrail: handelingen van medewerkers',
        querystring: Type.Object(
          {
            ...paging,
            action: Type.Optional(Text),
            actor: Type.Optional(Text),
            result: Type.Optional(
              Type.Union([Type.Literal('success'), Type.Literal('failure'), Type.Literal('denied')]),
            ),
          },
          { additionalProperties: false },
        ),
        response: { 200: pageOf(AuditEvent) },
      },
    },
    (request) =>
      inTenant(deps, request, (tx, ctx) => listAuditEvents(tx, ctx.tenantId, request.query as AuditFilter)),
  );
  app.get(
    '/api/v1/processing-records',
    {
      config: { access: 'processing-log:read' },
      schema: {
        tags: ['beheer'],
        summary: 'Logboek Dataverwerkingen',
        querystring: Type.Object(
          {
            ...paging,
            activity: Type.Optional(Text),
            traceId: Type.Optional(Type.String({ pattern: '^[0-9a-f]{32}$' })),
            subjectPseudonym: Type.Optional(Text),
          },
          { additionalProperties: false },
        ),
        response: { 200: pageOf(ProcessingRecord) },
      },
    },
    (request) =>
      inTenant(deps, request, (tx, ctx) =>
        listProcessingRecords(tx, ctx.tenantId, request.query as ProcessingFilter),
      ),
  );
}
