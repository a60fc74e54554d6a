/**
 * The sign-in throttle against the real Neo4j: parallel wrong passwords are each counted (none
 * slips past a stale count), their delays grow, at most MAX_CONCURRENT_HASHES scrypt hashes run at
 * once, and the real user's correct password still works afterwards: delays, never a lockout.
 */
import { describe, expect, it } from 'vitest';
import { useTestServer } from '../support/lifecycle.js';
import { hashingStats, MAX_CONCURRENT_HASHES } from '../../server/access/secrets.js';
import { SIGN_IN_THROTTLE } from '../../server/access/sign-in.js';

const server = useTestServer();
const run = Math.random().toString(36).slice(2, 8);

async function timedSignIn(username: string, password: string): Promise<{ status: number; ms: number }> {
  const started = Date.now();
  const response = await fetch(`${server.baseUrl}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  await response.arrayBuffer();
  return { status: response.status, ms: Date.now() - started };
}

describe('twenty wrong passwords at once', () => {
  it('are all counted, wait longer and longer, hash at most N at a time, and do not lock the real user out', async () => {
    // Other test files' failed sign-ins from this same address (127.0.0.1) within the window would
    // add the per-address delay to every attempt here: start from no counts.
    await server.count('MATCH (t:SignInThrottle) DETACH DELETE t RETURN count(t)');
    const username = `target-${run}`;
    const { userId } = await server.userWithToken(username, 'viewer', 'internal');
    hashingStats({ resetPeak: true });

    const attempts = await Promise.all(Array.from({ length: 20 }, () => timedSignIn(username, 'an-attackers-guess')));
    expect(attempts.map((attempt) => attempt.status)).toEqual(Array(20).fill(401));
    expect(hashingStats().peak).toBeLessThanOrEqual(MAX_CONCURRENT_HASHES);
    expect(await server.count("MATCH (e:AuditEvent {action: 'sign_in_failed', userId: $userId}) RETURN count(e)", { userId })).toBe(20);
    expect(await server.count("MATCH (t:SignInThrottle) WHERE t.subject STARTS WITH 'user:' AND t.failures = 20 RETURN count(t)")).toBe(1);

    // Each attempt saw the failures counted before it: three went free, the rest waited 250 ms,
    // 500 ms, ... up to the cap, so the slowest waited at least the cap. (How much faster the
    // fastest was depends on how long the hash slots take on a busy machine: not compared here;
    // the real user's sign-in below shows the count both delays and clears.)
    const times = attempts.map((attempt) => attempt.ms).sort((a, b) => a - b);
    expect(times[19]).toBeGreaterThanOrEqual(SIGN_IN_THROTTLE.maxDelayMs);

    const real = await timedSignIn(username, 'test-password-123');
    expect(real.status).toBe(200);
    expect(real.ms).toBeGreaterThanOrEqual(SIGN_IN_THROTTLE.maxDelayMs);
    // A correct password clears the username's count: the next sign-in waits no longer.
    const next = await timedSignIn(username, 'test-password-123');
    expect(next.status).toBe(200);
    expect(real.ms - next.ms).toBeGreaterThan(SIGN_IN_THROTTLE.maxDelayMs / 2);
  }, 90_000);
});
