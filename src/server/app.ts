// buildApp(deps): the platform plugins first, then each module's routes.
import Fastify, { type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { AppDeps } from './platform/deps.js';
import type { RouteAccess } from './platform/auth/context.js';
import { registerErrorHandling } from './platform/http/errors.js';
import { registerValidation } from './platform/http/validation.js';
import { registerSecurityHeaders } from './platform/http/security-headers.js';
import { registerGuard } from './platform/auth/guard.js';
import { registerIdempotency } from './platform/http/idempotency.js';
import { registerOpenApi } from './platform/http/openapi.js';
import { registerFailureAudit } from './platform/audit/failure-hook.js';
import { healthRoutes } from './platform/http/health.js';
import { wellKnownRoutes } from './platform/http/well-known.js';
import { authRoutes } from './platform/auth/routes.js';
import { oidcRoutes } from './platform/auth/oidc-routes.js';
import { accountRoutes } from './platform/accounts/routes.js';
import { auditRoutes } from './platform/audit/routes.js';
import { outboxRoutes } from './platform/jobs/routes.js';
import { webRoutes } from './platform/http/web.js';
import { adviceModule } from './modules/advice/index.js';
import { contactsModule } from './modules/contacts/index.js';
import { casesModule } from './modules/cases/index.js';
import { formsModule } from './modules/forms/index.js';
import { PrivacyRegistry, privacyRoutes } from './platform/privacy/index.js';
import {
  contactsExportSources,
  contactsRetentionHelper,
  contactsRetentionSources,
  setPartyLegalHold,
} from './modules/contacts/retention.js';
import {
  casesExportSources,
  casesRetentionHelper,
  casesRetentionSources,
} from './modules/cases/retention.js';
import { miningLogRetention } from './modules/mining/retention.js';
import { personasModule } from './modules/personas/index.js';
import { journeysModule } from './modules/journeys/index.js';
import { insightsModule } from './modules/insights/index.js';
import { miningModule } from './modules/mining/index.js';

export const BODY_LIMIT_BYTES = 1024 * 1024;

const SECRET_PARAMS = /([?&](?:token|code|state)=)[^&#]*/gi;

/** The URL with the values of secret query parameters (follow tokens, OIDC code/state) censored. */
export function withoutSecretParams(url: string): string {
  return url.replace(SECRET_PARAMS, '$1[verwijderd]');
}

export interface RouteEntry {
  method: string;
  url: string;
  access: RouteAccess | undefined;
}

declare module 'fastify' {
  interface FastifyInstance {
    routeCatalogue: RouteEntry[];
    /** The modules' retention and access-export sources; main.ts runs retention from it daily. */
    privacy: PrivacyRegistry;
  }
}

/** Each module that holds personal data contributes its retention and access-export sources. */
export function privacyRegistry(): PrivacyRegistry {
  return new PrivacyRegistry()
    .addRetention(...contactsRetentionSources, ...casesRetentionSources, miningLogRetention)
    .addHelper(contactsRetentionHelper, casesRetentionHelper)
    .addExport(...contactsExportSources, ...casesExportSources)
    .setLegalHold(setPartyLegalHold);
}

export async function buildApp(
  deps: AppDeps,
  opts: { logStream?: { write(line: string): void } } = {},
): Promise<FastifyInstance> {
  const app = Fastify({
    logger: {
      level: deps.config.logLevel,
      ...(opts.logStream ? { stream: opts.logStream } : {}),
      // Secrets never reach a log: credentials, cookies, tokens.
      redact: {
        paths: [
          'req.headers.cookie',
          'req.headers.authorization',
          'req.headers["x-csrf-token"]',
          'res.headers["set-cookie"]',
          '*.password',
          '*.token',
        ],
        censor: '[verwijderd]',
      },
      // A resident's follow link carries its token in the query string; the logged URL must not.
      serializers: {
        req: (req: { method: string; url: string; host?: string; ip?: string }) => ({
          method: req.method,
          url: withoutSecretParams(req.url),
          host: req.host,
          remoteAddress: req.ip,
        }),
      },
    },
    trustProxy: deps.config.trustProxy,
    bodyLimit: BODY_LIMIT_BYTES,
    routerOptions: { ignoreTrailingSlash: false },
  }).withTypeProvider<TypeBoxTypeProvider>();

  // The route table, with each route's access rule, is kept so that tests can check every route
  // against every role, and so that a route without a rule is visible at start-up.
  const routes: RouteEntry[] = [];
  app.decorate('routeCatalogue', routes);
  const privacy = privacyRegistry();
  app.decorate('privacy', privacy);
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) {
      if (method === 'HEAD') continue;
      routes.push({ method, url: route.url, access: route.config?.access });
      if (route.config?.access === undefined)
        app.log.warn({ method, url: route.url }, 'route without access rule: it answers 403 to everyone');
    }
  });

  registerValidation(app);
  registerErrorHandling(app);
  await app.register(cookie, { secret: deps.keys.cookie });
  registerSecurityHeaders(app);
  await registerOpenApi(app);
  registerGuard(app, deps);
  registerIdempotency(app, deps);
  registerFailureAudit(app, deps);

  await app.register(async (scope) => {
    await healthRoutes(scope, deps);
    await wellKnownRoutes(scope, deps);
    await authRoutes(scope, deps);
    await oidcRoutes(scope, deps);
    await accountRoutes(scope, deps);
    await auditRoutes(scope, deps);
    await outboxRoutes(scope, deps);
    await privacyRoutes(scope, deps, privacy);
  });
  // Each module in its own scope, so that e.g. its content-type parsers stay its own.
  await app.register(async (scope) => adviceModule(scope, deps));
  await app.register(async (scope) => contactsModule(scope, deps));
  await app.register(async (scope) => casesModule(scope, deps));
  await app.register(async (scope) => formsModule(scope, deps));
  await app.register(async (scope) => personasModule(scope, deps));
  await app.register(async (scope) => journeysModule(scope, deps));
  await app.register(async (scope) => insightsModule(scope, deps));
  await app.register(async (scope) => miningModule(scope, deps));
  await app.register(async (scope) => webRoutes(scope, deps));
  return app;
}
