import type { FastifyRequest } from 'fastify';
import type { AppDeps } from './deps.js';
import type { Tx } from './db/client.js';
import { withTenant } from './db/tenant.js';
import { actionContext } from './auth/context.js';
import type { ActionContext } from './audit/service.js';

/** Runs a service call in the caller's tenant, with the context it needs for audit and logging. */
export function inTenant<T>(
  deps: AppDeps,
  request: FastifyRequest,
  fn: (tx: Tx, ctx: ActionContext) => Promise<T>,
): Promise<T> {
  const ctx = actionContext(request, deps.keys.pseudonym);
  return withTenant(deps.database, ctx.tenantId, (tx) => fn(tx, ctx));
}
