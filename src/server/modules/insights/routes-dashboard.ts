// GET /api/v1/insights/<chart>: one route per chart, all with the same filters, JSON or CSV.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { AppDeps } from '../../platform/deps.js';
import { inTenant } from '../../platform/request.js';
import { Nullable } from '../../platform/http/schema-types.js';
import { kickRollups } from './rollup-job.js';
import { requireAuth } from '../../platform/auth/context.js';
import { amsterdamDate } from '../../../shared/calendar/working-days.js';
import type { Tx } from '../../platform/db/client.js';
import { DashboardQuery, resolveFilters, type Filters } from './filters.js';
import { toCsv } from './csv.js';
import type { Chart } from './present.js';
import {
  avoidableChart,
  channelShiftChart,
  heatmapChart,
  reasonsChart,
  resolutionChart,
  timesChart,
  volumeChart,
  type Scope,
} from './dashboard-contacts.js';
import { backlogChart, dueComplianceChart, satisfactionChart } from './dashboard-cases.js';

export const tags = ['inzichten'];

interface ChartRoute {
  path: string;
  summary: string;
  build: (s: Scope, f: Filters) => Promise<Chart<unknown>>;
  /** CSV columns, in order (the drill-down and nested trends stay out of the CSV). */
  columns: string[];
}

const CHARTS: ChartRoute[] = [
  {
    path: 'volume',
    summary: 'Contactvolume per kanaal in de tijd',
    build: volumeChart,
    columns: ['period', 'channel', 'n', 'suppressed'],
  },
  {
    path: 'channel-shift',
    summary: 'Kanaalverschuiving: digitaal tegenover telefoon en balie',
    build: channelShiftChart,
    columns: ['period', 'digital', 'personal', 'other', 'total', 'digitalShare', 'suppressed'],
  },
  {
    path: 'heatmap',
    summary: 'Contacten per weekdag en uur per kanaal',
    build: heatmapChart,
    columns: ['channel', 'weekday', 'hour', 'n', 'suppressed'],
  },
  {
    path: 'times',
    summary: 'Wacht- en afhandeltijden (mediaan, p80, p95) per kanaal',
    build: timesChart,
    columns: ['channel', 'measure', 'n', 'mean', 'median', 'p80', 'p95', 'suppressed'],
  },
  {
    path: 'resolution',
    summary: 'Eerstelijnsoplossing en herhaalcontact binnen 7 dagen per onderwerp',
    build: resolutionChart,
    columns: [
      'topicCode',
      'topicName',
      'n',
      'identified',
      'resolved',
      'resolvedShare',
      'repeated',
      'repeatShare',
      'suppressed',
    ],
  },
  {
    path: 'avoidable',
    summary: 'Vermijdbare contacten en de zaken waarover ze gaan',
    build: avoidableChart,
    columns: ['topicCode', 'topicName', 'categoryCode', 'categoryName', 'n', 'cases', 'suppressed'],
  },
  {
    path: 'reasons',
    summary: 'Top contactredenen met trend en publicatiesuggestie',
    build: reasonsChart,
    columns: [
      'topicCode',
      'topicName',
      'avoidable',
      'n',
      'previous',
      'change',
      'suggestPublish',
      'suppressed',
    ],
  },
  {
    path: 'backlog',
    summary: 'Openstaande meldingen naar leeftijd en team',
    build: backlogChart,
    columns: ['teamId', 'teamName', 'bucket', 'n', 'overdue', 'suppressed'],
  },
  {
    path: 'due-compliance',
    summary: 'Afhandeling binnen termijn per categorie',
    build: dueComplianceChart,
    columns: [
      'categoryCode',
      'categoryName',
      'closed',
      'onTime',
      'onTimeShare',
      'open',
      'openOverdue',
      'suppressed',
    ],
  },
  {
    path: 'satisfaction',
    summary: 'Tevredenheid (KTO) per kanaal en categorie',
    build: satisfactionChart,
    columns: ['dimension', 'key', 'name', 'n', 'mean', 'satisfiedShare', 'suppressed'],
  },
];

export const ChartResponse = Type.Object({
  chart: Type.String(),
  filters: Type.Record(Type.String(), Type.Unknown()),
  provenance: Type.Object({
    source: Type.String(),
    synthetic: Type.Boolean(),
    label: Type.String(),
    n: Type.Integer(),
    generatedAt: Type.String(),
    method: Type.Union([Type.Literal('rollup'), Type.Literal('direct')]),
    asOf: Nullable(Type.String()),
    note: Nullable(Type.String()),
  }),
  minGroupSize: Type.Integer(),
  rows: Type.Array(Type.Unknown()),
});

/** Runs a chart in the caller's gemeente with its demo flag and today's date. */
export async function inScope<T>(
  deps: AppDeps,
  request: FastifyRequest,
  fn: (s: Scope) => Promise<T>,
): Promise<T> {
  const demo = requireAuth(request).tenant.isDemo;
  const today = amsterdamDate(new Date());
  return inTenant(deps, request, (tx: Tx, ctx) =>
    fn({
      tx,
      tenantId: ctx.tenantId,
      demo,
      today,
      // Never awaited: a request does not wait for a build or a refresh (facts.ts reads around it).
      kick: () => void kickRollups(deps.database, ctx.tenantId, request.log),
    }),
  );
}

export function sendChart(reply: FastifyReply, chart: Chart<unknown>, columns: string[], csv: boolean) {
  if (!csv) return reply.send(chart);
  const file = `inzichten-${chart.chart}.csv`;
  return reply
    .type('text/csv; charset=utf-8')
    .header('content-disposition', `attachment; filename="${file}"`)
    .send(toCsv(columns, chart.rows as Record<string, unknown>[]));
}

export async function dashboardRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  for (const c of CHARTS) {
    app.get(
      `/api/v1/insights/${c.path}`,
      {
        config: { access: 'insights:read' },
        schema: {
          tags,
          summary: c.summary,
          querystring: DashboardQuery,
          response: { 200: ChartResponse },
        },
      },
      async (request, reply) => {
        const q = request.query as DashboardQuery;
        const filters = resolveFilters(q);
        const chart = await inScope(deps, request, (s) => c.build(s, filters));
        return sendChart(reply, chart, c.columns, q.format === 'csv');
      },
    );
  }
}
