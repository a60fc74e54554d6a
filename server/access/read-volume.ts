/**
 * Bulk reads by volume: how many records each user has been sent by the list and map routes in a
 * sliding window. Paging is not the only way to read the map out: large first pages, one filter
 * after another (`?area=` for each area, `?actor=` for each actor) and `/api/graph` return it all
 * at offset 0. So every record sent counts, whatever the route, and when a user's count in the
 * window reaches the threshold one `bulk_read` event is recorded (then at most one more per window
 * while they keep reading).
 *
 * Counted in memory, per API instance: with N instances behind a load balancer a user can read up
 * to N times the threshold before any one instance records the event. Restarting an instance
 * forgets its counts. A shared count would cost a database write per read.
 */
import type { AuditLog } from './audit-log.js';

export const BULK_READ = {
  /** Records a user may be sent in one window before a `bulk_read` event is recorded. */
  threshold: 2_000,
  windowMs: 10 * 60_000,
  /** The window is kept as buckets of this length: memory stays small, the edge is this coarse. */
  bucketMs: 30_000,
  /** Users remembered at once per instance; beyond, the oldest entries are forgotten. */
  maxUsers: 10_000,
};

export interface ReadMeter {
  /** Counts `records` sent to `userId` by `route`; records the `bulk_read` event when the window reaches the threshold. */
  count(userId: string, records: number, route: string): Promise<void>;
}

interface UserReads {
  buckets: { start: number; records: number }[];
  /** When this user's last event was recorded. */
  flaggedAt: number | null;
}

export function createReadMeter(audit: Pick<AuditLog, 'record'>, options = BULK_READ, now: () => number = Date.now): ReadMeter {
  const users = new Map<string, UserReads>();
  return {
    async count(userId, records, route) {
      if (records <= 0) return;
      const at = now();
      let reads = users.get(userId);
      if (!reads) {
        if (users.size >= options.maxUsers) users.delete(users.keys().next().value!);
        reads = { buckets: [], flaggedAt: null };
        users.set(userId, reads);
      }
      reads.buckets = reads.buckets.filter((bucket) => at - bucket.start < options.windowMs);
      const last = reads.buckets.at(-1);
      if (last && at - last.start < options.bucketMs) last.records += records;
      else reads.buckets.push({ start: at, records });
      const total = reads.buckets.reduce((sum, bucket) => sum + bucket.records, 0);
      const quiet = reads.flaggedAt === null || at - reads.flaggedAt >= options.windowMs;
      if (total < options.threshold || !quiet) return;
      reads.flaggedAt = at;
      await audit.record({
        userId,
        action: 'bulk_read',
        targetType: 'records',
        detail: `${total} records in ${Math.round(options.windowMs / 60_000)} min, last ${route}`,
      });
    },
  };
}
