import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import type { AppDeps } from '../deps.js';
import { inTenant } from '../request.js';
import { recordAudit } from '../audit/service.js';
import { actionContext, requireAuth } from '../auth/context.js';
import { etagOf, expectedVersion } from '../http/etag.js';
import { PageQuery, pageOf } from '../http/pagination.js';
import { problems } from '../http/problem.js';
import {
  LegalHoldInput,
  LegalHoldSchema,
  PartyIdParams,
  RecordTypeParams,
  RetentionRunSchema,
  RetentionTermInput,
  RetentionTermSchema,
  RunNowBody,
} from './schemas.js';
import { getTerm, listTerms, updateTerm } from './terms.js';
import { listRuns, runRetention } from './runner.js';
import { accessExport } from './export.js';
import type { PrivacyRegistry } from './registry.js';

const MANAGE = 'privacy:manage';

export async function privacyRoutes(
  app: FastifyInstance,
  deps: AppDeps,
  registry: PrivacyRegistry,
): Promise<void> {
  app.get(
    '/api/v1/retention-terms',
    {
      config: { access: MANAGE },
      schema: {
        tags: ['privacy'],
        summary: 'Bewaartermijnen per soort gegevens',
        response: { 200: Type.Object({ items: Type.Array(RetentionTermSchema) }) },
      },
    },
    async (request) => ({ items: await inTenant(deps, request, (tx, ctx) => listTerms(tx, ctx.tenantId)) }),
  );
  app.get(
    '/api/v1/retention-terms/:recordType',
    {
      config: { access: MANAGE },
      schema: {
        tags: ['privacy'],
        summary: 'Eén bewaartermijn',
        params: RecordTypeParams,
        response: { 200: RetentionTermSchema },
      },
    },
    async (request, reply) => {
      const { recordType } = request.params as { recordType: string };
      const term = await inTenant(deps, request, (tx, ctx) => getTerm(tx, ctx.tenantId, recordType));
      return reply.header('etag', etagOf(term.version)).send(term);
    },
  );
  app.put(
    '/api/v1/retention-terms/:recordType',
    {
      config: { access: MANAGE },
      schema: {
        tags: ['privacy'],
        summary: 'Bewaartermijn wijzigen (If-Match verplicht)',
        params: RecordTypeParams,
        body: RetentionTermInput,
        response: { 200: RetentionTermSchema },
      },
    },
    async (request, reply) => {
      const { recordType } = request.params as { recordType: string };
      const expected = expectedVersion(request);
      const term = await inTenant(deps, request, (tx, ctx) =>
        updateTerm(tx, ctx, recordType, expected, request.body as RetentionTermInput),
      );
      return reply.header('etag', etagOf(term.version)).send(term);
    },
  );

  app.get(
    '/api/v1/retention-runs',
    {
      config: { access: MANAGE },
      schema: {
        tags: ['privacy'],
        summary: 'Uitgevoerde bewaartermijn-runs (alleen aantallen)',
        querystring: PageQuery,
        response: { 200: pageOf(RetentionRunSchema) },
      },
    },
    (request) => inTenant(deps, request, (tx, ctx) => listRuns(tx, ctx.tenantId, request.query as PageQuery)),
  );
  app.post(
    '/api/v1/retention-runs',
    {
      config: { access: MANAGE },
      schema: {
        tags: ['privacy'],
        summary: 'De bewaartermijnen nu toepassen (draait ook dagelijks)',
        body: Type.Optional(RunNowBody),
        response: { 201: RetentionRunSchema },
      },
    },
    async (request, reply) => {
      // Not in one request transaction: the run opens a short transaction per batch.
      const ctx = actionContext(request, deps.keys.pseudonym);
      const run = await runRetention(deps.database, ctx, registry);
      return reply.code(201).header('location', `/api/v1/retention-runs/${run.id}`).send(run);
    },
  );

  app.put(
    '/api/v1/parties/:id/legal-hold',
    {
      config: { access: MANAGE },
      schema: {
        tags: ['privacy'],
        summary:
          'Bewaarplicht (legal hold) op een partij zetten of opheffen (If-Match: versie van de partij)',
        params: PartyIdParams,
        body: LegalHoldInput,
        response: { 200: LegalHoldSchema },
      },
    },
    async (request, reply) => {
      const { id } = request.params as { id: string };
      const { legalHold } = request.body as { legalHold: boolean };
      const expected = expectedVersion(request);
      const setter = registry.legalHold;
      if (!setter) throw problems.notFound('De partij');
      const result = await inTenant(deps, request, async (tx, ctx) => {
        const r = await setter(tx, ctx.tenantId, id, legalHold, expected);
        if (r === undefined) throw problems.notFound('De partij');
        if (r === 'stale') throw problems.preconditionFailed();
        await recordAudit(tx, ctx, {
          action: legalHold ? 'privacy.legal-hold.set' : 'privacy.legal-hold.lift',
          objectType: 'party',
          objectId: id,
        });
        return r;
      });
      return reply.header('etag', etagOf(result.version)).send({ partyId: id, ...result });
    },
  );

  app.get(
    '/api/v1/parties/:id/access-export',
    {
      config: { access: MANAGE },
      schema: {
        tags: ['privacy'],
        summary: 'Inzageverzoek: alles over één inwoner in deze gemeente, als JSON-download',
        params: PartyIdParams,
      },
    },
    async (request, reply) => {
      const { id } = request.params as { id: string };
      const tenant = requireAuth(request).tenant;
      const doc = await inTenant(deps, request, (tx, ctx) =>
        accessExport(tx, ctx, registry, id, tenant.name),
      );
      return reply
        .header('content-type', 'application/json; charset=utf-8')
        .header('content-disposition', `attachment; filename="inzage-${id}.json"`)
        .header('cache-control', 'no-store')
        .send(JSON.stringify(doc, null, 2));
    },
  );
}
