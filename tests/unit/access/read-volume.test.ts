/** The bulk-read meter (review N5): records sent per user in a sliding window; one event when the threshold is reached. */
import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../../server/access/audit-log.js';
import { BULK_READ, createReadMeter } from '../../../server/access/read-volume.js';

function meterWithClock() {
  const events: AuditEntry[] = [];
  let now = 1_000_000;
  const meter = createReadMeter({ record: async (entry) => void events.push(entry) }, BULK_READ, () => now);
  return { meter, events, advance: (ms: number) => (now += ms) };
}

describe('the read meter', () => {
  it('records one bulk_read when a user’s records in the window reach the threshold, from first pages alone', async () => {
    const { meter, events, advance } = meterWithClock();
    for (let page = 0; page < 3; page += 1) {
      await meter.count('u1', 500, 'GET /api/actors');
      advance(60_000);
    }
    await meter.count('u2', 1_999, 'GET /api/graph');
    expect(events).toEqual([]);
    await meter.count('u1', 500, 'GET /api/graph');
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ userId: 'u1', action: 'bulk_read', targetType: 'records' });
    expect(events[0]!.detail).toBe('2000 records in 10 min, last GET /api/graph');
    // Still reading in the same window: no second event.
    await meter.count('u1', 5_000, 'GET /api/ties');
    expect(events).toHaveLength(1);
  });

  it('forgets reads older than the window, and records again in a later window of bulk reading', async () => {
    const { meter, events, advance } = meterWithClock();
    await meter.count('u1', 1_500, 'GET /api/actors');
    advance(BULK_READ.windowMs);
    await meter.count('u1', 1_500, 'GET /api/actors');
    expect(events).toHaveLength(0);
    await meter.count('u1', 500, 'GET /api/actors');
    expect(events).toHaveLength(1);
    advance(BULK_READ.windowMs);
    await meter.count('u1', 2_000, 'GET /api/graph');
    expect(events).toHaveLength(2);
  });
});
