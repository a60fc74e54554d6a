/**
 * Signing in (and re-checking a password before it is changed): the password check, the sign-in
 * throttle and the audit trail.
 *
 * Every attempt is counted before its password is checked, in one write transaction that locks a
 * throttle node per subject (a hashed username and a hashed client address), on the leader of a
 * cluster: twenty parallel wrong passwords are twenty counts, each seeing the ones before it, on
 * every API instance. An attempt then waits a delay that grows with the failures counted before
 * it, and only then costs a scrypt hash (at most `MAX_CONCURRENT_HASHES` at once, see secrets.ts).
 * There is no lockout: a correct password still works after any number of someone else's
 * failures, once its delay (at most `maxDelayMs`) has passed, and it clears the counts of the
 * username and of the address it came from.
 *
 * Nor can one client address deny sign-in to others. It may have at most
 * `maxInFlightPerAddress` sign-ins in progress on an instance (counting, waiting or hashing);
 * more are answered 429 with Retry-After at once, before they are counted, wait or take a place
 * in the hash queue. So a flood against one username holds at most that many waiting slots from
 * one address, and the real user signing in from elsewhere waits only their own delay; there is
 * no cap per username. The hash queue (secrets.ts) also gives each address at most a few places.
 * These caps are per instance and in memory: a flood from many addresses at once is bounded by
 * `maxWaiting` and the hash queue's size, not prevented: a rate limit in the proxy in front is a
 * deployment requirement (README).
 *
 * An IPv6 client is counted by its /64 (`addressKey`): one subscriber or host is usually given a
 * whole /64, so counting each of its 2^64 addresses apart would give one client as many places as
 * it likes (security review 2, L6). IPv4 addresses, and IPv4 mapped into IPv6, count one by one.
 */
import { createHash } from 'node:crypto';
import { isIP } from 'node:net';
import type { SignIn } from '../contracts/index.js';
import type { Database } from '../db/database.js';
import { AppError, badRequest, forbidden, rateLimited } from '../errors.js';
import type { AuditLog } from './audit-log.js';
import type { Credentials } from './credentials.js';
import { verifyPassword } from './secrets.js';
import { clearSignInFailures, findUserForSignIn, getPasswordHash, reserveSignInAttempt } from '../queries/access.js';

export const SIGN_IN_THROTTLE = {
  /** Failures older than this are forgotten. */
  windowSeconds: 15 * 60,
  /** Failures per username before delays begin; per client address more, since an office may share one. */
  freeFailuresPerUser: 3,
  freeFailuresPerAddress: 20,
  /** The first delay, doubled with each further failure, up to the most any attempt waits. */
  firstDelayMs: 250,
  maxDelayMs: 8_000,
  /** Sign-ins one client address may have in progress at once on one instance; more: 429 at once. */
  maxInFlightPerAddress: 20,
  /** Attempts one instance holds waiting out a delay at once, from all addresses; more: 429 without hashing. */
  maxWaiting: 1_000,
};

/** A 429 that says when to come back; the route sends it as Retry-After. */
export function retryLater(seconds: number): AppError & { retryAfterSeconds: number } {
  return Object.assign(rateLimited(seconds), { retryAfterSeconds: seconds });
}

/** How long an attempt waits, given the failures counted before it and how many are free. */
export function signInDelayMs(failuresBefore: number, free: number): number {
  if (failuresBefore < free) return 0;
  return Math.min(SIGN_IN_THROTTLE.maxDelayMs, SIGN_IN_THROTTLE.firstDelayMs * 2 ** (failuresBefore - free));
}

/**
 * What the per-address caps and counts key on: an IPv4 address as it is (an IPv4-mapped IPv6
 * address as its IPv4 one), an IPv6 address as its /64 prefix (`2001:db8:0:1::/64`). Anything else
 * (no address known) is kept as it is.
 */
export function addressKey(clientAddress: string): string {
  const address = clientAddress.replace(/%.*$/, '');
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return mapped[1]!;
  if (isIP(address) !== 6) return clientAddress;
  // An embedded IPv4 tail (a.b.c.d) is the last two groups.
  const hex = address.toLowerCase().replace(/(\d+)\.(\d+)\.(\d+)\.(\d+)$/, (_all, a: string, b: string, c: string, d: string) =>
    [
      [a, b],
      [c, d],
    ]
      .map(([high, low]) => ((Number(high) << 8) | Number(low)).toString(16))
      .join(':'),
  );
  const [head = '', tail = ''] = hex.split('::');
  const left = head ? head.split(':') : [];
  const right = hex.includes('::') && tail ? tail.split(':') : [];
  const groups = hex.includes('::') ? [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right] : left;
  return `${groups
    .slice(0, 4)
    .map((group) => group.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}

const subject = (kind: string, value: string) => `${kind}:${createHash('sha256').update(value).digest('hex').slice(0, 32)}`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface SignInService {
  /** Returns the user id and a new session token, or throws 401 / 429. */
  signIn(input: SignIn, clientAddress: string): Promise<{ userId: string; sessionToken: string }>;
  /** Checks a signed-in user's password before it is changed, throttled like a sign-in; throws 400 naming `body.currentPassword` when wrong. */
  confirmPassword(user: { id: string; username: string }, password: string, clientAddress: string): Promise<void>;
}

export function createSignInService(
  db: Database,
  credentials: Credentials,
  audit: AuditLog,
  /** Local passwords off: whether this account may still use one (sign-on/local-passwords.ts); checked after the password. */
  mayUsePassword?: (userId: string) => Promise<boolean>,
): SignInService {
  let waiting = 0;
  const inFlight = new Map<string, number>();

  /** Runs one sign-in of this address, or refuses it at once when the address has too many in progress. */
  async function oneAtATime<T>(clientAddress: string, work: (clientAddress: string) => Promise<T>): Promise<T> {
    const held = inFlight.get(clientAddress) ?? 0;
    if (held >= SIGN_IN_THROTTLE.maxInFlightPerAddress) throw retryLater(1);
    inFlight.set(clientAddress, held + 1);
    try {
      return await work(clientAddress);
    } finally {
      const left = (inFlight.get(clientAddress) ?? 1) - 1;
      if (left <= 0) inFlight.delete(clientAddress);
      else inFlight.set(clientAddress, left);
    }
  }

  /** Counts the attempt, then waits the delay its subjects' earlier failures call for. */
  async function throttle(username: string, clientAddress: string): Promise<{ userSubject: string; subjects: string[] }> {
    const userSubject = subject('user', username.toLowerCase());
    const subjects = [userSubject, subject('address', clientAddress)];
    const counts = await db.writeTransaction((tx) =>
      tx.run(reserveSignInAttempt, { subjects, windowSeconds: SIGN_IN_THROTTLE.windowSeconds }),
    );
    const before = (key: string) => counts.find((row) => row.subject === key)?.before ?? 0;
    const delayMs = Math.max(
      signInDelayMs(before(userSubject), SIGN_IN_THROTTLE.freeFailuresPerUser),
      signInDelayMs(before(subjects[1]!), SIGN_IN_THROTTLE.freeFailuresPerAddress),
    );
    if (delayMs > 0) {
      if (waiting >= SIGN_IN_THROTTLE.maxWaiting) throw retryLater(Math.ceil(delayMs / 1000));
      waiting += 1;
      try {
        await sleep(delayMs);
      } finally {
        waiting -= 1;
      }
    }
    return { userSubject, subjects };
  }

  const wrong = () => new AppError(401, 'unauthenticated', 'Wrong username or password').saying('unauthenticated.wrong_password');

  return {
    signIn: (input, address) =>
      oneAtATime(addressKey(address), async (clientAddress) => {
        const { subjects } = await throttle(input.username, clientAddress);
        const [user] = await db.readFromLeader(findUserForSignIn, { username: input.username });
        const passwordOk = await verifyPassword(input.password, user?.passwordHash ?? undefined, { owner: subjects[1] });
        if (!user || !passwordOk || user.disabled === true) {
          await audit.record({
            userId: user ? user.id : null,
            action: 'sign_in_failed',
            subjects,
            detail: user?.disabled ? 'disabled' : 'bad_credentials',
          });
          throw wrong();
        }
        const userId = user.id;
        if (mayUsePassword && !(await mayUsePassword(userId))) {
          await audit.record({ userId, action: 'sign_in_failed', subjects, detail: 'local_passwords_off' });
          throw forbidden('Password sign-in is turned off: sign in with your organisation’s identity provider').saying(
            'forbidden.password_sign_in_off',
          );
        }
        // The session, its audit event and the cleared counts (username and address) commit together.
        const sessionToken = await db.writeTransaction(async (tx) => {
          const token = await credentials.openSessionIn(tx, userId);
          await audit.recordIn(tx, { userId, action: 'sign_in', detail: 'password' });
          await tx.run(clearSignInFailures, { subjects });
          return token;
        });
        return { userId, sessionToken };
      }),
    confirmPassword: (user, password, address) =>
      oneAtATime(addressKey(address), async (clientAddress) => {
        const { subjects } = await throttle(user.username, clientAddress);
        const [row] = await db.readFromLeader(getPasswordHash, { id: user.id });
        if (!(await verifyPassword(password, row?.passwordHash ?? undefined, { owner: subjects[1] }))) {
          await audit.record({ userId: user.id, action: 'sign_in_failed', subjects, detail: 'wrong_current_password' });
          throw badRequest('body.currentPassword', 'is not your current password', { code: 'field.not_current_password' });
        }
        await db.write(clearSignInFailures, { subjects });
      }),
  };
}
