/**
 * Passwords are hashed with scrypt (node:crypto; OWASP's parameters for it) and compared in
 * constant time. Session and API tokens are random; only their SHA-256 is stored, so a copy of the
 * database does not hold usable credentials.
 */
import { createHash, randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { rateLimited, serverBusy } from '../errors.js';

const SCRYPT: ScryptOptions = { N: 2 ** 17, r: 8, p: 1, maxmem: 256 * 1024 * 1024 };
const KEY_LENGTH = 32;

/**
 * At most this many scrypt derivations run at once in this process: each takes 128 MiB and a
 * thread of libuv's pool (4 by default, shared with file reads and DNS), so twenty parallel sign-ins
 * must not take 2.5 GiB and every thread. Others wait their turn, up to `MAX_WAITING_HASHES`;
 * beyond that the request is refused with 503 and Retry-After rather than queued without bound.
 */
export const MAX_CONCURRENT_HASHES = 2;
export const MAX_WAITING_HASHES = 100;
/**
 * Places (running or waiting) one owner, a sign-in's client address, may hold in the queue: one
 * address cannot fill it (a fifth of it at most) and turn every other user’s sign-in into a 503.
 * Beyond, 429 at once. (Sign-in admits no more than this per address anyway: sign-in.ts.)
 */
export const MAX_HASHES_PER_OWNER = 20;

const gate = { running: 0, peak: 0, waiting: [] as (() => void)[], owners: new Map<string, number>() };

/** A refusal that says when to come back (the route sends Retry-After). */
const retryIn = <E extends Error>(error: E, seconds: number) => Object.assign(error, { retryAfterSeconds: seconds });

async function withHashSlot<T>(work: () => Promise<T>, owner?: string): Promise<T> {
  if (owner !== undefined) {
    const held = gate.owners.get(owner) ?? 0;
    if (held >= MAX_HASHES_PER_OWNER) throw retryIn(rateLimited(1), 1);
    gate.owners.set(owner, held + 1);
  }
  try {
    return await queued(work);
  } finally {
    if (owner !== undefined) {
      const left = (gate.owners.get(owner) ?? 1) - 1;
      if (left <= 0) gate.owners.delete(owner);
      else gate.owners.set(owner, left);
    }
  }
}

async function queued<T>(work: () => Promise<T>): Promise<T> {
  if (gate.running < MAX_CONCURRENT_HASHES) gate.running += 1;
  else if (gate.waiting.length >= MAX_WAITING_HASHES) throw retryIn(serverBusy(2), 2);
  // A finishing derivation hands its slot straight to the first in line, so `running` never
  // drops between them and a newcomer cannot slip in as a third.
  else await new Promise<void>((resolve) => gate.waiting.push(resolve));
  gate.peak = Math.max(gate.peak, gate.running);
  try {
    return await work();
  } finally {
    const next = gate.waiting.shift();
    if (next) next();
    else gate.running -= 1;
  }
}

/** How many derivations run now, the most that ever ran at once (since the last reset), and how many wait. */
export function hashingStats(options: { resetPeak?: boolean } = {}): { running: number; peak: number; waiting: number } {
  const stats = { running: gate.running, peak: gate.peak, waiting: gate.waiting.length };
  if (options.resetPeak) gate.peak = gate.running;
  return stats;
}

function derive(password: string, salt: Buffer, options: ScryptOptions, owner?: string): Promise<Buffer> {
  return withHashSlot(
    () =>
      new Promise((resolve, reject) => {
        scrypt(password.normalize('NFKC'), salt, KEY_LENGTH, options, (error, key) => (error ? reject(error) : resolve(key)));
      }),
    owner,
  );
}

/** `scrypt$N$r$p$salt$hash` (salt and hash base64url); parameters are kept so they can grow later. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, SCRYPT);
  return ['scrypt', SCRYPT.N, SCRYPT.r, SCRYPT.p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

const UNKNOWN_USER_HASH = `scrypt$${SCRYPT.N}$${SCRYPT.r}$${SCRYPT.p}$${'A'.repeat(22)}$${'A'.repeat(43)}`;

/**
 * Checks a password; an unknown user (no hash) costs the same time and fails. `owner` (the
 * client address of a sign-in) holds at most `MAX_HASHES_PER_OWNER` places in the queue.
 */
export async function verifyPassword(
  password: string,
  stored: string | null | undefined,
  options: { owner?: string } = {},
): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = (stored ?? UNKNOWN_USER_HASH).split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const params = { N: Number(n), r: Number(r), p: Number(p), maxmem: SCRYPT.maxmem };
  const key = await derive(password, Buffer.from(salt, 'base64url'), params, options.owner);
  const expected = Buffer.from(hash, 'base64url');
  return stored !== null && stored !== undefined && expected.length === key.length && timingSafeEqual(expected, key);
}

export function newToken(prefix: string): string {
  return `${prefix}_${randomBytes(32).toString('base64url')}`;
}

export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
