/**
 * The one Cytoscape instance. It is created once; new data is merged into it inside
 * `cy.batch()` (remove what went, add what came, update what changed) and everything the user
 * chooses to see (filters, focus, path, selection, pins) is shown with classes, so the map is
 * never torn down and rebuilt. Added actors are placed beside their neighbours; nobody else moves.
 */
import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import type { GraphElements } from '../../server/contracts/index.js';
import type { Display } from './display.js';
import { keepLabelsReadable } from './label-detail.js';
import type { Positions } from './layout-fcose.js';
import { placeNewNode } from './layouts.js';
import { CLASSES, buildStylesheet } from './stylesheet.js';

/** Re-applies label visibility for the current zoom; set by `createMap`. */
const labelRefreshers = new WeakMap<Core, () => void>();

/** Above this many actors, ties are hidden while panning and zooming so the map stays fluid. */
export const LARGE_MAP_ACTORS = 800;

/** Create the map in `container`. Call once. `webgl` asks for Cytoscape's WebGL renderer. */
export function createMap(container: HTMLElement, options: { webgl: boolean }): Core {
  const cy = cytoscape({
    container,
    style: buildStylesheet(),
    minZoom: 0.05,
    maxZoom: 4,
    boxSelectionEnabled: false,
    // Selection is app state (see state.ts), shown with classes; Cytoscape's own is off.
    autounselectify: true,
    ...(options.webgl ? ({ renderer: { name: 'canvas', webgl: true } } as object) : {}),
  });
  labelRefreshers.set(cy, keepLabelsReadable(cy));
  return cy;
}

/**
 * Make the drawn elements match `elements`. Returns the ids of added actors (already placed near
 * their neighbours unless this is the first load, when the caller runs the layout).
 */
export function syncElements(cy: Core, elements: GraphElements, firstLoad: boolean, initialPositions: Positions = {}): string[] {
  const wanted = new Map<string, ElementDefinition>();
  for (const node of elements.nodes) wanted.set(node.data.id, { group: 'nodes', data: { ...node.data } });
  for (const edge of elements.edges) wanted.set(edge.data.id, { group: 'edges', data: { ...edge.data } });
  const placed = new Set(cy.nodes().map((node) => node.id()));
  const addedNodes: string[] = [];
  cy.batch(() => {
    const stale = cy.elements().filter((ele) => wanted.get(ele.id())?.group !== ele.group());
    if (stale.nonempty()) cy.remove(stale);
    const added: ElementDefinition[] = [];
    for (const [id, definition] of wanted) {
      const existing = cy.getElementById(id);
      if (existing.empty()) added.push(definition);
      else existing.data(definition.data);
    }
    // Nodes first, so every edge finds its ends; new nodes start on a spiral so none stack up.
    added.sort((a, b) => (a.group === b.group ? 0 : a.group === 'nodes' ? -1 : 1));
    added.forEach((definition, index) => {
      if (definition.group !== 'nodes') return;
      addedNodes.push(String(definition.data.id));
      const radius = 20 * Math.sqrt(index + 1);
      definition.position = initialPositions[String(definition.data.id)] ?? { x: radius * Math.cos(index * 2.39996), y: radius * Math.sin(index * 2.39996) };
    });
    if (added.length > 0) cy.add(added);
  });
  if (!firstLoad && addedNodes.length > 0) {
    cy.batch(() => {
      for (const id of addedNodes) {
        placeNewNode(cy, cy.$id(id), placed);
        placed.add(id);
      }
    });
  }
  // Hiding ties while the viewport moves keeps a 2,000-actor map fluid. The renderer reads this
  // flag on every frame; Cytoscape only exposes it as an init option, so it is set here once the
  // size of the map is known.
  const large = elements.nodes.length > LARGE_MAP_ACTORS;
  const renderer = (cy as unknown as { renderer?: () => { hideEdgesOnViewport?: boolean } }).renderer?.();
  if (renderer) renderer.hideEdgesOnViewport = large;
  // Straight ties draw far faster than bundled curves; on a large map parallel ties are not legible anyway.
  cy.batch(() => cy.edges().toggleClass(CLASSES.straight, large));
  labelRefreshers.get(cy)?.();
  return addedNodes;
}

/** Show the display and the selection with classes, in one batch. */
export function showDisplay(
  cy: Core,
  display: Display,
  selection: { type: 'actor' | 'tie'; id: string } | null,
  focusRoot: string | null,
  pinned: ReadonlySet<string>,
): void {
  const { visible, emphasis, path } = display;
  cy.batch(() => {
    cy.elements().forEach((ele) => {
      const id = ele.id();
      const shown = ele.isNode() ? visible.nodeIds.has(id) : visible.edgeIds.has(id);
      ele.toggleClass(CLASSES.hidden, !shown);
      const strong = emphasis === null || (ele.isNode() ? emphasis.nodes.has(id) : emphasis.edges.has(id));
      ele.toggleClass(CLASSES.faded, shown && !strong);
      ele.toggleClass(CLASSES.onPath, path !== null && (ele.isNode() ? path.nodes.has(id) : path.edges.has(id)));
      ele.removeClass([CLASSES.selected, CLASSES.neighbour]);
      if (ele.isNode()) {
        ele.toggleClass(CLASSES.focusRoot, id === focusRoot);
        ele.toggleClass(CLASSES.pinned, pinned.has(id));
      }
    });
    if (selection?.type === 'tie') cy.getElementById(selection.id).addClass(CLASSES.selected);
    if (selection?.type === 'actor') {
      const node = cy.getElementById(selection.id);
      if (node.nonempty()) {
        node.addClass(CLASSES.selected);
        // Without a focus or path, the selected actor's own ties are highlighted and the rest faded.
        if (emphasis === null) {
          const around = node.closedNeighborhood().filter((ele) => !ele.hasClass(CLASSES.hidden));
          around.not(node).addClass(CLASSES.neighbour);
          cy.elements().not(around).filter((ele) => !ele.hasClass(CLASSES.hidden)).addClass(CLASSES.faded);
        }
      }
    }
  });
}

/** Pan (not zoom) so the element is in view, when it is off screen or under the side panel. */
export function bringIntoView(cy: Core, id: string, coveredRightPx: number): void {
  const ele = cy.getElementById(id);
  if (ele.empty()) return;
  const { x, y } = ele.isEdge() ? ele.renderedMidpoint() : (ele as cytoscape.NodeSingular).renderedPosition();
  const visibleRight = cy.width() - coveredRightPx;
  const margin = 40;
  if (x > margin && x < visibleRight - margin && y > margin && y < cy.height() - margin) return;
  cy.animate({ pan: { x: cy.pan().x + (visibleRight / 2 - x), y: cy.pan().y + (cy.height() / 2 - y) }, duration: 200 });
}
