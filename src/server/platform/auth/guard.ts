// Request pipeline for identity: trace -> session -> access rule -> CSRF. Deny by default: a
// route that does not state its access rule answers 403 to everyone.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppDeps } from '../deps.js';
import { traceFrom, traceparentOf } from '../http/trace.js';
import { problems } from '../http/problem.js';
import { roleHas } from '../../../shared/roles.js';
import { resolveSession, sameToken } from './sessions.js';
import { sessionCookieName } from './cookie.js';

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function originMatches(request: FastifyRequest, publicUrl: string): boolean {
  const origin = request.headers.origin;
  if (!origin) return true; // Non-browser clients send none; browsers always do on cross-site POSTs.
  try {
    const o = new URL(origin);
    return o.host === request.host || o.origin === new URL(publicUrl).origin;
  } catch {
    return false;
  }
}

export function registerGuard(app: FastifyInstance, deps: AppDeps): void {
  const cookieName = sessionCookieName(deps.config);
  app.decorateRequest('trace', null as never);
  app.decorateRequest('auth', null);

  app.addHook('onRequest', async (request, reply) => {
    request.trace = traceFrom(request.headers.traceparent);
    reply.header('traceparent', traceparentOf(request.trace));
    reply.header('api-version', '1.0.0');
    if (request.is404) return;

    const session = await resolveSession(deps.database, request.cookies[cookieName]);
    if (session) {
      const tenant = await deps.tenants.byId(session.tenantId);
      if (tenant) request.auth = { session, tenant };
    }

    const access = request.routeOptions.config.access;
    if (access === undefined)
      throw problems.forbidden('Deze route heeft geen toegangsregel en is daarom voor niemand toegankelijk.');
    if (access !== 'public') {
      if (!request.auth) throw problems.unauthenticated();
      if (access !== 'authenticated' && !roleHas(request.auth.session.user.role, access))
        throw problems.forbidden();
    }

    if (STATE_CHANGING.has(request.method)) {
      if (!originMatches(request, deps.config.publicUrl)) throw problems.csrf();
      if (request.auth && request.routeOptions.config.csrf !== false) {
        const token = request.headers['x-csrf-token'];
        if (!sameToken(typeof token === 'string' ? token : undefined, request.auth.session.csrfToken))
          throw problems.csrf();
      }
    }
  });
}
