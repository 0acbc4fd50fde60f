// What the dashboard's filter controls offer: channels, topics, categories, teams and intervals of
// the caller's gemeente. Analysts may not read the topic and category catalogues themselves
// (contacts:read, cases:read), but they need the names to filter and to read the charts.
import type { FastifyInstance } from 'fastify';
import { asc, eq } from 'drizzle-orm';
import { Type } from 'typebox';
import type { AppDeps } from '../../platform/deps.js';
import { inTenant } from '../../platform/request.js';
import { teams } from '../../platform/accounts/tables.js';
import { Nullable } from '../../platform/http/schema-types.js';
import { CONTACT_CHANNELS, contactAnalytics } from '../contacts/index.js';
import { listCategories } from '../cases/index.js';
import { INTERVALS } from './filters.js';
import { DIGITAL_CHANNELS, PERSONAL_CHANNELS } from './dashboard-contacts.js';
import { tags } from './routes-dashboard.js';

const Options = Type.Object({
  channels: Type.Array(Type.Object({ code: Type.String(), group: Type.String() })),
  topics: Type.Array(
    Type.Object({
      code: Type.String(),
      parentCode: Nullable(Type.String()),
      nameNl: Type.String(),
      avoidable: Type.Boolean(),
    }),
  ),
  categories: Type.Array(
    Type.Object({ code: Type.String(), parentCode: Nullable(Type.String()), nameNl: Type.String() }),
  ),
  teams: Type.Array(Type.Object({ id: Type.String(), name: Type.String() })),
  intervals: Type.Array(Type.String()),
});

export async function optionRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  app.get(
    '/api/v1/insights/filters',
    {
      config: { access: 'insights:read' },
      schema: { tags, summary: 'Keuzes voor de filters van het dashboard', response: { 200: Options } },
    },
    (request) =>
      inTenant(deps, request, async (tx, ctx) => ({
        channels: CONTACT_CHANNELS.map((code) => ({
          code,
          group: DIGITAL_CHANNELS.has(code) ? 'digital' : PERSONAL_CHANNELS.has(code) ? 'personal' : 'other',
        })),
        topics: await contactAnalytics.topicCatalogue(tx, ctx.tenantId),
        categories: (await listCategories(tx, ctx.tenantId)).map((c) => ({
          code: c.code,
          parentCode: c.parentCode,
          nameNl: c.nameNl,
        })),
        teams: await tx
          .select({ id: teams.id, name: teams.name })
          .from(teams)
          .where(eq(teams.tenantId, ctx.tenantId))
          .orderBy(asc(teams.name)),
        intervals: [...INTERVALS],
      })),
  );
}
