/**
 * The map at the two ends of a diff (server/history/diff.ts), as the analyses see it: one end is
 * read whole, in two lean queries, actors then the ties between them (the fields the influence ranks and the coordination sections
 * compute on); the other is the same map with the records that may have changed swapped in, since
 * every other record holds the same version, with the same need to know, at both dates. So a diff
 * reads the map once, whatever the share of records that changed.
 */
import { z } from 'zod';
import type { AccessParameters } from '../access/viewer.js';
import { toActor, toTie, type VisibleActor, type VisibleGraph, type VisibleTie } from '../analyses/visible-graph.js';
import { ACTOR_KINDS, CONFIDENCE_LEVELS, DO_NO_HARM_ROLES, TIE_TYPES, type TieType } from '../contracts/index.js';
import type { Database } from '../db/database.js';
import { query } from '../db/typed-query.js';
import { pageRank } from '../graph-algorithms/centralities.js';
import { buildCsr, toTieArrays } from '../graph-algorithms/graph-arrays.js';

const INFLUENCE_MOVES = 5;

const DiffGraphActorsRowSchema = z.object({
  actors: z.array(
    z.tuple([
      z.string(),
      z.string().nullable(),
      z.enum(ACTOR_KINDS),
      z.string().nullable(),
      z.number().nullable(),
      z.enum(DO_NO_HARM_ROLES).nullable(),
      z.boolean().nullable(),
      z.boolean().nullable(),
      z.array(z.string()),
      z.array(z.string()),
      z.string().nullable(),
    ]),
  ),
});
const DiffGraphTiesRowSchema = z.object({
  ties: z.array(
    z.tuple([
      z.string(),
      z.enum(TIE_TYPES),
      z.string(),
      z.string(),
      z.boolean().nullable(),
      z.number().nullable(),
      z.enum(CONFIDENCE_LEVELS).nullable(),
      z.string().nullable(),
    ]),
  ),
});
const diffGraphActors = query<{ at: number; access: AccessParameters }, z.infer<typeof DiffGraphActorsRowSchema>>(
  'history/asof-diff-graph-actors',
  DiffGraphActorsRowSchema,
);
const diffGraphTies = query<
  { at: number; access: AccessParameters; types: TieType[]; actorIds: string[] },
  z.infer<typeof DiffGraphTiesRowSchema>
>('history/asof-diff-graph-ties', DiffGraphTiesRowSchema);

/** The map at one end: the graph the analyses compute on, and each actor's key in asof-list-actors' order. */
export interface DiffEnd {
  graph: VisibleGraph;
  sortKeys: Map<string, string>;
}

/** The records that may have changed, as of one end (see diff.ts). */
export interface ChangedSide {
  /** Presented as the viewer may see them, for the field-by-field comparison. */
  actors: Map<string, Record<string, unknown>>;
  ties: Map<string, Record<string, unknown>>;
  /** As the analyses compute on them. */
  analysisActors: Map<string, VisibleActor>;
  analysisTies: Map<string, VisibleTie>;
  existingActors: Set<string>;
  existingTies: Set<string>;
  actorSortKeys: Map<string, string>;
}

// Strings compared by UTF-16 code unit, as Cypher's ORDER BY compares them.
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Actors and ties by id, as the as-of analysis queries order them. */
function endOf(actors: VisibleActor[], ties: VisibleTie[], sortKeys: Map<string, string>, at: number): DiffEnd {
  actors.sort((a, b) => byText(a.id, b.id));
  ties.sort((a, b) => byText(a.id, b.id));
  return { graph: { actors, ties, byId: new Map(actors.map((actor) => [actor.id, actor])), asOf: at }, sortKeys };
}

/** The map as of `at`, as the viewer (`access`) may see it then. */
export async function readDiffEnd(db: Database, at: number, access: AccessParameters): Promise<DiffEnd> {
  // The visible actors first: the ties are then tested against their ids instead of reading both
  // ends' versions for every tie.
  const [actorRow] = await db.read(diffGraphActors, { at, access });
  const actorRows = actorRow?.actors ?? [];
  const [tieRow] = await db.read(diffGraphTies, { at, access, types: [...TIE_TYPES], actorIds: actorRows.map(([id]) => id) });
  const sortKeys = new Map<string, string>();
  const actors = actorRows.map(([id, name, kind, subtype, influence, doNoHarmRole, womenFocus, youthFocus, basedIn, activeIn, sortKey]) => {
    sortKeys.set(id, sortKey ?? '');
    return toActor({ id, name, kind, subtype, influence, doNoHarmRole, womenFocus, youthFocus, basedIn, activeIn });
  });
  const ties = (tieRow?.ties ?? []).map(([id, type, sourceId, targetId, directed, strength, confidence, outputId]) =>
    toTie({ id, type, sourceId, targetId, directed, strength, confidence, outputId }),
  );
  return endOf(actors, ties, sortKeys, at);
}

/** `base` (the map at the `before` end) with the changed records as they are at the `after` end (read at `at`). */
export function endWith(base: DiffEnd, before: ChangedSide, after: ChangedSide, at: number): DiffEnd {
  const actors = base.graph.actors.filter((actor) => !before.existingActors.has(actor.id));
  actors.push(...after.analysisActors.values());
  const ties = base.graph.ties.filter((tie) => !before.existingTies.has(tie.id));
  ties.push(...after.analysisTies.values());
  const sortKeys = new Map([...base.sortKeys].filter(([id]) => !before.existingActors.has(id)));
  for (const [id, key] of after.actorSortKeys) sortKeys.set(id, key);
  return endOf(actors, ties, sortKeys, at);
}

/**
 * Whether the map's visible structure differs between the two ends: an actor or tie seen at one
 * end only, an actor whose place in the order moved, a tie whose ends, direction or strength
 * changed. Only the records that may have changed can differ (see diff.ts).
 */
export function structureChanged(before: ChangedSide, after: ChangedSide): boolean {
  const sameKeys = (a: Map<string, unknown>, b: Map<string, unknown>) => a.size === b.size && [...a.keys()].every((id) => b.has(id));
  if (!sameKeys(before.analysisActors, after.analysisActors) || !sameKeys(before.analysisTies, after.analysisTies)) return true;
  if ([...before.actorSortKeys].some(([id, key]) => after.actorSortKeys.get(id) !== key)) return true;
  return [...before.analysisTies].some(([id, tie]) => {
    const other = after.analysisTies.get(id)!;
    return (
      tie.sourceId !== other.sourceId ||
      tie.targetId !== other.targetId ||
      tie.directed !== other.directed ||
      tie.strength !== other.strength
    );
  });
}

/** Influence rank (PageRank over the visible ties, 1 = most central) at each end; the actors that moved most. */
export function influenceMoves(before: DiffEnd, after: DiffEnd) {
  const ranks = (end: DiffEnd) => {
    // PageRank adds in asof-list-actors' order (lowered name, then id) and asof-list-ties' (id).
    const key = (id: string) => end.sortKeys.get(id) ?? '';
    const ids = end.graph.actors.map((actor) => actor.id).sort((a, b) => byText(key(a), key(b)) || byText(a, b));
    const scores = pageRank(buildCsr(toTieArrays(ids, end.graph.ties), true));
    const order = ids.map((id, index) => ({ id, score: scores[index] ?? 0 })).sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
    return new Map(order.map((entry, index) => [entry.id, index + 1]));
  };
  const rankBefore = ranks(before);
  const rankAfter = ranks(after);
  return [...rankAfter.entries()]
    .filter(([id]) => rankBefore.has(id))
    .map(([id, rank]) => ({ id, name: String(after.graph.byId.get(id)?.name), rankBefore: rankBefore.get(id)!, rankAfter: rank }))
    .filter((move) => move.rankBefore !== move.rankAfter)
    .sort((a, b) => Math.abs(b.rankAfter - b.rankBefore) - Math.abs(a.rankAfter - a.rankBefore) || a.id.localeCompare(b.id))
    .slice(0, INFLUENCE_MOVES);
}
