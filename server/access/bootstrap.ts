/**
 * The first start creates an administrator: with ACTOR_MAP_ADMIN_PASSWORD when it is set,
 * otherwise with a random password printed once (and never stored in clear).
 */
import { randomBytes } from 'node:crypto';
import type { UserStore } from './user-store.js';

export async function ensureAdministrator(
  users: UserStore,
  password: string | undefined,
  print: (line: string) => void,
): Promise<'created' | 'existing'> {
  if ((await users.count()) > 0) return 'existing';
  const chosen = password ?? randomBytes(15).toString('base64url');
  await users.create({ username: 'admin', displayName: 'Administrator', password: chosen, role: 'administrator', clearance: 'confidential' });
  if (!password) {
    print(`\nCreated the administrator account "admin" with the password: ${chosen}\nIt is shown once; sign in and change it (PATCH /api/users/:id).\n`);
  } else {
    print('\nCreated the administrator account "admin" with the password from ACTOR_MAP_ADMIN_PASSWORD.\n');
  }
  return 'created';
}
