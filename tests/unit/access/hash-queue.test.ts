/**
 * The shared scrypt queue (review N6): one owner (a sign-in's client address) holds at most
 * MAX_HASHES_PER_OWNER places, running or waiting; beyond, 429 at once with a retry time, while
 * other owners still get theirs.
 */
import { describe, expect, it } from 'vitest';
import { MAX_HASHES_PER_OWNER, verifyPassword } from '../../../server/access/secrets.js';

describe('the hash queue', () => {
  it('refuses one owner beyond its share at once, and still serves another', { timeout: 120_000 }, async () => {
    // Cheap scrypt parameters (N = 1024) in the stored hash keep this fast: the queue is what is tested, not scrypt.
    const cheap = `scrypt$1024$8$1$${'A'.repeat(22)}$${'A'.repeat(43)}`;
    const results = await Promise.allSettled(
      Array.from({ length: MAX_HASHES_PER_OWNER + 3 }, () => verifyPassword('guess', cheap, { owner: 'address:flood' })),
    );
    const refused = results.filter((result) => result.status === 'rejected');
    expect(refused).toHaveLength(3);
    for (const result of refused) {
      expect((result as PromiseRejectedResult).reason).toMatchObject({ status: 429, retryAfterSeconds: 1 });
    }
    await expect(verifyPassword('guess', cheap, { owner: 'address:colleague' })).resolves.toBe(false);
    // The flood's places were given back.
    await expect(verifyPassword('guess', cheap, { owner: 'address:flood' })).resolves.toBe(false);
  });
});
