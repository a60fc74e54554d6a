/**
 * What the force-directed layout (layout-fcose.ts) is given and gives back, and how it is made
 * from the map's actors and ties. Kept apart from the layout itself (which carries Cytoscape and
 * fCoSE) so that the page's first script can ask for the first layout as soon as the map's data
 * arrives: it builds its request with the same function as the workbench, so the two requests
 * are equal and share one computation (see layout-worker-client.ts).
 */
import { nodeSize } from './visuals.js';

export interface FcoseInput {
  nodes: { id: string; size: number }[];
  edges: { id: string; source: string; target: string; strength: number }[];
  /** Pinned nodes and where they are. */
  fixed: { id: string; x: number; y: number }[];
}

export type Positions = Record<string, { x: number; y: number }>;

/** The layout request for these actors and ties; `fixed` are the pinned actors' places. */
export function fcoseInputOf(
  actors: readonly { id: string; influence: number | null }[],
  ties: readonly { id: string; source: string; target: string; strength: number }[],
  fixed: FcoseInput['fixed'] = [],
): FcoseInput {
  return {
    nodes: actors.map((actor) => ({ id: actor.id, size: nodeSize(actor.influence) })),
    edges: ties.map(({ id, source, target, strength }) => ({ id, source, target, strength })),
    fixed,
  };
}

/** True when two requests would give the same positions. */
export function sameFcoseInput(a: FcoseInput, b: FcoseInput): boolean {
  const sameList = <T>(x: readonly T[], y: readonly T[], same: (p: T, q: T) => boolean) =>
    x.length === y.length && x.every((item, index) => same(item, y[index]!));
  return (
    sameList(a.nodes, b.nodes, (p, q) => p.id === q.id && p.size === q.size) &&
    sameList(a.edges, b.edges, (p, q) => p.id === q.id && p.source === q.source && p.target === q.target && p.strength === q.strength) &&
    sameList(a.fixed, b.fixed, (p, q) => p.id === q.id && p.x === q.x && p.y === q.y)
  );
}
