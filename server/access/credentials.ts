/**
 * Sessions and API tokens. Both are random secrets whose SHA-256 is stored in Neo4j, so every API
 * instance recognises them.
 *
 * Resolving a credential is a Neo4j read that cost as much as a whole list query, so a resolution
 * is reused for a short while (`CREDENTIAL_REUSE_MS`) by the instance that made it, and never
 * once that instance has finished any write since: a sign-out, a revocation, a role or grant
 * change or a disabled account made through an instance holds there from the very next request,
 * and on every other instance within `CREDENTIAL_REUSE_MS`. An unknown credential is never
 * reused: a new token works at once everywhere. A session or token is never reused past its expiry.
 * Resolutions are read from the cluster's leader: a follower (where a READ-routed session without
 * a bookmark may land) can lag behind a revocation made through another instance for longer.
 *
 * A new password or a disabled account revokes every token of the user (cypher/access/update-user),
 * so re-enabling an account brings none back. Tokens have a scope (`read`: GET and HEAD only, see
 * middleware/authenticate.ts) and an expiry.
 */
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import {
  ApiTokenSchema,
  TOKEN_DEFAULT_DAYS,
  type ApiToken,
  type Grant,
  type Role,
  type Sensitivity,
  type TokenScope,
} from '../contracts/index.js';
import type { Database, Transaction } from '../db/database.js';
import { notFound } from '../errors.js';
import { createAuditLog } from './audit-log.js';
import { newToken, tokenHash } from './secrets.js';
import type { Viewer } from './viewer.js';
import { createApiToken, createSession, deleteSession, listApiTokens, resolveCredential, revokeApiToken } from '../queries/access.js';

export const SESSION_HOURS = 12;

/** How long an instance may answer with a credential's resolution before asking Neo4j again. */
export const CREDENTIAL_REUSE_MS = 1_000;

/** `expiresAtMs`: when the session or token stops working (epoch ms); a token mints none that outlives it. */
export type ResolvedCredential = Viewer & { via: 'session' | 'token'; scope: TokenScope; expiresAtMs: number | null };

export interface ApiTokenOptions {
  scope?: TokenScope;
  expiresInDays?: number;
  /** Who creates it, for the audit log (the owner when left out). */
  actorId?: string;
}

export interface Credentials {
  /** Opens a session inside the caller's transaction (sign-in: the session and its audit event commit together). */
  openSessionIn(tx: Transaction, userId: string): Promise<string>;
  /** Opens a session in a transaction of its own (after a password change ended the others). */
  openSession(userId: string): Promise<string>;
  /** Ends a session (sign-out); its audit event commits with it. */
  closeSession(token: string, userId: string): Promise<void>;
  /** The viewer behind a session or API token, or null if it is unknown, expired, revoked or disabled. */
  resolve(token: string): Promise<ResolvedCredential | null>;
  /** Creates a token (read-write, 90 days unless told otherwise); audited in the same transaction. */
  createApiToken(userId: string, name: string, options?: ApiTokenOptions): Promise<ApiToken>;
  listApiTokens(userId: string): Promise<ApiToken[]>;
  /** Revokes a token of `userId`; `actorId` (the owner or an administrator) is audited with it. */
  revokeApiToken(userId: string, id: string, actorId?: string): Promise<void>;
}

export function createCredentials(db: Database, clock: CredentialClock = SYSTEM_CLOCK): Credentials {
  const recent = recentResolutions(db, clock);
  const audit = createAuditLog(db);
  async function openSessionIn(tx: Transaction, userId: string): Promise<string> {
    const token = newToken('ams');
    await tx.run(createSession, { userId, tokenHash: tokenHash(token), hours: SESSION_HOURS });
    return token;
  }
  return {
    openSessionIn,
    openSession: (userId) => db.writeTransaction((tx) => openSessionIn(tx, userId)),
    async closeSession(token, userId) {
      await db.writeTransaction(async (tx) => {
        await tx.run(deleteSession, { tokenHash: tokenHash(token) });
        await audit.recordIn(tx, { userId, action: 'sign_out' });
      });
    },
    async resolve(token) {
      const hash = tokenHash(token);
      const reused = recent.get(hash);
      if (reused) return reused;
      const asked = recent.mark();
      // From the leader: a follower may not have a revocation made through another instance yet.
      const [row] = await db.readFromLeader(resolveCredential, { tokenHash: hash });
      if (!row) return null;
      const user = row.user as { id: string; role: Role; clearance: Sensitivity; grants: Grant[]; actorIdsOpenedByAreas?: string[] };
      const resolved: ResolvedCredential = Object.freeze({
        userId: user.id,
        role: user.role,
        clearance: user.clearance,
        grants: Object.freeze(user.grants),
        actorIdsOpenedByAreas: Object.freeze(user.actorIdsOpenedByAreas ?? []),
        via: row.via as 'session' | 'token',
        scope: row.scope === 'read' ? 'read' : 'read-write',
        expiresAtMs: typeof row.expiresAtMs === 'number' ? row.expiresAtMs : null,
      });
      recent.remember(hash, resolved, asked, typeof row.expiresAtMs === 'number' ? row.expiresAtMs : null);
      return resolved;
    },
    async createApiToken(userId, name, options = {}) {
      const token = newToken('amt');
      const id = randomUUID();
      const row = await db.writeTransaction(async (tx) => {
        const [created] = await tx.run(createApiToken, {
          userId,
          id,
          name,
          tokenHash: tokenHash(token),
          scope: options.scope ?? 'read-write',
          expiresInDays: options.expiresInDays ?? TOKEN_DEFAULT_DAYS,
        });
        if (!created) throw notFound('user', userId);
        await audit.recordIn(tx, {
          userId: options.actorId ?? userId,
          action: 'token_create',
          targetType: 'api_token',
          targetIds: [id, userId],
          detail: options.scope ?? 'read-write',
        });
        return created;
      });
      return ApiTokenSchema.parse({ ...(row.token as object), token });
    },
    async listApiTokens(userId) {
      // From the leader, like resolutions: a token just revoked must not be listed as active.
      return (await db.readFromLeader(listApiTokens, { userId })).map((row) => ApiTokenSchema.parse(row.token));
    },
    async revokeApiToken(userId, id, actorId = userId) {
      await db.writeTransaction(async (tx) => {
        const [row] = await tx.run(revokeApiToken, { userId, id });
        if (!row) throw notFound('API token', id);
        await audit.recordIn(tx, { userId: actorId, action: 'token_revoke', targetType: 'api_token', targetIds: [id, userId] });
      });
    },
  };
}

/**
 * The two clocks a reuse needs: a monotonic one for the reuse window (a wall-clock step back must
 * not stretch it) and the wall clock for a session's expiry, which Neo4j gives as an instant.
 */
export interface CredentialClock {
  monotonicMs(): number;
  epochMs(): number;
}

const SYSTEM_CLOCK: CredentialClock = { monotonicMs: () => performance.now(), epochMs: () => Date.now() };

/** When a resolution was asked for: the monotonic clock, and the writes this process had finished. */
interface Mark {
  at: number;
  writes: number;
}

interface Remembered {
  resolved: ResolvedCredential;
  reuseUntil: number;
  expiresAtMs: number | null;
  writes: number;
}

const MAX_REMEMBERED = 10_000;

/**
 * Resolutions confirmed by Neo4j, by token hash (never the token). Each is good until
 * `CREDENTIAL_REUSE_MS` after the read that confirmed it began and before the session's expiry,
 * and only while the process has finished no write since that read began.
 */
function recentResolutions(db: Database, clock: CredentialClock) {
  const entries = new Map<string, Remembered>();
  const stillGood = (entry: Remembered) =>
    entry.writes === db.finishedWrites() &&
    clock.monotonicMs() < entry.reuseUntil &&
    (entry.expiresAtMs === null || clock.epochMs() < entry.expiresAtMs);
  return {
    mark: (): Mark => ({ at: clock.monotonicMs(), writes: db.finishedWrites() }),
    get(hash: string): ResolvedCredential | null {
      const entry = entries.get(hash);
      if (!entry) return null;
      if (stillGood(entry)) return entry.resolved;
      entries.delete(hash);
      return null;
    },
    remember(hash: string, resolved: ResolvedCredential, asked: Mark, expiresAtMs: number | null): void {
      if (asked.writes !== db.finishedWrites()) return;
      if (entries.size >= MAX_REMEMBERED) entries.clear();
      entries.set(hash, { resolved, reuseUntil: asked.at + CREDENTIAL_REUSE_MS, expiresAtMs, writes: asked.writes });
    },
  };
}
