/**
 * Security review 2, L6: the per-address cap on sign-ins in progress counts an IPv6 client by its
 * /64, so one host holding a whole /64 cannot take every place by rotating addresses.
 */
import { describe, expect, it } from 'vitest';
import type { AuditLog } from '../../../server/access/audit-log.js';
import type { Credentials } from '../../../server/access/credentials.js';
import { SIGN_IN_THROTTLE, addressKey, createSignInService } from '../../../server/access/sign-in.js';
import type { Database } from '../../../server/db/database.js';

/** A database whose sign-in counting never answers: every attempt stays in progress. */
function stalledDatabase(): Database {
  return {
    writeTransaction: () => new Promise(() => {}),
  } as unknown as Database;
}

/** Whether the attempt is refused with 429 at once (within 200 ms), rather than left waiting. */
async function refusedAtOnce(attempt: Promise<unknown>): Promise<boolean> {
  const settled = attempt.then(
    () => 'answered',
    (error: { status?: number }) => (error.status === 429 ? 'refused' : 'failed'),
  );
  const waited = new Promise((resolve) => setTimeout(() => resolve('waiting'), 200));
  return (await Promise.race([settled, waited])) === 'refused';
}

describe('addressKey', () => {
  it('keys IPv6 on the /64, IPv4 and IPv4-mapped addresses on the address', () => {
    expect(addressKey('2001:db8:0:1:aaaa:bbbb:cccc:dddd')).toBe('2001:db8:0:1::/64');
    expect(addressKey('2001:0db8:0000:0001::1')).toBe('2001:db8:0:1::/64');
    expect(addressKey('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(addressKey('::1')).toBe('0:0:0:0::/64');
    expect(addressKey('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
    expect(addressKey('2001:db8:1:2:3:4:1.2.3.4')).toBe('2001:db8:1:2::/64');
    expect(addressKey('::ffff:192.0.2.7')).toBe('192.0.2.7');
    expect(addressKey('192.0.2.7')).toBe('192.0.2.7');
    expect(addressKey('unknown')).toBe('unknown');
  });
});

describe('sign-ins in progress per client', () => {
  it('an IPv6 /64 holds at most maxInFlightPerAddress places, whichever of its addresses it uses', async () => {
    const service = createSignInService(stalledDatabase(), {} as Credentials, {} as AuditLog);
    const held = Array.from({ length: SIGN_IN_THROTTLE.maxInFlightPerAddress }, (_, index) =>
      service.signIn({ username: 'someone', password: 'anything' }, `2001:db8:0:1::${(index + 1).toString(16)}`),
    );
    held.forEach((attempt) => attempt.catch(() => undefined));
    expect(await refusedAtOnce(service.signIn({ username: 'someone', password: 'x' }, '2001:db8:0:1:ffff::99'))).toBe(true);
    // Another /64, and an IPv4 client, still get their own places.
    expect(await refusedAtOnce(service.signIn({ username: 'someone', password: 'x' }, '2001:db8:0:2::1'))).toBe(false);
    expect(await refusedAtOnce(service.signIn({ username: 'someone', password: 'x' }, '192.0.2.7'))).toBe(false);
  });
});
