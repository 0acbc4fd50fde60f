// The state of the contact rollups (building with progress, or ready as of a refresh), and a full
// rebuild in the background (not needed after imports or corrections, which mark their days: it
// is there for a repair, e.g. after a change to how the rollups are computed).
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import type { AppDeps } from '../../platform/deps.js';
import { inTenant } from '../../platform/request.js';
import { requireAuth } from '../../platform/auth/context.js';
import { recordAudit } from '../../platform/audit/service.js';
import { Nullable } from '../../platform/http/schema-types.js';
import { amsterdamDate } from '../../../shared/calendar/working-days.js';
import { rollupStatus, startBuild } from './rollup.js';
import { kickRollups } from './rollup-job.js';
import { tags } from './routes-dashboard.js';

const Status = Type.Object({
  status: Type.Union([Type.Literal('missing'), Type.Literal('building'), Type.Literal('ready')]),
  progress: Nullable(Type.Number({ minimum: 0, maximum: 1 })),
  settledBefore: Nullable(Type.String()),
  refreshedAt: Nullable(Type.String()),
});

export async function rollupRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  app.get(
    '/api/v1/insights/rollups',
    {
      config: { access: 'insights:read' },
      schema: { tags, summary: 'Stand van de samenvattingstabellen', response: { 200: Status } },
    },
    (request) => inTenant(deps, request, (tx, ctx) => rollupStatus(tx, ctx.tenantId)),
  );
  app.post(
    '/api/v1/insights/rollups/rebuild',
    {
      config: { access: 'insights:configure' },
      schema: { tags, summary: 'Samenvattingstabellen opnieuw opbouwen', response: { 202: Status } },
    },
    async (request, reply) => {
      const status = await inTenant(deps, request, async (tx, ctx) => {
        await startBuild(tx, ctx.tenantId, amsterdamDate(new Date()), new Date());
        await recordAudit(tx, ctx, { action: 'insights.rollups.rebuild', objectType: 'insight_rollups' });
        return rollupStatus(tx, ctx.tenantId);
      });
      // After the commit, so that the job sees the new build.
      void kickRollups(deps.database, requireAuth(request).tenant.id, request.log);
      return reply.code(202).send(status);
    },
  );
}
