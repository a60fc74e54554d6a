/**
 * The overview of a large map: above a number of visible actors (2,000 unless the page address
 * says `?overviewAbove=N`), the map opens on groups of actors (by area, kind or community) drawn as
 * one node each, sized by the actors in it, with the ties between groups as one edge each, as wide
 * as the ties it stands for. Tapping a group opens it in place: its actors on a ring where it was,
 * their ties, and their ties to the other groups; the rest does not move. "Close group" puts it
 * back. "Show every actor" leaves the overview for the full network view. Its words are the
 * page's language (the `area-map` catalogue): group captions name a kind or a community in it; an
 * area's name is shown as stored.
 */
import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import type { GraphOverview, OverviewGrouping, OverviewMembers } from '../../server/contracts/index.js';
import { ACTOR_KINDS, type ActorKind } from '../../server/contracts/index.js';
import { t } from '../i18n/i18n.js';
import { kindLabel } from '../i18n/vocabulary.js';
import { h } from '../ui/dom.js';
import { fetchGroupMembers, fetchOverview } from './overview-api.js';

export const DEFAULT_OVERVIEW_ABOVE = 2000;

/** The threshold: `?overviewAbove=N` in the page address, else the default. */
export function overviewThreshold(search = window.location.search): number {
  const asked = Number(new URLSearchParams(search).get('overviewAbove'));
  return Number.isFinite(asked) && asked > 0 ? asked : DEFAULT_OVERVIEW_ABOVE;
}

const STYLE: cytoscape.StylesheetJson = [
  {
    selector: 'node.group',
    style: {
      'background-color': '#4a6fa5',
      label: 'data(caption)',
      width: 'data(diameter)',
      height: 'data(diameter)',
      'font-size': 12,
      'text-valign': 'bottom',
      'text-margin-y': 4,
      color: '#1b1b1b',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.8,
    },
  },
  {
    selector: 'node.member',
    style: {
      'background-color': '#c0752a',
      width: 10,
      height: 10,
      label: 'data(label)',
      'font-size': 6,
      'min-zoomed-font-size': 8,
      color: '#1b1b1b',
    },
  },
  { selector: 'edge', style: { width: 'data(width)', 'line-color': '#9aa5b1', opacity: 0.6, 'curve-style': 'straight' } },
  { selector: 'edge.tie', style: { width: 1, 'line-color': '#6b7785', opacity: 0.8 } },
];

/** A group's name in the page's language: the server names kinds and communities in English, areas as stored. */
function groupLabel(group: GraphOverview['groups'][number]): string {
  const [prefix, rest = ''] = group.id.split(':', 2) as [string, string?];
  if (prefix === 'kind' && (ACTOR_KINDS as readonly string[]).includes(rest)) return kindLabel(rest as ActorKind);
  if (prefix === 'community' && /^\d+$/.test(rest)) return t('area-map.overviewCommunity', { number: Number(rest) });
  // The group of actors with no area (server/overview/group-map.ts NO_AREA).
  if (group.id === 'area:none') return t('area-map.overviewNoArea');
  return group.label;
}

const diameter = (size: number) => Math.round(16 + 10 * Math.sqrt(size));
const width = (count: number) => Math.min(14, 1 + Math.log2(count));

/** Groups on a square grid, largest first: cheap, stable, and no force layout over the overview. */
function groupElements(overview: GraphOverview): ElementDefinition[] {
  const columns = Math.ceil(Math.sqrt(overview.groups.length));
  const cell = Math.max(120, diameter(overview.groups[0]?.size ?? 1) + 60);
  const nodes = overview.groups.map((group, i) => ({
    group: 'nodes' as const,
    classes: 'group',
    data: {
      id: group.id,
      caption: t('area-map.overviewCaption', { label: groupLabel(group), size: group.size }),
      diameter: diameter(group.size),
      size: group.size,
    },
    position: { x: (i % columns) * cell, y: Math.floor(i / columns) * cell },
  }));
  const edges = overview.edges.map((edge) => ({
    group: 'edges' as const,
    classes: 'between',
    data: { id: `g|${edge.id}`, source: edge.source, target: edge.target, width: width(edge.count), count: edge.count },
  }));
  return [...nodes, ...edges];
}

export interface OverviewHandle {
  /** The overview's own Cytoscape instance (tests and the bench read it). */
  cy: Core;
  close(): void;
}

/**
 * Shows the overview in `host` when the viewer sees more than `threshold` actors; calls
 * `showFullMap` otherwise, or when the user asks for every actor. Resolves once one or the other is on screen.
 */
export async function startWithOverview(host: HTMLElement, threshold: number, showFullMap: () => void): Promise<OverviewHandle | null> {
  let groupBy: OverviewGrouping = 'area';
  let overview: GraphOverview;
  try {
    overview = await fetchOverview(groupBy);
  } catch {
    showFullMap();
    return null;
  }
  if (overview.actors <= threshold) {
    showFullMap();
    return null;
  }
  const layer = document.createElement('section');
  layer.className = 'overview';
  layer.dataset.testid = 'overview';
  layer.setAttribute('aria-label', t('area-map.overviewLabel'));
  const summary = h('p', { class: 'overview-summary', 'aria-live': 'polite' });
  const select = h(
    'select',
    { class: 'overview-group-by', 'aria-label': t('area-map.overviewGroupByLabel') },
    ...(['area', 'kind', 'community'] as const).map((value) => h('option', { value }, t(`area-map.overviewBy_${value}`))),
  );
  const closeButton = h('button', { type: 'button', class: 'overview-close-group', disabled: true }, t('area-map.overviewCloseGroup'));
  const fullButton = h('button', { type: 'button', class: 'overview-full' }, t('area-map.overviewShowAll'));
  const mapBox = h('div', { class: 'overview-map', role: 'img', 'aria-label': t('area-map.overviewMapLabel') });
  layer.append(
    h('div', { class: 'overview-bar' }, summary, h('label', {}, t('area-map.overviewGroupBy'), ' ', select), closeButton, fullButton),
    mapBox,
  );
  host.append(layer);
  const cy = cytoscape({ container: mapBox, style: STYLE, wheelSensitivity: 0.3 });
  /** Opened groups, most recent last, with what they replaced. */
  const opened: { group: ElementDefinition; edges: ElementDefinition[] }[] = [];

  const describe = () => {
    const counts = { actors: overview.actors, ties: overview.ties, groups: overview.groups.length };
    summary.textContent =
      opened.length > 0 ? t('area-map.overviewSummaryOpen', { ...counts, open: opened.length }) : t('area-map.overviewSummary', counts);
    closeButton.disabled = opened.length === 0;
  };

  const draw = () => {
    opened.length = 0;
    cy.elements().remove();
    cy.add(groupElements(overview));
    cy.fit(undefined, 30);
    describe();
    document.body.dataset.overviewReady = groupBy;
  };

  async function open(groupId: string): Promise<void> {
    const node = cy.getElementById(groupId);
    if (node.empty() || !node.hasClass('group')) return;
    const members: OverviewMembers = await fetchGroupMembers(groupBy, groupId);
    const centre = node.position();
    const saved = { group: node.json() as ElementDefinition, edges: node.connectedEdges().map((edge) => edge.json() as ElementDefinition) };
    cy.batch(() => {
      node.remove();
      const ring = Math.max(40, members.nodes.length * 1.2);
      cy.add(
        members.nodes.map((member, i) => {
          const angle = (2 * Math.PI * i) / members.nodes.length;
          return {
            group: 'nodes' as const,
            classes: 'member',
            data: { ...member.data, openedFrom: groupId },
            position: { x: centre.x + ring * Math.cos(angle), y: centre.y + ring * Math.sin(angle) },
          };
        }),
      );
      cy.add(members.edges.map((edge) => ({ group: 'edges' as const, classes: 'tie', data: { ...edge.data, openedFrom: groupId } })));
      // Ties to groups still closed; a tie to an actor of another open group stays drawn through its group edge when that closes.
      cy.add(
        members.links
          .filter((link) => !cy.getElementById(link.target).empty())
          .map((link) => ({
            group: 'edges' as const,
            classes: 'between',
            data: { id: `m|${link.id}`, source: link.source, target: link.target, width: width(link.count), openedFrom: groupId },
          })),
      );
    });
    opened.push(saved);
    describe();
  }

  function closeLast(): void {
    const last = opened.pop();
    if (!last) return;
    const groupId = String(last.group.data.id);
    cy.batch(() => {
      cy.elements()
        .filter((element) => element.data('openedFrom') === groupId)
        .remove();
      cy.add(last.group);
      cy.add(
        last.edges.filter(
          (edge) => !cy.getElementById(String(edge.data.source)).empty() && !cy.getElementById(String(edge.data.target)).empty(),
        ),
      );
    });
    describe();
  }

  cy.on('tap', 'node.group', (event) => void open(event.target.id()));
  closeButton.addEventListener('click', closeLast);
  select.addEventListener('change', () => {
    groupBy = select.value as OverviewGrouping;
    void fetchOverview(groupBy).then((next) => {
      overview = next;
      draw();
    });
  });
  const close = () => {
    cy.destroy();
    layer.remove();
    delete document.body.dataset.overviewReady;
  };
  fullButton.addEventListener('click', () => {
    close();
    showFullMap();
  });
  draw();
  return { cy, close };
}
