/**
 * fCoSE at "default" quality can leave nodes on top of one another, which hides an actor
 * completely. This pass pushes overlapping pairs apart until every node has a small gap around
 * it (or the pass budget runs out). Quadratic per pass: fine for the few hundred actors a
 * mission maps; a spatial index would be the next step for thousands.
 */
import type { Core } from 'cytoscape';

const GAP = 6;
const MAX_PASSES = 30;

/** Move nodes (as little as possible) so that no two node discs overlap. Deterministic. */
export function separateOverlaps(cy: Core): void {
  const nodes = cy.nodes().toArray();
  const xs = nodes.map((node) => node.position('x'));
  const ys = nodes.map((node) => node.position('y'));
  const radii = nodes.map((node) => Math.max(node.width(), node.height()) / 2);

  for (let pass = 0; pass < MAX_PASSES; pass++) {
    let moved = false;
    for (let i = 0; i < nodes.length; i++) {
      for (let j = i + 1; j < nodes.length; j++) {
        const dx = xs[j]! - xs[i]!;
        const dy = ys[j]! - ys[i]!;
        const distance = Math.hypot(dx, dy);
        const needed = radii[i]! + radii[j]! + GAP;
        if (distance >= needed) continue;
        // Coincident nodes get a fixed direction so the result stays deterministic.
        const [ux, uy] = distance > 0.01 ? [dx / distance, dy / distance] : [Math.cos(i + j), Math.sin(i + j)];
        const push = (needed - distance) / 2;
        xs[i]! -= ux * push;
        ys[i]! -= uy * push;
        xs[j]! += ux * push;
        ys[j]! += uy * push;
        moved = true;
      }
    }
    if (!moved) break;
  }
  cy.batch(() => {
    nodes.forEach((node, index) => node.position({ x: xs[index]!, y: ys[index]! }));
  });
}
