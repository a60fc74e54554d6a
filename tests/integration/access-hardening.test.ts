/**
 * Hardening: CSRF defence for cookie sessions, security headers, GET never writes, no actor name
 * (nor a name-derived id) in any log line or error body, and a deleted actor leaves nothing behind but its id in the audit.
 */
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestServer } from '../support/lifecycle.js';
import { createApp, buildRouteTable } from '../../server/app.js';
import type { Database } from '../../server/db/database.js';
import type { Logger } from '../../server/logger.js';
import { loadDataset } from '../../server/seed/dataset-loader.js';
import { FIXTURE } from '../support/fixture-graph.js';
import { request, setDefaultToken } from '../support/http.js';

const server = useTestServer();
let cookie: string;
const SECRET_NAME = 'Zainab Haddad, source in Wadi camp';

beforeAll(async () => {
  await server.reset();
  await loadDataset(server.db, FIXTURE);
  const password = 'hardening-password';
  const username = `hardening-${Math.random().toString(36).slice(2, 8)}`;
  await request(
    server.baseUrl,
    'POST',
    '/api/users',
    { username, displayName: 'H', password, role: 'analyst', clearance: 'internal' },
    {
      as: (await server.userWithToken('hardening-admin', 'administrator', 'confidential')).token,
    },
  );
  const signIn = await fetch(`${server.baseUrl}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  cookie = signIn.headers.get('set-cookie')!.split(';')[0]!;
});

const cookieRequest = (method: string, path: string, headers: Record<string, string>, body?: unknown) =>
  fetch(`${server.baseUrl}${path}`, {
    method,
    headers: { cookie, 'content-type': 'application/json', ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });

describe('cross-site requests with the session cookie', () => {
  it.each([
    ['POST', '/api/actors', { name: 'Forged', kind: 'donor' }],
    ['PATCH', '/api/actors/gov', { influence: 1 }],
    ['DELETE', '/api/actors/gov', undefined],
  ])('%s %s from another site answers 403 and changes nothing', async (method, path, body) => {
    const before = await server.count('MATCH (a:Actor) RETURN count(a)');
    const bySite = await cookieRequest(method, path, { 'sec-fetch-site': 'cross-site' }, body);
    expect(bySite.status).toBe(403);
    const byOrigin = await cookieRequest(method, path, { origin: 'https://evil.example' }, body);
    expect(byOrigin.status).toBe(403);
    expect(await server.count('MATCH (a:Actor) RETURN count(a)')).toBe(before);
    expect((await request(server.baseUrl, 'GET', '/api/actors/gov')).body.influence).toBeNull();
  });

  it('a same-origin request with the cookie works, and a Bearer token needs no such check', async () => {
    const host = new URL(server.baseUrl).host;
    const same = await cookieRequest(
      'POST',
      '/api/actors',
      { 'sec-fetch-site': 'same-origin', origin: `http://${host}` },
      { name: 'Same site', kind: 'donor' },
    );
    expect(same.status).toBe(201);
    const scripted = await request(
      server.baseUrl,
      'POST',
      '/api/actors',
      { name: 'Script', kind: 'donor' },
      { headers: { 'sec-fetch-site': 'cross-site' } },
    );
    expect(scripted.status).toBe(201);
  });
});

describe('headers', () => {
  it('sets CSP, nosniff, Referrer-Policy and no-store on API data', async () => {
    const response = await request(server.baseUrl, 'GET', '/api/actors');
    const csp = response.headers.get('content-security-policy')!;
    for (const directive of ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "default-src 'self'"])
      expect(csp).toContain(directive);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('strict-transport-security')).toBeNull();
  });

  it('sets HSTS behind a TLS proxy the server is told to trust', async () => {
    const app = createApp({ db: server.db, logger: silent(), trustProxy: 'loopback' });
    const behindProxy: Server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => behindProxy.once('listening', resolve));
    const url = `http://127.0.0.1:${(behindProxy.address() as AddressInfo).port}/api/health`;
    const response = await fetch(url, { headers: { 'x-forwarded-proto': 'https' } });
    expect(response.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
    await new Promise((resolve) => behindProxy.close(resolve));
  });
});

describe('GET never changes state', () => {
  it('no GET route writes to the database', async () => {
    const writes: string[] = [];
    const spy: Database = new Proxy(server.db, {
      get(target, property, receiver) {
        const value = Reflect.get(target, property, receiver);
        if (['write', 'writeTransaction', 'autoCommit'].includes(String(property))) {
          return (...args: unknown[]) => {
            writes.push(String(property));
            return (value as (...a: unknown[]) => unknown).apply(target, args);
          };
        }
        return value;
      },
    });
    const app = createApp({ db: spy, logger: silent() });
    const spied: Server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => spied.once('listening', resolve));
    const base = `http://127.0.0.1:${(spied.address() as AddressInfo).port}`;
    setDefaultToken(base, server.token);
    const getPaths = buildRouteTable(server.db)
      // Administrators' routes answer this analyst 403, which is audited (a write) on purpose.
      .filter((route) => route.method === 'get' && route.access !== 'administer')
      .map((route) => route.path.replace(':id', route.path.includes('ties') ? 't-funds' : route.path.includes('outputs') ? 'o1' : 'gov'));
    for (const path of getPaths) {
      const query = path.includes('/analysis/') ? '?actor=cso-a&from=cso-a&to=gov' : '';
      const response = await request(base, 'GET', `${path}${query}`);
      expect(response.status, path).toBeLessThan(500);
    }
    expect(writes).toEqual([]);
    await new Promise((resolve) => spied.close(resolve));
  });
});

describe('names stay out of logs and error bodies', () => {
  it('a session that creates a sensitive actor and triggers errors leaves its name nowhere', async () => {
    const lines: string[] = [];
    const logger: Logger = { info: (event) => lines.push(JSON.stringify(event)), error: (event) => lines.push(JSON.stringify(event)) };
    const app = createApp({ db: server.db, logger });
    const logged: Server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => logged.once('listening', resolve));
    const base = `http://127.0.0.1:${(logged.address() as AddressInfo).port}`;
    setDefaultToken(base, server.token);

    const bodies: string[] = [];
    const send = async (method: string, path: string, body?: unknown) => {
      const response = await request(base, method, path, body);
      bodies.push(JSON.stringify(response.body ?? null));
      return response;
    };
    const created = await send('POST', '/api/actors', {
      id: 'secret-source',
      name: SECRET_NAME,
      kind: 'civil_society',
      subtype: 'individual',
    });
    expect(created.status).toBe(201);
    await send('POST', '/api/actors', { id: 'secret-source', name: SECRET_NAME, kind: 'civil_society' });
    await send('POST', '/api/actors', { name: SECRET_NAME, kind: 'civil_society', subtype: SECRET_NAME, influence: SECRET_NAME });
    await send('PATCH', '/api/actors/secret-source', { kind: 'donor', acronym: SECRET_NAME.repeat(3) });
    await send('GET', `/api/actors?text=${encodeURIComponent(SECRET_NAME)}&limit=${encodeURIComponent(SECRET_NAME)}`);
    await send('POST', '/api/ties', { type: 'funds', sourceId: 'secret-source', targetId: 'no-such', description: SECRET_NAME });
    await send('GET', `/api/analysis/path?from=secret-source&to=${encodeURIComponent(SECRET_NAME)}`);

    const errorBodies = bodies.filter((body) => body.includes('"error"'));
    expect(errorBodies.length).toBeGreaterThanOrEqual(5);
    for (const body of errorBodies) expect(body).not.toContain('Zainab');
    expect(lines.length).toBeGreaterThanOrEqual(7);
    for (const line of lines) expect(line).not.toContain('Zainab');
    // Ids are often derived from names: request lines carry the route pattern, not the path.
    const requestLines = lines.map((line) => JSON.parse(line) as Record<string, unknown>).filter((line) => line.msg === 'request');
    expect(requestLines.map((line) => line.route)).toContain('/api/actors/:id');
    for (const line of requestLines) expect(JSON.stringify(line)).not.toContain('secret-source');
    await new Promise((resolve) => logged.close(resolve));
  });
});

describe('deletion', () => {
  it('leaves nothing of the actor but its id in the audit log', async () => {
    const id = `to-forget-${Math.random().toString(36).slice(2, 8)}`;
    const name = 'Forgotten Witness Network';
    await request(server.baseUrl, 'POST', '/api/actors', { id, name, kind: 'civil_society', basedIn: ['east'], aliases: ['FWN'] });
    await request(server.baseUrl, 'POST', '/api/ties', { type: 'communicates_with', sourceId: id, targetId: 'cso-a', description: name });
    await server.userWithToken('forget-grantee', 'viewer', 'internal', [{ scope: 'actor', targetId: id }]);
    expect((await request(server.baseUrl, 'DELETE', `/api/actors/${id}`)).status).toBe(204);
    // Deleting keeps the last version (a past map still shows the actor): forgetting erases it too.
    expect(await server.count("MATCH (v:Version {recordKind: 'actor', recordId: $id}) RETURN count(v)", { id })).toBeGreaterThan(0);
    expect((await request(server.baseUrl, 'DELETE', `/api/actors/${id}/history`)).status).toBe(204);
    expect((await request(server.baseUrl, 'DELETE', `/api/actors/${id}/history`)).status).toBe(404);

    // Any text property, or text in a list property, of any node or relationship.
    const mentionsIn = (entity: string) =>
      `MATCH ${entity} WHERE any(key IN keys(x) WHERE (x[key] IS :: STRING AND x[key] CONTAINS $text)
         OR (x[key] IS :: LIST<STRING> AND any(item IN x[key] WHERE item CONTAINS $text))) RETURN count(x)`;
    expect(await server.count(mentionsIn('(x)'), { text: 'Forgotten Witness' })).toBe(0);
    expect(await server.count(mentionsIn('()-[x]-()'), { text: 'Forgotten Witness' })).toBe(0);
    expect(await server.count(mentionsIn('(x)'), { text: 'FWN' })).toBe(0);
    // Only the tombstone that reserves the id is left, and it holds nothing but the id and who retired it when.
    expect(await server.count('MATCH (a {id: $id}) WHERE NOT a:RetiredActor RETURN count(a)', { id })).toBe(0);
    expect(
      await server.count(
        "MATCH (r:RetiredActor {id: $id}) WHERE all(key IN keys(r) WHERE key IN ['id', 'retiredAt', 'retiredBy']) RETURN count(r)",
        { id },
      ),
    ).toBe(1);
    expect(await server.count('MATCH (:User)-[g:GRANTED]->() WHERE g.targetId = $id RETURN count(g)', { id })).toBe(0);
    expect(await server.count("MATCH (e:AuditEvent {action: 'delete'}) WHERE $id IN e.targetIds RETURN count(e)", { id })).toBe(1);
    expect(await server.count("MATCH (e:AuditEvent {action: 'history_erased'}) WHERE $id IN e.targetIds RETURN count(e)", { id })).toBe(1);
  });

  it('erases a history only once the actor is deleted, and never one the caller could not see', async () => {
    const id = `to-keep-${Math.random().toString(36).slice(2, 8)}`;
    await request(server.baseUrl, 'POST', '/api/actors', { id, name: 'Kept Network', kind: 'civil_society', sensitivity: 'confidential' });
    const live = await request(server.baseUrl, 'DELETE', `/api/actors/${id}/history`);
    expect(live.status).toBe(409);
    expect(live.body.error.message).toContain('delete it first');
    expect((await request(server.baseUrl, 'DELETE', `/api/actors/${id}`)).status).toBe(204);
    const internal = (await server.userWithToken('erase-internal-analyst', 'analyst', 'internal')).token;
    const hidden = await request(server.baseUrl, 'DELETE', `/api/actors/${id}/history`, undefined, { as: internal });
    const absent = await request(server.baseUrl, 'DELETE', '/api/actors/no-such-actor/history', undefined, { as: internal });
    expect(hidden.status).toBe(404);
    expect(hidden.body.error.message).toBe(absent.body.error.message.replace('no-such-actor', id));
    expect(await server.count("MATCH (v:Version {recordKind: 'actor', recordId: $id}) RETURN count(v)", { id })).toBeGreaterThan(0);
  });
});

function silent(): Logger {
  return { info: () => {}, error: () => {} };
}
