/**
 * The one Cytoscape instance. It is created once; new data is merged into it inside
 * `cy.batch()` (remove what went, add what came, update what changed) and everything the user
 * chooses to see (filters, focus, path, selection, pins) is shown with classes, so the map is
 * never torn down and rebuilt. Added actors are placed beside their neighbours; nobody else moves.
 * The first map's actors are added already laid out, with the labels readable at the zoom it
 * will be shown at, so it is styled and drawn once.
 */
import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import type { GraphElements } from '../../server/contracts/index.js';
import type { Display } from './display.js';
import { keepLabelsReadable, labelReadableAt } from './label-detail.js';
import type { Positions } from './fcose-input.js';
import { placeNewNode } from './layouts.js';
import { CLASSES, buildStylesheet } from './stylesheet.js';

/** Re-applies label visibility for the current (or a given) zoom; set by `createMap`. */
const labelRefreshers = new WeakMap<Core, (zoom?: number) => void>();

/** Above this many actors, ties are hidden while panning and zooming so the map stays fluid. */
export const LARGE_MAP_ACTORS = 800;

/** Where the first map's actors go, and the zoom it is about to be shown at. */
export interface FirstPlacement {
  positions: Positions;
  zoom: number;
}

/** Create the map in `container`. Call once. `webgl` asks for Cytoscape's WebGL renderer. */
export function createMap(container: HTMLElement, options: { webgl: boolean }): Core {
  const cy = cytoscape({
    container,
    style: buildStylesheet(),
    minZoom: 0.05,
    maxZoom: 4,
    // Shift-drag on the background draws a box that chooses actors for a bulk action (bulk-map.ts).
    boxSelectionEnabled: true,
    // Cytoscape's default wheel step is about 3 % a notch: 20 notches to zoom in less than twice.
    // This gives about 11 % a notch (Cytoscape warns once in the console that it is custom).
    wheelSensitivity: 3.5,
    // Selection is app state (see state.ts), shown with classes; Cytoscape's own is off.
    autounselectify: true,
    ...(options.webgl ? ({ renderer: { name: 'canvas', webgl: true } } as object) : {}),
  });
  labelRefreshers.set(cy, keepLabelsReadable(cy));
  return cy;
}

/** Show or hide labels for the current zoom now, rather than on the next frame. */
export function refreshLabels(cy: Core): void {
  labelRefreshers.get(cy)?.();
}

/**
 * Make the drawn elements match `elements`. Returns the ids of added actors: placed where `first`
 * says on the first load, else near their neighbours.
 */
export function syncElements(cy: Core, elements: GraphElements, first: FirstPlacement | null = null): string[] {
  // Straight ties draw far faster than bundled curves; on a large map parallel ties are not legible anyway.
  const large = elements.nodes.length > LARGE_MAP_ACTORS;
  const edgeClasses = large ? [CLASSES.straight] : [];
  // Classes are given as elements are added: each one changed later costs its element a restyle.
  const zoom = first?.zoom ?? cy.zoom();
  const nodeClasses = (influence: number | null) => (labelReadableAt(influence, zoom) ? [] : [CLASSES.labelHidden]);
  const wanted = new Map<string, ElementDefinition>();
  for (const node of elements.nodes)
    wanted.set(node.data.id, { group: 'nodes', data: { ...node.data }, classes: nodeClasses(node.data.influence) });
  for (const edge of elements.edges) wanted.set(edge.data.id, { group: 'edges', data: { ...edge.data }, classes: edgeClasses });
  const placed = new Set(cy.nodes().map((node) => node.id()));
  const addedNodes: string[] = [];
  cy.batch(() => {
    const stale = cy.elements().filter((ele) => wanted.get(ele.id())?.group !== ele.group());
    if (stale.nonempty()) cy.remove(stale);
    const added: ElementDefinition[] = [];
    // Into an empty map everything is new: no need to look each element up.
    const empty = cy.elements().empty();
    for (const [id, definition] of wanted) {
      const existing = empty ? null : cy.getElementById(id);
      if (!existing || existing.empty()) added.push(definition);
      else existing.data(definition.data);
    }
    // Nodes first, so every edge finds its ends; new nodes start on a spiral so none stack up.
    added.sort((a, b) => (a.group === b.group ? 0 : a.group === 'nodes' ? -1 : 1));
    added.forEach((definition, index) => {
      if (definition.group !== 'nodes') return;
      addedNodes.push(String(definition.data.id));
      const radius = 20 * Math.sqrt(index + 1);
      const laidOut = first?.positions[String(definition.data.id)];
      // A copy: Cytoscape keeps the object it is given and moves it with the node.
      definition.position = laidOut ? { ...laidOut } : { x: radius * Math.cos(index * 2.39996), y: radius * Math.sin(index * 2.39996) };
    });
    if (added.length > 0) cy.add(added);
  });
  if (!first && addedNodes.length > 0) {
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
  const renderer = (cy as unknown as { renderer?: () => { hideEdgesOnViewport?: boolean } }).renderer?.();
  if (renderer) renderer.hideEdgesOnViewport = large;
  // Ties already drawn follow when the map grows past (or shrinks below) the threshold.
  if (!first) cy.batch(() => cy.edges().toggleClass(CLASSES.straight, large));
  labelRefreshers.get(cy)?.(zoom);
  return addedNodes;
}

/**
 * Show the display and the selection with classes, in one batch. Each element's classes are
 * worked out first and only the ones that differ are changed: on a large map most calls would
 * otherwise be no-ops that still cost Cytoscape a collection each.
 */
export function showDisplay(
  cy: Core,
  display: Display,
  selection: { type: 'actor' | 'tie'; id: string } | null,
  focusRoot: string | null,
  pinned: ReadonlySet<string>,
): void {
  const { visible, emphasis, path } = display;
  const isShown = (ele: cytoscape.SingularElementArgument) =>
    ele.isNode() ? visible.nodeIds.has(ele.id()) : visible.edgeIds.has(ele.id());
  // Without a focus or path, the selected actor's own ties are highlighted and the rest faded.
  const selectedActor = selection?.type === 'actor' ? cy.getElementById(selection.id) : null;
  const around =
    selectedActor?.nonempty() && emphasis === null
      ? new Set(
          selectedActor
            .closedNeighborhood()
            .filter(isShown)
            .map((ele) => ele.id()),
        )
      : null;
  cy.batch(() => {
    cy.elements().forEach((ele) => {
      const id = ele.id();
      const node = ele.isNode();
      const shown = node ? visible.nodeIds.has(id) : visible.edgeIds.has(id);
      const strong = emphasis === null || (node ? emphasis.nodes.has(id) : emphasis.edges.has(id));
      const selected = selection !== null && id === selection.id && node === (selection.type === 'actor');
      setClass(ele, CLASSES.hidden, !shown);
      setClass(ele, CLASSES.faded, shown && (!strong || (around !== null && !around.has(id))));
      setClass(ele, CLASSES.onPath, path !== null && (node ? path.nodes.has(id) : path.edges.has(id)));
      setClass(ele, CLASSES.selected, selected);
      setClass(ele, CLASSES.neighbour, around !== null && around.has(id) && !selected);
      if (node) {
        setClass(ele, CLASSES.focusRoot, id === focusRoot);
        setClass(ele, CLASSES.pinned, pinned.has(id));
      }
    });
  });
}

function setClass(ele: cytoscape.SingularElementArgument, name: string, on: boolean): void {
  if (ele.hasClass(name) !== on) ele.toggleClass(name, on);
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

/**
 * Zoom to a set of actors (a focus neighbourhood) in the part of the map the panel leaves free,
 * no closer than `maxZoom`.
 */
export function zoomToActors(cy: Core, ids: Iterable<string>, coveredRightPx: number, maxZoom: number): void {
  const nodes = cy.collection();
  for (const id of ids) nodes.merge(cy.getElementById(id));
  if (nodes.empty()) return;
  const box = nodes.boundingBox({ includeLabels: true });
  const padding = 40;
  const freeWidth = Math.max(100, cy.width() - coveredRightPx);
  const zoom = Math.min(maxZoom, (freeWidth - 2 * padding) / Math.max(box.w, 1), (cy.height() - 2 * padding) / Math.max(box.h, 1));
  const level = Math.max(cy.minZoom(), zoom);
  const centre = { x: box.x1 + box.w / 2, y: box.y1 + box.h / 2 };
  cy.animate({ zoom: level, pan: { x: freeWidth / 2 - centre.x * level, y: cy.height() / 2 - centre.y * level }, duration: 250 });
}
