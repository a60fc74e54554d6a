/**
 * User accounts: created and changed by administrators; the first start creates one. Each account
 * records who created it (`createdBy`) and who last set its password (`passwordSetBy`: the
 * creator, an administrator who reset it, or the user): whoever set a password can act as the
 * account until its owner changes it, so approvals (approval-rule.ts) refuse such pairs.
 */
import { randomUUID } from 'node:crypto';
import { UserSchema, type Language, type User, type UserCreate, type UserPatch } from '../contracts/index.js';
import type { Database, Transaction } from '../db/database.js';
import { conflict, notFound, problem } from '../errors.js';
import { createAuditLog } from './audit-log.js';
import { hashPassword } from './secrets.js';
import { effectiveClearance } from './viewer.js';
import { countUsers, createUser, getUser, listUsers, lockUser, replaceGrants, setUserLanguage, updateUser } from '../queries/access.js';

export interface UserStore {
  list(): Promise<User[]>;
  get(id: string): Promise<User>;
  /** Creates an account; with `actorId`, its audit event commits with it. */
  create(input: UserCreate, actorId?: string): Promise<User>;
  /**
   * Changes an account; with `actorId`, the audit events (grants, other fields) commit with the
   * change. A new password or a disabled account ends every session and revokes every API token.
   */
  update(id: string, patch: UserPatch, actorId?: string, check?: PatchCheck): Promise<User>;
  count(): Promise<number>;
  /** Remembers the interface language a user chose for themself (a preference: not audited, like a column width). */
  setLanguage(id: string, language: Language): Promise<User>;
  /**
   * Creates, inside the caller's transaction, an account linked to an identity provider's subject
   * (sign-on's first sign-in): no password, no creator (no administrator knows a secret of it),
   * and the role and clearance sign-on decided (never administrator, at most internal). Returns its id.
   */
  createLinkedIn(tx: Transaction, input: LinkedAccount): Promise<string>;
}

/** An account made by a first sign-on: `issuer` and `subject` name the person at the provider. */
export interface LinkedAccount {
  username: string;
  displayName: string;
  role: 'viewer' | 'leadership' | 'analyst';
  clearance: 'public' | 'internal';
  issuer: string;
  subject: string;
}

/**
 * Checks a change against the account as it is inside the change's write transaction (the user's
 * lock held), and throws to refuse it: account-policy's `checkPatch`. In the same transaction, so a
 * level raised or a request approved between a check and the write is not missed.
 */
export type PatchCheck = (tx: Transaction, current: User) => Promise<void>;

export function createUserStore(db: Database): UserStore {
  const audit = createAuditLog(db);
  const present = (raw: unknown) => UserSchema.parse({ disabled: false, ...(raw as object) });

  async function get(id: string): Promise<User> {
    // From the leader: an administrator reads back the change they just made, on any instance.
    const [row] = await db.readFromLeader(getUser, { id });
    if (!row) throw notFound('user', id);
    return present(row.user);
  }

  return {
    async list() {
      // From the leader: a disabled account or a changed role must not be listed as it was.
      return (await db.readFromLeader(listUsers, {})).map((row) => present(row.user));
    },
    get,
    async create(input, actorId) {
      const id = randomUUID();
      const role = input.role;
      const passwordHash = await hashPassword(input.password);
      try {
        await db.writeTransaction(async (tx) => {
          await tx.run(createUser, {
            properties: {
              id,
              username: input.username,
              displayName: input.displayName,
              role,
              clearance: effectiveClearance(role, input.clearance ?? 'internal'),
              disabled: false,
              passwordHash,
              createdBy: actorId ?? null,
              passwordSetBy: actorId ?? null,
            },
          });
          if (actorId)
            await audit.recordIn(tx, { userId: actorId, action: 'user_change', targetType: 'user', targetIds: [id], detail: 'create' });
        });
      } catch (error) {
        if ((error as { code?: string }).code === 'conflict')
          throw conflict(`The username "${input.username}" is taken`, [problem('body.username', 'is taken', 'field.taken')]).saying(
            'conflict.username_taken',
            { username: input.username },
          );
        throw error;
      }
      return get(id);
    },
    async update(id, patch, actorId, check) {
      await get(id);
      const { grants, password, ...fields } = patch;
      const properties: Record<string, unknown> = { ...fields };
      if (password) {
        properties.passwordHash = await hashPassword(password);
        properties.passwordSetBy = actorId ?? null;
      }
      const endCredentials = password !== undefined || fields.disabled === true;
      await db.writeTransaction(async (tx) => {
        const [locked] = await tx.run(lockUser, { id });
        if (!locked) throw notFound('user', id);
        const current = present(locked.user);
        if (check) await check(tx, current);
        const role = fields.role ?? current.role;
        if (fields.clearance || fields.role) properties.clearance = effectiveClearance(role, fields.clearance ?? current.clearance);
        await tx.run(updateUser, { id, properties, endCredentials });
        // An administrator's change opens no confidential actor through a new area grant (that is a
        // grant request); the server itself (seed, tests) gives area grants as they stand.
        if (grants) await tx.run(replaceGrants, { id, grants, openConfidential: actorId === undefined });
        if (!actorId) return;
        if (grants)
          await audit.recordIn(tx, {
            userId: actorId,
            action: 'grant_change',
            targetType: 'user',
            targetIds: [id],
            detail: `${grants.length} grants`,
          });
        const changed = Object.keys({ ...fields, ...(password ? { password: true } : {}) }).sort();
        if (changed.length > 0)
          await audit.recordIn(tx, {
            userId: actorId,
            action: 'user_change',
            targetType: 'user',
            targetIds: [id],
            detail: changed.join(','),
          });
      });
      return get(id);
    },
    async setLanguage(id, language) {
      const [row] = await db.write(setUserLanguage, { id, language });
      if (!row) throw notFound('user', id);
      return get(id);
    },
    async createLinkedIn(tx, input) {
      const id = randomUUID();
      await tx.run(createUser, {
        properties: {
          id,
          username: input.username,
          displayName: input.displayName,
          role: input.role,
          clearance: input.clearance,
          disabled: false,
          signOnIssuer: input.issuer,
          signOnSubject: input.subject,
        },
      });
      return id;
    },
    async count() {
      const [row] = await db.read(countUsers, {});
      return Number(row?.users ?? 0);
    },
  };
}
