// The state of the contact rollups, and a rebuild after historical contacts were imported or
// corrected (the rollups only refresh the last days by themselves: see rollup.ts).
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import type { AppDeps } from '../../platform/deps.js';
import { inTenant } from '../../platform/request.js';
import { recordAudit } from '../../platform/audit/service.js';
import { Nullable } from '../../platform/http/schema-types.js';
import { amsterdamDate } from '../../../shared/calendar/working-days.js';
import { rebuildRollups, rollupStatus } from './rollup.js';
import { tags } from './routes-dashboard.js';

const Status = Type.Object({ settledBefore: Nullable(Type.String()), refreshedAt: Nullable(Type.String()) });

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
      schema: { tags, summary: 'Samenvattingstabellen opnieuw opbouwen', response: { 200: Status } },
    },
    (request) =>
      inTenant(deps, request, async (tx, ctx) => {
        const status = await rebuildRollups(tx, ctx.tenantId, amsterdamDate(new Date()));
        await recordAudit(tx, ctx, { action: 'insights.rollups.rebuild', objectType: 'insight_rollups' });
        return status;
      }),
  );
}
