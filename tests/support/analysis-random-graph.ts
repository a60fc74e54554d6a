/**
 * Seeded generator of large actor maps for the NetworkX comparison and the event-loop test: a
 * few hubs, clusters, directed and undirected ties, parallel ties and isolated actors, so every
 * branch of the centralities is exercised. Same seed, same graph.
 */
import { mulberry32 as seededRandom } from '../../server/random/mulberry32.js';
import type { RawGraph } from './analysis-networkx.js';

export function generateActorGraph(actorCount: number, tieCount: number, seed: number): RawGraph {
  const random = seededRandom(seed);
  const pick = (n: number) => Math.floor(random() * n);
  const nodes = Array.from({ length: actorCount }, (_, i) => `actor-${String(i).padStart(5, '0')}`);
  const isolated = Math.max(1, Math.floor(actorCount / 50));
  const linked = actorCount - isolated;
  const hubs = Math.max(1, Math.floor(linked / 100));
  const ties: RawGraph['ties'] = [];
  while (ties.length < tieCount) {
    const s = pick(linked);
    // A third of ties go to a hub; the rest stay within a cluster of 40 neighbouring ids.
    let t = random() < 0.33 ? pick(hubs) : Math.min(linked - 1, Math.max(0, s + pick(80) - 40));
    if (t === s) t = (s + 1) % linked;
    ties.push({ source: nodes[s] as string, target: nodes[t] as string, directed: random() < 0.4, strength: 1 + pick(3) });
  }
  return { nodes, ties };
}
