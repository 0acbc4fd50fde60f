// Public routes: no login. The gemeente comes from the :slug; a resident's requests are rate
// limited per IP, carry no CSRF token (there is no session to forge) and honour Idempotency-Key.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import rateLimit from '@fastify/rate-limit';
import { Type } from 'typebox';
import type { AppDeps } from '../../platform/deps.js';
import type { Tx } from '../../platform/db/client.js';
import type { ActionContext } from '../../platform/audit/service.js';
import { withTenant } from '../../platform/db/tenant.js';
import { problems } from '../../platform/http/problem.js';
import { Problem as ProblemSchema } from '../../platform/http/problem-schema.js';
import {
  CaseParams,
  FormParams,
  PublicForm,
  PublicFormList,
  SatisfactionBody,
  SlugParams,
  SUBMISSION_BODY_LIMIT,
  SubmissionBody,
  SubmissionResult,
  TokenQuery,
} from './schemas.js';
import {
  answerSatisfaction,
  publicCase,
  publicForm,
  publicFormList,
  submitForm,
  type Gemeente,
} from './service.js';

export async function publicFormRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  await app.register(rateLimit, { global: false });
  const limit = deps.config.publicFormRateLimit;
  const rateLimited = {
    max: limit.max,
    timeWindow: limit.windowMs,
    errorResponseBuilder: (_req: FastifyRequest, ctx: { ttl: number }) =>
      problems.tooManyRequests(Math.ceil(ctx.ttl / 1000)),
  };

  const gemeenteOf = async (request: FastifyRequest): Promise<Gemeente> => {
    const tenant = await deps.tenants.bySlug((request.params as { slug: string }).slug);
    if (!tenant) throw problems.notFound('De gemeente');
    return { id: tenant.id, slug: tenant.slug, name: tenant.name };
  };
  const inGemeente = async <T>(
    request: FastifyRequest,
    fn: (tx: Tx, ctx: ActionContext, g: Gemeente) => Promise<T>,
  ): Promise<T> => {
    const g = await gemeenteOf(request);
    // A resident acts without an account: no actor, only the trace and the origin.
    const ctx: ActionContext = {
      tenantId: g.id,
      actor: null,
      trace: request.trace,
      origin: request.ip,
      pseudonymKey: deps.keys.pseudonym,
    };
    return withTenant(deps.database, g.id, (tx) => fn(tx, ctx, g));
  };
  const tenantForKey = async (request: FastifyRequest) =>
    (await deps.tenants.bySlug((request.params as { slug: string }).slug))?.id;

  app.get(
    '/api/v1/public/gemeenten/:slug/forms',
    {
      config: { access: 'public' },
      schema: {
        tags: ['e-formulieren'],
        summary: 'De e-formulieren van een gemeente (zonder inloggen)',
        params: SlugParams,
        response: { 200: PublicFormList, 404: ProblemSchema },
      },
    },
    (request) => inGemeente(request, (tx, _ctx, g) => publicFormList(tx, g)),
  );

  app.get(
    '/api/v1/public/gemeenten/:slug/forms/:category',
    {
      config: { access: 'public' },
      schema: {
        tags: ['e-formulieren'],
        summary: 'Eén e-formulier, met per veld waarom de gemeente het vraagt',
        params: FormParams,
        response: { 200: PublicForm, 404: ProblemSchema },
      },
    },
    (request) =>
      inGemeente(request, (tx, _ctx, g) =>
        publicForm(tx, g, (request.params as { category: string }).category),
      ),
  );

  app.post(
    '/api/v1/public/gemeenten/:slug/forms/:category/submissions',
    {
      bodyLimit: SUBMISSION_BODY_LIMIT,
      config: {
        access: 'public',
        csrf: false,
        rateLimit: rateLimited,
        publicIdempotencyTenant: tenantForKey,
      },
      schema: {
        tags: ['e-formulieren'],
        summary: 'Een e-formulier insturen: maakt een melding en geeft het zaaknummer en een volg-token',
        params: FormParams,
        body: SubmissionBody,
        response: {
          201: SubmissionResult,
          404: ProblemSchema,
          413: ProblemSchema,
          422: ProblemSchema,
          429: ProblemSchema,
        },
      },
    },
    async (request, reply) => {
      const { category } = request.params as { category: string };
      const result = await inGemeente(request, (tx, ctx, g) =>
        submitForm(tx, ctx, g, category, (request.body as SubmissionBody).answers),
      );
      const { slug } = request.params as { slug: string };
      return reply
        .code(201)
        .header('location', `/api/v1/public/gemeenten/${slug}/cases/${result.caseNumber}`)
        .header('cache-control', 'no-store')
        .send({ caseNumber: result.caseNumber, token: result.token, followPath: result.followPath });
    },
  );

  app.get(
    '/api/v1/public/gemeenten/:slug/cases/:number',
    {
      config: { access: 'public', rateLimit: { ...rateLimited, max: limit.max * 5 } },
      schema: {
        tags: ['e-formulieren'],
        summary: 'De status van een melding volgen met het token (geen persoonsgegevens)',
        params: CaseParams,
        querystring: TokenQuery,
        response: { 404: ProblemSchema },
      },
    },
    async (request, reply) => {
      const { number } = request.params as { number: string };
      const { token } = request.query as { token: string };
      const view = await inGemeente(request, (tx, _ctx, g) => publicCase(tx, g, number, token));
      return reply.header('cache-control', 'no-store').send(view);
    },
  );

  app.post(
    '/api/v1/public/gemeenten/:slug/cases/:number/satisfaction',
    {
      config: {
        access: 'public',
        csrf: false,
        rateLimit: rateLimited,
        publicIdempotencyTenant: tenantForKey,
      },
      schema: {
        tags: ['e-formulieren'],
        summary: 'De tevredenheidsvraag (KTO) beantwoorden; kan de melding heropenen',
        params: CaseParams,
        body: SatisfactionBody,
        response: {
          201: Type.Object({ status: Type.String(), reopened: Type.Boolean() }),
          404: ProblemSchema,
          409: ProblemSchema,
          429: ProblemSchema,
        },
      },
    },
    async (request, reply) => {
      const { number } = request.params as { number: string };
      const result = await inGemeente(request, (tx, ctx) =>
        answerSatisfaction(tx, ctx, number, request.body as SatisfactionBody),
      );
      return reply.code(201).send(result);
    },
  );
}
