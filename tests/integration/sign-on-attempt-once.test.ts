/**
 * A started sign-on is taken once, however many answers arrive together: the take query locks the
 * attempt before reading it. (Without the lock, two takers read the verifier, both exchange the
 * code, and the provider, seeing its code used twice, revokes both: nobody signs in.)
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { saveSignOnAttempt, takeSignOnAttempt } from '../../server/queries/access.js';
import { useTestServer } from '../support/lifecycle.js';

const server = useTestServer();

describe('taking a started sign-on', () => {
  it('gives the verifier and nonce to exactly one of twelve takers at the same moment', async () => {
    for (let round = 0; round < 3; round += 1) {
      const stateHash = randomUUID();
      await server.db.write(saveSignOnAttempt, { stateHash, codeVerifier: `verifier-${round}`, nonce: `nonce-${round}` });
      const takes = await Promise.all(Array.from({ length: 12 }, () => server.db.write(takeSignOnAttempt, { stateHash })));
      const taken = takes.filter((rows) => rows.length > 0);
      expect(taken).toHaveLength(1);
      expect(taken[0]![0]).toEqual({ codeVerifier: `verifier-${round}`, nonce: `nonce-${round}`, current: true });
    }
  });

  it('leaves nothing to take afterwards, and the taken attempt is gone with the expired ones at the next start', async () => {
    const stateHash = randomUUID();
    await server.db.write(saveSignOnAttempt, { stateHash, codeVerifier: 'verifier', nonce: 'nonce' });
    expect(await server.db.write(takeSignOnAttempt, { stateHash })).toHaveLength(1);
    expect(await server.db.write(takeSignOnAttempt, { stateHash })).toEqual([]);
    await server.db.write(saveSignOnAttempt, { stateHash: randomUUID(), codeVerifier: 'next', nonce: 'next' });
    expect(await server.count('MATCH (a:SignOnAttempt {stateHash: $stateHash}) RETURN count(a)', { stateHash })).toBe(0);
  });
});
