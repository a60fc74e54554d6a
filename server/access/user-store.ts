/** User accounts: created and changed by administrators; the first start creates one. */
import { randomUUID } from 'node:crypto';
import { UserSchema, type User, type UserCreate, type UserPatch } from '../contracts/index.js';
import type { Database } from '../db/database.js';
import { conflict, notFound } from '../errors.js';
import { hashPassword } from './secrets.js';
import { effectiveClearance } from './viewer.js';

export interface UserStore {
  list(): Promise<User[]>;
  get(id: string): Promise<User>;
  create(input: UserCreate): Promise<User>;
  update(id: string, patch: UserPatch): Promise<User>;
  count(): Promise<number>;
}

export function createUserStore(db: Database): UserStore {
  db.requireQueries('access/list-users', 'access/get-user', 'access/create-user', 'access/update-user', 'access/replace-grants', 'access/count-users');

  const present = (raw: unknown) => UserSchema.parse({ disabled: false, ...(raw as object) });

  async function get(id: string): Promise<User> {
    const [row] = await db.read('access/get-user', { id });
    if (!row) throw notFound('user', id);
    return present(row.user);
  }

  return {
    async list() {
      return (await db.read('access/list-users')).map((row) => present(row.user));
    },
    get,
    async create(input) {
      const id = randomUUID();
      const role = input.role;
      try {
        await db.write('access/create-user', {
          properties: {
            id,
            username: input.username,
            displayName: input.displayName,
            role,
            clearance: effectiveClearance(role, input.clearance ?? 'internal'),
            disabled: false,
            passwordHash: await hashPassword(input.password),
          },
        });
      } catch (error) {
        if ((error as { code?: string }).code === 'conflict') throw conflict(`The username "${input.username}" is taken`, [{ path: 'body.username', message: 'is taken' }]);
        throw error;
      }
      return get(id);
    },
    async update(id, patch) {
      const current = await get(id);
      const { grants, password, ...fields } = patch;
      const role = fields.role ?? current.role;
      const properties: Record<string, unknown> = { ...fields };
      if (fields.clearance || fields.role) properties.clearance = effectiveClearance(role, fields.clearance ?? current.clearance);
      if (password) properties.passwordHash = await hashPassword(password);
      await db.writeTransaction(async (tx) => {
        await tx.run('access/update-user', { id, properties });
        if (grants) await tx.run('access/replace-grants', { id, grants });
      });
      return get(id);
    },
    async count() {
      const [row] = await db.read('access/count-users');
      return Number(row?.users ?? 0);
    },
  };
}
