// Idempotency-Key for POST: the same key with the same body replays the first response; the same
// key with another body is refused (422); a retry while the first is still running gets 409.
import { createHash } from 'node:crypto';
import { and, eq, lt } from 'drizzle-orm';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppDeps } from '../deps.js';
import { withTenant } from '../db/tenant.js';
import { idempotencyKeys } from './tables.js';
import { problems } from './problem.js';

const KEY = /^[\x21-\x7e]{1,255}$/;
const KEEP_MS = 24 * 60 * 60_000;
const REPLAYED_HEADERS = ['location', 'etag', 'content-type'];

// Public routes (a resident's e-form) have no user: the key is held per gemeente under this
// placeholder user, and the route says which gemeente the request is for.
const ANONYMOUS_USER = '00000000-0000-0000-0000-000000000000';

declare module 'fastify' {
  interface FastifyRequest {
    idempotency: { tenantId: string; userId: string; key: string } | null;
  }
  interface FastifyContextConfig {
    /** On a public POST: the gemeente the request is for, so that its Idempotency-Key is honoured. */
    publicIdempotencyTenant?: (request: FastifyRequest) => Promise<string | undefined>;
  }
}

function requestHash(request: FastifyRequest): string {
  return createHash('sha256')
    .update(request.method + ' ' + request.url + '\n' + JSON.stringify(request.body ?? null))
    .digest('hex');
}

export function registerIdempotency(app: FastifyInstance, deps: AppDeps): void {
  app.decorateRequest('idempotency', null);

  app.addHook('preHandler', async (request, reply) => {
    const key = request.headers['idempotency-key'];
    if (request.method !== 'POST' || key === undefined) return;
    const publicTenant = request.routeOptions.config.publicIdempotencyTenant;
    if (!request.auth && !publicTenant) return;
    if (typeof key !== 'string' || !KEY.test(key)) {
      throw problems.validation([
        { pointer: '/headers/idempotency-key', detail: 'moet 1 tot 255 zichtbare ASCII-tekens zijn' },
      ]);
    }
    // A public route is keyed by its own gemeente even when a staff member happens to be logged in.
    const tenantId = publicTenant ? await publicTenant(request) : request.auth!.tenant.id;
    if (!tenantId) return; // Unknown gemeente: the route answers 404 itself.
    const userId = publicTenant ? ANONYMOUS_USER : request.auth!.session.user.id;
    const hash = requestHash(request);
    const now = new Date();
    const existing = await withTenant(deps.database, tenantId, async (tx) => {
      const match = and(
        eq(idempotencyKeys.tenantId, tenantId),
        eq(idempotencyKeys.userId, userId),
        eq(idempotencyKeys.key, key),
      );
      // An expired key may be used again.
      await tx
        .delete(idempotencyKeys)
        .where(and(match, lt(idempotencyKeys.createdAt, new Date(now.getTime() - KEEP_MS))));
      const inserted = await tx
        .insert(idempotencyKeys)
        .values({ tenantId, userId, key, method: request.method, path: request.url, requestHash: hash })
        .onConflictDoNothing()
        .returning({ key: idempotencyKeys.key });
      if (inserted.length) return null;
      const [row] = await tx.select().from(idempotencyKeys).where(match);
      return row ?? null;
    });
    if (!existing) {
      request.idempotency = { tenantId, userId, key };
      return;
    }
    if (existing.requestHash !== hash) throw problems.idempotencyMismatch();
    if (existing.statusCode === null) throw problems.idempotencyInProgress();
    for (const [k, v] of Object.entries(existing.responseHeaders ?? {})) reply.header(k, v);
    reply.header('idempotent-replayed', 'true');
    return reply.code(existing.statusCode).send(existing.responseBody ?? undefined);
  });

  app.addHook('onSend', async (request, reply, payload) => {
    const idem = request.idempotency;
    if (!idem) return payload;
    request.idempotency = null;
    const match = and(
      eq(idempotencyKeys.tenantId, idem.tenantId),
      eq(idempotencyKeys.userId, idem.userId),
      eq(idempotencyKeys.key, idem.key),
    );
    await withTenant(deps.database, idem.tenantId, async (tx) => {
      if (reply.statusCode >= 500) {
        // A failure on our side must not be replayed forever; the client may simply retry.
        await tx.delete(idempotencyKeys).where(match);
        return;
      }
      const headers: Record<string, string> = {};
      for (const h of REPLAYED_HEADERS) {
        const v = reply.getHeader(h);
        if (v !== undefined) headers[h] = String(v);
      }
      await tx
        .update(idempotencyKeys)
        .set({
          statusCode: reply.statusCode,
          responseBody: typeof payload === 'string' ? payload : null,
          responseHeaders: headers,
        })
        .where(match);
    });
    return payload;
  });
}
