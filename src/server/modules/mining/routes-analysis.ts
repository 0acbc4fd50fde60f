// Questions to a log: process map, variants, throughput time, bottlenecks, the cases behind an
// edge, and the filtered log as XES or CSV.
import { Readable } from 'node:stream';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../platform/deps.js';
import { requireAuth } from '../../platform/auth/context.js';
import { inTenant } from '../../platform/request.js';
import { recordAudit } from '../../platform/audit/service.js';
import { problems } from '../../platform/http/problem.js';
import {
  BottleneckQuery,
  BottleneckSchema,
  DfgQuery,
  DfgSchema,
  EdgeCasePageSchema,
  EdgeCaseQuery,
  FilterQuery,
  LogParams,
  ThroughputQuery,
  ThroughputSchema,
  VariantPageSchema,
  VariantQuery,
} from './schemas.js';
import type { TraceFilter } from './filters.js';
import {
  OWN_CASES_TYPES,
  bottleneckList,
  casesBehindEdge,
  filteredTraces,
  openLog,
  processMap,
  throughputHistogram,
  variantPage,
} from './service.js';
import { csvExport, xesExport } from './export.js';
import type { AttrTypes } from './model.js';

const tags = ['procesmining-logs'];
const params = LogParams;

export function filterOf(q: FilterQuery): TraceFilter {
  const from = q.from ? Date.parse(q.from) : undefined;
  const to = q.to ? Date.parse(q.to) : undefined;
  if (from !== undefined && to !== undefined && to <= from)
    throw problems.validation([{ pointer: '/query/to', detail: 'moet na from liggen' }]);
  if ((q.attrKey === undefined) !== (q.attrValue === undefined))
    throw problems.validation([
      {
        pointer: q.attrKey === undefined ? '/query/attrKey' : '/query/attrValue',
        detail: 'attrKey en attrValue gaan samen',
      },
    ]);
  const f: TraceFilter = { timeMode: q.timeMode ?? 'contained' };
  if (from !== undefined) f.from = from;
  if (to !== undefined) f.to = to;
  for (const k of ['activity', 'variant', 'startActivity', 'endActivity', 'attrKey', 'attrValue'] as const)
    if (q[k] !== undefined) f[k] = q[k];
  return f;
}

async function target(deps: AppDeps, request: FastifyRequest) {
  const tenantId = requireAuth(request).tenant.id;
  return openLog(deps.database, tenantId, (request.params as { logId: string }).logId);
}

export async function analysisRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const db = deps.database;
  const base = '/api/v1/mining/logs/:logId';
  const read = { access: 'mining:read' as const };

  app.get(
    `${base}/dfg`,
    {
      config: read,
      schema: {
        tags,
        summary: 'Procesmodel (directly-follows graph) met frequentie en doorlooptijden',
        params,
        querystring: DfgQuery,
        response: { 200: DfgSchema },
      },
    },
    async (request) => {
      const q = request.query as FilterQuery & { activities?: number; paths?: number };
      return processMap(db, await target(deps, request), filterOf(q), {
        activities: q.activities,
        paths: q.paths,
      });
    },
  );

  app.get(
    `${base}/variants`,
    {
      config: read,
      schema: {
        tags,
        summary: 'Varianten met aandeel en doorlooptijd',
        params,
        querystring: VariantQuery,
        response: { 200: VariantPageSchema },
      },
    },
    async (request) => {
      const q = request.query as FilterQuery & { page: number; pageSize: number };
      return variantPage(db, await target(deps, request), filterOf(q), q);
    },
  );

  app.get(
    `${base}/throughput`,
    {
      config: read,
      schema: {
        tags,
        summary: 'Verdeling van de doorlooptijd per zaak',
        params,
        querystring: ThroughputQuery,
        response: { 200: ThroughputSchema },
      },
    },
    async (request) => {
      const q = request.query as FilterQuery & { bins: number };
      return throughputHistogram(db, await target(deps, request), filterOf(q), q.bins);
    },
  );

  app.get(
    `${base}/bottlenecks`,
    {
      config: read,
      schema: {
        tags,
        summary: 'Knelpunten: overgangen met de grootste wachttijd × frequentie',
        params,
        querystring: BottleneckQuery,
        response: { 200: BottleneckSchema },
      },
    },
    async (request) => {
      const q = request.query as FilterQuery & { limit: number };
      return bottleneckList(db, await target(deps, request), filterOf(q), q.limit);
    },
  );

  app.get(
    `${base}/edge-cases`,
    {
      config: read,
      schema: {
        tags,
        summary: 'De zaken achter één overgang',
        params,
        querystring: EdgeCaseQuery,
        response: { 200: EdgeCasePageSchema },
      },
    },
    async (request) => {
      const q = request.query as FilterQuery & {
        page: number;
        pageSize: number;
        source: string;
        target: string;
      };
      return casesBehindEdge(db, await target(deps, request), filterOf(q), q, q);
    },
  );

  const exportRoute = (ext: 'xes' | 'csv') =>
    app.get(
      `${base}/export.${ext}`,
      {
        config: read,
        schema: {
          tags,
          summary:
            ext === 'xes'
              ? 'Gefilterd log als XES 1.0 (gestreamd)'
              : 'Gefilterd log als CSV (formule-veilig, gestreamd)',
          params,
          querystring: FilterQuery,
          produces: [ext === 'xes' ? 'application/xml' : 'text/csv'],
        },
      },
      async (request, reply) => {
        const filter = filterOf(request.query as FilterQuery);
        const log = await target(deps, request);
        await inTenant(deps, request, (tx, ctx) =>
          recordAudit(tx, ctx, { action: 'mining-log.export', objectType: 'mining-log', objectId: log.id }),
        );
        const types = log.row ? (log.row.attrTypes as AttrTypes) : OWN_CASES_TYPES;
        const name = log.row?.name ?? 'Eigen zaken';
        const batches = filteredTraces(db, log, filter);
        const file = `event-log-${log.id}.${ext}`;
        return reply
          .type(ext === 'xes' ? 'application/xml; charset=utf-8' : 'text/csv; charset=utf-8')
          .header('content-disposition', `attachment; filename="${file}"`)
          .send(Readable.from(ext === 'xes' ? xesExport(name, batches, types) : csvExport(batches, types)));
      },
    );
  exportRoute('xes');
  exportRoute('csv');
}
