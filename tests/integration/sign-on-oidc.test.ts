/**
 * Sign-on with OpenID Connect against a real provider (oidc-provider, started here): the first
 * sign-in creates the account with the lowest role, or the role a group maps to; a tampered or
 * replayed state, a tampered or replayed nonce, and an email outside the allowed domains are
 * refused and audited; local passwords can be turned off (the operator's administrators keep
 * theirs); sign-out ends the session sign-on opened.
 */
import express from 'express';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUserStore } from '../../server/access/user-store.js';
import { SESSION_COOKIE } from '../../server/middleware/authenticate.js';
import { pageShellWithSettings } from '../../server/routes/page-shell.js';
import { CookieJar, signInAt, startSignOnApp, step, type SignOnApp, type IdentityProvider } from '../support/oidc-provider.js';
import { useTestServer } from '../support/lifecycle.js';

const server = useTestServer();
let app: SignOnApp & { provider: IdentityProvider };
const run = Math.random().toString(36).slice(2, 8);

beforeAll(async () => {
  app = await startSignOnApp(server.db);
  app.provider.accounts.set(`jane-${run}`, { email: `Jane.Field-${run}@mission.example.org`, email_verified: true, name: 'Jane Field' });
  app.provider.accounts.set(`lead-${run}`, {
    email: `lead-${run}@mission.example.org`,
    name: 'Mission Lead',
    groups: ['everyone', 'actor-map-leadership'],
  });
  app.provider.accounts.set(`outsider-${run}`, { email: `someone-${run}@elsewhere.example.com`, name: 'Outsider' });
});
afterAll(() => app?.close());

/** Starts a sign-on at the app: the provider's authorization URL; the jar keeps the app's sign-on cookie. */
async function begin(jar: CookieJar): Promise<URL> {
  const started = await step(jar, `${app.baseUrl}/api/auth/oidc/start`);
  expect(started.status).toBe(303);
  return new URL(started.location);
}

/** The whole flow for `login`; `tamper` may change the authorization URL before the provider sees it. */
async function signOn(login: string, options: { tamper?: (url: URL) => void; jar?: CookieJar } = {}) {
  const jar = options.jar ?? new CookieJar();
  const authorizationUrl = await begin(jar);
  options.tamper?.(authorizationUrl);
  const callbackUrl = await signInAt(authorizationUrl.href, login);
  const landed = await step(jar, callbackUrl);
  return { jar, callbackUrl, authorizationUrl, landed };
}

async function me(jar: CookieJar) {
  const response = await fetch(`${app.baseUrl}/api/auth/me`, { headers: { cookie: jar.header() } });
  return { status: response.status, body: (await response.json()) as { id: string; username: string; role: string; clearance: string } };
}

const lastEvent = (detail: string) =>
  server.count('MATCH (e:AuditEvent {detail: $detail}) WHERE e.at > datetime() - duration({minutes: 1}) RETURN count(e)', { detail });

describe('sign-on with an OpenID Connect provider', () => {
  it('sends the browser to the provider with PKCE (S256), a state and a nonce, bound to a cookie', async () => {
    const jar = new CookieJar();
    const url = await begin(jar);
    expect(url.origin).toBe(app.provider.issuer);
    expect(url.searchParams.get('code_challenge_method')).toBe('S256');
    expect(url.searchParams.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    expect(url.searchParams.get('nonce')).toMatch(/^[\w-]{40,}$/);
    expect(jar.get('__Host-actor-map-sign-on')).toBe(url.searchParams.get('state'));
  });

  it('the first sign-in creates a viewer cleared public, linked to the subject; the next finds the same account', async () => {
    const first = await signOn(`jane-${run}`);
    expect(first.landed).toMatchObject({ status: 303, location: `${app.baseUrl}/#signed-on` });
    expect(first.jar.get(SESSION_COOKIE)).toBeTruthy();
    expect(first.jar.get('__Host-actor-map-sign-on')).toBeUndefined();
    const signedIn = await me(first.jar);
    expect(signedIn.status).toBe(200);
    expect(signedIn.body).toMatchObject({ username: `jane.field-${run}`, displayName: 'Jane Field', role: 'viewer', clearance: 'public' });
    expect(await server.count('MATCH (u:User {id: $id}) RETURN count(u.passwordHash)', { id: signedIn.body.id })).toBe(0);

    const again = await signOn(`jane-${run}`);
    expect((await me(again.jar)).body.id).toBe(signedIn.body.id);
    expect(await server.count('MATCH (u:User {signOnSubject: $subject}) RETURN count(u)', { subject: `jane-${run}` })).toBe(1);
    expect(
      await server.count("MATCH (e:AuditEvent {action: 'sign_in', detail: 'oidc', userId: $id}) RETURN count(e)", { id: signedIn.body.id }),
    ).toBe(2);
    expect(
      await server.count(
        "MATCH (e:AuditEvent {action: 'user_change', detail: 'create:sign-on'}) WHERE $id IN e.targetIds RETURN count(e)",
        {
          id: signedIn.body.id,
        },
      ),
    ).toBe(1);
  });

  it('maps a group claim to the role of the first sign-in (first match in OIDC_ROLE_MAP), never above internal', async () => {
    const { jar } = await signOn(`lead-${run}`);
    expect((await me(jar)).body).toMatchObject({ role: 'leadership', clearance: 'public' });
  });

  it('never takes over a local account whose username matches: the new account gets a name of its own', async () => {
    const local = await createUserStore(server.db).create({
      username: `same-${run}`,
      displayName: 'Local Same',
      password: 'local-same-password-1',
      role: 'analyst',
    });
    app.provider.accounts.set(`same-${run}`, { email: `same-${run}@mission.example.org`, name: 'Provider Same' });
    const signedIn = (await me((await signOn(`same-${run}`)).jar)).body;
    expect(signedIn.id).not.toBe(local.id);
    expect(signedIn.username).toMatch(new RegExp(`^same-${run}-[0-9a-f]{6}$`));
    expect(signedIn.role).toBe('viewer');
  });

  it('refuses a tampered state, an answer brought to another browser, and a replayed answer', async () => {
    const before = await lastEvent('oidc:state');
    const tampered = await signOn(`jane-${run}`, {
      tamper: (url) => url.searchParams.set('state', `${url.searchParams.get('state')!.slice(0, -2)}xy`),
    });
    expect(tampered.landed.location).toBe(`${app.baseUrl}/#sign-on-error=state`);
    expect(tampered.jar.get(SESSION_COOKIE)).toBeUndefined();

    // A genuine answer, opened in a browser that did not start the sign-on (login CSRF).
    const jar = new CookieJar();
    const callbackUrl = await signInAt((await begin(jar)).href, `jane-${run}`);
    const elsewhere = await step(new CookieJar(), callbackUrl);
    expect(elsewhere.location).toBe(`${app.baseUrl}/#sign-on-error=state`);

    const genuine = await signOn(`jane-${run}`);
    expect(genuine.landed.location).toBe(`${app.baseUrl}/#signed-on`);
    const replayJar = new CookieJar();
    replayJar.set('__Host-actor-map-sign-on', new URL(genuine.callbackUrl).searchParams.get('state')!);
    const replayed = await step(replayJar, genuine.callbackUrl);
    expect(replayed.location).toBe(`${app.baseUrl}/#sign-on-error=state`);
    expect(replayJar.get(SESSION_COOKIE)).toBeUndefined();
    expect(await lastEvent('oidc:state')).toBe(before + 3);
  });

  it('signs in once when the same answer arrives twice at the same moment', async () => {
    const jar = new CookieJar();
    const callbackUrl = await signInAt((await begin(jar)).href, `jane-${run}`);
    const state = jar.get('__Host-actor-map-sign-on')!;
    const twice = await Promise.all(
      [new CookieJar(), new CookieJar()].map((each) => {
        each.set('__Host-actor-map-sign-on', state);
        return step(each, callbackUrl);
      }),
    );
    expect(twice.filter((answer) => answer.location === `${app.baseUrl}/#signed-on`)).toHaveLength(1);
    expect(twice.filter((answer) => answer.status === 303)).toHaveLength(2);
  });

  it('refuses an ID token whose nonce was tampered with or replayed from an earlier sign-on', async () => {
    const before = await lastEvent('oidc:nonce');
    const tampered = await signOn(`jane-${run}`, {
      tamper: (url) => url.searchParams.set('nonce', 'chosen-by-an-attacker-0123456789abcdef'),
    });
    expect(tampered.landed.location).toBe(`${app.baseUrl}/#sign-on-error=nonce`);
    expect(tampered.jar.get(SESSION_COOKIE)).toBeUndefined();

    const earlier = await signOn(`jane-${run}`);
    const earlierNonce = earlier.authorizationUrl.searchParams.get('nonce')!;
    const replayed = await signOn(`jane-${run}`, { tamper: (url) => url.searchParams.set('nonce', earlierNonce) });
    expect(replayed.landed.location).toBe(`${app.baseUrl}/#sign-on-error=nonce`);
    expect(await lastEvent('oidc:nonce')).toBe(before + 2);
  });

  it('refuses an email outside the allowed domains, and creates no account', async () => {
    const before = await lastEvent('oidc:domain');
    const { landed, jar } = await signOn(`outsider-${run}`);
    expect(landed.location).toBe(`${app.baseUrl}/#sign-on-error=domain`);
    expect(jar.get(SESSION_COOKIE)).toBeUndefined();
    expect(await server.count('MATCH (u:User {signOnSubject: $subject}) RETURN count(u)', { subject: `outsider-${run}` })).toBe(0);
    expect(await lastEvent('oidc:domain')).toBe(before + 1);
  });

  it('refuses a disabled account', async () => {
    const { jar } = await signOn(`jane-${run}`);
    const { id } = (await me(jar)).body;
    await createUserStore(server.db).update(id, { disabled: true });
    expect((await me(jar)).status).toBe(401);
    expect((await signOn(`jane-${run}`)).landed.location).toBe(`${app.baseUrl}/#sign-on-error=disabled`);
    await createUserStore(server.db).update(id, { disabled: false });
  });

  it('sign-out ends the session sign-on opened', async () => {
    const { jar } = await signOn(`lead-${run}`);
    expect((await me(jar)).status).toBe(200);
    const out = await fetch(`${app.baseUrl}/api/auth/sign-out`, {
      method: 'POST',
      headers: { cookie: jar.header(), 'sec-fetch-site': 'same-origin', origin: app.baseUrl },
    });
    expect(out.status).toBe(204);
    expect((await me(jar)).status).toBe(401);
  });
});

describe('local passwords turned off', () => {
  let strict: SignOnApp;
  beforeAll(async () => {
    strict = await startSignOnApp(server.db, { localPasswords: false });
  });
  afterAll(() => strict?.close());

  const passwordSignIn = (username: string, password: string) =>
    fetch(`${strict.baseUrl}/api/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password }),
    }).then(async (response) => ({ status: response.status, body: (await response.json()) as { error?: { message: string } } }));

  it('answers a clear 403 to a correct password of an ordinary account, and still 401 to a wrong one', async () => {
    const refused = await passwordSignIn(server.credentials.username, server.credentials.password);
    expect(refused.status).toBe(403);
    expect(refused.body.error?.message).toMatch(/Password sign-in is turned off/);
    expect((await passwordSignIn(server.credentials.username, 'not-the-password')).status).toBe(401);
    expect(await lastEvent('local_passwords_off')).toBeGreaterThan(0);
  });

  it("keeps the operator's administrators (made by the server, like admin and add-administrator) signing in with a password", async () => {
    const users = createUserStore(server.db);
    const username = `operator-${run}`;
    await users.create({
      username,
      displayName: 'Operator',
      password: 'operator-password-123',
      role: 'administrator',
      clearance: 'internal',
    });
    expect((await passwordSignIn(username, 'operator-password-123')).status).toBe(200);
    // An administrator made by another administrator is an ordinary account here.
    const other = `made-by-admin-${run}`;
    const operatorId = (await users.list()).find((user) => user.username === username)!.id;
    await users.create({ username: other, displayName: 'Other', password: 'other-password-1234', role: 'viewer' }, operatorId);
    expect((await passwordSignIn(other, 'other-password-1234')).status).toBe(403);
  });
});

describe('the page shell with sign-on configured', () => {
  it('names the provider and says whether passwords are on, in a meta the sign-in page reads', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sign-on-shell-'));
    writeFileSync(join(dir, 'index.html'), '<html><head><title>Actor Map</title></head><body></body></html>');
    const shell = express().use(pageShellWithSettings(dir, { 'actor-map-sign-in': { provider: 'Mission "ID" <1>', passwords: false } }));
    const listening = shell.listen(0, '127.0.0.1');
    await new Promise((resolve) => listening.once('listening', resolve));
    const { port } = listening.address() as AddressInfo;
    const page = await fetch(`http://127.0.0.1:${port}/`);
    listening.close();
    expect(page.headers.get('cache-control')).toBe('no-cache');
    const meta = /<meta name="actor-map-sign-in" content="([^"]*)" \/>\s*<\/head>/.exec(await page.text());
    expect(meta).not.toBeNull();
    const decoded = meta![1]!
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, '<')
      .replace(/&amp;/g, '&');
    expect(JSON.parse(decoded)).toEqual({ provider: 'Mission "ID" <1>', passwords: false });
    rmSync(dir, { recursive: true });
  });
});
