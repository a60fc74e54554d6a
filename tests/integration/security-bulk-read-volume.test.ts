/**
 * Security review N5: reading the map out through large first pages, one filter after another and
 * /api/graph is audited as `bulk_read` once a user has been sent BULK_READ.threshold records in
 * the window, whatever the offset; and only once while they keep reading.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { useTestServer } from '../support/lifecycle.js';
import { BULK_READ } from '../../server/access/read-volume.js';
import { loadDataset } from '../../server/seed/dataset-loader.js';
import { request } from '../support/http.js';
import { largeMap } from '../support/large-map.js';

vi.setConfig({ testTimeout: 180_000 });

const server = useTestServer();
let reader: { userId: string; token: string };
const run = Math.random().toString(36).slice(2, 8);

beforeAll(async () => {
  await server.reset();
  await loadDataset(server.db, largeMap(1_200, 300));
  reader = await server.userWithToken(`bulk-reader-${run}`, 'viewer', 'internal');
});

const bulkReads = () =>
  server.count("MATCH (e:AuditEvent {action: 'bulk_read', userId: $userId, targetType: 'records'}) RETURN count(e)", {
    userId: reader.userId,
  });

describe('reading the map out at offset 0', () => {
  it('is one bulk_read event once the records sent reach the threshold', async () => {
    let sent = 0;
    for (const area of ['lm-area-0', 'lm-area-1', 'lm-area-2']) {
      const page = await request(server.baseUrl, 'GET', `/api/actors?limit=500&area=${area}`, undefined, { as: reader.token });
      expect(page.status).toBe(200);
      sent += page.body.items.length;
    }
    const ties = await request(server.baseUrl, 'GET', '/api/ties?limit=1000', undefined, { as: reader.token });
    sent += ties.body.items.length;
    expect(sent).toBeLessThan(BULK_READ.threshold);
    expect(await bulkReads()).toBe(0);

    // The map, as often as it takes: nothing is recorded below the threshold, one event at it.
    while (sent < BULK_READ.threshold) {
      const map = await request(server.baseUrl, 'GET', '/api/graph', undefined, { as: reader.token });
      expect(map.status).toBe(200);
      sent += map.body.nodes.length + map.body.edges.length;
      if (sent < BULK_READ.threshold) expect(await bulkReads()).toBe(0);
    }
    expect(await bulkReads()).toBe(1);
    const [event] = (
      await request(server.baseUrl, 'GET', `/api/audit?action=bulk_read&userId=${reader.userId}`, undefined, {
        as: (await server.userWithToken(`bulk-admin-${run}`, 'administrator', 'internal')).token,
      })
    ).body;
    expect(event.detail).toMatch(/^\d+ records in 10 min, last GET \/api\/graph$/);

    await request(server.baseUrl, 'GET', '/api/actors?limit=500', undefined, { as: reader.token });
    expect(await bulkReads()).toBe(1);
  });
});
