/**
 * The workbench, loaded by main.ts: read the view from the URL, create the map once, connect
 * state to renderers and user gestures to actions, then load the data. Map-specific wiring
 * (layouts, viewport, saved positions) is in map-controller.ts.
 *
 * Test hook: once the graph is laid out and drawn, `document.body.dataset.mapReady` is `'true'`
 * and `window.__actorMap` holds the Cytoscape instance and the time to first draw. It is not an
 * API for features.
 */
import { mountContestedList } from './evidence/contested-list.js';
import type { Core } from 'cytoscape';
import type { NetworkView } from './network-view.js';
import * as actions from './actions.js';
import { mountAnalysis } from './analysis/mount.js';
import { ensureSignedIn } from './auth/sign-in-gate.js';
import { startLanguage } from './i18n/start.js';
import { mountTransfers } from './transfer/mount.js';
import { mountBriefings } from './briefings/briefing-dialog.js';
import { mountDuplicateTools } from './merge/mount.js';
import { deleteActorById, deleteTieById, redo, showKeptHistory, undo } from './edit/edit-actions.js';
import { decodeView, encodeView } from './share/url-state.js';
import * as store from './state.js';
import { openActorForm } from './ui/forms/actor-form.js';
import { openTieForm } from './ui/forms/tie-form.js';
import { mountEmphasisPanel } from './ui/emphasis-panel.js';
import { mountFilters } from './ui/filters.js';
import { mountGridView } from './ui/grid-view.js';
import { mountGeoView } from './map-view/geo-view.js';
import { mountBulkBar } from './bulk/bulk-bar.js';
import { mountHeader } from './ui/header.js';
import { mountLegend } from './ui/legend.js';
import { mountPanel } from './ui/panel.js';
import { mountSearch } from './ui/search.js';
import { mountShareMenu } from './ui/share-menu.js';
import { mountTables } from './ui/tables.js';
import { mountToolbar } from './ui/toolbar.js';
import { setSignedInUser } from './ui/role.js';
import { mountRounds } from './rounds/mount.js';
import { openPastPointOfAddress } from './rounds/past-link.js';
import { t } from './i18n/i18n.js';

declare global {
  interface Window {
    /** Test hook; see the header comment of client/main.ts. */
    __actorMap?: { cy: Core; firstDrawMs?: number };
  }
}

function byId(id: string): HTMLElement {
  const element = document.getElementById(id);
  if (!element) throw new Error(`index.html has no #${id}`);
  return element;
}

// The page's language first (issue 17): the sign-in form, like everything after it, is drawn in it.
await startLanguage();
// Nothing of the map loads before the API knows who is asking; without a session this shows the sign-in form.
const me = await ensureSignedIn();
setSignedInUser(me);

const initial = decodeView(window.location.search);
store.updateView(initial.view);
store.setSavedViews([], initial.savedViewId);
const webgl = new URLSearchParams(window.location.search).get('renderer') === 'webgl';

const mapContainer = byId('map');
const panel = byId('actor-panel');
/**
 * The network view (Cytoscape, its controller, the diff view), mounted once when first needed:
 * at once unless the page opens on the area map (network-view.ts says why). Until then the
 * listeners below that forward to it do nothing.
 */
let networkView: NetworkView | undefined;
let networkMounting: Promise<NetworkView> | undefined;
/** Set once the listeners forwarding to the network view are subscribed; a view mounted later is given the state at once. */
let forwarding = false;
function network(): Promise<NetworkView> {
  networkMounting ??= import('./network-view.js').then((module) => {
    networkView = module.mountNetworkView({
      container: mapContainer,
      captions: byId('map-captions'),
      tieOverlay: byId('tie-overlay') as unknown as SVGSVGElement,
      stage: byId('map-view').parentElement!,
      webgl,
      panelWidth: () => (panel.hidden ? 0 : panel.offsetWidth),
      newTie: (sourceId, targetId) => void openTieForm(null, { sourceId, targetId }),
    });
    if (forwarding) {
      networkView.controller.render(store.getState());
      networkView.diffView.render(store.getState());
    }
    return networkView;
  });
  return networkMounting;
}
const networkCy = () => network().then((view) => view.cy);
const loadFullMap = () => void network().then((view) => actions.loadMap(view.controller.firstDraw));
if (initial.view.mode !== 'geo') await network();

/** Keep the page URL equal to the view, so copying it shares this view. */
let urlTimer = 0;
store.subscribe((state) => {
  window.clearTimeout(urlTimer);
  urlTimer = window.setTimeout(() => {
    const query = encodeView(state.view, state.savedViewId, state.asOf?.param ?? null);
    const renderer = webgl ? `${query ? '&' : ''}renderer=webgl` : '';
    const next = `${window.location.pathname}${query || renderer ? `?${query}${renderer}` : ''}`;
    if (next !== `${window.location.pathname}${window.location.search}`) window.history.replaceState(null, '', next);
  }, 80);
});

/** Show one of the four views; the map keeps its state while hidden. */
store.subscribe((state) => {
  const mode = state.view.mode;
  document.body.dataset.mode = mode;
  byId('map-view').hidden = mode !== 'map';
  byId('grid-view').hidden = mode !== 'grid';
  byId('geo-view').hidden = mode !== 'geo';
  byId('table-view').hidden = mode !== 'actors' && mode !== 'ties';
});

const editActor = async (id: string) => openActorForm(await actions.readActor(id));
const editTie = async (id: string) => openTieForm(await actions.readTie(id));
const confirmDelete = (what: string) => window.confirm(`Delete ${what}? You can undo this.`);
const deleteActor = (id: string, name: string) => {
  if (confirmDelete(`“${name}” and all its ties`))
    void deleteActorById(id).catch((e: unknown) => store.notify(actions.asApiError(e).message, 'error'));
};
const deleteTie = (id: string) => {
  if (confirmDelete('this tie')) void deleteTieById(id).catch((e: unknown) => store.notify(actions.asApiError(e).message, 'error'));
};
const labelOf = (id: string) => store.getState().elements.nodes.find((node) => node.data.id === id)?.data.label ?? id;

mountSearch(byId('search'), (id) => actions.showActor(id));
store.subscribe(
  mountHeader({ demoBadge: byId('demo-badge'), summary: byId('map-summary'), status: byId('map-status'), live: byId('live') }, loadFullMap),
);
store.subscribe(
  mountToolbar(byId('toolbar'), {
    setMode: (mode) => store.updateView({ mode }),
    setLayout: (layout) => store.updateView({ layout }),
    fit: () => networkView?.controller.fit(),
    newActor: () => void openActorForm(null),
    newTie: () => {
      const selection = store.getState().view.selection;
      void openTieForm(null, selection?.type === 'actor' ? { sourceId: selection.id } : {});
    },
    toggleDrawTie: (on) => networkView?.controller.setDrawTie(on),
    undo: () => void undo(),
    redo: () => void redo(),
    unpinAll: () => store.setPinned(new Set()),
  }),
);
store.subscribe(
  mountShareMenu(
    byId('share'),
    {
      copyLink: async () => {
        window.clearTimeout(urlTimer);
        const state = store.getState();
        const url = new URL(window.location.href);
        url.search = encodeView(state.view, state.savedViewId, state.asOf?.param ?? null) + (webgl ? '&renderer=webgl' : '');
        // The link is also shown, selected, in the menu: the clipboard may be refused (or never
        // answer) in some browsers, so the page does not wait for it.
        navigator.clipboard
          ?.writeText(url.toString())
          .then(() => store.notify('Link to this view copied.'))
          .catch(() => store.notify('Select the link in the menu and copy it.'));
        return url.toString();
      },
      saveView: (name) => void actions.saveCurrentView(name, networkView?.controller.positions() ?? {}),
      openView: (id) =>
        void Promise.all([actions.openSavedView(id), network()]).then(([saved, view]) => saved && view.controller.applySavedView(saved)),
      deleteView: (id) => void actions.removeSavedView(id),
      setRenderer: (on) => {
        const url = new URL(window.location.href);
        if (on) url.searchParams.set('renderer', 'webgl');
        else url.searchParams.delete('renderer');
        window.location.assign(url.toString());
      },
    },
    webgl,
  ),
);
store.subscribe(mountFilters(byId('filters'), actions.changeFilters));
store.subscribe(mountEmphasisPanel(byId('emphasis'), { clear: actions.clearEmphasis, select: actions.showActor }));
store.subscribe(mountLegend(byId('legend')));
store.subscribe(mountGridView(byId('grid-view'), actions.showActor, store.toggleBulk));
/**
 * Opened on the area map, the page draws it before it loads the network: the network's fetch and
 * layout would take the cores MapLibre needs for its first frame (the map view's first frame took
 * 2.9x a bare MapLibre page's while the network was laid out beside it). Leaving the area map, or
 * 20 s without a picture, starts the network anyway.
 */
let networkMayStart: () => void = () => {};
const networkGate = new Promise<void>((resolve) => (networkMayStart = resolve));
if (initial.view.mode !== 'geo') networkMayStart();
else window.setTimeout(networkMayStart, 20_000);
store.subscribe((state) => {
  if (state.view.mode !== 'geo') networkMayStart();
});
store.subscribe(
  mountGeoView(byId('geo-view'), {
    getState: store.getState,
    setAreaFilter: (areas) => store.setFilters({ areas }),
    notify: store.notify,
    settled: () => networkMayStart(),
  }),
);
{
  // The bulk bar sits under the toolbar; it shows while actors are chosen for a bulk action.
  const bulkBar = Object.assign(document.createElement('section'), { id: 'bulk-bar', className: 'bulk-bar', hidden: true });
  bulkBar.setAttribute('aria-label', t('bulk.barLabel'));
  bulkBar.dataset.testid = 'bulk-bar';
  byId('toolbar').after(bulkBar);
  store.subscribe(mountBulkBar(bulkBar));
}
store.subscribe(
  mountTables(byId('table-view'), {
    selectActor: actions.showActor,
    selectTie: actions.showTie,
    editActor: (id) => void editActor(id),
    deleteActor: (id) => deleteActor(id, labelOf(id)),
    editTie: (id) => void editTie(id),
    deleteTie,
  }),
);
store.subscribe(
  mountPanel(
    panel,
    {
      select: actions.showActor,
      selectTie: actions.showTie,
      close: actions.clearSelection,
      focus: actions.focusOn,
      clearFocus: actions.clearEmphasis,
      pathFrom: (id) => {
        store.setPathStart(id);
        store.notify('Path start set. Find another actor and choose “Path to here”.');
      },
      pathTo: (id) => {
        const start = store.getState().pathStart ?? store.getState().view.path?.from;
        if (start) actions.setPath(start, id);
        store.setPathStart(null);
      },
      togglePin: (id) => networkView?.controller.togglePin(id),
      editActor: (actor) => void openActorForm(actor),
      deleteActor: (actor) => deleteActor(actor.id, actor.name),
      addTieFrom: (id) => void openTieForm(null, { sourceId: id }),
      editTie: (tie) => void openTieForm(tie),
      deleteTie: (tie) => deleteTie(tie.id),
    },
    mapContainer,
  ),
);
store.subscribe((state) => networkView?.controller.render(state));
// Issue 14: the timeline of mapping rounds, the as-of banner and the diff view (client/rounds/).
mountRounds({ toolbar: byId('toolbar'), me, compare: (from, to) => network().then((view) => view.diffView.show(from, to)) });
store.subscribe((state) => networkView?.diffView.render(state));
forwarding = true;
// A link or a reload naming a past point (`?asOf=`) opens that point's map: set before the first load.
await openPastPointOfAddress();

const sidebarToggle = byId('sidebar-toggle');
sidebarToggle.addEventListener('click', () => {
  const open = sidebarToggle.getAttribute('aria-expanded') !== 'true';
  sidebarToggle.setAttribute('aria-expanded', String(open));
  byId('sidebar').classList.toggle('is-open', open);
});

mountAnalysis(byId('analysis-tools'), networkCy, me);
mountTransfers(byId('transfer-tools'), me, {
  exportPng: (scale, title, withoutIsolates) => network().then((view) => view.controller.exportImage('png', title, scale, withoutIsolates)),
  exportSvg: (title, withoutIsolates) => network().then((view) => view.controller.exportImage('svg', title, 1, withoutIsolates)),
});
mountDuplicateTools(byId('transfer-tools'), me);
mountBriefings(byId('transfer-tools'), me);
mountContestedList(byId('transfer-tools'));
showKeptHistory();
// A large map opens on its overview (client/overview/); the full network view loads when asked.
void networkGate
  .then(() => network())
  .then((view) => view.startWithOverview(byId('map-view'), loadFullMap))
  .then((overview) => {
    (window as unknown as { __actorMapOverview?: unknown }).__actorMapOverview = overview;
  });
