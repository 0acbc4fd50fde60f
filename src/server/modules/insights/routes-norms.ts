// Service norms, their weekly scores, the forecast with staffing, and the Erlang C calculator.
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import type { AppDeps } from '../../platform/deps.js';
import { inTenant } from '../../platform/request.js';
import { etagOf, expectedVersion } from '../../platform/http/etag.js';
import { Nullable } from '../../platform/http/schema-types.js';
import { listNorms, Norm, NormPatch, updateNorm } from './norms.js';
import { normScores } from './norm-scores.js';
import { resolveFilters, type DashboardQuery } from './filters.js';
import { StaffingQuery, staffingForecast } from './staffing.js';
import { erlang } from './erlang.js';
import { ChartResponse, inScope, sendChart, tags } from './routes-dashboard.js';
import type { Chart } from './present.js';

const Day = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' });
const ScoresQuery = Type.Object(
  {
    from: Type.Optional(Day),
    to: Type.Optional(Day),
    team: Type.Optional(Type.String({ format: 'uuid' })),
    format: Type.Optional(Type.Union([Type.Literal('json'), Type.Literal('csv')])),
  },
  { additionalProperties: false },
);

const ErlangQuery = Type.Object(
  {
    calls: Type.Number({ minimum: 0, maximum: 1_000_000 }),
    intervalMinutes: Type.Integer({ minimum: 15, maximum: 120 }),
    ahtSeconds: Type.Number({ exclusiveMinimum: 0, maximum: 7200 }),
    agents: Type.Integer({ minimum: 0, maximum: 10_000 }),
    targetSeconds: Type.Number({ minimum: 0, maximum: 3600 }),
  },
  { additionalProperties: false },
);

const ErlangResponse = Type.Object({
  trafficErlangs: Type.Number(),
  serviceLevel: Type.Number(),
  probabilityWaiting: Type.Number(),
  // null when the queue is unstable (agents <= traffic): the wait has no finite mean.
  asaSeconds: Nullable(Type.Number()),
  occupancy: Type.Number(),
});

export async function normRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  app.get(
    '/api/v1/insights/norms',
    {
      config: { access: 'insights:read' },
      schema: {
        tags,
        summary: 'Servicenormen van de gemeente',
        response: { 200: Type.Object({ items: Type.Array(Norm) }) },
      },
    },
    async (request) => ({ items: await inTenant(deps, request, (tx, ctx) => listNorms(tx, ctx.tenantId)) }),
  );
  app.patch(
    '/api/v1/insights/norms/:code',
    {
      config: { access: 'insights:configure' },
      schema: {
        tags,
        summary: 'Servicenorm wijzigen (If-Match verplicht)',
        params: Type.Object({ code: Type.String({ maxLength: 64 }) }),
        body: NormPatch,
        response: { 200: Norm },
      },
    },
    async (request, reply) => {
      const expected = expectedVersion(request);
      const code = (request.params as { code: string }).code;
      const norm = await inTenant(deps, request, (tx, ctx) =>
        updateNorm(tx, ctx, code, expected, request.body as NormPatch),
      );
      return reply.header('etag', etagOf(norm.version)).send(norm);
    },
  );
  app.get(
    '/api/v1/insights/norms/scores',
    {
      config: { access: 'insights:read' },
      schema: {
        tags,
        summary: 'Score per servicenorm per week, met trend',
        querystring: ScoresQuery,
        response: {
          200: Type.Object({ ...ChartResponse.properties, norms: Type.Array(Type.Unknown()) }),
        },
      },
    },
    async (request, reply) => {
      const q = request.query as DashboardQuery;
      const filters = resolveFilters(q);
      const result = await inScope(deps, request, (s) => normScores(s, filters));
      return sendChart(
        reply,
        result as Chart<unknown>,
        ['normCode', 'week', 'n', 'score', 'met', 'suppressed'],
        q.format === 'csv',
      );
    },
  );
  app.get(
    '/api/v1/insights/staffing/forecast',
    {
      config: { access: 'insights:read' },
      schema: {
        tags,
        summary: 'Prognose telefoon per weekdag en interval, met benodigde bezetting (Erlang C)',
        querystring: StaffingQuery,
        response: {
          200: Type.Object({
            chart: Type.String(),
            parameters: Type.Record(Type.String(), Type.Unknown()),
            provenance: ChartResponse.properties.provenance,
            minGroupSize: Type.Integer(),
            rows: Type.Array(Type.Unknown()),
          }),
        },
      },
    },
    async (request, reply) => {
      const q = request.query as StaffingQuery;
      const result = await inScope(deps, request, (s) => staffingForecast(s, q));
      const columns = [
        'weekday',
        'start',
        'forecastCalls',
        'ahtSeconds',
        'agents',
        'scheduled',
        'serviceLevel',
        'asaSeconds',
        'occupancy',
      ];
      return sendChart(reply, result as unknown as Chart<unknown>, columns, q.format === 'csv');
    },
  );
  app.get(
    '/api/v1/insights/staffing/erlang',
    {
      config: { access: 'insights:read' },
      schema: {
        tags,
        summary: 'Erlang C-rekenhulp voor één interval',
        querystring: ErlangQuery,
        response: { 200: ErlangResponse },
      },
    },
    async (request) => {
      const q = request.query as {
        calls: number;
        intervalMinutes: number;
        ahtSeconds: number;
        agents: number;
        targetSeconds: number;
      };
      const r = erlang({ ...q, intervalSeconds: q.intervalMinutes * 60 });
      return { ...r, asaSeconds: Number.isFinite(r.asaSeconds) ? r.asaSeconds : null };
    },
  );
}
