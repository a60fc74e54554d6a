/**
 * Security review N6: one client address flooding sign-in must not lock the real user out (from
 * another address) nor fill the shared hash queue. An address gets at most
 * SIGN_IN_THROTTLE.maxInFlightPerAddress sign-ins in progress per instance; more are answered 429
 * with Retry-After at once, uncounted, unhashed. A correct password clears the address's count
 * too. The app trusts X-Forwarded-For here (as behind a proxy), so a test can speak from several
 * addresses.
 */
import { createHash } from 'node:crypto';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { hashingStats } from '../../server/access/secrets.js';
import { SIGN_IN_THROTTLE } from '../../server/access/sign-in.js';
import { createUserStore } from '../../server/access/user-store.js';
import { createApp } from '../../server/app.js';
import { applySchema } from '../../server/db/schema.js';
import { createLogger } from '../../server/logger.js';
import { openTestDatabase } from '../support/test-server.js';

vi.setConfig({ testTimeout: 240_000 });

const { db, queries } = openTestDatabase();
let server: Server;
let baseUrl = '';
const run = Math.random().toString(36).slice(2, 8);
const victim = `flood-victim-${run}`;
const PASSWORD = 'the-victims-password';
// Addresses of this run only: other runs' counts on the same database do not add delays here.
const octet = () => 1 + Math.floor(Math.random() * 250);
const ATTACKER = `203.0.113.${octet()}`;
const ELSEWHERE = `198.51.100.${octet()}`;
const OFFICE = `192.0.2.${octet()}`;
const subject = (kind: string, value: string) => `${kind}:${createHash('sha256').update(value).digest('hex').slice(0, 32)}`;

beforeAll(async () => {
  await applySchema(db, queries);
  await createUserStore(db).create({ username: victim, displayName: 'Victim', password: PASSWORD, role: 'viewer' });
  const app = createApp({ db, logger: createLogger('silent'), trustProxy: true });
  server = await new Promise((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await db.close();
});

async function signIn(address: string, password: string) {
  const started = Date.now();
  const response = await fetch(`${baseUrl}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
    body: JSON.stringify({ username: victim, password }),
  });
  await response.arrayBuffer();
  return { status: response.status, retryAfter: response.headers.get('retry-after'), ms: Date.now() - started };
}

/** The failures counted against a subject (reading counts one more attempt, as a sign-in would). */
const failuresOf = async (key: string) => {
  const rows = await db.writeTransaction((tx) => tx.run('access/reserve-sign-in-attempt', { subjects: [key], windowSeconds: 900 }));
  return Number(rows[0]?.before ?? 0);
};

describe('a flood from one address', () => {
  it('is answered 429 with Retry-After beyond its share, at once, while the real user signs in from elsewhere', async () => {
    const flood = 30; // maxInFlightPerAddress (20) + 10
    hashingStats({ resetPeak: true });
    const attacker = signInBurst(ATTACKER, flood);
    // The real user, from another address, during the flood.
    await new Promise((resolve) => setTimeout(resolve, 200));
    const real = await signIn(ELSEWHERE, PASSWORD);
    const answers = await attacker;
    expect(real.status).toBe(200);
    const refused = answers.filter((answer) => answer.status === 429);
    expect(refused.length).toBeGreaterThanOrEqual(10);
    expect(answers.filter((answer) => answer.status === 401).length).toBeLessThanOrEqual(SIGN_IN_THROTTLE.maxInFlightPerAddress);
    for (const answer of refused) {
      expect(Number(answer.retryAfter)).toBeGreaterThanOrEqual(1);
      // Refused before any wait or hash.
      expect(answer.ms).toBeLessThan(SIGN_IN_THROTTLE.maxDelayMs);
    }
  });
});

describe('a correct password', () => {
  it('clears the failures of the address it came from, not only of the username', async () => {
    const office = OFFICE;
    await Promise.all(Array.from({ length: 3 }, () => signIn(office, 'a-colleagues-typo')));
    expect((await signIn(office, PASSWORD)).status).toBe(200);
    // Reading the count counts one more attempt: 0 before it means the sign-in cleared it.
    expect(await failuresOf(subject('address', office))).toBe(0);
  });
});

function signInBurst(address: string, count: number) {
  return Promise.all(Array.from({ length: count }, () => signIn(address, 'an-attackers-guess')));
}
