/**
 * Security review 2, N5 residual: the lists outside the five resource lists and the map count
 * towards a user's read volume too (the retention listing, the possible duplicates, an output's
 * roles and stances), so reading the map out through them is audited as `bulk_read` once the
 * threshold is crossed. Shown with the retention listing, which sends up to 1,000 actors a time.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { useTestServer } from '../support/lifecycle.js';
import { BULK_READ } from '../../server/access/read-volume.js';
import { as } from '../support/security-writes.js';

vi.setConfig({ testTimeout: 120_000 });

const server = useTestServer({ reset: 'once' });
const run = Math.random().toString(36).slice(2, 8);
let reader: { userId: string; token: string };

beforeAll(async () => {
  await server.count(
    "UNWIND range(1, 1000) AS i CREATE (a:Actor:CivilSociety {id: 'overdue-' + i, name: 'Overdue ' + i, kind: 'civil_society', sensitivity: 'internal', reviewBy: '2020-01-01'}) RETURN count(a)",
  );
  reader = await server.userWithToken(`rec-bulk-reader-${run}`, 'analyst', 'internal');
});

const bulkReads = () =>
  server.count("MATCH (e:AuditEvent {action: 'bulk_read', userId: $userId, targetType: 'records'}) RETURN count(e)", {
    userId: reader.userId,
  });

describe('N5: the retention listing', () => {
  it('counts the actors it sends: one bulk_read once the threshold is crossed', async () => {
    let sent = 0;
    while (sent < BULK_READ.threshold) {
      expect(await bulkReads()).toBe(0);
      const overdue = await as(server, reader.token)('GET', '/api/retention/overdue');
      expect(overdue.status).toBe(200);
      expect(overdue.body.length).toBe(1000);
      sent += overdue.body.length;
    }
    expect(await bulkReads()).toBe(1);
    expect(
      await server.count(
        "MATCH (e:AuditEvent {action: 'bulk_read', userId: $userId}) WHERE e.detail ENDS WITH 'last GET /api/retention/overdue' RETURN count(e)",
        { userId: reader.userId },
      ),
    ).toBe(1);
  });
});
