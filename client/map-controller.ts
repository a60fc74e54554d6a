/**
 * Keeps the one Cytoscape instance in step with the state: merges new data (added actors placed
 * beside their neighbours, nobody else moved), runs the chosen layout on first load and when the
 * user changes it, shows filters/focus/path/selection/pins with classes, mirrors the viewport
 * into the view (and so into the URL), and applies saved positions. Map gestures become actions.
 */
import type { Core, NodeSingular } from 'cytoscape';
import type { SavedView } from '../server/contracts/index.js';
import { clearSelection, readSavedView, showActor, showTie } from './actions.js';
import { mountCaptions } from './graph/captions.js';
import { displayOf } from './graph/display.js';
import { download, exportPng, exportSvg } from './graph/export-image.js';
import { zoomToFit } from './graph/fit-zoom.js';
import type { Positions } from './graph/fcose-input.js';
import { applyPositions, computeLayout, layoutGraphOf, mapViewport, type LayoutGraph } from './graph/layouts.js';
import type { GraphNodeData } from '../server/contracts/index.js';
import { bringIntoView, refreshLabels, showDisplay, syncElements, zoomToActors } from './graph/map.js';
import { enableTieDrag } from './graph/tie-drag.js';
import { enableBoxChoice } from './bulk/bulk-map.js';
import { nodeSize } from './graph/visuals.js';
import * as store from './state.js';
import type { AppState } from './state.js';
import { t } from './i18n/i18n.js';
import { formatDay } from './ui/dates.js';

export interface MapControllerOptions {
  container: HTMLElement;
  captions: HTMLElement;
  tieOverlay: SVGSVGElement;
  panelWidth(): number;
  newTie(sourceId: string, targetId: string): void;
}

const FIT_PADDING = 30;
const MAX_FIT_ZOOM = 1.4;

export function mountMapController(cy: Core, options: MapControllerOptions) {
  const captionLayer = mountCaptions(cy, options.captions);
  const setDrawTie = enableTieDrag(cy, options.tieOverlay, options.newTie);
  let drawnElements: AppState['elements'] | null = null;
  let laidOut: string | null = null;
  let layoutToken = 0;
  let ready = false;
  let shownDisplay: unknown[] = [];
  let shownSelectionId: string | null = null;
  let shownFocus: AppState['view']['focus'] = null;
  let shownMode: string | null = null;
  let savedPositionsApplied = false;
  let firstDrawn = () => {};
  const firstDraw = new Promise<void>((resolve) => (firstDrawn = resolve));

  const fit = () => {
    captionLayer.fit(cy.elements(':visible'), FIT_PADDING, MAX_FIT_ZOOM);
  };

  const positions = (): SavedView['positions'] =>
    Object.fromEntries(
      cy.nodes().map((node) => [node.id(), { x: Number(node.position('x').toFixed(1)), y: Number(node.position('y').toFixed(1)) }]),
    );

  /**
   * The first map: laid out from the loaded data, then its actors are added in place with the
   * labels readable at the zoom it will be shown at, so it is styled and drawn once.
   */
  async function drawFirstMap(state: Readonly<AppState>): Promise<void> {
    const token = ++layoutToken;
    document.body.dataset.layoutRunning = 'true';
    const started = performance.now();
    const { positions: next, captions } = await computeLayout(firstLayoutGraph(state), state.view.layout, state.pinned, state.areasById);
    performance.measure(`actor-map:layout-${state.view.layout}`, { start: started });
    if (token !== layoutToken) return;
    const drawing = performance.now();
    const current = store.getState();
    drawnElements = current.elements;
    const { viewport } = current.view;
    syncElements(cy, drawnElements, { positions: next, zoom: viewport?.zoom ?? zoomToFitActors(displayOf(current).visible.nodes, next) });
    render(current);
    captionLayer.set(captions);
    if (viewport) cy.viewport({ zoom: viewport.zoom, pan: { x: viewport.x, y: viewport.y } });
    else fit();
    refreshLabels(cy);
    performance.measure('actor-map:first-draw', { start: drawing });
    delete document.body.dataset.layoutRunning;
    // Measured after the browser has painted the laid-out map.
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        window.__actorMap = { cy, firstDrawMs: Math.round(performance.now()) };
        ready = true;
        document.body.dataset.mapReady = 'true';
        firstDrawn();
      }),
    );
  }

  /** The zoom `fit` is about to choose for these actors at these positions (labels aside). */
  function zoomToFitActors(actors: readonly GraphNodeData[], at: Positions): number {
    const discs = actors.flatMap((actor) => (at[actor.id] ? [{ ...at[actor.id]!, size: nodeSize(actor.influence) }] : []));
    return zoomToFit(discs, cy.width(), cy.height(), { padding: FIT_PADDING, minZoom: cy.minZoom(), maxZoom: MAX_FIT_ZOOM });
  }

  /** The layout input for the first map, from the loaded data (nothing is placed yet). */
  function firstLayoutGraph(state: Readonly<AppState>): LayoutGraph {
    return {
      nodes: state.elements.nodes.map((node) => node.data as GraphNodeData),
      edges: state.elements.edges.map(({ data }) => ({ id: data.id, source: data.source, target: data.target, strength: data.strength })),
      positions: {},
      aspect: cy.width() / Math.max(1, cy.height()),
      viewport: mapViewport(cy, FIT_PADDING),
    };
  }

  /** Lay the drawn map out again (the user chose another layout); pinned actors stay. */
  async function runLayout(state: Readonly<AppState>): Promise<void> {
    const token = ++layoutToken;
    document.body.dataset.layoutRunning = 'true';
    const started = performance.now();
    const { positions: next, captions } = await computeLayout(layoutGraphOf(cy), state.view.layout, state.pinned, state.areasById);
    performance.measure(`actor-map:layout-${state.view.layout}`, { start: started });
    if (token !== layoutToken) return;
    const applied = performance.now();
    applyPositions(cy, next, state.pinned);
    // Which labels fit depends on where the actors now are.
    refreshLabels(cy);
    performance.measure('actor-map:apply-positions', { start: applied });
    captionLayer.set(captions);
    fit();
    delete document.body.dataset.layoutRunning;
  }

  const render = (state: Readonly<AppState>): void => {
    if (state.load.status !== 'ready') return;
    if (state.view.mode !== shownMode) {
      shownMode = state.view.mode;
      if (shownMode === 'map') {
        cy.resize();
      }
    }
    if (drawnElements === null && laidOut === null) {
      laidOut = state.view.layout;
      void applyFirstLayout(state);
    }
    if (drawnElements === null) return;
    if (state.elements !== drawnElements) {
      drawnElements = state.elements;
      const started = performance.now();
      syncElements(cy, state.elements);
      performance.measure('actor-map:sync-elements', { start: started });
    }
    if (laidOut !== state.view.layout) {
      laidOut = state.view.layout;
      void runLayout(state);
    }
    const display = displayOf(state);
    const { selection, focus } = state.view;
    const key = [display, selection, focus, state.pinned];
    if (!key.every((part, i) => part === shownDisplay[i])) {
      const previousDisplay = shownDisplay[0];
      shownDisplay = key;
      const started = performance.now();
      showDisplay(cy, display, selection, focus?.actorId ?? emphasisRoot(state), state.pinned);
      // What is shown, and so which labels fit, changed (filters, new actors).
      if (display !== previousDisplay && drawnElements !== null) refreshLabels(cy);
      const selectedId = selection?.id ?? null;
      const focusMoved = focus !== shownFocus && focus !== null && display.emphasis !== null;
      // A new focus zooms to its neighbourhood, beside the panel; otherwise a new selection is brought into view.
      if (ready && focusMoved && state.view.mode === 'map')
        zoomToActors(cy, display.emphasis!.nodes, options.panelWidth() || 380, MAX_FIT_ZOOM);
      else if (ready && selectedId && selectedId !== shownSelectionId && state.view.mode === 'map')
        bringIntoView(cy, selectedId, options.panelWidth() || 380);
      shownSelectionId = selectedId;
      shownFocus = focus;
      performance.measure('actor-map:show-display', { start: started });
    }
  };

  const emphasisRoot = (state: Readonly<AppState>) => state.view.path?.from ?? null;

  async function applyFirstLayout(state: Readonly<AppState>): Promise<void> {
    await drawFirstMap(state);
    const savedId = store.getState().savedViewId;
    if (savedId && !savedPositionsApplied) {
      const saved = await readSavedView(savedId);
      if (saved) {
        savedPositionsApplied = true;
        store.setPinned(new Set(saved.pinned));
        applyPositions(cy, saved.positions, new Set());
        refreshLabels(cy);
      }
    }
  }

  /** Apply a saved view's positions and viewport (its state is already in the store). */
  function applySavedView(saved: SavedView): void {
    layoutToken++;
    laidOut = saved.state.layout;
    applyPositions(cy, saved.positions, new Set());
    refreshLabels(cy);
    captionLayer.set([]);
    if (saved.state.viewport)
      cy.viewport({ zoom: saved.state.viewport.zoom, pan: { x: saved.state.viewport.x, y: saved.state.viewport.y } });
    else fit();
  }

  cy.on('tap', 'node', (event) => {
    const id = (event.target as NodeSingular).id();
    // Shift-click chooses the actor for a bulk action; Shift-drag on the background a whole box of them.
    if ((event.originalEvent as MouseEvent | undefined)?.shiftKey) store.toggleBulk(id);
    else showActor(id);
  });
  enableBoxChoice(cy);
  cy.on('tap', 'edge', (event) => showTie(event.target.id() as string));
  cy.on('tap', (event) => {
    if (event.target === cy) clearSelection();
  });
  // A node dragged by hand stays where it was put: it is pinned, and layouts leave it alone.
  cy.on('dragfree', 'node', (event) => {
    const id = (event.target as NodeSingular).id();
    refreshLabels(cy);
    const pinned = store.getState().pinned;
    if (!pinned.has(id)) store.setPinned(new Set([...pinned, id]));
  });
  let viewportTimer = 0;
  cy.on('viewport', () => {
    if (!ready || document.body.dataset.layoutRunning) return;
    window.clearTimeout(viewportTimer);
    viewportTimer = window.setTimeout(() => {
      if (store.getState().view.mode !== 'map') return;
      store.updateView({ viewport: { zoom: cy.zoom(), x: cy.pan().x, y: cy.pan().y } });
    }, 150);
  });

  return {
    render,
    /** Settles once the first map is painted. */
    firstDraw,
    fit,
    positions,
    applySavedView,
    setDrawTie,
    togglePin(id: string) {
      const pinned = new Set(store.getState().pinned);
      if (pinned.has(id)) pinned.delete(id);
      else pinned.add(id);
      store.setPinned(pinned);
    },
    async exportImage(format: 'png' | 'svg', title: string, scale: number, withoutIsolates = false) {
      const state = store.getState();
      const { visible } = displayOf(state);
      const tied = new Set(visible.edges.flatMap((edge) => [edge.source, edge.target]));
      const actors = withoutIsolates ? visible.nodes.filter((node) => tied.has(node.id)).length : visible.nodes.length;
      const subtitle = t('transfer.pictureSubtitle', {
        actors: t('header.actors', { count: actors }),
        ties: t('header.ties', { count: visible.edges.length }),
        withoutIsolates: String(withoutIsolates),
        date: formatDay(new Date().toISOString()),
        demo: String(state.demoData),
      });
      const svgText = exportSvg(cy, title, subtitle, { withoutIsolates });
      const slug =
        title
          .replace(/[^\p{L}\p{N}]+/gu, '-')
          .replace(/^-|-$/g, '')
          .toLowerCase()
          .slice(0, 60) || 'actor-map';
      const name = `${slug}${withoutIsolates ? '-tied-only' : ''}-${new Date().toISOString().slice(0, 10)}`;
      if (format === 'svg') download(new Blob([svgText], { type: 'image/svg+xml' }), `${name}.svg`);
      else download(await exportPng(svgText, scale), `${name}.png`);
      store.notify(t('transfer.pictureExported', { format: format.toUpperCase() }));
    },
  };
}
