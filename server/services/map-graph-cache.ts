/**
 * Conditional requests and a cache for GET /api/graph. An entry's key is the map's version token
 * (replaced in the transaction of every write that may change the map, server/db/database.ts), the
 * viewer's effective access (clearance levels, actors and areas opened by grants, confidential
 * actors an area grant opened, the fields their role receives) and the query. Two viewers share
 * an entry only when the database would answer both with the same elements; a grant, clearance or
 * role change gives a new key, a write a new version. The ETag is a digest of the key.
 */
import { createHash } from 'node:crypto';
import type { GraphElements, GraphQuery } from '../contracts/index.js';
import { accessParameters, type Viewer } from '../access/viewer.js';
import type { Database } from '../db/database.js';
import { fieldAccess } from '../presenters/field-access.js';
import { mapVersion } from '../queries/map-version.js';
import type { MapGraph } from './map-graph.js';

export interface MapGraphCacheOptions {
  /** Most elements (nodes and edges) kept over all entries: about 20 MB of JSON per 100,000. */
  maxElements?: number;
}

export type CachedAnswer =
  | { status: 304; etag: string }
  | { status: 200; etag: string | null; elements: GraphElements; /** The elements as JSON, made once per entry. */ json(): string };

export interface MapGraphCache {
  /** The map for `viewer`, or 304 when `ifNoneMatch` names the current version of what they would get. */
  answer(query: GraphQuery, viewer: Viewer, ifNoneMatch: string | undefined): Promise<CachedAnswer>;
  /** Entries held now (tests). */
  size(): number;
}

const sorted = (items: readonly string[] | undefined) => (items ? [...items].sort() : null);

/** What decides the elements besides the map's version: who may see what, and what was asked. */
export function visibilityKey(viewer: Viewer, query: GraphQuery): string {
  const access = accessParameters(viewer);
  const text = JSON.stringify({
    levels: sorted(access.levels),
    actorIds: sorted(access.actorIds),
    areaIds: sorted(access.areaIds),
    openedByAreas: sorted(access.actorIdsOpenedByAreas),
    fields: fieldAccess(viewer),
    query: {
      kinds: sorted(query.kinds),
      areas: sorted(query.areas),
      output: query.output ?? null,
      tieTypes: sorted(query.tieTypes),
      at: query.at ?? null,
      // The map as of a round or date (server/history) is another map than today's.
      asOf: query.asOf ?? null,
    },
  });
  return createHash('sha256').update(text).digest('base64url');
}

const etagOf = (version: string, key: string) => `"${createHash('sha256').update(`${version} ${key}`).digest('base64url').slice(0, 32)}"`;

/** True when an If-None-Match header lists `etag` (or is `*`); weak comparison, as RFC 9110 asks for GET. */
function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(',').some((tag) => {
    const trimmed = tag.trim();
    return trimmed === '*' || trimmed.replace(/^W\//, '') === etag;
  });
}

export function createMapGraphCache(db: Database, graph: MapGraph, options: MapGraphCacheOptions = {}): MapGraphCache {
  const maxElements = options.maxElements ?? 200_000;
  // Insertion order is use order (a hit re-inserts), so the first entry is the least recently used.
  const entries = new Map<string, { version: string; elements: GraphElements; count: number; json: string | null }>();
  let held = 0;
  const pending = new Map<string, Promise<GraphElements>>();

  const drop = (etag: string) => {
    held -= entries.get(etag)?.count ?? 0;
    entries.delete(etag);
  };

  function keep(etag: string, version: string, elements: GraphElements): void {
    const count = elements.nodes.length + elements.edges.length;
    if (count > maxElements || entries.has(etag)) return;
    // Entries of an older version can never be asked for again.
    for (const [key, entry] of entries) if (entry.version !== version) drop(key);
    while (held + count > maxElements && entries.size > 0) drop(entries.keys().next().value as string);
    entries.set(etag, { version, elements, count, json: null });
    held += count;
  }

  return {
    async answer(query, viewer, ifNoneMatch) {
      const [row] = await db.read(mapVersion, {});
      const version = row?.token ?? null;
      // No version yet (an empty database, or one emptied from outside): nothing to cache against.
      if (version === null) {
        const elements = await graph.elements(query, viewer);
        return { status: 200, etag: null, elements, json: () => JSON.stringify(elements) };
      }
      const etag = etagOf(version, visibilityKey(viewer, query));
      if (matches(ifNoneMatch, etag)) return { status: 304, etag };
      const cached = entries.get(etag);
      if (cached) {
        entries.delete(etag);
        entries.set(etag, cached);
        // 50 clients on a 5k map: serialising 4 MB for each answer from the cache was most of its time.
        return { status: 200, etag, elements: cached.elements, json: () => (cached.json ??= JSON.stringify(cached.elements)) };
      }
      // Requests that arrive while the same map is being read (the page's map and its overview) share that read.
      let reading = pending.get(etag);
      if (!reading) {
        reading = graph.elements(query, viewer).finally(() => pending.delete(etag));
        pending.set(etag, reading);
      }
      const elements = await reading;
      keep(etag, version, elements);
      const kept = entries.get(etag);
      return { status: 200, etag, elements, json: () => (kept ? (kept.json ??= JSON.stringify(elements)) : JSON.stringify(elements)) };
    },
    size: () => entries.size,
  };
}
