// Journey maps: CRUD with If-Match, versions, current-versus-desired diff, export and import.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { AppDeps } from '../../platform/deps.js';
import type { Tx } from '../../platform/db/client.js';
import type { ActionContext } from '../../platform/audit/service.js';
import { inTenant as run } from '../../platform/request.js';
import { etagOf, expectedVersion } from '../../platform/http/etag.js';
import { pageOf } from '../../platform/http/pagination.js';
import { problems } from '../../platform/http/problem.js';
import { JourneyFileSchema, type JourneyFile } from '../../../shared/journeys/exchange.js';
import { diffJourneys } from '../../../shared/journeys/diff.js';
import { toMermaid } from '../../../shared/journeys/mermaid.js';
import {
  counterpartOf,
  createJourney,
  deleteJourney,
  getJourney,
  getVersion,
  journeyRow,
  listJourneys,
  listVersions,
  updateJourney,
  type JourneyInput,
  type JourneyQuery,
} from './journeys.js';
import { exportJourney, importJourney } from './exchange.js';
import {
  DiffQuery,
  ExportQuery,
  IdParams,
  JourneyInputSchema,
  JourneyListQuery,
  JourneySchema,
  JourneySummarySchema,
  VersionParams,
} from './schemas.js';

export const tags = ['klantreizen'];
export const idOf = (request: FastifyRequest) => (request.params as { id: string }).id;

export async function journeyRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const inTenant = <T>(request: FastifyRequest, fn: (tx: Tx, ctx: ActionContext) => Promise<T>) =>
    run(deps, request, fn);

  app.get(
    '/api/v1/journeys',
    {
      config: { access: 'journeys:read' },
      schema: {
        tags,
        summary: 'Klantreizen',
        querystring: JourneyListQuery,
        response: { 200: pageOf(JourneySummarySchema) },
      },
    },
    (request) =>
      inTenant(request, (tx, ctx) => listJourneys(tx, ctx.tenantId, request.query as JourneyQuery)),
  );
  app.post(
    '/api/v1/journeys',
    {
      config: { access: 'journeys:manage' },
      schema: {
        tags,
        summary: 'Klantreis aanmaken',
        body: JourneyInputSchema,
        response: { 201: JourneySchema },
      },
    },
    async (request, reply) => {
      const journey = await inTenant(request, (tx, ctx) =>
        createJourney(tx, ctx, request.body as JourneyInput),
      );
      return reply
        .code(201)
        .header('etag', etagOf(journey.version))
        .header('location', `/api/v1/journeys/${journey.id}`)
        .send(journey);
    },
  );
  app.get(
    '/api/v1/journeys/:id',
    {
      config: { access: 'journeys:read' },
      schema: {
        tags,
        summary: 'Eén klantreis, met hoeveel ervan op bewijs rust en waarschuwingen',
        params: IdParams,
        response: { 200: JourneySchema },
      },
    },
    async (request, reply) => {
      const journey = await inTenant(request, (tx, ctx) => getJourney(tx, ctx.tenantId, idOf(request)));
      return reply.header('etag', etagOf(journey.version)).send(journey);
    },
  );
  app.put(
    '/api/v1/journeys/:id',
    {
      config: { access: 'journeys:manage' },
      schema: {
        tags,
        summary: 'Klantreis opslaan als nieuwe versie (If-Match verplicht; 412 bij gelijktijdige wijziging)',
        params: IdParams,
        body: JourneyInputSchema,
        response: { 200: JourneySchema },
      },
    },
    async (request, reply) => {
      const expected = expectedVersion(request);
      const journey = await inTenant(request, (tx, ctx) =>
        updateJourney(tx, ctx, idOf(request), expected, request.body as JourneyInput),
      );
      return reply.header('etag', etagOf(journey.version)).send(journey);
    },
  );
  app.delete(
    '/api/v1/journeys/:id',
    {
      config: { access: 'journeys:manage' },
      schema: {
        tags,
        summary: 'Klantreis verwijderen, met versies, metingen en experimenten (If-Match verplicht)',
        params: IdParams,
      },
    },
    async (request, reply) => {
      const expected = expectedVersion(request);
      await inTenant(request, (tx, ctx) => deleteJourney(tx, ctx, idOf(request), expected));
      return reply.code(204).send();
    },
  );

  app.get(
    '/api/v1/journeys/:id/versions',
    {
      config: { access: 'journeys:read' },
      schema: {
        tags,
        summary: 'Versiegeschiedenis',
        params: IdParams,
        response: {
          200: Type.Object({
            items: Type.Array(
              Type.Object({
                version: Type.Integer(),
                savedBy: Type.Union([Type.String(), Type.Null()]),
                savedAt: Type.String(),
              }),
            ),
          }),
        },
      },
    },
    async (request) => ({
      items: await inTenant(request, (tx, ctx) => listVersions(tx, ctx.tenantId, idOf(request))),
    }),
  );
  app.get(
    '/api/v1/journeys/:id/versions/:version',
    {
      config: { access: 'journeys:read' },
      schema: { tags, summary: 'Eén opgeslagen versie', params: VersionParams },
    },
    (request) => {
      const { id, version } = request.params as { id: string; version: number };
      return inTenant(request, (tx, ctx) => getVersion(tx, ctx.tenantId, id, version));
    },
  );

  app.get(
    '/api/v1/journeys/:id/diff',
    {
      config: { access: 'journeys:read' },
      schema: {
        tags,
        summary: 'Huidige en gewenste klantreis naast elkaar: wat verandert per fase',
        params: IdParams,
        querystring: DiffQuery,
      },
    },
    (request) =>
      inTenant(request, async (tx, ctx) => {
        const row = await journeyRow(tx, ctx.tenantId, idOf(request));
        const withId = (request.query as { with?: string }).with;
        const other = withId
          ? await journeyRow(tx, ctx.tenantId, withId)
          : await counterpartOf(tx, ctx.tenantId, row);
        if (!other)
          throw problems.conflict(
            'Deze klantreis heeft geen tegenhanger (huidig of gewenst) om mee te vergelijken.',
          );
        const [current, desired] =
          row.state === 'desired' && other.state !== 'desired' ? [other, row] : [row, other];
        return {
          current: { id: current.id, title: current.title, state: current.state, version: current.version },
          desired: { id: desired.id, title: desired.title, state: desired.state, version: desired.version },
          phases: diffJourneys(current.document, desired.document),
        };
      }),
  );

  app.get(
    '/api/v1/journeys/:id/export',
    {
      config: { access: 'journeys:read' },
      schema: {
        tags,
        summary: 'Exporteren als JSON (uitwisselformaat) of Mermaid-journeytekst',
        params: IdParams,
        querystring: ExportQuery,
      },
    },
    async (request, reply) => {
      const file = await inTenant(request, (tx, ctx) => exportJourney(tx, ctx.tenantId, idOf(request)));
      const name = `klantreis-${idOf(request).slice(0, 8)}`;
      if ((request.query as { format: string }).format === 'mermaid') {
        return reply
          .type('text/plain; charset=utf-8')
          .header('content-disposition', `attachment; filename="${name}.mmd"`)
          .send(
            toMermaid(
              file.journey.title,
              file.journey.document,
              file.journey.personas.map((p) => p.name),
            ),
          );
      }
      return reply.header('content-disposition', `attachment; filename="${name}.json"`).send(file);
    },
  );
  app.post(
    '/api/v1/journeys/imports',
    {
      config: { access: 'journeys:manage' },
      schema: {
        tags,
        summary:
          'Klantreis inlezen uit het uitwisselformaat (fouten met JSON-pointer; bij een fout wordt niets opgeslagen)',
        body: JourneyFileSchema,
        response: { 201: JourneySchema },
      },
    },
    async (request, reply) => {
      const journey = await inTenant(request, (tx, ctx) =>
        importJourney(tx, ctx, request.body as JourneyFile, { kind: 'import' }),
      );
      return reply
        .code(201)
        .header('etag', etagOf(journey.version))
        .header('location', `/api/v1/journeys/${journey.id}`)
        .send(journey);
    },
  );
}
