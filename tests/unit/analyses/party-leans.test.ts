/**
 * The leans of many actors at once (server/analyses/party-leans.ts) against the lean each actor
 * gets alone (leanOf over linksToParties, as the conflict-ties analysis finds it), on seeded random
 * graphs: parties tied to each other, several ties between one pair, opposition and contact ties,
 * hubs with more shortest paths to a party than linksToParties examines, actors tied to nothing.
 */
import { mulberry32 as random } from '../../../server/random/mulberry32.js';
import { describe, expect, it } from 'vitest';
import { partyLeans } from '../../../server/analyses/party-leans.js';
import { EXAMINED_PATHS, leanOf, linksToParties } from '../../../server/analyses/party-links.js';
import { buildAdjacency } from '../../../server/analyses/path-search.js';
import type { VisibleActor, VisibleGraph, VisibleTie } from '../../../server/analyses/visible-graph.js';
import { CONFIDENCE_LEVELS, type TieType } from '../../../server/contracts/index.js';

const TYPES: TieType[] = [
  'allied_with',
  'cooperates_with',
  'communicates_with',
  'influences',
  'funds',
  'in_conflict_with',
  'mediates_between',
];

function randomGraph(seed: number, actors: number, ties: number, parties: number, hubs: number): VisibleGraph {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const list: VisibleActor[] = Array.from({ length: actors }, (_, i) => ({
    id: `a${String(i).padStart(3, '0')}`,
    // Two parties share a name now and then: the name tie-break then falls to the graph's order.
    name: i < parties ? `Party ${i % Math.max(1, parties - 1)}` : `Actor ${i}`,
    kind: i < parties ? 'conflict_party' : 'civil_society',
    subtype: null,
    influence: null,
    doNoHarmRole: 'unknown',
    womenFocus: false,
    youthFocus: false,
    basedIn: [],
    activeIn: [],
  }));
  const tieList: VisibleTie[] = [];
  const add = (sourceId: string, targetId: string, fixed: Partial<VisibleTie> = {}) => {
    if (sourceId === targetId) return;
    tieList.push({
      id: `t${String(tieList.length).padStart(4, '0')}`,
      type: pick(TYPES),
      sourceId,
      targetId,
      directed: next() < 0.3,
      strength: 1 + Math.floor(next() * 3),
      confidence: pick(CONFIDENCE_LEVELS),
      outputId: null,
      evidenceGrade: 'unsourced',
      ...fixed,
    });
  };
  for (let i = 0; i < ties; i += 1) {
    const source = pick(list).id;
    add(source, pick(list).id);
    // Now and then a second tie between the same pair.
    if (next() < 0.1) add(source, tieList.at(-1)?.targetId ?? source);
  }
  // Hubs: tied to many actors and to a party, so that many actors have many shortest paths to it.
  for (let h = 0; h < hubs; h += 1) {
    const hub = list[parties + h]!;
    for (let i = 0; i < actors / 3; i += 1) add(hub.id, pick(list).id);
    add(hub.id, list[h % Math.max(parties, 1)]!.id);
  }
  // A fan: one actor, 12 actors it is tied to, each tied to the same 10 brokers of the first party:
  // 120 shortest paths of 3 steps, more than linksToParties examines. Only the last broker (the
  // last in linksToParties' order, so outside the paths it examines) is an ally of the party.
  if (hubs > 0 && actors >= parties + 30) {
    const strong = { type: 'allied_with', strength: 3, confidence: 'confirmed', directed: false } as const;
    const weak = { type: 'communicates_with', strength: 1, confidence: 'reported', directed: false } as const;
    const fan = list[actors - 1]!;
    const middle = list.slice(actors - 13, actors - 1);
    const brokers = list.slice(actors - 23, actors - 13);
    for (const m of middle) add(fan.id, m.id, strong);
    for (const m of middle) for (const b of brokers) add(m.id, b.id, strong);
    for (const b of brokers) add(b.id, list[0]!.id, b === brokers.at(-1) ? strong : weak);
  }
  return { actors: list, ties: tieList, byId: new Map(list.map((actor) => [actor.id, actor])), asOf: null };
}

/** The lean as linksToParties and leanOf find it, one actor at a time. */
function leanAlone(graph: VisibleGraph, id: string, minScore: number): string | null {
  const adjacency = buildAdjacency(graph, false);
  const lean = leanOf(graph, id, linksToParties(graph, adjacency, id, 3));
  return lean && lean.score >= minScore ? lean.partyId : null;
}

describe('partyLeans', () => {
  it('gives every actor the lean linksToParties and leanOf give it alone, on random graphs', () => {
    let leaning = 0;
    let manyPaths = 0;
    for (let seed = 1; seed <= 40; seed += 1) {
      const graph = randomGraph(seed, 30 + (seed % 5) * 25, 40 + (seed % 7) * 40, 1 + (seed % 5), seed % 3);
      const adjacency = buildAdjacency(graph, false);
      // Participants include an actor the graph does not hold (no lean) and repeats.
      const ids = [...graph.actors.map((actor) => actor.id), 'not-in-the-graph', graph.actors[0]!.id];
      for (const minScore of [0, 0.2]) {
        const fast = partyLeans(graph, adjacency, ids, minScore);
        for (const id of ids) {
          const want = id === 'not-in-the-graph' ? null : leanAlone(graph, id, minScore);
          expect(fast.get(id), `seed ${seed}, actor ${id}, min ${minScore}`).toBe(want);
          if (want !== null && graph.byId.get(id)?.kind !== 'conflict_party') leaning += 1;
        }
      }
      // Count the actors with more shortest paths to a party than linksToParties examines.
      for (const actor of graph.actors) {
        const found = linksToParties(graph, adjacency, actor.id, 3);
        if (found.links.some((link) => link.paths.length > 0 && countAll(graph, actor.id, link.party.id) > EXAMINED_PATHS)) manyPaths += 1;
      }
    }
    // The graphs gave the comparison something to compare, including the many-paths case.
    expect(leaning).toBeGreaterThan(200);
    expect(manyPaths).toBeGreaterThan(0);
  });
});

/** Shortest paths from `from` to `to`, never through another party (as linksToParties walks them), counted. */
function countAll(graph: VisibleGraph, from: string, to: string): number {
  const adjacency = buildAdjacency(graph, false);
  const isParty = (id: string) => graph.byId.get(id)?.kind === 'conflict_party';
  const dist = new Map([[from, 0]]);
  const count = new Map([[from, 1]]);
  let frontier = [from];
  for (let depth = 1; depth <= 3; depth += 1) {
    const next: string[] = [];
    for (const v of frontier) {
      if (v !== from && isParty(v)) continue;
      for (const u of new Set((adjacency.get(v) ?? []).map((arc) => arc.to))) {
        if (!dist.has(u)) {
          dist.set(u, depth);
          count.set(u, count.get(v)!);
          next.push(u);
        } else if (dist.get(u) === depth) count.set(u, count.get(u)! + count.get(v)!);
      }
    }
    frontier = next;
  }
  return count.get(to) ?? 0;
}
