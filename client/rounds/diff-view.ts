/**
 * The diff view (issue 14): what changed between two rounds, on the map and in a list beside it.
 * The map shows the later point (read-only, like any past point); actors and ties added since
 * the earlier point are marked, changed ones marked differently, the changes that matter (new
 * ties to a party to the conflict, stance and do-no-harm shifts, influence moves) ringed, and
 * what was removed is drawn ghosted from the earlier point's map. A legend says which mark is
 * which; filters by kind of change hide marks and list entries; clicking a change selects it.
 * The change list and its extra sections are built in diff-list.ts.
 */
import type { Core } from 'cytoscape';
import type { Diff, GraphElements } from '../../server/contracts/index.js';
import { asApiError, reloadGraph, showActor, showTie } from '../actions.js';
import { formatDate, t, tParts, type MessageKey } from '../i18n/i18n.js';
import * as store from '../state.js';
import type { AppState } from '../state.js';
import { h } from '../ui/dom.js';
import { mayExport } from '../ui/role.js';
import { changeList, CHANGE_KINDS, type ChangeKind, type Marks } from './diff-list.js';
import { changeBriefUrl, fetchDiff, fetchGraphAt } from './rounds-api.js';

export interface DiffEnd {
  param: string;
  label: string;
  /** The round's name (null for a date) and the date-time, shown apart: a name keeps its direction, the date the page's. */
  name: string | null;
  at: string;
}

const MARK_CLASSES: Record<ChangeKind, string> = {
  named: 'diff-named',
  added: 'diff-added',
  removed: 'diff-removed',
  changed: 'diff-changed',
};
const kindLabel = (kind: ChangeKind): string => t(`rounds.kind_${kind}` as MessageKey);

/** One end of the comparison: "name, date" in the page's words, the name isolated, the date a <time>. */
function endNode(end: DiffEnd): HTMLElement {
  const date = h('time', { datetime: end.at }, formatDate(end.at, { dateStyle: 'medium' }));
  if (end.name === null) return h('span', {}, date);
  return h('span', {}, ...tParts('rounds.roundAndDate', { name: h('bdi', { 'data-record-text': '' }, end.name), date }));
}

/** The diff marks, drawn over the map's own stylesheet (later rules win in Cytoscape). */
function addDiffStyles(cy: Core): void {
  cy.style()
    .selector('node.diff-added')
    .style({ 'border-width': 5, 'border-color': '#1a7f37', 'border-opacity': 1 })
    .selector('edge.diff-added')
    .style({ 'underlay-color': '#1a7f37', 'underlay-opacity': 0.45, 'underlay-padding': 4 })
    .selector('node.diff-changed')
    .style({ 'border-width': 5, 'border-color': '#c15c00', 'border-style': 'double', 'border-opacity': 1 })
    .selector('edge.diff-changed')
    .style({ 'underlay-color': '#c15c00', 'underlay-opacity': 0.4, 'underlay-padding': 4 })
    .selector('.diff-named')
    .style({ 'underlay-color': '#7b1fa2', 'underlay-opacity': 0.5, 'underlay-padding': 7 })
    .selector('node.diff-removed')
    .style({ opacity: 0.35, 'border-width': 3, 'border-style': 'dashed', 'border-color': '#555555' })
    .selector('edge.diff-removed')
    .style({ opacity: 0.35, 'line-style': 'dashed' })
    .selector('.diff-off')
    .style({ display: 'none' })
    .update();
}

/** Mount the diff view inside `stage`; `showPoint` switches the map to a point (the timeline's). */
export function mountDiffView(stage: HTMLElement, cy: Core) {
  addDiffStyles(cy);
  const panel = h('aside', { class: 'diff-panel', 'data-testid': 'diff-panel', 'aria-labelledby': 'diff-title', hidden: true });
  // Over the filters column (not needed while comparing), so the map keeps its width beside the actor panel.
  (stage.closest('.app-main') ?? stage).append(panel);
  let open: { from: DiffEnd; to: DiffEnd; diff: Diff; marks: Marks; ghosts: Set<string>; off: Set<ChangeKind> } | null = null;
  let marked: AppState['elements'] | null = null;

  function applyMarks(): void {
    cy.batch(() => {
      for (const cls of [...Object.values(MARK_CLASSES), 'diff-off']) cy.elements(`.${cls}`).removeClass(cls);
      if (!open) return;
      for (const kind of CHANGE_KINDS) {
        const ids = open.marks[kind];
        for (const id of ids) {
          const element = cy.getElementById(id);
          if (element.empty()) continue;
          if (!open.off.has(kind)) element.addClass(MARK_CLASSES[kind]);
          else if (kind === 'removed') element.addClass('diff-off');
        }
      }
    });
  }

  function close(): void {
    if (!open) return;
    open = null;
    panel.hidden = true;
    panel.replaceChildren();
    applyMarks();
    // The ghosts are not part of the point shown: read the map again without them.
    void reloadGraph();
  }

  /** Show what changed from `from` to `to` (the map must already show `to`). */
  async function show(from: DiffEnd, to: DiffEnd): Promise<void> {
    panel.hidden = false;
    panel.replaceChildren(h('p', { class: 'panel-note', role: 'status' }, t('rounds.comparing', { from: from.label, to: to.label })));
    let diff: Diff;
    let before: GraphElements;
    try {
      [diff, before] = await Promise.all([fetchDiff(from.param, to.param), fetchGraphAt(from.param)]);
    } catch (error) {
      panel.replaceChildren(
        h('p', { class: 'panel-error', role: 'alert' }, t('rounds.compareFailed', { message: asApiError(error).message })),
        closeButton(),
      );
      return;
    }
    // What was removed is drawn from the earlier map, beside the neighbours it had.
    const state = store.getState();
    const removedActors = new Set(diff.actors.removed.map((actor) => actor.id));
    const removedTies = new Set(diff.ties.removed.map((tie) => tie.id));
    const ghostNodes = before.nodes.filter((node) => removedActors.has(node.data.id));
    const nodeIds = new Set([...state.elements.nodes.map((node) => node.data.id), ...ghostNodes.map((node) => node.data.id)]);
    const ghostEdges = before.edges.filter(
      (edge) => removedTies.has(edge.data.id) && nodeIds.has(edge.data.source) && nodeIds.has(edge.data.target),
    );
    const marks: Marks = {
      named: new Set([
        ...diff.named.newConflictPartyTies.map((tie) => tie.id),
        ...diff.named.stanceShifts.map((actor) => actor.id),
        ...diff.named.doNoHarmShifts.map((actor) => actor.id),
        ...diff.named.influenceMoves.map((actor) => actor.id),
      ]),
      added: new Set([...diff.actors.added.map((actor) => actor.id), ...diff.ties.added.map((tie) => tie.id)]),
      removed: new Set([...removedActors, ...removedTies]),
      changed: new Set([...diff.actors.changed.map((actor) => actor.id), ...diff.ties.changed.map((tie) => tie.id)]),
    };
    open = { from, to, diff, marks, ghosts: new Set([...ghostNodes, ...ghostEdges].map((e) => e.data.id)), off: new Set() };
    renderPanel();
    if (ghostNodes.length + ghostEdges.length > 0)
      store.setMapData({ nodes: [...state.elements.nodes, ...ghostNodes], edges: [...state.elements.edges, ...ghostEdges] });
    else applyMarks();
    zoomToChanges();
  }

  /** Bring the marked actors and ties into view, in the part of the map the change list leaves free. */
  function zoomToChanges(): void {
    const marked = cy.elements('.diff-named, .diff-added, .diff-changed, .diff-removed');
    const nodes = marked.nodes().union(marked.edges().connectedNodes());
    if (nodes.empty()) return;
    const map = cy.container()?.getBoundingClientRect();
    const list = panel.getBoundingClientRect();
    // The list is at the map's start: its left edge, or its right one when the page reads right to left.
    const rtl = getComputedStyle(panel).direction === 'rtl';
    const covered = map ? Math.max(0, rtl ? map.right - list.left : list.right - map.left) : 0;
    const box = nodes.boundingBox({ includeLabels: true });
    const padding = 50;
    const free = Math.max(120, cy.width() - covered);
    const zoom = Math.max(
      cy.minZoom(),
      Math.min(1.4, (free - 2 * padding) / Math.max(box.w, 1), (cy.height() - 2 * padding) / Math.max(box.h, 1)),
    );
    const centre = { x: box.x1 + box.w / 2, y: box.y1 + box.h / 2 };
    const freeStart = rtl ? 0 : covered;
    cy.viewport({ zoom, pan: { x: freeStart + free / 2 - centre.x * zoom, y: cy.height() / 2 - centre.y * zoom } });
  }

  function closeButton(): HTMLButtonElement {
    const button = h('button', { type: 'button', 'data-testid': 'close-diff' }, t('rounds.closeComparison'));
    button.addEventListener('click', close);
    return button;
  }

  function renderPanel(): void {
    if (!open) return;
    const { from, to, diff, marks } = open;
    const filters = CHANGE_KINDS.map((kind) => {
      const box = h('input', { type: 'checkbox', id: `diff-filter-${kind}`, 'data-testid': `diff-filter-${kind}`, checked: true });
      box.checked = !open!.off.has(kind);
      box.addEventListener('change', () => {
        if (!open) return;
        if (box.checked) open.off.delete(kind);
        else open.off.add(kind);
        panel.querySelectorAll<HTMLElement>(`[data-change-kind="${kind}"]`).forEach((item) => (item.hidden = !box.checked));
        applyMarks();
      });
      return h(
        'li',
        {},
        box,
        h(
          'label',
          { for: `diff-filter-${kind}` },
          h('span', { class: `diff-swatch diff-swatch-${kind}`, 'aria-hidden': 'true' }),
          ' ',
          kindLabel(kind),
        ),
        ' ',
        h('span', { class: 'diff-count' }, t('rounds.kindCount', { count: marks[kind].size })),
      );
    });
    // A viewer may not make the brief (the server answers 403): the link is not offered.
    const brief = !mayExport()
      ? null
      : h(
          'a',
          {
            href: changeBriefUrl(from.param, to.param),
            target: '_blank',
            rel: 'noopener',
            class: 'diff-brief',
            'data-testid': 'change-brief',
          },
          t('rounds.changeBrief'),
        );
    panel.replaceChildren(
      h('div', { class: 'diff-head' }, h('h2', { id: 'diff-title' }, t('rounds.whatChanged')), closeButton()),
      // Each end is "name, date" in the page's words and direction (a date in Arabic carries
      // right-to-left marks), isolated from the arrow, which turns with the direction.
      h('p', { class: 'diff-ends' }, ...tParts('rounds.beforeAfter', { before: endNode(from), after: endNode(to) })),
      ...(brief ? [brief] : []),
      h(
        'fieldset',
        { class: 'diff-filters' },
        h('legend', {}, t('rounds.showMarked')),
        h('ul', { class: 'diff-filter-list', 'data-testid': 'diff-legend' }, ...filters),
      ),
      changeList(diff, store.getState().elements, { actor: (id) => showActor(id), tie: (id) => showTie(id) }),
    );
  }

  return {
    show,
    close,
    /** Keeps the marks on the map when it is redrawn, and closes when the point shown changes. */
    render(state: Readonly<AppState>): void {
      if (!open) return;
      if (state.asOf?.param !== open.to.param) {
        open = null;
        panel.hidden = true;
        panel.replaceChildren();
        applyMarks();
        return;
      }
      if (state.elements !== marked) {
        marked = state.elements;
        applyMarks();
      }
    },
  };
}
