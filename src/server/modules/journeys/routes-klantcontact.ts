// Measured heartbeats from Klantcontact (KTO answers, contact counts) per step, going live, and the
// before/after comparison. Figures the caller's role may not read are left out and named in
// provenance.hidden: KTO needs cases:read or insights:read, contact counts need contacts:read.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../platform/deps.js';
import { inTenant } from '../../platform/request.js';
import { requireAuth } from '../../platform/auth/context.js';
import { roleHas } from '../../../shared/roles.js';
import { amsterdamDate } from '../../../shared/calendar/working-days.js';
import { shiftDate } from '../../../shared/journeys/measured.js';
import { beforeAfter, clearLive, setLive } from './before-after.js';
import {
  checkPeriod,
  listStepLinks,
  provenanceOf,
  setStepLinks,
  stepFigures,
  type FigureAccess,
} from './klantcontact.js';
import {
  BeforeAfterQuery,
  IdParams,
  KlantcontactQuery,
  LiveInputSchema,
  StepLinksInputSchema,
  StepParams,
} from './schemas.js';
import { idOf, tags } from './routes.js';
import { listCategories } from '../cases/index.js';
import { contactAnalytics } from '../contacts/index.js';

/** Default period of the measured heartbeats: the last 91 complete days. */
const DEFAULT_DAYS = 91;

function accessOf(request: FastifyRequest): FigureAccess {
  const auth = requireAuth(request);
  const role = auth.session.user.role;
  return {
    // KTO per category is the aggregate Inzichten shows its readers too; contacts follow the brief
    // of Klantcontact: no contact figures without contacts:read.
    kto: roleHas(role, 'cases:read') || roleHas(role, 'insights:read'),
    contacts: roleHas(role, 'contacts:read'),
    demo: auth.tenant.isDemo,
  };
}

export async function klantcontactRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  // The builders of journeys (adviseur, analist) may lack cases:read and contacts:read, but they
  // need the names of the catalogues to link a step; codes and names only, no records.
  app.get(
    '/api/v1/journeys/link-options',
    {
      config: { access: 'journeys:manage' },
      schema: { tags, summary: 'Meldingcategorieën en contactonderwerpen om een stap aan te koppelen' },
    },
    (request) =>
      inTenant(deps, request, async (tx, ctx) => ({
        categories: (await listCategories(tx, ctx.tenantId)).map((c) => ({
          code: c.code,
          parentCode: c.parentCode,
          nameNl: c.nameNl,
        })),
        topics: await contactAnalytics.topicCatalogue(tx, ctx.tenantId),
      })),
  );
  app.get(
    '/api/v1/journeys/:id/step-links',
    {
      config: { access: 'journeys:read' },
      schema: {
        tags,
        summary: 'Koppelingen van stappen aan meldingcategorieën (KTO) en contactonderwerpen',
        params: IdParams,
      },
    },
    async (request) => ({
      items: await inTenant(deps, request, (tx, ctx) => listStepLinks(tx, ctx.tenantId, idOf(request))),
    }),
  );
  app.put(
    '/api/v1/journeys/:id/steps/:stepId/links',
    {
      config: { access: 'journeys:manage' },
      schema: {
        tags,
        summary: 'Koppelingen van één stap vervangen (categorieën en onderwerpen van de eigen gemeente)',
        params: StepParams,
        body: StepLinksInputSchema,
      },
    },
    (request) => {
      const { id, stepId } = request.params as { id: string; stepId: string };
      return inTenant(deps, request, (tx, ctx) =>
        setStepLinks(
          tx,
          ctx,
          id,
          stepId,
          request.body as { ktoCategories: string[]; contactTopics: string[] },
        ),
      );
    },
  );
  app.get(
    '/api/v1/journeys/:id/klantcontact',
    {
      config: { access: 'journeys:read' },
      schema: {
        tags,
        summary:
          'Gemeten beleving uit Klantcontact per gekoppelde stap: KTO (n, gemiddelde, 95%-interval) en contacten',
        params: IdParams,
        querystring: KlantcontactQuery,
      },
    },
    async (request) => {
      const q = request.query as { from?: string; to?: string };
      const to = q.to ?? shiftDate(amsterdamDate(new Date()), -1);
      const from = q.from ?? shiftDate(to, -(DEFAULT_DAYS - 1));
      checkPeriod(from, to);
      const access = accessOf(request);
      return inTenant(deps, request, async (tx, ctx) => {
        const links = await listStepLinks(tx, ctx.tenantId, idOf(request));
        const figures = await stepFigures(tx, ctx.tenantId, links, { from, to }, access);
        return {
          provenance: provenanceOf(access, { from, to }),
          steps: links.map((l) => ({ ...l, ...figures.get(l.stepId) })),
        };
      });
    },
  );
  app.put(
    '/api/v1/journeys/:id/live',
    {
      config: { access: 'journeys:manage' },
      schema: {
        tags,
        summary: 'Vastleggen dat een gewenste klantreis live ging (datum en kaartversie)',
        params: IdParams,
        body: LiveInputSchema,
      },
    },
    (request) =>
      inTenant(deps, request, (tx, ctx) =>
        setLive(
          tx,
          ctx,
          idOf(request),
          request.body as { liveOn: string; version?: number },
          amsterdamDate(new Date()),
        ),
      ),
  );
  app.delete(
    '/api/v1/journeys/:id/live',
    {
      config: { access: 'journeys:manage' },
      schema: { tags, summary: 'Live-datum wissen', params: IdParams },
    },
    async (request, reply) => {
      await inTenant(deps, request, (tx, ctx) => clearLive(tx, ctx, idOf(request)));
      return reply.code(204).send();
    },
  );
  app.get(
    '/api/v1/journeys/:id/before-after',
    {
      config: { access: 'journeys:read' },
      schema: {
        tags,
        summary: 'Voor/na-vergelijking rond de live-datum: KTO-aandeel tevreden en contacten, met z-toets',
        params: IdParams,
        querystring: BeforeAfterQuery,
      },
    },
    (request) => {
      const { days } = request.query as { days: number };
      const access = accessOf(request);
      return inTenant(deps, request, (tx, ctx) =>
        beforeAfter(tx, ctx.tenantId, idOf(request), days, amsterdamDate(new Date()), access),
      );
    },
  );
}
