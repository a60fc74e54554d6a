/** Concurrency for bulk requests from the workbench: one browser, one server, so a few lanes at a time. */

/** At most this many requests of a bulk action at once. */
export const BULK_CONCURRENCY = 4;

/** Runs `work` on every item, at most `limit` at once, each lane taking the next item when it is done. */
export async function eachLimited<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
}
