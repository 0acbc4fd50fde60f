import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Type, type TSchema } from 'typebox';
import { inTenant } from '../../platform/request.js';
import { requireAuth } from '../../platform/auth/context.js';
import { etagOf, expectedVersion } from '../../platform/http/etag.js';
import { recordAudit } from '../../platform/audit/service.js';
import { problems } from '../../platform/http/problem.js';
import { uniqueViolation } from '../../platform/db/errors.js';
import type { SchemeCode } from '../../../shared/advice/model.js';
import { adviceChannels, adviceReasons, adviceSegments } from './tables.js';
import { createArea, deleteArea, getArea, listAreas, updateArea, type AreaInput } from './areas.js';
import { parseAreaCsv } from './area-csv.js';
import { SurveyImportError } from './import-csv.js';
import { importProblem, importSurvey, parseSurvey } from './import-service.js';
import { questionnaireMarkdown, templateCsv } from './template.js';
import type { AdviceState } from './state.js';
import {
  AreaImportQuerySchema,
  AreaInputSchema,
  AreaSchema,
  ChannelInputSchema,
  DatasetSchema,
  IdParams,
  ImportQuerySchema,
  ReasonInputSchema,
  SegmentInputSchema,
} from './schemas.js';

const tags = ['kanaaladvies'];
const AreaWithWarnings = Type.Object({ area: AreaSchema, warnings: Type.Array(Type.String()) });

export async function adviceDataRoutes(app: FastifyInstance, state: AdviceState): Promise<void> {
  const { deps } = state;
  // Survey and area files arrive as CSV text; they may be far larger than a JSON body.
  app.addContentTypeParser(
    ['text/csv', 'text/plain'],
    { parseAs: 'string', bodyLimit: deps.config.advice.maxImportBytes },
    (_req, body, done) => done(null, body),
  );
  const csvBody = (request: FastifyRequest): string => {
    if (typeof request.body !== 'string')
      throw problems.unsupportedMediaType('Stuur het bestand als text/csv.');
    return request.body;
  };
  const groupsOf = async (tenantId: string, scheme: SchemeCode) =>
    new Set(
      (await state.catalogues.get(tenantId)).segments.filter((s) => s.scheme === scheme).map((s) => s.code),
    );

  app.get(
    '/api/v1/advice/survey-template',
    {
      config: { access: 'advice:read' },
      schema: { tags, summary: 'De vragenlijst met antwoordcodes (Markdown)' },
    },
    async (request, reply) => {
      const catalogue = await state.catalogues.get(requireAuth(request).tenant.id);
      return reply
        .type('text/markdown; charset=utf-8')
        .header('content-disposition', 'attachment; filename="vragenlijst-kanaalvoorkeur.md"')
        .send(questionnaireMarkdown(catalogue));
    },
  );
  app.get(
    '/api/v1/advice/survey-template.csv',
    { config: { access: 'advice:read' }, schema: { tags, summary: 'Leeg CSV-sjabloon voor de antwoorden' } },
    async (_request, reply) =>
      reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="sjabloon-kanaalvoorkeur.csv"')
        .send(templateCsv()),
  );

  app.post(
    '/api/v1/advice/datasets',
    {
      config: { access: 'advice:import' },
      bodyLimit: deps.config.advice.maxImportBytes,
      schema: {
        tags,
        summary: 'Eigen enquête inlezen (CSV, alles-of-niets)',
        querystring: ImportQuerySchema,
        consumes: ['text/csv'],
        response: { 201: Type.Object({ dataset: DatasetSchema, warnings: Type.Array(Type.String()) }) },
      },
    },
    async (request, reply) => {
      const csv = csvBody(request);
      const catalogue = await state.catalogues.get(requireAuth(request).tenant.id);
      const respondents = parseSurvey(catalogue, csv, deps.config.advice.maxImportRows);
      const result = await inTenant(deps, request, (tx, ctx) =>
        importSurvey(tx, ctx, respondents, request.query as Parameters<typeof importSurvey>[3]),
      );
      return reply.code(201).header('location', `/api/v1/advice/datasets/${result.dataset.id}`).send(result);
    },
  );

  app.get(
    '/api/v1/advice/areas',
    {
      config: { access: 'advice:read' },
      schema: {
        tags,
        summary: 'Gebieden met hun samenstelling',
        response: { 200: Type.Object({ items: Type.Array(AreaSchema) }) },
      },
    },
    async (request) => ({
      items: await inTenant(deps, request, (tx, ctx) => listAreas(tx, ctx.tenantId)),
    }),
  );
  app.get(
    '/api/v1/advice/areas/:id',
    {
      config: { access: 'advice:read' },
      schema: { tags, summary: 'Eén gebied', params: IdParams, response: { 200: AreaSchema } },
    },
    async (request, reply) => {
      const area = await inTenant(deps, request, (tx, ctx) =>
        getArea(tx, ctx.tenantId, (request.params as { id: string }).id),
      );
      return reply.header('etag', etagOf(area.version)).send(area);
    },
  );
  app.post(
    '/api/v1/advice/areas',
    {
      config: { access: 'advice:plan' },
      schema: {
        tags,
        summary: 'Gebied vastleggen (aantallen of aandelen per groep)',
        body: AreaInputSchema,
        response: { 201: AreaWithWarnings },
      },
    },
    async (request, reply) => {
      const input = request.body as AreaInput;
      const groups = await groupsOf(requireAuth(request).tenant.id, input.scheme);
      const result = await inTenant(deps, request, (tx, ctx) => createArea(tx, ctx, input, groups));
      return reply
        .code(201)
        .header('etag', etagOf(result.area.version))
        .header('location', `/api/v1/advice/areas/${result.area.id}`)
        .send(result);
    },
  );
  app.post(
    '/api/v1/advice/areas/import',
    {
      config: { access: 'advice:plan' },
      schema: {
        tags,
        summary: 'Gebied inlezen uit CSV (groep;aantal of groep;aandeel)',
        querystring: AreaImportQuerySchema,
        consumes: ['text/csv'],
        response: { 201: AreaWithWarnings },
      },
    },
    async (request, reply) => {
      const q = request.query as Omit<AreaInput, 'counts' | 'shares'>;
      let values;
      try {
        values = parseAreaCsv(csvBody(request));
      } catch (error) {
        if (error instanceof SurveyImportError) throw importProblem(error);
        throw error;
      }
      const groups = await groupsOf(requireAuth(request).tenant.id, q.scheme);
      const result = await inTenant(deps, request, (tx, ctx) =>
        createArea(tx, ctx, { ...q, ...values }, groups),
      );
      return reply
        .code(201)
        .header('etag', etagOf(result.area.version))
        .header('location', `/api/v1/advice/areas/${result.area.id}`)
        .send(result);
    },
  );
  app.put(
    '/api/v1/advice/areas/:id',
    {
      config: { access: 'advice:plan' },
      schema: {
        tags,
        summary: 'Gebied wijzigen (If-Match verplicht)',
        params: IdParams,
        body: AreaInputSchema,
        response: { 200: AreaWithWarnings },
      },
    },
    async (request, reply) => {
      const expected = expectedVersion(request);
      const input = request.body as AreaInput;
      const groups = await groupsOf(requireAuth(request).tenant.id, input.scheme);
      const result = await inTenant(deps, request, (tx, ctx) =>
        updateArea(tx, ctx, (request.params as { id: string }).id, expected, input, groups),
      );
      return reply.header('etag', etagOf(result.area.version)).send(result);
    },
  );
  app.delete(
    '/api/v1/advice/areas/:id',
    { config: { access: 'advice:plan' }, schema: { tags, summary: 'Gebied verwijderen', params: IdParams } },
    async (request, reply) => {
      await inTenant(deps, request, (tx, ctx) => deleteArea(tx, ctx, (request.params as { id: string }).id));
      return reply.code(204).send();
    },
  );

  // Extending the catalogues: new channels, groups, motives and expectations are data.
  const addToCatalogue = (
    url: string,
    summary: string,
    body: TSchema,
    insert: (
      tx: Parameters<Parameters<typeof inTenant>[2]>[0],
      tenantId: string,
      input: Record<string, unknown>,
    ) => Promise<unknown>,
    what: string,
  ) =>
    app.post(
      url,
      { config: { access: 'advice:catalogue' }, schema: { tags, summary, body: body as never } },
      async (request, reply) => {
        const input = request.body as Record<string, unknown>;
        try {
          await inTenant(deps, request, async (tx, ctx) => {
            await insert(tx, ctx.tenantId, input);
            await recordAudit(tx, ctx, {
              action: `advice.catalogue.${what}.create`,
              objectType: `advice-${what}`,
              objectId: String(input.code),
            });
          });
        } catch (error) {
          if (uniqueViolation(error)) throw problems.validation([{ pointer: '/code', detail: 'bestaat al' }]);
          throw error;
        }
        state.catalogues.invalidate(requireAuth(request).tenant.id);
        return reply.code(201).send(input);
      },
    );

  addToCatalogue(
    '/api/v1/advice/channels',
    'Kanaal toevoegen',
    ChannelInputSchema,
    (tx, tenantId, input) =>
      tx.insert(adviceChannels).values({
        ...(input as typeof adviceChannels.$inferInsert),
        tenantId,
        source: 'Toegevoegd door beheerder',
        sort: 1000,
      }),
    'channel',
  );
  addToCatalogue(
    '/api/v1/advice/segments',
    'Groep toevoegen aan een indeling',
    SegmentInputSchema,
    async (tx, tenantId, input) => {
      const s = input as typeof adviceSegments.$inferInsert;
      if (s.scheme === 'age') {
        if (s.minAge == null || s.maxAge == null || s.minAge > s.maxAge) {
          throw problems.validation([
            {
              pointer: '/minAge',
              detail: 'een leeftijdsgroep heeft een ondergrens en een bovengrens (ondergrens ≤ bovengrens)',
            },
          ]);
        }
        const overlap = (await state.catalogues.get(tenantId)).segments.find(
          (o) => o.scheme === 'age' && (o.minAge ?? 0) <= s.maxAge! && (o.maxAge ?? 200) >= s.minAge!,
        );
        if (overlap)
          throw problems.validation([
            { pointer: '/minAge', detail: `overlapt met leeftijdsgroep '${overlap.code}'` },
          ]);
      }
      await tx.insert(adviceSegments).values({ ...s, tenantId, sort: 1000 });
    },
    'segment',
  );
  addToCatalogue(
    '/api/v1/advice/reasons',
    'Motief of verwachting toevoegen',
    ReasonInputSchema,
    (tx, tenantId, input) =>
      tx.insert(adviceReasons).values({
        ...(input as typeof adviceReasons.$inferInsert),
        tenantId,
        source: 'Toegevoegd door beheerder',
      }),
    'reason',
  );
}
