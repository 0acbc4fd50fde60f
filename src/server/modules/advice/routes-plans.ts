import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { inTenant } from '../../platform/request.js';
import { requireAuth } from '../../platform/auth/context.js';
import { etagOf, expectedVersion } from '../../platform/http/etag.js';
import { Labels } from './query.js';
import {
  comparePlans,
  createPlan,
  deletePlan,
  getPlan,
  listPlans,
  updatePlan,
  type PlanInput,
} from './plans.js';
import { planCsv, planPdf } from './plan-export.js';
import type { AdviceState } from './state.js';
import { IdParams, PlanInputSchema } from './schemas.js';

const tags = ['kanaaladvies'];

export async function advicePlanRoutes(app: FastifyInstance, state: AdviceState): Promise<void> {
  const { deps } = state;
  const labelsFor = async (request: FastifyRequest) =>
    new Labels(await state.catalogues.get(requireAuth(request).tenant.id));
  const idOf = (request: FastifyRequest) => (request.params as { id: string }).id;

  app.get(
    '/api/v1/advice/plans',
    { config: { access: 'advice:read' }, schema: { tags, summary: 'Opgeslagen kanaalplannen' } },
    async (request) => ({
      items: await inTenant(deps, request, (tx, ctx) => listPlans(tx, ctx.tenantId)),
    }),
  );
  app.post(
    '/api/v1/advice/plans',
    {
      config: { access: 'advice:plan' },
      schema: { tags, summary: 'Kanaalplan maken en exact oplossen', body: PlanInputSchema },
    },
    async (request, reply) => {
      const labels = await labelsFor(request);
      const plan = await inTenant(deps, request, (tx, ctx) =>
        createPlan(tx, ctx, request.body as PlanInput, state.datasets, labels),
      );
      return reply
        .code(201)
        .header('etag', etagOf(plan.version))
        .header('location', `/api/v1/advice/plans/${plan.id}`)
        .send(plan);
    },
  );
  app.get(
    '/api/v1/advice/plans/:id',
    { config: { access: 'advice:read' }, schema: { tags, summary: 'Eén kanaalplan', params: IdParams } },
    async (request, reply) => {
      const plan = await inTenant(deps, request, (tx, ctx) => getPlan(tx, ctx.tenantId, idOf(request)));
      return reply.header('etag', etagOf(plan.version)).send(plan);
    },
  );
  app.put(
    '/api/v1/advice/plans/:id',
    {
      config: { access: 'advice:plan' },
      schema: {
        tags,
        summary: 'Kanaalplan wijzigen en opnieuw oplossen (If-Match verplicht)',
        params: IdParams,
        body: PlanInputSchema,
      },
    },
    async (request, reply) => {
      const expected = expectedVersion(request);
      const labels = await labelsFor(request);
      const plan = await inTenant(deps, request, (tx, ctx) =>
        updatePlan(tx, ctx, idOf(request), expected, request.body as PlanInput, state.datasets, labels),
      );
      return reply.header('etag', etagOf(plan.version)).send(plan);
    },
  );
  app.delete(
    '/api/v1/advice/plans/:id',
    {
      config: { access: 'advice:plan' },
      schema: { tags, summary: 'Kanaalplan verwijderen', params: IdParams },
    },
    async (request, reply) => {
      await inTenant(deps, request, (tx, ctx) => deletePlan(tx, ctx, idOf(request)));
      return reply.code(204).send();
    },
  );
  app.get(
    '/api/v1/advice/plan-comparison',
    {
      config: { access: 'advice:read' },
      schema: {
        tags,
        summary: 'Twee kanaalplannen naast elkaar',
        querystring: Type.Object(
          { a: Type.String({ format: 'uuid' }), b: Type.String({ format: 'uuid' }) },
          { additionalProperties: false },
        ),
      },
    },
    async (request) => {
      const q = request.query as { a: string; b: string };
      return inTenant(deps, request, async (tx, ctx) =>
        comparePlans(await getPlan(tx, ctx.tenantId, q.a), await getPlan(tx, ctx.tenantId, q.b)),
      );
    },
  );
  app.get(
    '/api/v1/advice/plans/:id/export.csv',
    { config: { access: 'advice:read' }, schema: { tags, summary: 'Kanaalplan als CSV', params: IdParams } },
    async (request, reply) => {
      const plan = await inTenant(deps, request, (tx, ctx) => getPlan(tx, ctx.tenantId, idOf(request)));
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="kanaalplan-${plan.id}.csv"`)
        .send('\ufeff' + planCsv(plan));
    },
  );
  app.get(
    '/api/v1/advice/plans/:id/export.pdf',
    { config: { access: 'advice:read' }, schema: { tags, summary: 'Kanaalplan als PDF', params: IdParams } },
    async (request, reply) => {
      const plan = await inTenant(deps, request, (tx, ctx) => getPlan(tx, ctx.tenantId, idOf(request)));
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="kanaalplan-${plan.id}.pdf"`)
        .send(Buffer.from(await planPdf(plan)));
    },
  );
}
