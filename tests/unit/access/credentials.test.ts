/**
 * A resolved credential is reused briefly by the instance that resolved it, and never once that
 * instance has written anything since: revocations made here hold from the next request, and
 * those made elsewhere within CREDENTIAL_REUSE_MS.
 */
import { describe, expect, it } from 'vitest';
import { CREDENTIAL_REUSE_MS, createCredentials, type CredentialClock } from '../../../server/access/credentials.js';
import type { Database, Row } from '../../../server/db/database.js';
import { queryName } from '../../../server/db/typed-query.js';

const ANALYST = {
  user: { id: 'u1', role: 'analyst', clearance: 'confidential', grants: [{ scope: 'actor', targetId: 'a1' }] },
  via: 'token',
  scope: 'read',
  expiresAtMs: null,
};

/** One clock for both readings, set by the test. */
function fakeClock(start = 0): CredentialClock & { ms: number } {
  return {
    ms: start,
    monotonicMs() {
      return this.ms;
    },
    epochMs() {
      return this.ms;
    },
  };
}

/**
 * A database whose credential lookups answer `answer()` and are counted. Lookups must go to the
 * leader (`readFromLeader`): a READ-routed session may reach a follower that has not yet applied a
 * revocation made through another instance, so this fake has no `read` at all.
 */
function fakeDatabase(answer: () => Row[]) {
  const state = { lookups: 0, writes: 0 };
  const db = {
    finishedWrites: () => state.writes,
    readFromLeader: async (ref: Parameters<typeof queryName>[0]) => {
      expect(queryName(ref)).toBe('access/resolve-credential');
      state.lookups += 1;
      return answer();
    },
  } as unknown as Database;
  return { db, state };
}

describe('credential resolution', () => {
  it('asks Neo4j once for repeated requests, and again after CREDENTIAL_REUSE_MS', async () => {
    const { db, state } = fakeDatabase(() => [ANALYST]);
    const clock = fakeClock(1_000);
    const credentials = createCredentials(db, clock);
    const first = await credentials.resolve('amt_a');
    expect(first).toEqual({
      userId: 'u1',
      role: 'analyst',
      clearance: 'confidential',
      grants: [{ scope: 'actor', targetId: 'a1' }],
      via: 'token',
      scope: 'read',
      actorIdsOpenedByAreas: [],
      expiresAtMs: null,
    });
    clock.ms += CREDENTIAL_REUSE_MS - 1;
    expect(await credentials.resolve('amt_a')).toBe(first);
    expect(state.lookups).toBe(1);
    clock.ms += 1;
    await credentials.resolve('amt_a');
    expect(state.lookups).toBe(2);
  });

  it('asks again after this process finished any write (a revocation, a role change)', async () => {
    let row: Row | null = ANALYST;
    const { db, state } = fakeDatabase(() => (row ? [row] : []));
    const credentials = createCredentials(db, fakeClock());
    expect(await credentials.resolve('amt_a')).not.toBeNull();
    row = null;
    state.writes += 1;
    expect(await credentials.resolve('amt_a')).toBeNull();
    expect(state.lookups).toBe(2);
  });

  it('does not keep what it read while a write was finishing', async () => {
    const { db, state } = fakeDatabase(() => {
      state.writes += 1;
      return [ANALYST];
    });
    const credentials = createCredentials(db, fakeClock());
    await credentials.resolve('amt_a');
    await credentials.resolve('amt_a');
    expect(state.lookups).toBe(2);
  });

  it('never reuses an unknown credential, nor a session past its expiry', async () => {
    let rows: Row[] = [];
    const { db, state } = fakeDatabase(() => rows);
    const clock = fakeClock(10_000);
    const credentials = createCredentials(db, clock);
    expect(await credentials.resolve('amt_new')).toBeNull();
    rows = [{ ...ANALYST, via: 'session', expiresAtMs: clock.ms + 10 }];
    expect(await credentials.resolve('amt_new')).not.toBeNull();
    expect(state.lookups).toBe(2);
    clock.ms += 10;
    rows = [];
    expect(await credentials.resolve('amt_new')).toBeNull();
    expect(state.lookups).toBe(3);
  });

  it('does not stretch the reuse window when the wall clock steps back', async () => {
    const { db, state } = fakeDatabase(() => [ANALYST]);
    let monotonic = 0;
    const credentials = createCredentials(db, { monotonicMs: () => monotonic, epochMs: () => 5_000 - monotonic * 10 });
    await credentials.resolve('amt_a');
    monotonic = CREDENTIAL_REUSE_MS;
    await credentials.resolve('amt_a');
    expect(state.lookups).toBe(2);
  });

  it('never reuses a token past its expiry', async () => {
    let rows: Row[] = [];
    const { db, state } = fakeDatabase(() => rows);
    const clock = fakeClock(10_000);
    const credentials = createCredentials(db, clock);
    rows = [{ ...ANALYST, expiresAtMs: clock.ms + 10 }];
    expect(await credentials.resolve('amt_a')).not.toBeNull();
    clock.ms += 10;
    rows = [];
    expect(await credentials.resolve('amt_a')).toBeNull();
    expect(state.lookups).toBe(2);
  });

  it('keeps each token apart', async () => {
    const { db, state } = fakeDatabase(() => [ANALYST]);
    const credentials = createCredentials(db, fakeClock());
    await credentials.resolve('amt_a');
    await credentials.resolve('amt_b');
    expect(state.lookups).toBe(2);
  });
});
