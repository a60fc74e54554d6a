/**
 * Runs the chosen layout over every actor (shown or filtered out, so filtering never moves
 * anyone) and applies the positions in one batch. Pinned actors keep their place in every layout.
 * fCoSE runs in a Web Worker (layout-worker-client.ts); if workers are unavailable it runs here.
 */
import type { Core, NodeCollection, NodeSingular } from 'cytoscape';
import type { AdminArea, GraphNodeData, MapLayout } from '../../server/contracts/index.js';
import { fcoseInputOf, type FcoseInput, type Positions } from './fcose-input.js';
import { concentricByInfluence, groupByArea, groupByKind, type Arrangement } from './layout-groups.js';
import { layoutInWorker } from './layout-worker-client.js';
import { stretchToAspect } from './stretch.js';

/**
 * fCoSE in the Web Worker, or here when the browser has none. The worker has its own copy of
 * fCoSE, so the page loads one (125 kB) only then.
 */
function fcoseOffThread(input: FcoseInput): Promise<Positions> {
  return layoutInWorker(input) ?? import('./layout-fcose.js').then(({ computeFcose }) => computeFcose(input));
}

/** What a layout needs to know about the map: the actors (with current positions), the ties. */
export interface LayoutGraph {
  nodes: GraphNodeData[];
  edges: { id: string; source: string; target: string; strength: number }[];
  positions: Positions;
  aspect: number;
  /** The map's size in pixels, which the grouped layouts fit. */
  viewport: { width: number; height: number };
}

/** The map's size less the padding `fit` keeps all round. */
export function mapViewport(cy: Core, padding = 30): { width: number; height: number } {
  return { width: Math.max(1, cy.width() - 2 * padding), height: Math.max(1, cy.height() - 2 * padding) };
}

/** The layout input read from the drawn map. */
export function layoutGraphOf(cy: Core): LayoutGraph {
  return {
    nodes: cy.nodes().map((node) => node.data() as GraphNodeData),
    edges: cy
      .edges()
      .map((edge) => ({ id: edge.id(), source: edge.source().id(), target: edge.target().id(), strength: Number(edge.data('strength')) })),
    positions: Object.fromEntries(cy.nodes().map((node) => [node.id(), { ...node.position() }])),
    aspect: cy.width() / Math.max(1, cy.height()),
    viewport: mapViewport(cy, 30),
  };
}

/** Positions (and group captions) for `layout`; pinned actors are left where they are. */
export async function computeLayout(
  graph: LayoutGraph,
  layout: MapLayout,
  pinned: ReadonlySet<string>,
  areasById: ReadonlyMap<string, AdminArea>,
): Promise<Arrangement> {
  const { aspect } = graph;
  if (layout === 'fcose') {
    const fixed = graph.nodes
      .filter((node) => pinned.has(node.id) && graph.positions[node.id])
      .map((node) => ({ id: node.id, ...graph.positions[node.id]! }));
    const positions = await fcoseOffThread(fcoseInputOf(graph.nodes, graph.edges, fixed));
    // Pinned actors stay where they were put, so only a map without pins is stretched.
    return { positions: fixed.length === 0 ? stretchToAspect(positions, aspect) : positions, captions: [] };
  }
  const free = graph.nodes.filter((node) => !pinned.has(node.id));
  if (layout === 'concentric') return concentricByInfluence(free);
  if (layout === 'by_kind') return groupByKind(free, graph.viewport);
  return groupByArea(free, areasById, graph.viewport);
}

/** Move the nodes to `positions` in one batch (pinned ones stay). */
export function applyPositions(cy: Core, positions: Positions, pinned: ReadonlySet<string>): void {
  cy.batch(() => {
    cy.nodes().forEach((node) => {
      const position = positions[node.id()];
      if (position && !pinned.has(node.id())) node.position(position);
    });
  });
}

/**
 * A free spot for a new actor: near the middle of its already placed neighbours, else the middle
 * of the viewport, moved out along a spiral until it touches nobody. Nobody else moves.
 */
export function placeNewNode(cy: Core, node: NodeSingular, placed: Set<string>): void {
  const neighbours = node.neighborhood('node').filter((other) => placed.has(other.id())) as NodeCollection;
  const extent = cy.extent();
  const centre = neighbours.nonempty()
    ? {
        x: neighbours.map((n) => n.position('x')).reduce((a, b) => a + b, 0) / neighbours.length,
        y: neighbours.map((n) => n.position('y')).reduce((a, b) => a + b, 0) / neighbours.length,
      }
    : { x: (extent.x1 + extent.x2) / 2, y: (extent.y1 + extent.y2) / 2 };
  const others = cy.nodes().filter((other) => placed.has(other.id()) && other.id() !== node.id()) as NodeCollection;
  const clearance = 40;
  for (let i = 0; i < 400; i++) {
    const r = i === 0 ? 0 : 12 * Math.sqrt(i);
    const candidate = { x: centre.x + r * Math.cos(i * 2.39996), y: centre.y + r * Math.sin(i * 2.39996) };
    const touches = others.some(
      (other) =>
        Math.hypot((other as NodeSingular).position('x') - candidate.x, (other as NodeSingular).position('y') - candidate.y) < clearance,
    );
    if (!touches) {
      node.position(candidate);
      return;
    }
  }
  node.position(centre);
}
