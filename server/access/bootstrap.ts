/**
 * The first start creates an administrator. Its password comes from ACTOR_MAP_ADMIN_PASSWORD_FILE
 * (a Docker or Kubernetes secret) or ACTOR_MAP_ADMIN_PASSWORD, and is then never printed. With
 * neither, a random password is written to a file readable only by this user (mode 0600) in the
 * data folder, and the log says only where that file is: container logs are often kept and
 * shipped elsewhere, a password in them outlives its first use.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PasswordSchema } from '../contracts/index.js';
import type { UserStore } from './user-store.js';

export const GENERATED_PASSWORD_FILE = 'initial-admin-password';

export interface AdministratorPassword {
  /** ACTOR_MAP_ADMIN_PASSWORD */
  password?: string | undefined;
  /** ACTOR_MAP_ADMIN_PASSWORD_FILE */
  passwordFile?: string | undefined;
  /** Where a generated password is written (ACTOR_MAP_DATA_DIR). */
  dataDir: string;
}

/** The given password, from the file (trailing newline dropped) or the variable; undefined for neither. */
export function givenPassword(source: AdministratorPassword): string | undefined {
  if (!source.passwordFile) return source.password;
  const fromFile = readFileSync(source.passwordFile, 'utf8').replace(/\r?\n$/, '');
  const checked = PasswordSchema.safeParse(fromFile);
  if (!checked.success)
    throw new Error(`ACTOR_MAP_ADMIN_PASSWORD_FILE: the password in it ${checked.error.issues[0]?.message ?? 'is not valid'}`);
  return fromFile;
}

export async function ensureAdministrator(
  users: UserStore,
  source: AdministratorPassword,
  print: (line: string) => void,
): Promise<'created' | 'existing'> {
  if ((await users.count()) > 0) return 'existing';
  const given = givenPassword(source);
  const chosen = given ?? randomBytes(15).toString('base64url');
  let written: string | null = null;
  if (!given) {
    mkdirSync(source.dataDir, { recursive: true, mode: 0o700 });
    written = join(source.dataDir, GENERATED_PASSWORD_FILE);
    // A fresh file (`wx`, mode 0600 before any byte is written) renamed over the target: a file
    // left by an earlier database is replaced, and a link planted at the target is not followed.
    const fresh = `${written}.${randomBytes(6).toString('hex')}`;
    writeFileSync(fresh, `${chosen}\n`, { mode: 0o600, flag: 'wx' });
    renameSync(fresh, written);
  }
  await users.create({
    username: 'admin',
    displayName: 'Administrator',
    password: chosen,
    role: 'administrator',
    clearance: 'confidential',
  });
  if (written) {
    print(
      `\nCreated the administrator account "admin". Its password is in ${written} (readable only by this user).\nSign in, change it (POST /api/auth/password), then delete that file.\n`,
    );
  } else {
    print(
      `\nCreated the administrator account "admin" with the password from ${source.passwordFile ? 'ACTOR_MAP_ADMIN_PASSWORD_FILE' : 'ACTOR_MAP_ADMIN_PASSWORD'}.\n`,
    );
  }
  return 'created';
}
