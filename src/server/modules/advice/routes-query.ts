import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { inTenant } from '../../platform/request.js';
import { requireAuth } from '../../platform/auth/context.js';
import { PHASES, type Context, type Phase, type SchemeCode } from '../../../shared/advice/model.js';
import { DEFAULT_PROFILE_SCHEME } from './catalogue/index.js';
import { adviceFor, matrixFor, provenanceOf } from './query.js';
import { tallyCell } from './aggregate.js';
import { compareCells } from './compare.js';
import { areaMix } from './mix.js';
import { getArea } from './areas.js';
import { listDatasets, memoised } from './datasets.js';
import { datasetWithLabels, type AdviceState } from './state.js';
import {
  AdviceQuerySchema,
  CompareQuerySchema,
  DatasetSchema,
  IdParams,
  JourneyQuerySchema,
  MatrixQuerySchema,
  MixQuerySchema,
} from './schemas.js';

const read = { access: 'advice:read' as const };
const tags = ['kanaaladvies'];

export async function adviceQueryRoutes(app: FastifyInstance, state: AdviceState): Promise<void> {
  app.get(
    '/api/v1/advice/catalogue',
    {
      config: read,
      schema: { tags, summary: 'Kanalen, indelingen, fasen, motieven en verwachtingen van de gemeente' },
    },
    async (request) => {
      // The engagement-profile model is Citisens' property; its notice goes wherever the profiles go.
      return {
        ...(await state.catalogues.get(requireAuth(request).tenant.id)),
        profileRights: DEFAULT_PROFILE_SCHEME.rights,
        profileRightsEn: DEFAULT_PROFILE_SCHEME.rightsEn,
      };
    },
  );

  app.get(
    '/api/v1/advice/datasets',
    {
      config: read,
      schema: {
        tags,
        summary: 'Datasets (enquêtes) met herkomst',
        response: { 200: Type.Object({ items: Type.Array(DatasetSchema) }) },
      },
    },
    async (request) => ({
      items: await inTenant(state.deps, request, (tx, ctx) => listDatasets(tx, ctx.tenantId)),
    }),
  );

  app.get(
    '/api/v1/advice',
    {
      config: read,
      schema: { tags, summary: 'Kanaaladvies voor één groep in één fase', querystring: AdviceQuerySchema },
    },
    async (request) => {
      const q = request.query as {
        dataset: string;
        context: Context;
        scheme: SchemeCode;
        group: string;
        phase: Phase;
      };
      const { row, index, labels, entry } = await datasetWithLabels(state, request, q.dataset);
      return memoised(entry, labels.catalogue, `advice/${q.context}/${q.scheme}/${q.phase}/${q.group}`, () =>
        adviceFor(row, index, q, labels, state.minCell),
      );
    },
  );

  app.get(
    '/api/v1/advice/matrix',
    {
      config: read,
      schema: {
        tags,
        summary: 'Alle groepen naast elkaar voor één fase (groepen × kanalen)',
        querystring: MatrixQuerySchema,
      },
    },
    async (request) => {
      const q = request.query as { dataset: string; context: Context; scheme: SchemeCode; phase: Phase };
      const { row, index, labels, entry } = await datasetWithLabels(state, request, q.dataset);
      return memoised(entry, labels.catalogue, `matrix/${q.context}/${q.scheme}/${q.phase}`, () =>
        matrixFor(row, index, q, labels, state.minCell),
      );
    },
  );

  app.get(
    '/api/v1/advice/journey',
    {
      config: read,
      schema: { tags, summary: 'De vijf fasen voor één groep', querystring: JourneyQuerySchema },
    },
    async (request) => {
      const q = request.query as { dataset: string; context: Context; scheme: SchemeCode; group: string };
      const { row, index, labels, entry } = await datasetWithLabels(state, request, q.dataset);
      return memoised(entry, labels.catalogue, `journey/${q.context}/${q.scheme}/${q.group}`, () => ({
        ...q,
        phases: PHASES.map((phase) => adviceFor(row, index, { ...q, phase }, labels, state.minCell)),
      }));
    },
  );

  app.get(
    '/api/v1/advice/comparison',
    {
      config: read,
      schema: {
        tags,
        summary: 'Twee datasets vergeleken, met significante verschillen gemarkeerd',
        querystring: CompareQuerySchema,
      },
    },
    async (request) => {
      const q = request.query as {
        datasetA: string;
        datasetB: string;
        context: Context;
        scheme: SchemeCode;
        group: string;
        phase: Phase;
      };
      const a = await datasetWithLabels(state, request, q.datasetA);
      const b = await datasetWithLabels(state, request, q.datasetB);
      a.labels.assertGroup(q.scheme, q.group);
      const cellA = tallyCell(a.index, q);
      const cellB = tallyCell(b.index, q);
      return {
        ...q,
        groupName: a.labels.groupName(q.scheme, q.group),
        provenanceA: provenanceOf(a.row, cellA.n),
        provenanceB: provenanceOf(b.row, cellB.n),
        minCell: state.minCell,
        smallA: cellA.n < state.minCell,
        smallB: cellB.n < state.minCell,
        alpha: 0.05,
        channels: compareCells(cellA, cellB).map((r) => ({
          ...r,
          name: a.labels.channels.get(r.code) ?? r.code,
        })),
      };
    },
  );

  app.get(
    '/api/v1/advice/areas/:id/mix',
    {
      config: read,
      schema: {
        tags,
        summary: 'Verwachte kanaalvoorkeur van de bewoners van een gebied, per fase',
        params: IdParams,
        querystring: MixQuerySchema,
      },
    },
    async (request) => {
      const q = request.query as { dataset: string; context: Context };
      const area = await inTenant(state.deps, request, (tx, ctx) =>
        getArea(tx, ctx.tenantId, (request.params as { id: string }).id),
      );
      const { row, index, labels } = await datasetWithLabels(state, request, q.dataset);
      const scheme = area.scheme as SchemeCode;
      const phases = PHASES.map((phase) => {
        const mix = areaMix(index, { context: q.context, phase, scheme, shares: area.shares }, state.minCell);
        return {
          phase,
          phaseName: labels.phases.get(`${q.context}/${phase}`) ?? `Fase ${phase}`,
          ...mix,
          channels: mix.channels.map((c) => ({ ...c, name: labels.channels.get(c.code) ?? c.code })),
        };
      });
      return {
        area,
        context: q.context,
        provenance: provenanceOf(row, index.respondents.length),
        minCell: state.minCell,
        phases,
      };
    },
  );
}
