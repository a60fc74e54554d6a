/**
 * Sessions and API tokens. Both are random secrets whose SHA-256 is stored in Neo4j, not in
 * process memory, so every API instance recognises them and a sign-out, a revocation or a
 * disabled account takes effect on the very next request anywhere.
 */
import { randomUUID } from 'node:crypto';
import { ApiTokenSchema, type ApiToken, type Grant, type Role, type Sensitivity } from '../contracts/index.js';
import type { Database } from '../db/database.js';
import { notFound } from '../errors.js';
import { newToken, tokenHash } from './secrets.js';
import type { Viewer } from './viewer.js';

export const SESSION_HOURS = 12;

export interface Credentials {
  openSession(userId: string): Promise<string>;
  closeSession(token: string): Promise<void>;
  /** The viewer behind a session or API token, or null if it is unknown, expired, revoked or disabled. */
  resolve(token: string): Promise<(Viewer & { via: 'session' | 'token' }) | null>;
  createApiToken(userId: string, name: string): Promise<ApiToken>;
  listApiTokens(userId: string): Promise<ApiToken[]>;
  revokeApiToken(userId: string, id: string): Promise<void>;
}

export function createCredentials(db: Database): Credentials {
  db.requireQueries(
    'access/create-session',
    'access/delete-session',
    'access/resolve-credential',
    'access/create-api-token',
    'access/list-api-tokens',
    'access/revoke-api-token',
  );
  return {
    async openSession(userId) {
      const token = newToken('ams');
      await db.write('access/create-session', { userId, tokenHash: tokenHash(token), hours: SESSION_HOURS });
      return token;
    },
    async closeSession(token) {
      await db.write('access/delete-session', { tokenHash: tokenHash(token) });
    },
    async resolve(token) {
      const [row] = await db.read('access/resolve-credential', { tokenHash: tokenHash(token) });
      if (!row) return null;
      const user = row.user as { id: string; role: Role; clearance: Sensitivity; grants: Grant[] };
      return { userId: user.id, role: user.role, clearance: user.clearance, grants: user.grants, via: row.via as 'session' | 'token' };
    },
    async createApiToken(userId, name) {
      const token = newToken('amt');
      const [row] = await db.write('access/create-api-token', { userId, id: randomUUID(), name, tokenHash: tokenHash(token) });
      return ApiTokenSchema.parse({ ...(row?.token as object), token });
    },
    async listApiTokens(userId) {
      return (await db.read('access/list-api-tokens', { userId })).map((row) => ApiTokenSchema.parse(row.token));
    },
    async revokeApiToken(userId, id) {
      const [row] = await db.write('access/revoke-api-token', { userId, id });
      if (!row) throw notFound('API token', id);
    },
  };
}
