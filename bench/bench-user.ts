/**
 * The account the benchmark measures as. Every API route but health and OpenAPI needs a
 * signed-in user, and what a user sees depends on role and clearance, so the bench uses one fixed
 * viewer: an analyst cleared for strictly confidential, with no grants (sees every generated actor,
 * may run analyses and imports). The API side sends its API token as `Authorization: Bearer`; the
 * bare-driver floor sends the same viewer's `accessParameters` as `$access`, so both sides run the
 * same Cypher with the same parameters.
 */
import { createUserStore } from '../server/access/user-store.js';
import { accessParameters, type AccessParameters, type Viewer } from '../server/access/viewer.js';
import type { Database } from '../server/db/database.js';
import { fieldAccess, type FieldAccess } from '../server/presenters/field-access.js';

/** The password the API process's first start gives `admin` (ACTOR_MAP_ADMIN_PASSWORD). */
export const BENCH_ADMIN_PASSWORD = 'actor-map-bench-admin';

export interface BenchUser {
  username: string;
  /** The user's id, for the audit event a write floor records as the API does. */
  userId: string;
  password: string;
  /** Headers for every bench request: the user's API token. */
  headers: Record<string, string>;
  /** `$access` for the floor's Cypher: the same viewer as the API token's. */
  access: AccessParameters;
  /** `$fields` for the floor's Cypher: the fields the same viewer's role receives. */
  fields: FieldAccess;
}

async function send(baseUrl: string, path: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  // A cookie session may change state only from this site: say so, as the browser would.
  const response = await fetch(`${baseUrl}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'sec-fetch-site': 'same-origin', ...headers },
    body: JSON.stringify(body),
  });
  if (response.status >= 300) throw new Error(`POST ${path} answered ${response.status}: ${(await response.text()).slice(0, 300)}`);
  return response;
}

/** Signs in and returns the session cookie (`name=value`) to send back. */
async function signIn(baseUrl: string, username: string, password: string): Promise<{ cookie: string; userId: string }> {
  const response = await send(baseUrl, '/api/auth/sign-in', { username, password });
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  if (!cookie.includes('=')) throw new Error('sign-in set no session cookie');
  const me = (await response.json()) as { id: string };
  return { cookie, userId: me.id };
}

/**
 * As `admin` (created by the API's first start), creates the bench analyst, signs in as it and
 * creates its API token. Needs an empty user list at the API's first start (see emptyDatabase).
 * No administrator may give a clearance above their own (confidential at most), so the bench, as
 * the database's operator, raises the account to strictly confidential through the user store.
 */
export async function createBenchUser(baseUrl: string, db: Database): Promise<BenchUser> {
  const username = 'bench-analyst';
  const password = 'bench-analyst-password';
  const admin = await signIn(baseUrl, 'admin', BENCH_ADMIN_PASSWORD);
  const created = await send(
    baseUrl,
    '/api/users',
    { username, displayName: 'Benchmark analyst', password, role: 'analyst', clearance: 'internal' },
    { cookie: admin.cookie },
  );
  await createUserStore(db).update(((await created.json()) as { id: string }).id, { clearance: 'strictly_confidential' });
  const user = await signIn(baseUrl, username, password);
  const tokenResponse = await send(baseUrl, '/api/tokens', { name: 'benchmark', expiresInDays: 1 }, { cookie: user.cookie });
  const { token } = (await tokenResponse.json()) as { token?: string };
  if (!token) throw new Error('POST /api/tokens returned no secret');
  const viewer: Viewer = { userId: user.userId, role: 'analyst', clearance: 'strictly_confidential', grants: [] };
  return {
    username,
    userId: user.userId,
    password,
    headers: { authorization: `Bearer ${token}` },
    access: accessParameters(viewer),
    fields: fieldAccess(viewer),
  };
}
