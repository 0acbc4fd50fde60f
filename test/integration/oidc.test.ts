// Staff login through a real OpenID provider on loopback: the app and the provider both listen on
// 127.0.0.1, and a cookie-carrying fetch walks the whole authorization code flow between them.
import { createHash, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, login, startTestApp, type Login, type TestApp } from '../helpers/app.js';
import {
  BUITENBINNEN_SCOPE,
  TestBrowser,
  freePort,
  startOidcProvider,
  type Page,
  type TestOidcProvider,
} from '../helpers/oidc-provider.js';

const FLOW_COOKIE = 'bb_oidc_flow';
const SESSION_COOKIE = 'bb_session';

/** A warning the app logged; a refusal says why, which tells the reasons behind one answer apart. */
interface Warning {
  msg?: string;
  err?: { type: string; message: string };
  tenant?: string;
  hasRole?: boolean;
}

interface SessionBody {
  user: { id: string; name: string; email: string; role: string; permissions: string[] };
  tenant: { slug: string };
}

describe('staff login through an OpenID provider (authorization code flow with PKCE)', () => {
  let op: TestOidcProvider;
  let t: TestApp | undefined;
  let appUrl: string;
  let redirectUri: string;
  let beheerder: Login;
  const warnings: Warning[] = [];

  beforeAll(async () => {
    const clientId = 'buitenbinnen-test';
    const clientSecret = randomBytes(24).toString('hex');
    // The redirect URI names the app's port, and the provider must know it before the app runs.
    const appPort = await freePort();
    appUrl = `http://127.0.0.1:${appPort}`;
    redirectUri = `${appUrl}/api/v1/auth/oidc/callback`;
    op = await startOidcProvider({
      clientId,
      clientSecret,
      redirectUri,
      accounts: {
        anna: {
          email: 'Anna.deVries@Voorbeeldstad.example',
          name: 'Anna de Vries',
          gemeente: 'voorbeeldstad',
          roles: ['kcc-groep'],
        },
        dirk: {
          email: 'dirk.jansen@voorbeeldstad.example',
          name: 'Dirk Jansen',
          gemeente: 'voorbeeldstad',
          roles: ['kcc-groep'],
        },
        eva: {
          email: 'eva.bakker@voorbeeldstad.example',
          name: 'Eva Bakker',
          gemeente: 'voorbeeldstad',
          roles: ['kcc-groep'],
        },
        bram: {
          email: 'bram@nergenshuizen.example',
          name: 'Bram Buiten',
          gemeente: 'nergenshuizen',
          roles: ['kcc-groep'],
        },
        chris: {
          email: 'chris.rolloos@voorbeeldstad.example',
          name: 'Chris Rolloos',
          gemeente: 'voorbeeldstad',
          roles: ['kantine-commissie'],
        },
      },
    });
    t = await startTestApp(
      {
        publicUrl: appUrl,
        oidc: {
          issuer: op.issuer,
          clientId,
          clientSecret,
          redirectUri,
          scopes: `openid profile email ${BUITENBINNEN_SCOPE}`,
          roleClaim: 'roles',
          tenantClaim: 'gemeente',
          roleMap: { 'kcc-groep': 'kcc' },
          allowInsecure: true,
        },
        logLevel: 'warn',
      },
      { write: (line: string) => void warnings.push(JSON.parse(line) as Warning) },
    );
    await t.app.listen({ port: appPort, host: '127.0.0.1' });
    beheerder = await login(t.app, 'voorbeeldstad', 'beheerder');
  });
  afterAll(async () => {
    await t?.close();
    await op?.close();
  });

  /** Starts a login at the app and walks the provider's pages up to the redirect back to the app. */
  async function toCallback(
    browser: TestBrowser,
    account: string,
    tenant = 'voorbeeldstad',
  ): Promise<{ authorization: URL; callback: URL }> {
    const start = await browser.get(`${appUrl}/api/v1/auth/oidc/login?tenant=${tenant}`);
    expect(start.status).toBe(302);
    const authorization = start.location!;
    let next = authorization;
    for (let step = 0; step < 12; step++) {
      if (next.href.startsWith(`${redirectUri}?`)) return { authorization, callback: next };
      expect(next.origin, 'the flow stays between the app and the provider').toBe(op.issuer);
      let hop: Page = await browser.get(next);
      if (hop.status === 200) {
        // The provider's development pages: a login form (any account id) and a consent form.
        const prompt = /name="prompt" value="(\w+)"/.exec(hop.body)?.[1];
        const action = /<form[^>]* action="([^"]+)"/.exec(hop.body)?.[1];
        if (!prompt || !action) throw new Error(`unexpected provider page: ${hop.body.slice(0, 500)}`);
        const fields: Record<string, string> =
          prompt === 'login' ? { prompt, login: account, password: 'niet-gecontroleerd' } : { prompt };
        hop = await browser.postForm(new URL(action.replaceAll('&amp;', '&'), next), fields);
      }
      if (hop.status < 300 || hop.status >= 400 || !hop.location)
        throw new Error(`provider answered ${hop.status}: ${hop.body.slice(0, 500)}`);
      next = hop.location;
    }
    throw new Error('the provider did not send the browser back to the app');
  }

  /** Back at the app with the provider's answer; the warnings from here on are this request's. */
  async function returnTo(browser: TestBrowser, callback: URL): Promise<Page> {
    warnings.length = 0;
    return browser.get(callback);
  }

  async function signIn(browser: TestBrowser, account: string, tenant?: string): Promise<Page> {
    const { callback } = await toCallback(browser, account, tenant);
    return returnTo(browser, callback);
  }

  async function currentSession(browser: TestBrowser): Promise<SessionBody> {
    const res = await browser.get(`${appUrl}/api/v1/session`);
    expect(res.status, res.body).toBe(200);
    return JSON.parse(res.body) as SessionBody;
  }

  /** The app's users with this e-mail address, as the beheerder of Voorbeeldstad sees them. */
  async function usersWithEmail(email: string): Promise<{ id: string; role: string; version: number }[]> {
    const res = await t!.app.inject({
      method: 'GET',
      url: '/api/v1/users?pageSize=200',
      headers: as(beheerder),
    });
    expect(res.statusCode).toBe(200);
    const items = (res.json() as { items: { id: string; email: string; role: string; version: number }[] })
      .items;
    return items.filter((u) => u.email === email);
  }

  /** No login: back to the login page with the reason, no session, and the warning (if any) logged. */
  function expectRefused(res: Page, browser: TestBrowser, reason: string, warning?: object): void {
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`/inloggen?fout=${reason}`);
    expect(browser.cookie(appUrl, SESSION_COOKIE)).toBeUndefined();
    // The flow cookie is single use, whatever the outcome.
    expect(browser.cookie(appUrl, FLOW_COOKIE)).toBeUndefined();
    if (warning) expect(warnings).toEqual([expect.objectContaining(warning)]);
    else expect(warnings).toEqual([]);
  }

  const stateRejected = (detail: RegExp) => ({
    msg: 'OIDC code exchange failed',
    err: expect.objectContaining({ message: expect.stringMatching(detail) }),
  });

  it('sends the browser to the provider with PKCE (S256), state and nonce kept in an HttpOnly flow cookie', async () => {
    const discovery = await new TestBrowser().get(`${op.issuer}/.well-known/openid-configuration`);
    const { authorization_endpoint } = JSON.parse(discovery.body) as { authorization_endpoint: string };

    const browser = new TestBrowser();
    const start = await browser.get(`${appUrl}/api/v1/auth/oidc/login?tenant=voorbeeldstad`);
    expect(start.status).toBe(302);
    const url = start.location!;
    expect(`${url.origin}${url.pathname}`).toBe(authorization_endpoint);
    const q = url.searchParams;
    expect(q.get('response_type')).toBe('code');
    expect(q.get('client_id')).toBe('buitenbinnen-test');
    expect(q.get('redirect_uri')).toBe(redirectUri);
    expect(q.get('scope')).toBe(`openid profile email ${BUITENBINNEN_SCOPE}`);
    expect(q.get('code_challenge_method')).toBe('S256');
    expect(q.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(q.get('state')).toMatch(/^[A-Za-z0-9_-]{20,}$/);
    expect(q.get('nonce')).toMatch(/^[A-Za-z0-9_-]{20,}$/);

    const flow = start.setCookies.find((c) => c.startsWith(`${FLOW_COOKIE}=`));
    expect(flow).toBeDefined();
    expect(flow).toMatch(/; HttpOnly/i);
    expect(flow).toMatch(/; SameSite=Lax/i);
    expect(flow).toMatch(/; Path=\/api\/v1\/auth\/oidc(;|$)/i);
    // The cookie (signed, not secret) binds this browser to the request: the verifier behind the
    // challenge, the state and the nonce. Only the challenge goes to the provider.
    const signed = decodeURIComponent(browser.cookie(appUrl, FLOW_COOKIE)!);
    const stored = JSON.parse(signed.slice(0, signed.lastIndexOf('.'))) as Record<string, string>;
    expect(stored).toMatchObject({ state: q.get('state'), nonce: q.get('nonce') });
    // The login page's gemeente choice is not kept: only the provider's claim decides.
    expect(stored).not.toHaveProperty('tenant');
    expect(createHash('sha256').update(stored.verifier!).digest('base64url')).toBe(q.get('code_challenge'));
    expect(url.href).not.toContain(stored.verifier!);

    // Each login gets fresh values.
    const again = await new TestBrowser().get(`${appUrl}/api/v1/auth/oidc/login?tenant=voorbeeldstad`);
    for (const name of ['state', 'nonce', 'code_challenge'])
      expect(again.location!.searchParams.get(name)).not.toBe(q.get(name));
  });

  it('logs a staff member in end to end, with role and gemeente from the ID token claims', async () => {
    const browser = new TestBrowser();
    const { authorization, callback } = await toCallback(browser, 'anna');
    expect(callback.searchParams.get('code')).toBeTruthy();
    expect(callback.searchParams.get('state')).toBe(authorization.searchParams.get('state'));
    expect(callback.searchParams.get('iss')).toBe(op.issuer);

    const done = await returnTo(browser, callback);
    expect(done.status).toBe(303);
    expect(done.headers.get('location')).toBe('/');
    const sessionCookie = done.setCookies.find((c) => c.startsWith(`${SESSION_COOKIE}=`));
    expect(sessionCookie).toMatch(/; HttpOnly/i);
    expect(sessionCookie).toMatch(/; SameSite=Lax/i);
    expect(browser.cookie(appUrl, FLOW_COOKIE)).toBeUndefined();

    const me = await currentSession(browser);
    expect(me.tenant.slug).toBe('voorbeeldstad');
    expect(me.user).toMatchObject({
      name: 'Anna de Vries',
      email: 'anna.devries@voorbeeldstad.example',
      role: 'kcc',
    });
    expect(me.user.permissions).toContain('teams:read');
    expect(me.user.permissions).not.toContain('users:manage');

    // The login is in the audit trail of the gemeente.
    const audit = await t!.app.inject({
      method: 'GET',
      url: '/api/v1/audit-events?pageSize=200',
      headers: as(beheerder),
    });
    expect(audit.statusCode).toBe(200);
    expect(audit.body).toContain('auth.login.oidc');
    expect(audit.body).toContain(me.user.id);
  });

  it('takes the gemeente from the claim, not from the gemeente chosen on the login page', async () => {
    const browser = new TestBrowser();
    const done = await signIn(browser, 'anna', 'proefdorp');
    expect(done.status).toBe(303);
    expect(done.headers.get('location')).toBe('/');
    expect((await currentSession(browser)).tenant.slug).toBe('voorbeeldstad');
  });

  it('reuses the account of the same subject at the next login and follows a changed role claim', async () => {
    const first = new TestBrowser();
    expect((await signIn(first, 'dirk')).headers.get('location')).toBe('/');
    const before = await currentSession(first);
    expect(before.user.role).toBe('kcc');
    const firstCookie = first.cookie(appUrl, SESSION_COOKIE)!;

    // A new browser, a new login of the same subject: the same user, no duplicate.
    const second = new TestBrowser();
    expect((await signIn(second, 'dirk')).headers.get('location')).toBe('/');
    expect((await currentSession(second)).user.id).toBe(before.user.id);

    // The role changes at the provider; the next login brings it along (a role name maps to itself).
    op.accounts.set('dirk', { ...op.accounts.get('dirk'), roles: ['kantine-commissie', 'analist'] });
    // The same browser: the provider remembers Dirk, and the app rotates the session.
    expect((await signIn(first, 'dirk')).headers.get('location')).toBe('/');
    const after = await currentSession(first);
    expect(after.user.id).toBe(before.user.id);
    expect(after.user.role).toBe('analist');
    expect(first.cookie(appUrl, SESSION_COOKIE)).not.toBe(firstCookie);
    const old = await new TestBrowser().request(`${appUrl}/api/v1/session`, {
      headers: { cookie: `${SESSION_COOKIE}=${firstCookie}` },
    });
    expect(old.status).toBe(401);

    const users = await usersWithEmail('dirk.jansen@voorbeeldstad.example');
    expect(users).toHaveLength(1);
    expect(users[0]).toMatchObject({ id: before.user.id, role: 'analist' });
  });

  it('refuses a callback whose state was tampered with or left out', async () => {
    for (const change of [
      (u: URL) => u.searchParams.set('state', 'door-een-aanvaller-gekozen'),
      (u: URL) => u.searchParams.delete('state'),
    ]) {
      const browser = new TestBrowser();
      const { callback } = await toCallback(browser, 'anna');
      change(callback);
      expectRefused(await returnTo(browser, callback), browser, 'sso-mislukt', stateRejected(/"state"/));
    }
  });

  it('refuses a code that was issued to another browser’s login', async () => {
    const victim = new TestBrowser();
    await victim.get(`${appUrl}/api/v1/auth/oidc/login?tenant=voorbeeldstad`);
    const attacker = new TestBrowser();
    const { callback } = await toCallback(attacker, 'anna');
    expectRefused(
      await returnTo(victim, callback),
      victim,
      'sso-mislukt',
      stateRejected(/unexpected "state"/),
    );
  });

  it('refuses a callback without the flow cookie, or with a forged one', async () => {
    const without = new TestBrowser();
    const first = await toCallback(without, 'anna');
    without.deleteCookie(appUrl, FLOW_COOKIE);
    expectRefused(await returnTo(without, first.callback), without, 'sso-sessie-verlopen');

    const forged = new TestBrowser();
    const second = await toCallback(forged, 'anna');
    forged.deleteCookie(appUrl, FLOW_COOKIE);
    const flow = { verifier: 'a'.repeat(43), state: second.callback.searchParams.get('state'), nonce: 'n' };
    forged.setCookie(appUrl, FLOW_COOKIE, encodeURIComponent(JSON.stringify(flow)), '/api/v1/auth/oidc');
    expectRefused(await returnTo(forged, second.callback), forged, 'sso-sessie-verlopen');

    // An error from the provider (the user cancels) is no login either.
    const cancelled = new TestBrowser();
    const start = await cancelled.get(`${appUrl}/api/v1/auth/oidc/login?tenant=voorbeeldstad`);
    const back = new URL(redirectUri);
    back.searchParams.set('error', 'access_denied');
    back.searchParams.set('state', start.location!.searchParams.get('state')!);
    back.searchParams.set('iss', op.issuer);
    expectRefused(await returnTo(cancelled, back), cancelled, 'sso-mislukt', {
      msg: 'OIDC code exchange failed',
      err: expect.objectContaining({ type: 'AuthorizationResponseError' }),
    });
  });

  it('does not log in someone whose gemeente is unknown or whose roles map to no role', async () => {
    const unknownGemeente = new TestBrowser();
    expectRefused(await signIn(unknownGemeente, 'bram'), unknownGemeente, 'sso-geen-toegang', {
      tenant: 'nergenshuizen',
      hasRole: true,
    });

    const noRole = new TestBrowser();
    expectRefused(await signIn(noRole, 'chris'), noRole, 'sso-geen-toegang', {
      tenant: 'voorbeeldstad',
      hasRole: false,
    });
    // Nor is an account created for them.
    expect(await usersWithEmail('chris.rolloos@voorbeeldstad.example')).toHaveLength(0);
  });

  it('does not log in an account that the beheerder has deactivated', async () => {
    const browser = new TestBrowser();
    expect((await signIn(browser, 'eva')).headers.get('location')).toBe('/');
    const { id, version } = (await usersWithEmail('eva.bakker@voorbeeldstad.example'))[0]!;
    const patch = await t!.app.inject({
      method: 'PATCH',
      url: `/api/v1/users/${id}`,
      headers: as(beheerder, { 'if-match': `"${version}"` }),
      payload: { active: false },
    });
    expect(patch.statusCode, patch.body).toBe(200);

    const again = new TestBrowser();
    expectRefused(await signIn(again, 'eva'), again, 'sso-geen-toegang');
  });
});
