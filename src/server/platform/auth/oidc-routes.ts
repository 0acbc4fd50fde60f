// Staff login through the organisation's identity provider: authorization code flow with PKCE,
// state and nonce. The claims name the gemeente and the role.
import type { FastifyInstance, FastifyReply } from 'fastify';
import * as oidc from 'openid-client';
import { Type } from 'typebox';
import type { AppDeps } from '../deps.js';
import type { OidcConfig } from '../../config.js';
import { withTenant } from '../db/tenant.js';
import { recordAudit } from '../audit/service.js';
import { createSession, endSessionByCookie } from './sessions.js';
import { sessionCookieName, setSessionCookie } from './cookie.js';
import { roleFromClaim, upsertOidcUser } from './oidc-users.js';

const FLOW_COOKIE = 'bb_oidc_flow';
const FLOW_PATH = '/api/v1/auth/oidc';

interface Flow {
  verifier: string;
  state: string;
  nonce: string;
}

export async function oidcRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const settings = deps.config.oidc;
  if (!settings) return;
  let discovered: Promise<oidc.Configuration> | undefined;
  // Discovery is lazy and retried, so an identity provider that is down at start-up does not
  // keep the whole product from starting.
  const configuration = () =>
    (discovered ??= discover(settings).catch((error: unknown) => {
      discovered = undefined;
      throw error;
    }));

  const fail = (reply: FastifyReply, reason: string) =>
    reply.redirect(`/inloggen?fout=${encodeURIComponent(reason)}`, 303);

  app.get(
    `${FLOW_PATH}/login`,
    {
      config: { access: 'public' },
      schema: {
        tags: ['auth'],
        summary: 'Start inloggen via de identity provider (SSO)',
        querystring: Type.Object(
          { tenant: Type.Optional(Type.String({ maxLength: 100 })) },
          { additionalProperties: false },
        ),
      },
    },
    async (request, reply) => {
      let config: oidc.Configuration;
      try {
        config = await configuration();
      } catch (error) {
        request.log.warn({ err: error }, 'OIDC discovery failed');
        return fail(reply, 'sso-niet-bereikbaar');
      }
      const flow: Flow = {
        verifier: oidc.randomPKCECodeVerifier(),
        state: oidc.randomState(),
        nonce: oidc.randomNonce(),
      };
      reply.setCookie(FLOW_COOKIE, JSON.stringify(flow), {
        signed: true,
        httpOnly: true,
        sameSite: 'lax',
        secure: deps.config.secureCookies,
        path: FLOW_PATH,
        maxAge: 600,
      });
      const url = oidc.buildAuthorizationUrl(config, {
        redirect_uri: settings.redirectUri,
        scope: settings.scopes,
        code_challenge: await oidc.calculatePKCECodeChallenge(flow.verifier),
        code_challenge_method: 'S256',
        state: flow.state,
        nonce: flow.nonce,
      });
      return reply.redirect(url.href, 302);
    },
  );

  app.get(
    `${FLOW_PATH}/callback`,
    {
      config: { access: 'public' },
      schema: { tags: ['auth'], summary: 'Terugkeer van de identity provider', hide: true },
    },
    async (request, reply) => {
      const raw = request.cookies[FLOW_COOKIE];
      reply.clearCookie(FLOW_COOKIE, { path: FLOW_PATH });
      const unsigned = raw ? request.unsignCookie(raw) : null;
      if (!unsigned?.valid || !unsigned.value) return fail(reply, 'sso-sessie-verlopen');
      const flow = JSON.parse(unsigned.value) as Flow;
      let claims: oidc.IDToken | undefined;
      try {
        const config = await configuration();
        const current = new URL(request.url, settings.redirectUri);
        const tokens = await oidc.authorizationCodeGrant(config, current, {
          pkceCodeVerifier: flow.verifier,
          expectedState: flow.state,
          expectedNonce: flow.nonce,
          idTokenExpected: true,
        });
        claims = tokens.claims();
      } catch (error) {
        request.log.warn({ err: error }, 'OIDC code exchange failed');
        return fail(reply, 'sso-mislukt');
      }
      if (!claims) return fail(reply, 'sso-mislukt');
      // The gemeente comes from the identity provider, never from the browser: with one provider
      // serving several gemeenten, a choice on the login page would let anyone into any of them.
      // Only an installation with a single gemeente may do without the claim.
      const all = await deps.tenants.list();
      const tenantSlug = claims[settings.tenantClaim] ?? (all.length === 1 ? all[0]!.slug : undefined);
      const tenant = typeof tenantSlug === 'string' ? await deps.tenants.bySlug(tenantSlug) : undefined;
      const role = roleFromClaim(claims[settings.roleClaim], settings.roleMap);
      if (!tenant || !role) {
        request.log.warn(
          { tenant: tenantSlug, hasRole: !!role },
          'OIDC login without a known gemeente or role',
        );
        return fail(reply, 'sso-geen-toegang');
      }
      const cookieValue = await withTenant(deps.database, tenant.id, async (tx) => {
        const user = await upsertOidcUser(
          tx,
          tenant.id,
          {
            sub: claims.sub,
            email: typeof claims.email === 'string' ? claims.email : undefined,
            emailVerified: typeof claims.email_verified === 'boolean' ? claims.email_verified : undefined,
            name: typeof claims.name === 'string' ? claims.name : undefined,
          },
          role,
        );
        if (!user.ok) {
          request.log.warn({ reason: user.reason }, 'OIDC login refused');
          return null;
        }
        const ctx = {
          tenantId: tenant.id,
          actor: { id: user.id, name: user.name },
          trace: request.trace,
          origin: request.ip,
          pseudonymKey: deps.keys.pseudonym,
        };
        if (!user.active) {
          await recordAudit(tx, ctx, {
            action: 'auth.login.oidc',
            objectType: 'user',
            objectId: user.id,
            result: 'failure',
          });
          return null;
        }
        const session = await createSession(tx, tenant.id, user.id, 'oidc');
        await recordAudit(tx, ctx, { action: 'auth.login.oidc', objectType: 'user', objectId: user.id });
        return session.cookieValue;
      });
      if (!cookieValue) return fail(reply, 'sso-geen-toegang');
      await endSessionByCookie(deps.database, request.cookies[sessionCookieName(deps.config)]);
      setSessionCookie(reply, deps.config, cookieValue);
      return reply.redirect('/', 303);
    },
  );
}

function discover(settings: OidcConfig): Promise<oidc.Configuration> {
  return oidc.discovery(
    new URL(settings.issuer),
    settings.clientId,
    settings.clientSecret,
    undefined,
    settings.allowInsecure ? { execute: [oidc.allowInsecureRequests] } : undefined,
  );
}
