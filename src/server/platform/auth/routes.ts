import type { FastifyInstance } from 'fastify';
import rateLimit from '@fastify/rate-limit';
import { Type } from 'typebox';
import type { AppDeps } from '../deps.js';
import { withTenant } from '../db/tenant.js';
import { recordAudit } from '../audit/service.js';
import { problems } from '../http/problem.js';
import { permissionsOf } from '../../../shared/roles.js';
import { loginWithPassword } from './login.js';
import { resolveSession, endSessionByCookie, destroySession, type ResolvedSession } from './sessions.js';
import { clearSessionCookie, sessionCookieName, setSessionCookie } from './cookie.js';
import { actionContext, requireAuth } from './context.js';
import type { TenantInfo } from '../tenancy/service.js';
import { SessionSchema } from './schemas.js';
import { Problem as ProblemSchema } from '../http/problem-schema.js';

export function sessionBody(session: ResolvedSession, tenant: TenantInfo) {
  return {
    user: { ...session.user, permissions: permissionsOf(session.user.role) },
    tenant: { id: tenant.id, slug: tenant.slug, name: tenant.name, theme: tenant.theme },
    csrfToken: session.csrfToken,
    demo: tenant.isDemo,
  };
}

export async function authRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const cookieName = sessionCookieName(deps.config);
  await app.register(rateLimit, { global: false });

  app.get(
    '/api/v1/auth/options',
    {
      config: { access: 'public' },
      schema: {
        tags: ['auth'],
        summary: 'Wat de inlogpagina nodig heeft: gemeenten en of SSO aan staat',
        response: {
          200: Type.Object({
            tenants: Type.Array(Type.Object({ slug: Type.String(), name: Type.String() })),
            oidc: Type.Object({ enabled: Type.Boolean() }),
            demo: Type.Boolean(),
          }),
        },
      },
    },
    async () => {
      const tenants = await deps.tenants.list();
      return {
        tenants: tenants.map((t) => ({ slug: t.slug, name: t.name })),
        oidc: { enabled: !!deps.config.oidc },
        demo: tenants.some((t) => t.isDemo),
      };
    },
  );

  app.post(
    '/api/v1/session',
    {
      config: {
        access: 'public',
        csrf: false,
        rateLimit: {
          max: deps.config.loginRateLimit.max,
          timeWindow: deps.config.loginRateLimit.windowMs,
          errorResponseBuilder: (_req, ctx) => problems.tooManyRequests(Math.ceil(ctx.ttl / 1000)),
        },
      },
      schema: {
        tags: ['auth'],
        summary: 'Inloggen met e-mailadres en wachtwoord',
        body: Type.Object(
          {
            tenant: Type.String({ minLength: 1, maxLength: 100 }),
            email: Type.String({ minLength: 3, maxLength: 254 }),
            password: Type.String({ minLength: 1, maxLength: 1024 }),
          },
          { additionalProperties: false },
        ),
        response: { 201: SessionSchema, 401: ProblemSchema, 429: ProblemSchema },
      },
    },
    async (request, reply) => {
      const body = request.body as { tenant: string; email: string; password: string };
      const result = await loginWithPassword(deps, body, { ip: request.ip, trace: request.trace });
      if (!result.ok) throw problems.invalidCredentials();
      // Rotation: the session the browser came with (if any) ends; the login gets a fresh id.
      await endSessionByCookie(deps.database, request.cookies[cookieName]);
      setSessionCookie(reply, deps.config, result.cookieValue);
      const session = await resolveSession(deps.database, result.cookieValue);
      const tenant = await deps.tenants.byId(result.tenantId);
      if (!session || !tenant) throw problems.internal();
      return reply.code(201).send(sessionBody(session, tenant));
    },
  );

  app.get(
    '/api/v1/session',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['auth'],
        summary: 'De huidige sessie',
        response: { 200: SessionSchema, 401: ProblemSchema },
      },
    },
    async (request) => {
      const auth = requireAuth(request);
      return sessionBody(auth.session, auth.tenant);
    },
  );

  app.delete(
    '/api/v1/session',
    {
      config: { access: 'authenticated' },
      schema: { tags: ['auth'], summary: 'Uitloggen', response: { 204: Type.Null() } },
    },
    async (request, reply) => {
      const auth = requireAuth(request);
      const ctx = actionContext(request, deps.keys.pseudonym);
      await withTenant(deps.database, auth.tenant.id, async (tx) => {
        await destroySession(tx, auth.tenant.id, auth.session.idHash);
        await recordAudit(tx, ctx, {
          action: 'auth.logout',
          objectType: 'user',
          objectId: auth.session.user.id,
        });
      });
      clearSessionCookie(reply, deps.config);
      return reply.code(204).send();
    },
  );
}
