/**
 * Two independent administrators, for tests of what takes two (grant requests, approvals): the
 * first cleared confidential, the second internal (an approver need not hold what is asked for).
 * Usernames carry a per-file prefix and a random run id, because accounts outlive `reset()` and
 * other files list and count them. Before each test the fixture graph is loaded and `prepare`
 * runs (by default: `cso-b` made strictly confidential).
 */
import { beforeAll, beforeEach, vi } from 'vitest';
import { loadDataset } from '../../server/seed/dataset-loader.js';
import { FIXTURE } from './fixture-graph.js';
import { request } from './http.js';
import type { TestServer } from './test-server.js';

export interface Account {
  userId: string;
  token: string;
}

export interface TwoAdministrators {
  /** Cleared confidential; set before the first test. */
  first: Account;
  /** Cleared internal; set before the first test. */
  second: Account;
  /** A username unique to this file and run. */
  name(base: string): string;
}

/** Requests made as this account. */
export const as = (who: { token: string }) => ({ as: who.token });

export function useTwoAdministrators(
  server: TestServer,
  prefix: string,
  prepare: () => Promise<unknown> = () => request(server.baseUrl, 'PATCH', '/api/actors/cso-b', { sensitivity: 'strictly_confidential' }),
): TwoAdministrators {
  const run = Math.random().toString(36).slice(2, 8);
  const admins = { name: (base: string) => `${prefix}-${base}-${run}` } as TwoAdministrators;
  // Scrypt hashes and sign-ins on a busy shared machine: generous time per test.
  vi.setConfig({ testTimeout: 240_000 });
  beforeAll(async () => {
    admins.first = await server.userWithToken(admins.name('admin-a'), 'administrator', 'confidential');
    admins.second = await server.userWithToken(admins.name('admin-b'), 'administrator', 'internal');
  });
  beforeEach(async () => {
    await loadDataset(server.db, FIXTURE);
    await prepare();
  });
  return admins;
}
