/**
 * Entry point: find the page's elements, create the map once, connect state to renderers and
 * user gestures to actions, then load the data.
 *
 * Test hook: once the graph is drawn, `document.body.dataset.mapReady` is `'true'` and
 * `window.__actorMap.cy` is the Cytoscape instance, so browser tests can count drawn nodes and
 * select one with `window.__actorMap.cy.$id(id).emit('tap')`. It is not an API for features.
 */
import type { Core } from 'cytoscape';
import { closeActor, loadMap, showActor } from './actions.js';
import { bringIntoView, createMap, showSelection, syncElements } from './graph/map.js';
import { subscribe, type AppState } from './state.js';
import { mountHeader } from './ui/header.js';
import { mountLegend } from './ui/legend.js';
import { mountPanel } from './ui/panel.js';

declare global {
  interface Window {
    /** Test hook; see the header comment of client/main.ts. */
    __actorMap?: { cy: Core };
  }
}

function byId(id: string): HTMLElement {
  const element = document.getElementById(id);
  if (!element) throw new Error(`index.html has no #${id}`);
  return element;
}

const mapContainer = byId('map');
const panel = byId('actor-panel');
const cy = createMap(mapContainer);

/** Keeps the map in step with the state: elements when they change, selection as classes. */
function renderMap(): (state: Readonly<AppState>) => void {
  let drawnElements: AppState['elements'] | null = null;
  let shownActor: string | null = null;
  return (state) => {
    if (state.load.status === 'ready' && state.elements !== drawnElements) {
      drawnElements = state.elements;
      syncElements(cy, state.elements);
      window.__actorMap = { cy };
      document.body.dataset.mapReady = 'true';
    }
    const actorId = state.selection?.actorId ?? null;
    if (actorId !== shownActor) {
      shownActor = actorId;
      showSelection(cy, actorId);
      if (actorId !== null) bringIntoView(cy, actorId, panel.offsetWidth || 380);
    }
  };
}

cy.on('tap', 'node', (event) => void showActor(event.target.id() as string));
cy.on('tap', (event) => {
  if (event.target === cy) closeActor();
});

subscribe(renderMap());
subscribe(
  mountHeader({ demoBadge: byId('demo-badge'), summary: byId('map-summary'), status: byId('map-status') }, () => void loadMap()),
);
subscribe(mountLegend(byId('legend')));
subscribe(mountPanel(panel, { select: (id) => void showActor(id), close: closeActor }, mapContainer));

void loadMap();
