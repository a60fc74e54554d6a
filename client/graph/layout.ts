/**
 * The map layout: fCoSE, run synchronously (no animation). fCoSE has no seed option and starts
 * from random positions, so `Math.random` is swapped for a seeded generator while the layout
 * runs: the same data then always gives the same picture, which users need to find their way
 * back to an actor, and which screenshots and browser tests need too.
 */
import cytoscape, { type Core, type EdgeSingular, type LayoutOptions, type NodeSingular } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { GraphEdgeData, GraphNodeData } from '../../server/contracts/index.js';
import { separateOverlaps } from './overlap.js';
import { nodeSize } from './visuals.js';

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

/** Strong ties pull actors closer; big (influential) actors push others further away. */
const fcoseOptions = {
  name: 'fcose',
  quality: 'default',
  randomize: true,
  animate: false,
  // Fitted by `runLayout` after stretching to the viewport's shape.
  fit: false,
  nodeDimensionsIncludeLabels: false,
  packComponents: true,
  nodeSeparation: 75,
  idealEdgeLength: (edge: EdgeSingular) => 85 - 10 * (edge.data() as GraphEdgeData).strength,
  nodeRepulsion: (node: NodeSingular) => 8000 + 30 * nodeSize((node.data() as GraphNodeData).influence) ** 2,
  edgeElasticity: () => 0.45,
  gravity: 0.1,
  gravityRange: 2.5,
  numIter: 2500,
  tile: true,
} as const;

const FIT_PADDING = 24;
/** fCoSE makes roundish maps; widening them up to this factor uses a landscape screen better. */
const MAX_STRETCH = 1.5;

/** Lay out every element and fit it to the viewport; deterministic for the same elements in the same order. */
export function runLayout(cy: Core): void {
  if (cy.nodes().empty()) return;
  const systemRandom = Math.random;
  Math.random = seededRandom(LAYOUT_SEED);
  try {
    cy.layout(fcoseOptions as unknown as LayoutOptions).run();
  } finally {
    Math.random = systemRandom;
  }
  stretchToViewport(cy);
  separateOverlaps(cy);
  cy.fit(undefined, FIT_PADDING);
}

/** Spread the nodes horizontally (or vertically) towards the viewport's aspect ratio. */
function stretchToViewport(cy: Core): void {
  const box = cy.nodes().boundingBox({ includeLabels: false });
  if (box.w === 0 || box.h === 0 || cy.width() === 0 || cy.height() === 0) return;
  const ratio = cy.width() / cy.height() / (box.w / box.h);
  const sx = Math.min(MAX_STRETCH, Math.max(1, ratio));
  const sy = Math.min(MAX_STRETCH, Math.max(1, 1 / ratio));
  if (sx === 1 && sy === 1) return;
  const cx = box.x1 + box.w / 2;
  const cyMid = box.y1 + box.h / 2;
  cy.batch(() => {
    cy.nodes().positions((node) => {
      const { x, y } = node.position();
      return { x: cx + (x - cx) * sx, y: cyMid + (y - cyMid) * sy };
    });
  });
}
