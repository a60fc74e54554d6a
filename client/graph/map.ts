/**
 * The one Cytoscape instance. It is created once; new data is merged into it inside
 * `cy.batch()` (remove what went, add what came, update what changed) and selection is shown
 * with classes, so the map is never torn down and rebuilt.
 */
import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import type { GraphElements } from '../../server/contracts/index.js';
import { keepLabelsReadable } from './label-detail.js';
import { runLayout } from './layout.js';
import { CLASSES, buildStylesheet } from './stylesheet.js';

/** Re-applies label visibility for the current zoom; set by `createMap`. */
const labelRefreshers = new WeakMap<Core, () => void>();

/** Largest zoom the initial fit may use, so a map of a few actors is not blown up. */
const MAX_FIT_ZOOM = 1.4;

/** Create the map in `container`. Call once. */
export function createMap(container: HTMLElement): Core {
  const cy = cytoscape({
    container,
    style: buildStylesheet(),
    minZoom: 0.15,
    maxZoom: 4,
    boxSelectionEnabled: false,
    // Selection is app state (see state.ts), shown with classes; Cytoscape's own is off.
    autounselectify: true,
  });
  labelRefreshers.set(cy, keepLabelsReadable(cy));
  return cy;
}

/**
 * Make the drawn elements match `elements`. Lays the map out again only when actors or ties
 * were added or removed; data-only changes keep every position.
 */
export function syncElements(cy: Core, elements: GraphElements): void {
  const wanted = new Map<string, ElementDefinition>();
  elements.nodes.forEach((node, index) => {
    // Spread new nodes on a spiral until the layout places them: nodes stacked at the origin
    // make Cytoscape warn about edges it cannot draw.
    const angle = index * 2.39996;
    const radius = 20 * Math.sqrt(index + 1);
    wanted.set(node.data.id, {
      group: 'nodes',
      data: { ...node.data },
      position: { x: radius * Math.cos(angle), y: radius * Math.sin(angle) },
    });
  });
  for (const edge of elements.edges) wanted.set(edge.data.id, { group: 'edges', data: { ...edge.data } });

  let topologyChanged = false;
  cy.batch(() => {
    const stale = cy.elements().filter((ele) => wanted.get(ele.id())?.group !== ele.group());
    if (stale.nonempty()) {
      cy.remove(stale);
      topologyChanged = true;
    }
    const added: ElementDefinition[] = [];
    for (const [id, definition] of wanted) {
      const existing = cy.getElementById(id);
      if (existing.empty()) added.push(definition);
      else existing.data(definition.data);
    }
    if (added.length > 0) {
      // Nodes first, so every edge finds its ends.
      cy.add(added.sort((a, b) => (a.group === b.group ? 0 : a.group === 'nodes' ? -1 : 1)));
      topologyChanged = true;
    }
  });
  if (topologyChanged) {
    runLayout(cy);
    if (cy.zoom() > MAX_FIT_ZOOM) cy.zoom({ level: MAX_FIT_ZOOM, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  }
  labelRefreshers.get(cy)?.();
}

/** Highlight the selected actor and its ties, fading the rest; `null` clears the highlight. */
export function showSelection(cy: Core, actorId: string | null): void {
  cy.batch(() => {
    cy.elements().removeClass([CLASSES.selected, CLASSES.neighbour, CLASSES.faded]);
    if (actorId === null) return;
    const node = cy.getElementById(actorId);
    if (node.empty()) return;
    const neighbourhood = node.closedNeighborhood();
    node.addClass(CLASSES.selected);
    neighbourhood.not(node).addClass(CLASSES.neighbour);
    cy.elements().not(neighbourhood).addClass(CLASSES.faded);
  });
}

/** Pan (not zoom) so the actor is in view, when it is off screen or under the side panel. */
export function bringIntoView(cy: Core, actorId: string, coveredRightPx: number): void {
  const node = cy.getElementById(actorId);
  if (node.empty()) return;
  const { x, y } = node.renderedPosition();
  const visibleRight = cy.width() - coveredRightPx;
  const margin = 40;
  if (x > margin && x < visibleRight - margin && y > margin && y < cy.height() - margin) return;
  cy.animate({
    pan: { x: cy.pan().x + (visibleRight / 2 - x), y: cy.pan().y + (cy.height() / 2 - y) },
    duration: 250,
  });
}
