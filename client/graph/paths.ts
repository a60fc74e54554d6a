/**
 * Neighbourhoods and shortest paths on the shown part of the map, ties taken in both directions
 * (who can reach whom through any relationship). Computed in the page on the loaded graph; kept in
 * this one module so it can later ask `/api/analysis/path` instead.
 */
import type { GraphEdgeData } from '../../server/contracts/index.js';

type Adjacency = Map<string, { neighbour: string; edgeId: string }[]>;

function adjacency(nodeIds: Iterable<string>, edges: readonly GraphEdgeData[]): Adjacency {
  const adj: Adjacency = new Map();
  for (const id of nodeIds) adj.set(id, []);
  for (const edge of edges) {
    adj.get(edge.source)?.push({ neighbour: edge.target, edgeId: edge.id });
    adj.get(edge.target)?.push({ neighbour: edge.source, edgeId: edge.id });
  }
  return adj;
}

/** The actors within `depth` steps of `start`, and the ties among them. */
export function neighbourhood(
  start: string,
  depth: number,
  nodeIds: ReadonlySet<string>,
  edges: readonly GraphEdgeData[],
): { nodes: Set<string>; edges: Set<string> } {
  const nodes = new Set<string>();
  if (!nodeIds.has(start)) return { nodes, edges: new Set() };
  const adj = adjacency(nodeIds, edges);
  nodes.add(start);
  let frontier = [start];
  for (let step = 0; step < depth && frontier.length > 0; step++) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const { neighbour } of adj.get(id) ?? []) {
        if (nodes.has(neighbour)) continue;
        nodes.add(neighbour);
        next.push(neighbour);
      }
    }
    frontier = next;
  }
  const inside = new Set(edges.filter((edge) => nodes.has(edge.source) && nodes.has(edge.target)).map((edge) => edge.id));
  return { nodes, edges: inside };
}

export interface ShortestPaths {
  /** Number of ties on each shortest path; null when the two actors are not connected. */
  length: number | null;
  /** Each path as the list of tie ids from `from` to `to` (capped at `maxPaths`). */
  paths: string[][];
  /** Every actor and tie on any shortest path. */
  nodes: Set<string>;
  edges: Set<string>;
}

/** All shortest paths between two actors (BFS with predecessor lists). */
export function shortestPaths(
  from: string,
  to: string,
  nodeIds: ReadonlySet<string>,
  edges: readonly GraphEdgeData[],
  maxPaths = 25,
): ShortestPaths {
  const none: ShortestPaths = { length: null, paths: [], nodes: new Set(), edges: new Set() };
  if (!nodeIds.has(from) || !nodeIds.has(to)) return none;
  if (from === to) return { length: 0, paths: [[]], nodes: new Set([from]), edges: new Set() };
  const adj = adjacency(nodeIds, edges);
  const distance = new Map<string, number>([[from, 0]]);
  const predecessors = new Map<string, { node: string; edgeId: string }[]>();
  let frontier = [from];
  while (frontier.length > 0 && !distance.has(to)) {
    const next: string[] = [];
    for (const id of frontier) {
      const d = distance.get(id)!;
      for (const { neighbour, edgeId } of adj.get(id) ?? []) {
        const known = distance.get(neighbour);
        if (known === undefined) {
          distance.set(neighbour, d + 1);
          predecessors.set(neighbour, [{ node: id, edgeId }]);
          next.push(neighbour);
        } else if (known === d + 1) {
          predecessors.get(neighbour)!.push({ node: id, edgeId });
        }
      }
    }
    frontier = next;
  }
  if (!distance.has(to)) return none;

  const nodes = new Set<string>();
  const onPath = new Set<string>();
  // Walk back from `to`, marking every predecessor edge (all shortest paths), then enumerate a few.
  const stack = [to];
  nodes.add(to);
  while (stack.length > 0) {
    const id = stack.pop()!;
    for (const { node, edgeId } of predecessors.get(id) ?? []) {
      onPath.add(edgeId);
      if (!nodes.has(node)) {
        nodes.add(node);
        stack.push(node);
      }
    }
  }
  const paths: string[][] = [];
  const walk = (id: string, suffix: string[]) => {
    if (paths.length >= maxPaths) return;
    if (id === from) {
      paths.push(suffix);
      return;
    }
    for (const { node, edgeId } of predecessors.get(id) ?? []) walk(node, [edgeId, ...suffix]);
  };
  walk(to, []);
  return { length: distance.get(to)!, paths, nodes, edges: onPath };
}
