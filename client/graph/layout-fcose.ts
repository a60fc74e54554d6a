/**
 * The force-directed layout (fCoSE) as a pure computation on plain data, so it can run in a Web
 * Worker and a 2,000-actor map never freezes the tab. fCoSE has no seed option and starts from
 * random positions, so `Math.random` is swapped for a seeded generator while it runs: the same
 * data always gives the same picture, which users need to find their way back to an actor, and
 * which screenshots and browser tests need too. Pinned nodes are fixed constraints. The result
 * does not depend on the screen (the page stretches it to the map's shape, see stretch.ts), so the
 * first layout can start before the page has laid itself out.
 */
import cytoscape, { type EdgeSingular, type LayoutOptions, type NodeSingular } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { FcoseInput, Positions } from './fcose-input.js';
import { separateOverlaps } from './overlap.js';

cytoscape.use(fcose);

const LAYOUT_SEED = 0x5eed;

/** mulberry32: a tiny, good-enough seeded PRNG. */
function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Positions for every node; deterministic for the same input. */
export function computeFcose(input: FcoseInput): Positions {
  if (input.nodes.length === 0) return {};
  const large = input.nodes.length > 800;
  const sizeOf = new Map(input.nodes.map((node) => [node.id, node.size]));
  // The draft layout (spectral only) reads node sizes just to centre the map, so a large map
  // skips styles, a third of its time: it comes out shifted a few pixels, which the fit hides.
  const cy = cytoscape({
    headless: true,
    styleEnabled: !large,
    style: large ? [] : [{ selector: 'node', style: { width: 'data(size)', height: 'data(size)' } }],
  });
  // Added after creation rather than as the `elements` option, which first places every node
  // with a throw-away layout.
  cy.add([
    ...input.nodes.map((node) => ({ group: 'nodes' as const, data: { id: node.id, size: node.size } })),
    ...input.edges.map((edge) => ({ group: 'edges' as const, data: { ...edge } })),
  ]);
  const systemRandom = Math.random;
  Math.random = seededRandom(LAYOUT_SEED);
  try {
    cy.layout({
      name: 'fcose',
      // "draft" is the spectral step only: a second for 2,000 actors instead of a minute.
      quality: large ? 'draft' : 'default',
      randomize: true,
      animate: false,
      fit: false,
      nodeDimensionsIncludeLabels: false,
      packComponents: true,
      nodeSeparation: 75,
      idealEdgeLength: (edge: EdgeSingular) => 85 - 10 * Number(edge.data('strength')),
      // Big (influential) actors push others further away.
      nodeRepulsion: (node: NodeSingular) => 8000 + 30 * (sizeOf.get(node.id()) ?? 16) ** 2,
      edgeElasticity: () => 0.45,
      gravity: 0.1,
      gravityRange: 2.5,
      numIter: large ? 1000 : 2500,
      tile: true,
      fixedNodeConstraint: input.fixed.length > 0 ? input.fixed.map(({ id, x, y }) => ({ nodeId: id, position: { x, y } })) : undefined,
    } as unknown as LayoutOptions).run();
  } finally {
    Math.random = systemRandom;
  }
  const discs = cy.nodes().map((node) => ({ id: node.id(), ...node.position(), r: (sizeOf.get(node.id()) ?? 16) / 2, fixed: false }));
  cy.destroy();
  const fixedIds = new Map(input.fixed.map((pin) => [pin.id, pin]));
  for (const disc of discs) {
    const pin = fixedIds.get(disc.id);
    if (pin) Object.assign(disc, { x: pin.x, y: pin.y, fixed: true });
  }
  separateOverlaps(discs);
  return Object.fromEntries(discs.map((disc) => [disc.id, { x: disc.x, y: disc.y }]));
}
