/**
 * The "Analyses" toolbar button and panel (issue 4): five tabs, one per analysis (influence, ties
 * to conflict parties, do-no-harm check, coordination, engagement balance). Only users with the
 * `analyse` permission get the button; everyone reaches paths through the actor panel.
 *
 * The panel docks at the left over the sidebar, leaving the map and the actor panel visible: narrow
 * for the tabs that work with the map, wider for the leadership views (coordination, engagement).
 * Each tab loads its analysis the first time it is shown. The map is only ever touched through the
 * Cytoscape instance given here (style bypasses in `cy.batch()`, see map-style.ts), asked for
 * when needed: a page opened on the area map mounts the network only later (network-view.ts).
 */
import type { Core } from 'cytoscape';
import type { NetworkMap } from './kit.js';
import type { Me } from '../../server/contracts/index.js';
import { showActor } from '../actions.js';
import { getState, subscribe } from '../state.js';
import { truncate } from '../graph/labels.js';
import { h } from '../ui/dom.js';
import { mayCoordinate } from '../ui/role.js';
import { t } from '../i18n/i18n.js';
import './analysis.css';
import { mountCheckTab } from './check-tab.js';
import { mountConflictTab } from './conflict-tab.js';
import { mountCoordinationTab } from './coordination-tab.js';
import { mountEngagementTab } from './engagement-tab.js';
import { mountInfluenceTab } from './influence-tab.js';
import type { AnalysisContext } from './kit.js';

interface TabDefinition {
  id: string;
  /** The tab's name, read when the panel is built (after the page's language is chosen). */
  label(): string;
  /** Leadership views get the wide panel; map-linked tabs keep the map in sight. */
  wide: boolean;
  /** Builds the tab; the returned function runs when it is shown (`first` the first time). */
  mount(container: HTMLElement, network: NetworkMap, context: AnalysisContext): (first: boolean) => void;
}

const once = (activate: () => void) => (first: boolean) => {
  if (first) activate();
};

const TABS: TabDefinition[] = [
  {
    id: 'influence',
    label: () => t('analysis.tabInfluence'),
    wide: false,
    mount: (el, network, ctx) => once(mountInfluenceTab(el, network, ctx)),
  },
  { id: 'conflict-ties', label: () => t('analysis.tabConflict'), wide: false, mount: (el, _cy, ctx) => once(mountConflictTab(el, ctx)) },
  { id: 'do-no-harm', label: () => t('analysis.tabCheck'), wide: false, mount: (el, _cy, ctx) => mountCheckTab(el, ctx) },
  {
    id: 'coordination',
    label: () => t('analysis.tabCoordination'),
    wide: true,
    mount: (el, _cy, ctx) => once(mountCoordinationTab(el, ctx)),
  },
  { id: 'engagement', label: () => t('analysis.tabEngagement'), wide: true, mount: (el, _cy, ctx) => once(mountEngagementTab(el, ctx)) },
];

/** Mount the Analyses button into `root` (a toolbar group) for users allowed to analyse. */
export function mountAnalysis(root: HTMLElement, network: NetworkMap, me: Me): void {
  if (!me.permissions.includes('analyse')) return;

  const panel = h('section', {
    id: 'analysis-panel',
    class: 'an-panel',
    'aria-labelledby': 'analysis-title',
    'data-testid': 'analysis-panel',
    hidden: true,
  });
  const toggle = h(
    'button',
    { type: 'button', 'aria-expanded': 'false', 'aria-controls': panel.id, 'data-testid': 'analyses-button' },
    t('analysis.button'),
  );
  root.append(toggle);
  document.body.append(panel);

  const context: AnalysisContext = {
    selectActor: (id) => {
      showActor(id);
      void network().then((cy) => window.requestAnimationFrame(() => keepClearOfPanel(cy, id, panel)));
    },
    actorName: (id) => getState().elements.nodes.find((n) => n.data.id === id)?.data.label ?? id,
    shortName: (id) => {
      const node = getState().elements.nodes.find((n) => n.data.id === id)?.data;
      return truncate(node?.acronym?.trim() || node?.label || id, 18);
    },
    areaName: (id) => getState().areasById.get(id)?.name ?? id,
    selectedActorId: () => {
      const selection = getState().view.selection;
      return selection?.type === 'actor' ? selection.id : null;
    },
    actors: () => getState().elements.nodes.map((n) => ({ id: n.data.id, name: n.data.label, kind: n.data.kind })),
    areas: () => [...getState().areasById.values()],
    // The grid writes the division of labour (roles, mechanisms): `coordinate`, which leadership has;
    // asked each time, so the map of a past date offers no change (role.ts).
    get canEdit() {
      return mayCoordinate();
    },
  };

  const tabList = h('div', { class: 'an-tabs', role: 'tablist', 'aria-label': t('analysis.title') });
  const shown = new Set<string>();
  const tabs = TABS.map((definition) => {
    const tab = h(
      'button',
      {
        type: 'button',
        role: 'tab',
        id: `analysis-tab-${definition.id}`,
        'aria-controls': `analysis-${definition.id}`,
        'aria-selected': 'false',
        tabindex: '-1',
        'data-tab': definition.id,
      },
      definition.label(),
    );
    const body = h('div', {
      role: 'tabpanel',
      id: `analysis-${definition.id}`,
      class: 'an-tabpanel',
      'aria-labelledby': tab.id,
      tabindex: '0',
      hidden: true,
      'data-testid': `analysis-${definition.id}`,
    });
    const activate = definition.mount(body, network, context);
    tabList.append(tab);
    return { definition, tab, body, activate };
  });

  const select = (index: number, focus = false) => {
    tabs.forEach((entry, i) => {
      const on = i === index;
      entry.tab.setAttribute('aria-selected', String(on));
      entry.tab.tabIndex = on ? 0 : -1;
      entry.body.hidden = !on;
    });
    const current = tabs[index]!;
    panel.classList.toggle('an-wide', current.definition.wide);
    if (focus) current.tab.focus();
    const first = !shown.has(current.definition.id);
    shown.add(current.definition.id);
    current.activate(first);
  };
  tabs.forEach((entry, index) => {
    entry.tab.addEventListener('click', () => select(index));
    entry.tab.addEventListener('keydown', (event) => {
      const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
      if (step) select((index + step + tabs.length) % tabs.length, true);
      else if (event.key === 'Home') select(0, true);
      else if (event.key === 'End') select(tabs.length - 1, true);
    });
  });

  const close = h('button', { type: 'button', class: 'an-close', 'aria-label': t('analysis.close') }, '×');
  panel.append(
    h('div', { class: 'an-head' }, h('h2', { id: 'analysis-title' }, t('analysis.title')), close),
    tabList,
    ...tabs.map((entry) => entry.body),
  );

  // Below the toolbar and the timeline, so the banner of a past date stays in sight over the analyses.
  const place = () => {
    const above = document.getElementById('timeline') ?? root.closest('nav') ?? root;
    panel.style.top = `${Math.round(above.getBoundingClientRect().bottom)}px`;
  };
  const setOpen = (open: boolean) => {
    panel.hidden = !open;
    toggle.setAttribute('aria-expanded', String(open));
    if (!open) return toggle.focus();
    place();
    const current = tabs.findIndex((entry) => entry.tab.getAttribute('aria-selected') === 'true');
    select(current < 0 ? 0 : current, true);
  };
  toggle.addEventListener('click', () => setOpen(panel.hidden));
  close.addEventListener('click', () => setOpen(false));
  panel.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !(event.target instanceof HTMLInputElement && event.target.list)) setOpen(false);
  });
  window.addEventListener('resize', () => !panel.hidden && place());
  // The banner comes and goes with the date shown: the panel moves with it.
  subscribe(() => {
    if (!panel.hidden) requestAnimationFrame(place);
  });
}

/** Pan so the actor sits in the part of the map not covered by this panel or the actor panel. */
function keepClearOfPanel(cy: Core, id: string, panel: HTMLElement): void {
  const node = cy.getElementById(id);
  if (node.empty() || !node.isNode()) return;
  const mapBox = cy.container()?.getBoundingClientRect();
  if (!mapBox) return;
  const left = panel.hidden ? 0 : Math.max(0, panel.getBoundingClientRect().right - mapBox.left);
  const actorPanel = document.getElementById('actor-panel');
  const right = actorPanel && !actorPanel.hidden ? actorPanel.offsetWidth : 0;
  const free = mapBox.width - left - right;
  if (free < 80) return;
  const { x, y } = node.renderedPosition();
  const margin = 30;
  if (x > left + margin && x < mapBox.width - right - margin && y > margin && y < mapBox.height - margin) return;
  cy.animate({ pan: { x: cy.pan().x + (left + free / 2 - x), y: cy.pan().y + (mapBox.height / 2 - y) }, duration: 200 });
}
