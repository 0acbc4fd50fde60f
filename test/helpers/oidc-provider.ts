// A real OpenID provider on loopback (the `oidc-provider` package with its development login and
// consent pages), and a tiny cookie-carrying browser to walk the authorization code flow with fetch.
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import http from 'node:http';
import net from 'node:net';
// @ts-expect-error -- oidc-provider ships no type declarations; the slice used here is typed below.
import ProviderModule from 'oidc-provider';

/** The claims the provider hands out for one account id (the id typed into its login form). */
export type AccountClaims = Record<string, unknown>;

interface ProviderLike {
  callback(): http.RequestListener;
}
type ProviderConstructor = new (issuer: string, configuration: Record<string, unknown>) => ProviderLike;
const Provider = ProviderModule as ProviderConstructor;

/** The scope that carries the gemeente and role claims. */
export const BUITENBINNEN_SCOPE = 'buitenbinnen';

export interface TestOidcProvider {
  issuer: string;
  /** Account id -> claims; read at every token issuance, so tests may change them between logins. */
  accounts: Map<string, AccountClaims>;
  close(): Promise<void>;
}

/** A free loopback port: for a server whose own URL must be known before it is built. */
export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

export async function startOidcProvider(client: {
  clientId: string;
  clientSecret: string;
  redirectUri: string;
  accounts?: Record<string, AccountClaims>;
}): Promise<TestOidcProvider> {
  // Listen first (port 0, no race), then build the provider for the issuer that includes the port.
  const server = http.createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as net.AddressInfo;
  const issuer = `http://127.0.0.1:${port}`;
  const accounts = new Map(Object.entries(client.accounts ?? {}));
  const signingKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' });

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: client.clientId,
        client_secret: client.clientSecret,
        redirect_uris: [client.redirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        // openid-client sends the secret in the body when it is given one as a string (this provider
        // would take it in a Basic header just as well).
        token_endpoint_auth_method: 'client_secret_post',
      },
    ],
    // Stricter than the default for confidential clients: without PKCE the request is refused.
    pkce: { required: () => true },
    claims: {
      openid: ['sub'],
      email: ['email'],
      profile: ['name'],
      [BUITENBINNEN_SCOPE]: ['gemeente', 'roles'],
    },
    // Put the scope-granted claims into the ID token too; the app reads only the ID token.
    conformIdTokenClaims: false,
    findAccount: (_ctx: unknown, sub: string) => {
      if (!accounts.has(sub)) return undefined;
      return { accountId: sub, claims: () => ({ ...accounts.get(sub), sub }) };
    },
    jwks: { keys: [{ ...signingKey, use: 'sig', alg: 'RS256', kid: 'test' }] },
    cookies: { keys: [randomBytes(32).toString('hex')] },
    // Seconds; given explicitly only so the provider does not log a notice for each default.
    ttl: {
      AccessToken: 600,
      AuthorizationCode: 60,
      Grant: 3600,
      IdToken: 600,
      Interaction: 600,
      Session: 3600,
    },
    features: { devInteractions: { enabled: true } },
  });
  server.on('request', provider.callback());

  return {
    issuer,
    accounts,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

interface StoredCookie {
  name: string;
  value: string;
  path: string;
}

/** A response read to the end, so that no connection is left waiting on an unread body. */
export interface Page {
  status: number;
  headers: Headers;
  /** The Location header resolved against the requested URL, if any. */
  location: URL | undefined;
  setCookies: string[];
  body: string;
}

/**
 * Just enough of a browser: per-origin cookies with paths, and redirects left to the caller
 * (fetch with redirect: 'manual'), so each hop of the flow can be inspected or tampered with.
 */
export class TestBrowser {
  private readonly jars = new Map<string, Map<string, StoredCookie>>();

  get(url: string | URL): Promise<Page> {
    return this.request(url);
  }

  postForm(url: string | URL, fields: Record<string, string>): Promise<Page> {
    return this.request(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(fields).toString(),
    });
  }

  async request(url: string | URL, init: RequestInit = {}): Promise<Page> {
    const target = new URL(url);
    const headers = new Headers(init.headers);
    const cookies = this.cookiesFor(target);
    if (cookies) headers.set('cookie', cookies);
    const res = await fetch(target, { ...init, headers, redirect: 'manual' });
    const body = await res.text();
    const setCookies = res.headers.getSetCookie();
    for (const line of setCookies) this.store(target, line);
    const location = res.headers.get('location');
    return {
      status: res.status,
      headers: res.headers,
      location: location === null ? undefined : new URL(location, target),
      setCookies,
      body,
    };
  }

  /** The value of a cookie stored for an origin, whatever its path. */
  cookie(origin: string, name: string): string | undefined {
    for (const c of this.jar(origin).values()) if (c.name === name) return c.value;
    return undefined;
  }

  setCookie(origin: string, name: string, value: string, path = '/'): void {
    this.jar(origin).set(`${name};${path}`, { name, value, path });
  }

  deleteCookie(origin: string, name: string): void {
    const jar = this.jar(origin);
    for (const [key, c] of jar) if (c.name === name) jar.delete(key);
  }

  private jar(origin: string): Map<string, StoredCookie> {
    const key = new URL(origin).origin;
    let jar = this.jars.get(key);
    if (!jar) this.jars.set(key, (jar = new Map()));
    return jar;
  }

  private cookiesFor(target: URL): string {
    const path = target.pathname;
    return [...this.jar(target.origin).values()]
      .filter((c) => path === c.path || path.startsWith(c.path.endsWith('/') ? c.path : `${c.path}/`))
      .map((c) => `${c.name}=${c.value}`)
      .join('; ');
  }

  private store(target: URL, line: string): void {
    const [pair = '', ...attributes] = line.split(';').map((part) => part.trim());
    const eq = pair.indexOf('=');
    if (eq <= 0) return;
    const name = pair.slice(0, eq);
    const value = pair.slice(eq + 1);
    let path = target.pathname.slice(0, target.pathname.lastIndexOf('/')) || '/';
    let expired = false;
    for (const attribute of attributes) {
      const [key = '', ...rest] = attribute.split('=');
      const attrValue = rest.join('=');
      switch (key.toLowerCase()) {
        case 'path':
          if (attrValue.startsWith('/')) path = attrValue;
          break;
        case 'max-age':
          if (Number(attrValue) <= 0) expired = true;
          break;
        case 'expires':
          if (Date.parse(attrValue) <= Date.now()) expired = true;
          break;
      }
    }
    const jar = this.jar(target.origin);
    const key = `${name};${path}`;
    if (expired) jar.delete(key);
    else jar.set(key, { name, value, path });
  }
}
