/**
 * The bare structure of the map at the two ends of a diff (server/history/diff.ts): the visible
 * actors (id, name, kind) and ties (ends, direction, strength), in the order the as-of lists give
 * them, for the influence ranks and the new ties to a party to the conflict. Only one end is read;
 * the other is the same structure with the records that may have changed swapped in, since every
 * other record holds the same version, with the same need to know, at both dates.
 */
import type { AccessParameters } from '../access/viewer.js';
import { TIE_TYPES } from '../contracts/index.js';
import type { Database } from '../db/database.js';
import { pageRank } from '../graph-algorithms/centralities.js';
import { buildCsr, toTieArrays } from '../graph-algorithms/graph-arrays.js';

const INFLUENCE_MOVES = 5;

export interface StructureActor {
  id: string;
  name: string;
  kind: string;
  /** The key asof-list-actors sorts by (the name in lower case, as Cypher lowers it). */
  sortKey: string;
}

export interface StructureTie {
  id: string;
  sourceId: string;
  targetId: string;
  directed: boolean;
  strength: number;
}

export interface Structure {
  actors: Map<string, StructureActor>;
  ties: Map<string, StructureTie>;
}

/** The records that may have changed, as of one end (see diff.ts). */
interface ChangedSide {
  actors: Map<string, Record<string, unknown>>;
  ties: Map<string, Record<string, unknown>>;
  existingActors: Set<string>;
  existingTies: Set<string>;
  actorSortKeys: Map<string, string>;
}

// Strings compared by UTF-16 code unit, as Cypher's ORDER BY compares them.
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Actors in asof-list-actors' order (lowered name, then id), ties in asof-list-ties' (id): PageRank adds in this order. */
function ordered(actors: Iterable<StructureActor>, ties: Iterable<StructureTie>): Structure {
  const actorList = [...actors].sort((a, b) => byText(a.sortKey, b.sortKey) || byText(a.id, b.id));
  const tieList = [...ties].sort((a, b) => byText(a.id, b.id));
  return { actors: new Map(actorList.map((actor) => [actor.id, actor])), ties: new Map(tieList.map((tie) => [tie.id, tie])) };
}

const tieOf = (id: string, sourceId: unknown, targetId: unknown, directed: unknown, strength: unknown): StructureTie => ({
  id,
  sourceId: String(sourceId),
  targetId: String(targetId),
  // As the tie presenter's defaults have it: undirected, strength 2.
  directed: directed === true,
  strength: Number(strength ?? 2),
});

/** The structure of the map as of `at`, as the viewer (`access`) may see it then. */
export async function readStructure(db: Database, at: number, access: AccessParameters): Promise<Structure> {
  const [row] = await db.read('history/asof-influence-structure', { at, access, types: [...TIE_TYPES] });
  const actors = ((row?.actors as unknown[][]) ?? []).map(([id, name, kind, sortKey]) => ({
    id: String(id),
    name: String(name),
    kind: String(kind),
    sortKey: String(sortKey),
  }));
  const ties = ((row?.ties as unknown[][]) ?? []).map(([id, sourceId, targetId, directed, strength]) =>
    tieOf(String(id), sourceId, targetId, directed, strength),
  );
  return ordered(actors, ties);
}

/** `base` (the structure at the `before` end) with the changed records as they are at the `after` end. */
export function structureWith(base: Structure, before: ChangedSide, after: ChangedSide): Structure {
  const actors = [...base.actors.values()].filter((actor) => !before.existingActors.has(actor.id));
  for (const [id, actor] of after.actors)
    actors.push({ id, name: String(actor.name), kind: String(actor.kind), sortKey: after.actorSortKeys.get(id) ?? '' });
  const ties = [...base.ties.values()].filter((tie) => !before.existingTies.has(tie.id));
  for (const [id, tie] of after.ties) ties.push(tieOf(id, tie.sourceId, tie.targetId, tie.directed, tie.strength));
  return ordered(actors, ties);
}

/**
 * Whether the map's visible structure differs between the two ends: an actor or tie seen at one
 * end only, an actor whose place in the order moved, a tie whose ends, direction or strength
 * changed. Only the records that may have changed can differ (see diff.ts).
 */
export function structureChanged(before: ChangedSide, after: ChangedSide): boolean {
  const sameKeys = (a: Map<string, unknown>, b: Map<string, unknown>) => a.size === b.size && [...a.keys()].every((id) => b.has(id));
  if (!sameKeys(before.actors, after.actors) || !sameKeys(before.ties, after.ties)) return true;
  if ([...before.actorSortKeys].some(([id, key]) => after.actorSortKeys.get(id) !== key)) return true;
  return [...before.ties].some(([id, tie]) => {
    const other = after.ties.get(id)!;
    const a = tieOf(id, tie.sourceId, tie.targetId, tie.directed, tie.strength);
    const b = tieOf(id, other.sourceId, other.targetId, other.directed, other.strength);
    return a.sourceId !== b.sourceId || a.targetId !== b.targetId || a.directed !== b.directed || a.strength !== b.strength;
  });
}

/** Influence rank (PageRank over the visible ties, 1 = most central) at each end; the actors that moved most. */
export function influenceMoves(before: Structure, after: Structure) {
  const ranks = (side: Structure) => {
    const ids = [...side.actors.keys()];
    const scores = pageRank(buildCsr(toTieArrays(ids, [...side.ties.values()]), true));
    const order = ids.map((id, index) => ({ id, score: scores[index] ?? 0 })).sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
    return new Map(order.map((entry, index) => [entry.id, index + 1]));
  };
  const rankBefore = ranks(before);
  const rankAfter = ranks(after);
  return [...rankAfter.entries()]
    .filter(([id]) => rankBefore.has(id))
    .map(([id, rank]) => ({ id, name: String(after.actors.get(id)?.name), rankBefore: rankBefore.get(id)!, rankAfter: rank }))
    .filter((move) => move.rankBefore !== move.rankAfter)
    .sort((a, b) => Math.abs(b.rankAfter - b.rankBefore) - Math.abs(a.rankAfter - a.rankBefore) || a.id.localeCompare(b.id))
    .slice(0, INFLUENCE_MOVES);
}
