/**
 * Signing in: the password check, the sign-in rate limit and the audit trail. The limit counts
 * failed sign-ins per hashed username and per hashed client address in the audit log, so it holds
 * across API instances and restarts.
 */
import { createHash } from 'node:crypto';
import type { SignIn } from '../contracts/index.js';
import type { Database } from '../db/database.js';
import { AppError, rateLimited } from '../errors.js';
import type { AuditLog } from './audit-log.js';
import type { Credentials } from './credentials.js';
import { verifyPassword } from './secrets.js';

/** Per username: 5 failures in 15 minutes. Per client address: 50, since an office may share one. */
export const SIGN_IN_LIMIT = { failuresPerUser: 5, failuresPerAddress: 50, windowSeconds: 15 * 60 };

const subject = (kind: string, value: string) => `${kind}:${createHash('sha256').update(value).digest('hex').slice(0, 32)}`;

export interface SignInService {
  /** Returns the user id and a new session token, or throws 401 / 429. */
  signIn(input: SignIn, clientAddress: string): Promise<{ userId: string; sessionToken: string }>;
}

export function createSignInService(db: Database, credentials: Credentials, audit: AuditLog): SignInService {
  db.requireQueries('access/find-user-for-sign-in', 'access/count-recent-failures');

  async function recentFailures(subjectKey: string): Promise<number> {
    const [row] = await db.read('access/count-recent-failures', { subject: subjectKey, windowSeconds: SIGN_IN_LIMIT.windowSeconds });
    return Number(row?.failures ?? 0);
  }

  return {
    async signIn(input, clientAddress) {
      const userSubject = subject('user', input.username.toLowerCase());
      const addressSubject = subject('address', clientAddress);
      const subjects = [userSubject, addressSubject];
      if (
        (await recentFailures(userSubject)) >= SIGN_IN_LIMIT.failuresPerUser ||
        (await recentFailures(addressSubject)) >= SIGN_IN_LIMIT.failuresPerAddress
      ) {
        throw rateLimited(SIGN_IN_LIMIT.windowSeconds);
      }
      const [user] = await db.read('access/find-user-for-sign-in', { username: input.username });
      const passwordOk = await verifyPassword(input.password, user?.passwordHash as string | undefined);
      if (!user || !passwordOk || user.disabled === true) {
        await audit.record({ userId: user ? String(user.id) : null, action: 'sign_in_failed', subjects, detail: user?.disabled ? 'disabled' : 'bad_credentials' });
        throw new AppError(401, 'unauthenticated', 'Wrong username or password');
      }
      const userId = String(user.id);
      const sessionToken = await credentials.openSession(userId);
      await audit.record({ userId, action: 'sign_in', detail: 'password' });
      return { userId, sessionToken };
    },
  };
}
