// Event logs: list, read (with import progress), upload (202, import in the background), cancel
// and delete.
import { join } from 'node:path';
import { Type } from 'typebox';
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../platform/deps.js';
import { inTenant } from '../../platform/request.js';
import { requireAuth } from '../../platform/auth/context.js';
import { withTenant } from '../../platform/db/tenant.js';
import { recordAudit } from '../../platform/audit/service.js';
import { problems } from '../../platform/http/problem.js';
import { cutoffOf, termMonths } from '../../platform/privacy/index.js';
import { LogParams, LogSchema, UploadQuery } from './schemas.js';
import { deleteLog, insertLog, listLogRows, markEnded } from './store.js';
import { OWN_CASES, openLog } from './service.js';
import { ownCasesSummary } from './own-cases.js';
import { logView, ownCasesView } from './view.js';
import { registerUpload, sizeGuard, uploadedFile } from './upload.js';
import { cancelRunningImport, startImport, type ImportSpec } from './import-job.js';

const tags = ['procesmining-logs'];

function importSpec(q: UploadQuery): ImportSpec {
  if (q.format === 'xes') return { format: 'xes' };
  const missing = (['case', 'activity', 'timestamp'] as const).filter((k) => !q[k]);
  if (missing.length)
    throw problems.validation(
      missing.map((k) => ({
        pointer: `/query/${k}`,
        detail: 'verplicht bij format=csv: de kolomnaam in de CSV',
      })),
    );
  return {
    format: 'csv',
    mapping: {
      case: q.case!,
      activity: q.activity!,
      timestamp: q.timestamp!,
      ...(q.resource ? { resource: q.resource } : {}),
      attributes: (q.attributes ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
      ...(q.delimiter ? { delimiter: q.delimiter } : {}),
    },
  };
}

export async function logRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const maxBytes = deps.config.mining.maxUploadBytes;
  registerUpload(app, join(deps.config.dataDir, 'mining-uploads'), maxBytes);
  const params = LogParams;

  app.get(
    '/api/v1/mining/logs',
    {
      config: { access: 'mining:read' },
      schema: {
        tags,
        summary: 'Event logs: eigen zaken en ingelezen logs',
        response: { 200: Type.Object({ items: Type.Array(LogSchema) }) },
      },
    },
    async (request) => {
      const rows = await inTenant(deps, request, (tx, ctx) => listLogRows(tx, ctx.tenantId));
      return { items: [ownCasesView(null), ...rows.map(logView)] };
    },
  );

  app.get(
    '/api/v1/mining/logs/:logId',
    {
      config: { access: 'mining:read' },
      schema: {
        tags,
        summary: 'Eén event log, met voortgang van het inlezen',
        params,
        response: { 200: LogSchema },
      },
    },
    async (request) => {
      const tenantId = requireAuth(request).tenant.id;
      const { logId } = request.params as { logId: string };
      const log = await openLog(deps.database, tenantId, logId, false);
      if (log.row) return logView(log.row);
      const dfg = await ownCasesSummary(deps.database, tenantId);
      return ownCasesView({ cases: dfg.cases, events: dfg.events, activities: dfg.activities.length });
    },
  );

  app.post(
    '/api/v1/mining/logs',
    {
      config: { access: 'mining:import' },
      onRequest: sizeGuard(maxBytes),
      schema: {
        tags,
        summary: 'Event log inlezen (XES, XES.GZ of CSV); het inlezen loopt op de achtergrond',
        querystring: UploadQuery,
        consumes: ['application/xml', 'application/gzip', 'application/octet-stream', 'text/csv'],
        response: { 202: LogSchema },
      },
    },
    async (request, reply) => {
      const q = request.query as UploadQuery;
      const spec = importSpec(q);
      const file = uploadedFile(request);
      const resource = q.resourceHandling ?? 'keep';
      const row = await inTenant(deps, request, async (tx, ctx) => {
        const months = q.retentionMonths ?? (await termMonths(tx, ctx.tenantId, 'mining_logs'));
        const created = await insertLog(tx, ctx.tenantId, {
          name: q.name,
          source: q.format === 'xes' ? 'import-xes' : 'import-csv',
          bytesTotal: file.bytes,
          provenance: { kind: 'imported', label: `Ingelezen door de gemeente: ${q.name}` },
          createdBy: ctx.actor?.id ?? null,
          retainUntil: cutoffOf(new Date(), -months),
          resourceHandling: resource,
        });
        await recordAudit(tx, ctx, {
          action: 'mining-log.import',
          objectType: 'mining-log',
          objectId: created.id,
        });
        return created;
      });
      file.claimed = true;
      startImport(deps.database, row.tenantId, row.id, file.path, spec, {
        deleteFile: true,
        resource,
        pseudonymKey: deps.keys.pseudonym,
      }).catch((err: unknown) => request.log.error({ err, logId: row.id }, 'mining import crashed'));
      return reply.code(202).header('location', `/api/v1/mining/logs/${row.id}`).send(logView(row));
    },
  );

  app.post(
    '/api/v1/mining/logs/:logId/cancel',
    {
      config: { access: 'mining:import' },
      schema: {
        tags,
        summary: 'Lopend inlezen afbreken (er blijft niets van bewaard)',
        params,
        response: { 200: LogSchema },
      },
    },
    async (request) => {
      const tenantId = requireAuth(request).tenant.id;
      const { logId } = request.params as { logId: string };
      if (logId === OWN_CASES) throw problems.conflict('Het log van de eigen zaken wordt niet ingelezen.');
      const log = await openLog(deps.database, tenantId, logId, false);
      if (log.row!.status !== 'importing')
        throw problems.conflict(`Het inlezen is al beëindigd (status "${log.row!.status}").`);
      if (!(await cancelRunningImport(tenantId, logId)))
        await withTenant(deps.database, tenantId, (tx) => markEnded(tx, tenantId, logId, 'cancelled', null));
      await inTenant(deps, request, (tx, ctx) =>
        recordAudit(tx, ctx, { action: 'mining-log.cancel', objectType: 'mining-log', objectId: logId }),
      );
      return logView((await openLog(deps.database, tenantId, logId, false)).row!);
    },
  );

  app.delete(
    '/api/v1/mining/logs/:logId',
    { config: { access: 'mining:import' }, schema: { tags, summary: 'Event log verwijderen', params } },
    async (request, reply) => {
      const tenantId = requireAuth(request).tenant.id;
      const { logId } = request.params as { logId: string };
      if (logId === OWN_CASES)
        throw problems.conflict('Het log van de eigen zaken kan niet worden verwijderd.');
      const log = await openLog(deps.database, tenantId, logId, false);
      if (log.row!.status === 'importing') await cancelRunningImport(tenantId, logId);
      await inTenant(deps, request, async (tx, ctx) => {
        await deleteLog(tx, ctx.tenantId, logId);
        await recordAudit(tx, ctx, {
          action: 'mining-log.delete',
          objectType: 'mining-log',
          objectId: logId,
        });
      });
      return reply.code(204).send();
    },
  );
}
