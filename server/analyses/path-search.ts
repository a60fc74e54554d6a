/**
 * Shortest paths between actors on the visible graph, with the ties along each step: used by the
 * path analysis, the ties to conflict parties and the do-no-harm check. Breadth-first search with
 * predecessor lists gives every shortest path; paths are enumerated in actor-id order, so the
 * first `limit` paths are always the same ones.
 */
import type { ActorPath, PathTie } from '../contracts/index.js';
import { actorRef, type VisibleGraph, type VisibleTie } from './visible-graph.js';

interface Arc {
  to: string;
  tie: VisibleTie;
}

/** Neighbours of each actor; `directed` lets a directed tie be walked from source to target only. */
export type Adjacency = Map<string, Arc[]>;

export function buildAdjacency(graph: VisibleGraph, directed: boolean): Adjacency {
  const adjacency: Adjacency = new Map(graph.actors.map((actor) => [actor.id, []]));
  for (const tie of graph.ties) {
    adjacency.get(tie.sourceId)?.push({ to: tie.targetId, tie });
    if (!directed || !tie.directed) adjacency.get(tie.targetId)?.push({ to: tie.sourceId, tie });
  }
  return adjacency;
}

/** Distances and shortest-path predecessors from one actor. */
export interface PathTree {
  from: string;
  dist: Map<string, number>;
  predecessors: Map<string, string[]>;
}

/**
 * Breadth-first search from `from` up to `maxDepth` steps. Actors for which `isBarrier` holds
 * are reached but not passed through (a conflict party ends a path to the parties).
 */
export function shortestPathTree(
  adjacency: Adjacency,
  from: string,
  maxDepth: number,
  isBarrier: (id: string) => boolean = () => false,
): PathTree {
  const dist = new Map<string, number>([[from, 0]]);
  const predecessors = new Map<string, string[]>();
  let frontier = [from];
  for (let depth = 1; depth <= maxDepth && frontier.length > 0; depth += 1) {
    const next: string[] = [];
    for (const v of frontier) {
      if (v !== from && isBarrier(v)) continue;
      for (const arc of adjacency.get(v) ?? []) {
        const known = dist.get(arc.to);
        if (known === undefined) {
          dist.set(arc.to, depth);
          predecessors.set(arc.to, [v]);
          next.push(arc.to);
        } else if (known === depth) {
          const list = predecessors.get(arc.to) ?? [];
          if (!list.includes(v)) list.push(v);
          predecessors.set(arc.to, list);
        }
      }
    }
    frontier = next;
  }
  return { from, dist, predecessors };
}

/** Number of shortest paths from the tree's root to `to` (0 if unreached). */
export function countPaths(tree: PathTree, to: string, memo = new Map<string, number>()): number {
  if (to === tree.from) return 1;
  const cached = memo.get(to);
  if (cached !== undefined) return cached;
  const count = (tree.predecessors.get(to) ?? []).reduce((sum, v) => sum + countPaths(tree, v, memo), 0);
  memo.set(to, count);
  return count;
}

/** The actor sequences of the shortest paths to `to`, in lexicographic order of ids, at most `limit`. */
export function enumeratePaths(tree: PathTree, to: string, limit: number): string[][] {
  if (!tree.dist.has(to)) return [];
  const results: string[][] = [];
  const walk = (node: string, suffix: string[]) => {
    if (results.length >= limit) return;
    if (node === tree.from) {
      results.push([node, ...suffix]);
      return;
    }
    for (const v of [...(tree.predecessors.get(node) ?? [])].sort()) walk(v, [node, ...suffix]);
  };
  walk(to, []);
  return results.sort((a, b) => a.join('\u0000').localeCompare(b.join('\u0000')));
}

/** The ties walked from `a` to `b` (respecting direction as the adjacency does), by type then id. */
export function tiesBetween(adjacency: Adjacency, a: string, b: string): VisibleTie[] {
  return (adjacency.get(a) ?? [])
    .filter((arc) => arc.to === b)
    .map((arc) => arc.tie)
    .sort((x, y) => x.type.localeCompare(y.type) || x.id.localeCompare(y.id));
}

export function presentTie(tie: VisibleTie): PathTie {
  return {
    id: tie.id,
    type: tie.type,
    sourceId: tie.sourceId,
    targetId: tie.targetId,
    directed: tie.directed,
    strength: tie.strength,
    confidence: tie.confidence,
  };
}

/** An actor sequence as the API shows it: actors with names, and each step with its ties. */
export function presentPath(graph: VisibleGraph, adjacency: Adjacency, ids: readonly string[]): ActorPath {
  const steps = ids.slice(1).map((toId, i) => {
    const fromId = ids[i] as string;
    return { fromId, toId, ties: tiesBetween(adjacency, fromId, toId).map(presentTie) };
  });
  return {
    length: ids.length - 1,
    actors: ids.map((id) => {
      const actor = graph.byId.get(id);
      return actor ? actorRef(actor) : { id, name: id, kind: 'civil_society' as const, subtype: null };
    }),
    steps,
  };
}
