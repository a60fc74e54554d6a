/**
 * The party each of many actors leans toward, as leanOf(linksToParties(…, 3)) finds it
 * (party-links.ts), without a search from every actor. A search from each party instead (a few)
 * gives every actor its distance to that party and the number of shortest paths to it, never
 * through another party; an actor's best shortest path is then found forward from the actor, each
 * step one closer to the party. When an actor has at most EXAMINED_PATHS shortest paths to each
 * party, these are exactly the paths linksToParties examines, so the lean is the same; an actor
 * with more (linksToParties then examines the first EXAMINED_PATHS in its order) is left to
 * linksToParties itself. The adjacency must be undirected (buildAdjacency(graph, false)), as it is
 * for every lean: a path to a party is then a path from it. Actors are numbered and the searches
 * run over typed arrays: an engagement analysis asks for thousands of actors.
 * tests/unit/analyses/party-leans.test.ts holds it to linksToParties and leanOf on random graphs.
 */
import { EXAMINED_PATHS, leanOf, linksToParties, round, stepWeight } from './party-links.js';
import type { Adjacency } from './path-search.js';
import type { VisibleActor, VisibleGraph, VisibleTie } from './visible-graph.js';

const LEAN_DEPTH = 3;

/** The graph's actors numbered in its order, and each actor's neighbours once each, with the weight of the step. */
interface NumberedGraph {
  actors: VisibleActor[];
  index: Map<string, number>;
  isParty: Uint8Array;
  /** Neighbours of actor i: neighbour[start[i]] .. neighbour[start[i + 1] - 1], in the adjacency's order. */
  start: Int32Array;
  neighbour: Int32Array;
  /** The weight of each step: that of the tie stepTie picks among the pair's ties. */
  weight: Float64Array;
}

function numbered(graph: VisibleGraph, adjacency: Adjacency): NumberedGraph {
  const actors = graph.actors;
  const index = new Map(actors.map((actor, i) => [actor.id, i]));
  const isParty = Uint8Array.from(actors, (actor) => (actor.kind === 'conflict_party' ? 1 : 0));
  const start = new Int32Array(actors.length + 1);
  const neighbours: number[] = [];
  const weights: number[] = [];
  actors.forEach((actor, i) => {
    start[i] = neighbours.length;
    const byNeighbour = new Map<number, VisibleTie[]>();
    for (const arc of adjacency.get(actor.id) ?? []) {
      const to = index.get(arc.to);
      if (to === undefined) continue;
      const ties = byNeighbour.get(to);
      if (ties) ties.push(arc.tie);
      else byNeighbour.set(to, [arc.tie]);
    }
    for (const [to, ties] of byNeighbour) {
      neighbours.push(to);
      weights.push(stepWeight(ties));
    }
  });
  start[actors.length] = neighbours.length;
  return { actors, index, isParty, start, neighbour: Int32Array.from(neighbours), weight: Float64Array.from(weights) };
}

/** Distance to one party (-1: farther than LEAN_DEPTH) and the number of shortest paths to it, for every actor. */
interface PartyField {
  party: number;
  distance: Int8Array;
  paths: Float64Array;
}

/** Breadth-first from the party, passing through no other party. */
function fieldOf(g: NumberedGraph, party: number): PartyField {
  const n = g.actors.length;
  const distance = new Int8Array(n).fill(-1);
  const paths = new Float64Array(n);
  distance[party] = 0;
  paths[party] = 1;
  let frontier = [party];
  for (let depth = 1; depth <= LEAN_DEPTH && frontier.length > 0; depth += 1) {
    const next: number[] = [];
    for (const v of frontier) {
      if (v !== party && g.isParty[v] === 1) continue;
      for (let k = g.start[v]!; k < g.start[v + 1]!; k += 1) {
        const u = g.neighbour[k]!;
        if (distance[u] === -1) {
          distance[u] = depth;
          paths[u] = paths[v]!;
          next.push(u);
        } else if (distance[u] === depth) paths[u]! += paths[v]!;
      }
    }
    frontier = next;
  }
  return { party, distance, paths };
}

/** Scratch arrays for bestScore, reused from actor to actor (a layer stamp tells which entries are current). */
interface Scratch {
  high: Float64Array;
  low: Float64Array;
  stamp: Int32Array;
  clock: number;
}

/**
 * The highest score of a shortest path from `actor` to the field's party (each step one closer,
 * through no other party), as scorePath computes a path's score: the product of its step weights
 * from the actor's end. Found layer by layer, keeping at each actor the highest and the lowest
 * product of the steps so far (a negative step turns one into the other); floating-point products
 * are monotone in each factor, so this is exactly the highest of the paths' computed scores.
 */
function bestScore(g: NumberedGraph, field: PartyField, actor: number, scratch: Scratch): number {
  const { high, low, stamp } = scratch;
  let layer = [actor];
  scratch.clock += 1;
  stamp[actor] = scratch.clock;
  high[actor] = 1;
  low[actor] = 1;
  for (let left = field.distance[actor]!; left > 0; left -= 1) {
    const next: number[] = [];
    const clock = ++scratch.clock;
    for (const at of layer) {
      const atHigh = high[at]!;
      const atLow = low[at]!;
      for (let k = g.start[at]!; k < g.start[at + 1]!; k += 1) {
        const to = g.neighbour[k]!;
        if (field.distance[to] !== left - 1 || (to !== field.party && g.isParty[to] === 1)) continue;
        const w = g.weight[k]!;
        const a = atHigh * w;
        const b = atLow * w;
        if (stamp[to] !== clock) {
          stamp[to] = clock;
          high[to] = Math.max(a, b);
          low[to] = Math.min(a, b);
          next.push(to);
        } else {
          high[to] = Math.max(high[to]!, a, b);
          low[to] = Math.min(low[to]!, a, b);
        }
      }
    }
    layer = next;
  }
  return layer.includes(field.party) ? high[field.party]! : Number.NEGATIVE_INFINITY;
}

/** The party each actor leans toward with a score of at least `minScore` (or null): leanOf's answer, compared the same way. */
export function partyLeans(
  graph: VisibleGraph,
  adjacency: Adjacency,
  actorIds: Iterable<string>,
  minScore: number,
): Map<string, string | null> {
  const g = numbered(graph, adjacency);
  const fields: PartyField[] = [];
  g.isParty.forEach((flag, i) => {
    if (flag === 1) fields.push(fieldOf(g, i));
  });
  const n = g.actors.length;
  const scratch: Scratch = { high: new Float64Array(n), low: new Float64Array(n), stamp: new Int32Array(n), clock: 0 };
  const leans = new Map<string, string | null>();
  for (const id of actorIds) {
    if (leans.has(id)) continue;
    const actor = g.index.get(id);
    if (actor === undefined) {
      leans.set(id, null);
      continue;
    }
    if (g.isParty[actor] === 1) {
      // A party leans toward itself (score 1).
      leans.set(id, 1 >= minScore ? id : null);
      continue;
    }
    const reached = fields.filter((field) => field.distance[actor]! > 0);
    if (reached.some((field) => field.paths[actor]! > EXAMINED_PATHS)) {
      const lean = leanOf(graph, id, linksToParties(graph, adjacency, id, LEAN_DEPTH));
      leans.set(id, lean && lean.score >= minScore ? lean.partyId : null);
      continue;
    }
    // As leanOf: the positive scores (rounded as the links carry them), highest first, then
    // nearest, then by name, then in the graph's order (linksToParties' order).
    let best: { party: VisibleActor; order: number; score: number; distance: number } | null = null;
    for (const field of reached) {
      const score = round(bestScore(g, field, actor, scratch));
      if (!(score > 0)) continue;
      const party = g.actors[field.party]!;
      const distance = field.distance[actor]!;
      const byName = best === null ? 0 : party.name.localeCompare(best.party.name);
      const better =
        best === null ||
        score > best.score ||
        (score === best.score &&
          (distance < best.distance || (distance === best.distance && (byName < 0 || (byName === 0 && field.party < best.order)))));
      if (better) best = { party, order: field.party, score, distance };
    }
    leans.set(id, best && best.score >= minScore ? best.party.id : null);
  }
  return leans;
}
