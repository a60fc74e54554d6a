/**
 * Listings an administrator acts on are read from the cluster's leader (review, low): a token just
 * revoked or an account just disabled through another instance must not be listed as it was by a
 * follower that has not caught up. Checked on the Database seam: which of read / readFromLeader runs.
 */
import { describe, expect, it } from 'vitest';
import { createCredentials } from '../../../server/access/credentials.js';
import { queryName } from '../../../server/db/typed-query.js';
import { createUserStore } from '../../../server/access/user-store.js';
import type { Database } from '../../../server/db/database.js';

function recordingDatabase() {
  const calls: string[] = [];
  const answer = (how: string) => async (ref: Parameters<typeof queryName>[0]) => {
    calls.push(`${how} ${queryName(ref)}`);
    return [];
  };
  const db = {
    read: answer('read'),
    readFromLeader: answer('leader'),
    finishedWrites: () => 0,
  } as unknown as Database;
  return { db, calls };
}

describe('listings of users and tokens', () => {
  it('come from the leader', async () => {
    const { db, calls } = recordingDatabase();
    await createUserStore(db).list();
    await createCredentials(db).listApiTokens('u1');
    expect(calls).toEqual(['leader access/list-users', 'leader access/list-api-tokens']);
  });
});
