/**
 * Drag from one actor to another to start a tie: in "Draw tie" mode, or while holding Shift, a
 * press on an actor draws a line that follows the pointer (on an SVG overlay, so the graph's
 * elements are untouched); releasing on another actor opens the tie form with both ends filled.
 */
import type { Core, EventObject, NodeSingular } from 'cytoscape';
import { mayEdit } from '../ui/role.js';

export function enableTieDrag(cy: Core, overlay: SVGSVGElement, onTie: (sourceId: string, targetId: string) => void) {
  let drawMode = false;
  let source: NodeSingular | null = null;
  const line = document.createElementNS('http://www.w3.org/2000/svg', 'line');
  line.setAttribute('stroke', '#1B1B1B');
  line.setAttribute('stroke-width', '2.5');
  line.setAttribute('stroke-dasharray', '6 4');
  overlay.append(line);
  overlay.style.display = 'none';

  const shiftHeld = (event: EventObject) => (event.originalEvent as MouseEvent | undefined)?.shiftKey === true;

  cy.on('tapstart', 'node', (event) => {
    // Roles without `edit` draw nothing: the tie form would only be refused on saving.
    if ((!drawMode && !shiftHeld(event)) || !mayEdit()) return;
    source = event.target as NodeSingular;
    // The actor must not move while a tie is drawn from it.
    source.ungrabify();
    cy.userPanningEnabled(false);
    const { x, y } = source.renderedPosition();
    for (const [k, v] of [
      ['x1', x],
      ['y1', y],
      ['x2', x],
      ['y2', y],
    ] as const)
      line.setAttribute(k, String(v));
    overlay.style.display = 'block';
  });
  cy.on('tapdrag', (event) => {
    if (!source) return;
    line.setAttribute('x2', String(event.renderedPosition.x));
    line.setAttribute('y2', String(event.renderedPosition.y));
  });
  cy.on('tapend', (event) => {
    if (!source) return;
    const from = source;
    source = null;
    from.grabify();
    cy.userPanningEnabled(true);
    overlay.style.display = 'none';
    const { x, y } = event.position;
    // The node under the pointer at release (the event target is the node the gesture began on).
    const target = cy.nodes(':visible').filter((node) => {
      const box = node.boundingBox({ includeLabels: false });
      return x >= box.x1 && x <= box.x2 && y >= box.y1 && y <= box.y2;
    });
    const hit = target.filter((node) => node.id() !== from.id()).first();
    if (hit.nonempty()) onTie(from.id(), hit.id());
  });

  return (on: boolean) => {
    drawMode = on;
    cy.autoungrabify(on);
  };
}
