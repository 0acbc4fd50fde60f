import type { FastifyRequest } from 'fastify';
import type { ActionContext } from '../audit/service.js';
import type { TenantInfo } from '../tenancy/service.js';
import type { Trace } from '../http/trace.js';
import type { ResolvedSession } from './sessions.js';
import type { Permission } from '../../../shared/roles.js';
import { problems } from '../http/problem.js';

export interface AuthContext {
  session: ResolvedSession;
  tenant: TenantInfo;
}

/** 'public': anyone; 'authenticated': any logged-in staff member; otherwise a permission. */
export type RouteAccess = Permission | 'public' | 'authenticated';

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: RouteAccess;
    /** Set false only on routes that cannot carry a CSRF token (login). */
    csrf?: boolean;
  }
  interface FastifyRequest {
    trace: Trace;
    auth: AuthContext | null;
  }
}

export function requireAuth(request: FastifyRequest): AuthContext {
  if (!request.auth) throw problems.unauthenticated();
  return request.auth;
}

export function actionContext(request: FastifyRequest, pseudonymKey: string): ActionContext {
  const auth = requireAuth(request);
  return {
    tenantId: auth.tenant.id,
    actor: { id: auth.session.user.id, name: auth.session.user.name },
    trace: request.trace,
    origin: request.ip,
    pseudonymKey,
  };
}
