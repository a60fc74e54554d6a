/**
 * A real OpenID Connect provider for sign-on tests: `oidc-provider` (the certified provider
 * openid-client is tested against) on a free port in the test process, with one client registered
 * for the app, accounts given by the test, and its development login and consent pages, driven
 * over HTTP (`signInAt`) or by a browser. Also the app itself with sign-on configured, on the
 * run's Neo4j (`startSignOnApp`).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';
import type { AccessSettings, SignOnSettings } from '../../server/access/sign-on/settings.js';
import { createApp } from '../../server/app.js';
import type { Database } from '../../server/db/database.js';
import { createLogger } from '../../server/logger.js';
import { CLIENT_DIR } from '../../server/runtime.js';

export type ProviderAccount = { email?: string; email_verified?: boolean; name?: string; groups?: string[] };

export interface IdentityProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Accounts the provider knows, by login (the subject is the login); tests add to it. */
  accounts: Map<string, ProviderAccount>;
  close(): Promise<void>;
}

const listen = (server: Server) =>
  new Promise<number>((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)));

/**
 * Starts the provider with one confidential client whose only redirect URI is `redirectUri`. It is
 * named `localhost` while the app is `127.0.0.1`: two sites, so a browser goes through sign-on as
 * with a real provider, cross-site (the state cookie must come back on the provider's redirect).
 */
export async function startIdentityProvider(redirectUri: string): Promise<IdentityProvider> {
  const server = createServer();
  const port = await new Promise<number>((resolve) => server.listen(0, () => resolve((server.address() as AddressInfo).port)));
  const issuer = `http://localhost:${port}`;
  const accounts = new Map<string, ProviderAccount>();
  const clientSecret = 'actor-map-test-client-secret-0123456789';
  const provider = quietly(
    () =>
      new Provider(issuer, {
        clients: [
          {
            client_id: 'actor-map',
            client_secret: clientSecret,
            redirect_uris: [redirectUri],
            response_types: ['code'],
            grant_types: ['authorization_code'],
            token_endpoint_auth_method: 'client_secret_basic',
          },
        ],
        // Like Entra ID or Keycloak with a group mapper: groups come with the profile.
        claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name', 'groups'] },
        findAccount: (_ctx, id) => {
          const account = accounts.get(id);
          return account ? { accountId: id, claims: () => ({ sub: id, ...account }) } : undefined;
        },
        features: { devInteractions: { enabled: true } },
        pkce: { required: () => true },
        cookies: { keys: ['actor-map-test-cookie-key'] },
        // Stated, so the provider does not print a notice for each default it uses.
        ttl: { Interaction: 600, Session: 3600, Grant: 3600, AccessToken: 600, IdToken: 600, AuthorizationCode: 60 },
      }),
  );
  server.on('request', provider.callback());
  return {
    issuer,
    clientId: 'actor-map',
    clientSecret,
    accounts,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Runs `work` without the provider's warnings that it uses its development keys, store and pages: that is the point here. */
function quietly<T>(work: () => T): T {
  const warn = console.warn;
  console.warn = (...args: unknown[]) => {
    if (!String(args[0]).startsWith('oidc-provider WARNING')) warn(...args);
  };
  try {
    return work();
  } finally {
    console.warn = warn;
  }
}

/** A tiny cookie jar per host: enough for the provider's interaction cookies and the app's. */
export class CookieJar {
  private readonly cookies = new Map<string, string>();
  take(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const at = pair.indexOf('=');
      const value = pair.slice(at + 1);
      if (value === '' || /max-age=0\b/i.test(line)) this.cookies.delete(pair.slice(0, at));
      else this.cookies.set(pair.slice(0, at), value);
    }
  }
  get(name: string): string | undefined {
    return this.cookies.get(name);
  }
  set(name: string, value: string): void {
    this.cookies.set(name, value);
  }
  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }
}

/** One GET or form POST without following redirects, carrying and keeping the jar's cookies. */
export async function step(jar: CookieJar, url: string, form?: Record<string, string>): Promise<{ status: number; location: string }> {
  const response = await fetch(url, {
    method: form ? 'POST' : 'GET',
    redirect: 'manual',
    headers: { cookie: jar.header(), ...(form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}) },
    body: form ? new URLSearchParams(form).toString() : undefined,
  });
  jar.take(response);
  await response.arrayBuffer();
  return { status: response.status, location: new URL(response.headers.get('location') ?? '', url).href };
}

/**
 * Signs `login` in at the provider from its authorization URL, through its login and consent
 * interactions, and returns where the provider sends the browser back (the app's callback).
 */
export async function signInAt(authorizationUrl: string, login: string, jar = new CookieJar()): Promise<string> {
  let next = authorizationUrl;
  let loggedIn = false;
  for (let hop = 0; hop < 10; hop += 1) {
    const url = new URL(next);
    if (!url.pathname.startsWith('/auth') && !url.pathname.startsWith('/interaction/')) return next;
    if (url.pathname.startsWith('/interaction/')) {
      // The interaction asks for a login first, then consent; the dev pages take either prompt.
      const prompt = loggedIn ? 'consent' : 'login';
      next = (await step(jar, next, { prompt, login, password: 'any' })).location;
      loggedIn = true;
    } else {
      next = (await step(jar, next)).location;
    }
  }
  throw new Error('The provider did not send the browser back within ten hops');
}

export interface SignOnApp {
  baseUrl: string;
  settings: SignOnSettings;
  close(): Promise<void>;
}

/**
 * The app with sign-on configured against a provider started here, on `db`. The app's port is
 * taken first: the provider must know the callback address, and the app the provider's.
 */
export async function startSignOnApp(
  db: Database,
  options: { localPasswords?: boolean; settings?: Partial<SignOnSettings> } = {},
): Promise<SignOnApp & { provider: IdentityProvider }> {
  const server = createServer();
  const port = await listen(server);
  const baseUrl = `http://127.0.0.1:${port}`;
  const redirectUrl = new URL(`${baseUrl}/api/auth/oidc/callback`);
  const provider = await startIdentityProvider(redirectUrl.href);
  const settings: SignOnSettings = {
    issuer: new URL(provider.issuer),
    clientId: provider.clientId,
    clientSecret: provider.clientSecret,
    redirectUrl,
    allowedDomains: ['mission.example.org'],
    providerName: 'Mission ID',
    roleClaim: 'groups',
    roleMap: [
      ['actor-map-analysts', 'analyst'],
      ['actor-map-leadership', 'leadership'],
    ],
    clearance: 'public',
    ...options.settings,
  };
  const access: AccessSettings = { signOn: settings, localPasswords: options.localPasswords ?? true };
  server.on('request', createApp({ db, logger: createLogger('silent'), clientDir: CLIENT_DIR, access }));
  return {
    baseUrl,
    settings,
    provider,
    async close() {
      await new Promise((resolve) => server.close(resolve));
      await provider.close();
    },
  };
}
