// Evidence behind a map: measured heartbeats (CSV) and A/B experiments on a step.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { AppDeps } from '../../platform/deps.js';
import type { Tx } from '../../platform/db/client.js';
import type { ActionContext } from '../../platform/audit/service.js';
import { inTenant as run } from '../../platform/request.js';
import { etagOf, expectedVersion } from '../../platform/http/etag.js';
import { problems } from '../../platform/http/problem.js';
import { sampleSizeTwoProportions } from '../../../shared/statistics/power.js';
import { importMeasurements, listMeasurements, measurementsOf } from './measurements.js';
import { MAX_MEASUREMENT_ROWS } from './measurements-csv.js';
import {
  analyse,
  conclude,
  createExperiment,
  getExperiment,
  listExperiments,
  recordResults,
  type ExperimentInput,
} from './experiments.js';
import {
  ConclusionInputSchema,
  ExperimentInputSchema,
  ExperimentParams,
  IdParams,
  JourneySchema,
  MeasurementImportQuery,
  MeasurementListQuery,
  MeasurementSchema,
  PowerQuery,
  ResultsInputSchema,
} from './schemas.js';
import { getJourney } from './journeys.js';
import { idOf, tags } from './routes.js';

const MAX_CSV_BYTES = 2 * 1024 * 1024;
const experimentParams = (request: FastifyRequest) => request.params as { id: string; experimentId: string };

export async function evidenceRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const inTenant = <T>(request: FastifyRequest, fn: (tx: Tx, ctx: ActionContext) => Promise<T>) =>
    run(deps, request, fn);
  app.addContentTypeParser(
    ['text/csv', 'text/plain'],
    { parseAs: 'string', bodyLimit: MAX_CSV_BYTES },
    (_req, body, done) => done(null, body),
  );

  app.post(
    '/api/v1/journeys/:id/measurements',
    {
      config: { access: 'journeys:manage' },
      bodyLimit: MAX_CSV_BYTES,
      schema: {
        tags,
        summary: `Metingen (KTO/CES/NPS) per stap inlezen uit CSV; alles-of-niets, hoogstens ${MAX_MEASUREMENT_ROWS} regels`,
        params: IdParams,
        querystring: MeasurementImportQuery,
        consumes: ['text/csv'],
        response: {
          201: Type.Object({
            importId: Type.String(),
            count: Type.Integer(),
            items: Type.Array(MeasurementSchema),
          }),
        },
      },
    },
    async (request, reply) => {
      if (typeof request.body !== 'string')
        throw problems.unsupportedMediaType('Stuur het bestand als text/csv.');
      const csv = request.body;
      const result = await inTenant(request, (tx, ctx) =>
        importMeasurements(
          tx,
          ctx,
          idOf(request),
          csv,
          request.query as { source: string; synthetic: boolean },
        ),
      );
      return reply
        .code(201)
        .header('location', `/api/v1/journeys/${idOf(request)}/measurements`)
        .send(result);
    },
  );
  // What the journey page shows first, in one answer: the browser asks for it when a map is opened
  // (issue 5). Two requests in parallel were answered one after the other by the server, each with
  // its own session check and transaction, and the map waited for the later one.
  app.get(
    '/api/v1/journeys/:id/with-measurements',
    {
      config: { access: 'journeys:read' },
      schema: {
        tags,
        summary: 'Eén klantreis met haar gemeten beleving (de klantreis en de metingen in één antwoord)',
        params: IdParams,
        response: {
          200: Type.Object({ journey: JourneySchema, measurements: Type.Array(MeasurementSchema) }),
        },
      },
    },
    async (request, reply) => {
      const answer = await inTenant(request, async (tx, ctx) => {
        const journey = await getJourney(tx, ctx.tenantId, idOf(request));
        // getJourney throws 404 for a journey not in this gemeente: no second check needed.
        return { journey, measurements: await measurementsOf(tx, ctx.tenantId, journey.id) };
      });
      return reply.header('etag', etagOf(answer.journey.version)).send(answer);
    },
  );
  app.get(
    '/api/v1/journeys/:id/measurements',
    {
      config: { access: 'journeys:read' },
      schema: {
        tags,
        summary: 'Gemeten beleving per stap, met n en 95%-betrouwbaarheidsinterval',
        params: IdParams,
        querystring: MeasurementListQuery,
        response: { 200: Type.Object({ items: Type.Array(MeasurementSchema) }) },
      },
    },
    async (request) => ({
      items: await inTenant(request, (tx, ctx) =>
        listMeasurements(tx, ctx.tenantId, idOf(request), (request.query as { stepId?: string }).stepId),
      ),
    }),
  );

  app.get(
    '/api/v1/experiments/sample-size',
    {
      config: { access: 'journeys:read' },
      schema: {
        tags,
        summary: 'Steekproefomvang voor een A/B-test op twee proporties',
        querystring: PowerQuery,
      },
    },
    async (request) => {
      const q = request.query as { p1: number; p2: number; alpha: number; power: number };
      if (q.p1 === q.p2)
        throw problems.validation([{ pointer: '/query/p2', detail: 'moet verschillen van p1' }]);
      return { ...q, ...sampleSizeTwoProportions(q) };
    },
  );
  app.get(
    '/api/v1/journeys/:id/experiments',
    {
      config: { access: 'journeys:read' },
      schema: { tags, summary: 'Experimenten op deze klantreis', params: IdParams },
    },
    async (request) => ({
      items: await inTenant(request, (tx, ctx) => listExperiments(tx, ctx.tenantId, idOf(request))),
    }),
  );
  app.post(
    '/api/v1/journeys/:id/experiments',
    {
      config: { access: 'journeys:manage' },
      schema: {
        tags,
        summary: 'Experiment ontwerpen (met poweranalyse)',
        params: IdParams,
        body: ExperimentInputSchema,
      },
    },
    async (request, reply) => {
      const experiment = await inTenant(request, (tx, ctx) =>
        createExperiment(tx, ctx, idOf(request), request.body as ExperimentInput),
      );
      return reply
        .code(201)
        .header('etag', etagOf(experiment.version))
        .header('location', `/api/v1/journeys/${idOf(request)}/experiments/${experiment.id}`)
        .send(experiment);
    },
  );
  app.get(
    '/api/v1/journeys/:id/experiments/:experimentId',
    {
      config: { access: 'journeys:read' },
      schema: { tags, summary: 'Eén experiment', params: ExperimentParams },
    },
    async (request, reply) => {
      const { id, experimentId } = experimentParams(request);
      const experiment = await inTenant(request, (tx, ctx) =>
        getExperiment(tx, ctx.tenantId, id, experimentId),
      );
      return reply.header('etag', etagOf(experiment.version)).send(experiment);
    },
  );
  app.put(
    '/api/v1/journeys/:id/experiments/:experimentId/results',
    {
      config: { access: 'journeys:manage' },
      schema: {
        tags,
        summary: 'Resultaten vastleggen (If-Match verplicht)',
        params: ExperimentParams,
        body: ResultsInputSchema,
      },
    },
    async (request, reply) => {
      const expected = expectedVersion(request);
      const { id, experimentId } = experimentParams(request);
      const experiment = await inTenant(request, (tx, ctx) =>
        recordResults(
          tx,
          ctx,
          id,
          experimentId,
          expected,
          request.body as Parameters<typeof recordResults>[5],
        ),
      );
      return reply.header('etag', etagOf(experiment.version)).send(experiment);
    },
  );
  app.post(
    '/api/v1/journeys/:id/experiments/:experimentId/analysis',
    {
      config: { access: 'journeys:manage' },
      schema: {
        tags,
        summary: 'Analyseren: z-toets, of Fisher bij kleine aantallen; waarschuwt tegen tussentijds kijken',
        params: ExperimentParams,
      },
    },
    (request) => {
      const { id, experimentId } = experimentParams(request);
      return inTenant(request, (tx, ctx) => analyse(tx, ctx, id, experimentId));
    },
  );
  app.post(
    '/api/v1/journeys/:id/experiments/:experimentId/conclusion',
    {
      config: { access: 'journeys:manage' },
      schema: {
        tags,
        summary: 'Afronden en de uitkomst terugschrijven naar de stap (If-Match van het experiment)',
        params: ExperimentParams,
        body: ConclusionInputSchema,
      },
    },
    async (request, reply) => {
      const expected = expectedVersion(request);
      const { id, experimentId } = experimentParams(request);
      const result = await inTenant(request, (tx, ctx) =>
        conclude(tx, ctx, id, experimentId, expected, (request.body as { summary: string }).summary),
      );
      return reply.header('etag', etagOf(result.experiment.version)).send(result);
    },
  );
}
