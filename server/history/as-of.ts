/**
 * The map as it was (issue 14): `asOf` on /api/graph, /api/actors and /api/ties reads the
 * versions open at that date instead of the records, through queries of their own
 * (cypher/history/asof-*), with need to know judged on each version as it was
 * (visibleActorVersion / visibleTieVersion). These wrap the present-day stores: without `asOf`
 * a request goes to them untouched.
 */
import { evidenceOrUnsourced, readEvidenceAsOf } from './evidence-as-of.js';
import { accessParameters, type Viewer } from '../access/viewer.js';
import type { ActorListQuery, GraphQuery, TieListQuery } from '../contracts/index.js';
import { TIE_TYPES } from '../contracts/index.js';
import type { Database } from '../db/database.js';
import { actorPresenterFor } from '../presenters/actor.js';
import { fieldAccess } from '../presenters/field-access.js';
import { presentGraph } from '../presenters/graph.js';
import { tiePresenterFor } from '../presenters/tie.js';
import type { RoundStore } from '../rounds/round-store.js';
import type { ActorStore } from '../services/actor-store.js';
import type { MapGraph } from '../services/map-graph.js';
import type { TieStore } from '../services/tie-store.js';
import { actorIdsOnOutputAsOf } from './records-as-of.js';
import { asOfListActors, asOfListTies, asOfMapActors, asOfMapTies } from '../queries/history.js';

type AsOf = { asOf?: string | undefined };

/**
 * The map's elements as of `at` (epoch milliseconds), for `viewer`. As the present map does
 * (server/services/map-graph.ts): the whole map reads its actors and ties at once and keeps the
 * ties whose two ends were read; a filtered map reads its actors first, then the ties among them.
 */
export async function mapAsOf(db: Database, query: GraphQuery, viewer: Viewer, at: number) {
  // The output filter on a past date: the actors that led or supported it then (server/history/records-as-of.ts).
  const onOutput = query.output ? new Set(await actorIdsOnOutputAsOf(db, query.output, viewer, at)) : null;
  const access = accessParameters(viewer);
  const filtered = Boolean(query.kinds || query.areas);
  const evidenceRead = db.readTransaction((tx) => readEvidenceAsOf(tx, at, access));
  // Awaited below; a failure of the reads before it must not leave its rejection unhandled meanwhile.
  evidenceRead.catch(() => undefined);
  const readActors = db.read(asOfMapActors, {
    at,
    kinds: query.kinds ?? null,
    areas: query.areas ?? null,
    access,
    fields: fieldAccess(viewer),
  });
  const readTies = (actorIds: string[] | null) =>
    db.read(asOfMapTies, {
      at,
      types: query.tieTypes ?? [...TIE_TYPES],
      actorIds,
      validAt: query.at ?? null,
      access,
    });
  const [read, edges] = filtered
    ? await readActors.then(async (rows) => {
        const kept = onOutput ? rows.filter((row) => onOutput.has(row.id)) : rows;
        return [kept, await readTies(kept.map((row) => row.id))] as const;
      })
    : await Promise.all([readActors, readTies(null)]);
  const nodes = onOutput && !filtered ? read.filter((node) => onOutput.has(node.id)) : read;
  const ids = new Set(nodes.map((node) => node.id));
  const kept = filtered ? edges : edges.filter((edge) => ids.has(edge.source) && ids.has(edge.target));
  // The grades of that date, from the claims as they were (one read for all), as today's map carries today's.
  const evidence = await evidenceRead;
  return presentGraph(
    nodes.map((node) => ({ ...node, evidence: evidenceOrUnsourced(evidence.actors, node.id) })),
    kept.map((edge) => ({ ...edge, evidence: evidenceOrUnsourced(evidence.ties, edge.id) })),
  );
}

export function mapGraphWithAsOf(db: Database, present: MapGraph, rounds: RoundStore): MapGraph {
  return {
    async elements(query, viewer) {
      const { asOf } = query as GraphQuery & AsOf;
      if (!asOf) return present.elements(query, viewer);
      return mapAsOf(db, query, viewer, await rounds.resolveAsOf(asOf));
    },
  };
}

export function actorStoreWithAsOf(db: Database, present: ActorStore, rounds: RoundStore): ActorStore {
  return {
    ...present,
    async list(query, viewer) {
      const { asOf } = query as ActorListQuery & AsOf;
      if (!asOf) return present.list(query, viewer);
      const fields = fieldAccess(viewer);
      const [row] = await db.read(asOfListActors, {
        at: await rounds.resolveAsOf(asOf),
        access: accessParameters(viewer),
        fields,
        kinds: query.kind ?? null,
        subtypes: query.subtype ?? null,
        areas: query.area ?? null,
        text: query.text ?? null,
        limit: query.limit,
        offset: query.offset,
      });
      const items = (row?.items ?? []).map(actorPresenterFor(fields));
      return { items, total: row?.total ?? 0, limit: query.limit, offset: query.offset };
    },
  };
}

export function tieStoreWithAsOf(db: Database, present: TieStore, rounds: RoundStore): TieStore {
  return {
    ...present,
    async list(query, viewer) {
      const { asOf } = query as TieListQuery & AsOf;
      if (!asOf) return present.list(query, viewer);
      const fields = fieldAccess(viewer);
      const [row] = await db.read(asOfListTies, {
        at: await rounds.resolveAsOf(asOf),
        access: accessParameters(viewer),
        fields,
        types: query.type ?? [...TIE_TYPES],
        actorId: query.actor ?? null,
        limit: query.limit,
        offset: query.offset,
      });
      const items = (row?.items ?? []).map(tiePresenterFor(fields));
      return { items, total: row?.total ?? 0, limit: query.limit, offset: query.offset };
    },
  };
}
