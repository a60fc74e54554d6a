/**
 * The side panel: the selected actor's record, ties and what can be done with it (focus, path,
 * pin, edit, delete, add a tie; see panel-actions.ts), or the selected tie. It opens when
 * something is selected on the map, the grid or a table, takes focus so keyboard and screen-reader
 * users land in it, and closes with its button or Escape, handing focus back.
 */
import { TIE_TYPES, type Actor, type Tie } from '../../server/contracts/index.js';
import { engagementSection } from '../engagements/engagement-section.js';
import { actorBriefingButton } from '../briefings/briefing-dialog.js';
import { claimsSection } from '../evidence/claims-section.js';
import type { AppState, Details } from '../state.js';
import { h } from './dom.js';
import { mergePanelSection } from '../merge/mount.js';
import { actorActions, tieDetails, type PanelCommands } from './panel-actions.js';
import { formatDoNoHarm, formatReviewBy, formatScore, formatStance, tieWording } from './format.js';
import { kindSwatch, tieSwatch } from './swatches.js';
import { mayEdit, receivedFields } from './role.js';
import { confidenceLabel, kindLabel, sensitivityLabel, subtypeLabel, tieTypeLabel } from '../i18n/vocabulary.js';
import { t } from '../i18n/i18n.js';
import { historySection } from '../history/history-section.js';

type PanelActions = PanelCommands;

/** Mount the panel into `panel` (an `<aside>`); returns the state renderer. */
export function mountPanel(panel: HTMLElement, actions: PanelActions, returnFocusTo: HTMLElement) {
  let shown: Details | null = null;
  let shownExtras: unknown[] = [];
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !panel.hidden && !document.querySelector('dialog[open]')) actions.close();
  });

  return (state: Readonly<AppState>): void => {
    const extras = [state.pinned, state.view.focus, state.view.path, state.history.busy, state.pathStart, state.asOf];
    if (state.details === shown && extras.every((part, i) => part === shownExtras[i])) return;
    const wasOpen = shown !== null;
    const previousKey = shown?.key;
    shown = state.details;
    shownExtras = extras;
    if (shown === null) {
      const focusWasInPanel = panel.contains(document.activeElement);
      panel.hidden = true;
      panel.replaceChildren();
      if (wasOpen && focusWasInPanel) returnFocusTo.focus({ preventScroll: true });
      return;
    }
    const selection = shown;
    const focusedText = panel.contains(document.activeElement) ? document.activeElement?.textContent : null;
    const [type, id] = [selection.key.slice(0, selection.key.indexOf(':')), selection.key.slice(selection.key.indexOf(':') + 1)];
    const graphLabel = state.elements.nodes.find((node) => node.data.id === id)?.data.label;
    const name =
      selection.status === 'ready'
        ? selection.actor.name
        : selection.status === 'ready-tie'
          ? t('panel.tie')
          : type === 'tie'
            ? t('panel.tie')
            : (graphLabel ?? id);
    panel.replaceChildren(
      h(
        'div',
        { class: 'panel-head' },
        h('h2', { id: 'actor-name', 'data-testid': 'actor-name', dir: 'auto' }, name),
        closeButton(actions.close),
      ),
      ...panelBody(selection, state, actions).filter((part): part is HTMLElement => part !== null),
    );
    // In the past nobody edits: the read-only line says why, whatever the role (client/rounds/).
    if (state.asOf) panel.querySelector('[data-testid="read-only-note"]')?.replaceChildren(t('rounds.pastNote'));
    panel.hidden = false;
    if (selection.status === 'loading' && selection.key !== previousKey) {
      panel.focus({ preventScroll: true });
      panel.scrollTop = 0;
    } else if (focusedText) {
      // Re-rendered in place (e.g. after pinning): keep keyboard focus on the same button.
      [...panel.querySelectorAll('button')].find((button) => button.textContent === focusedText)?.focus();
    }
  };
}

function closeButton(close: () => void): HTMLButtonElement {
  const button = h('button', { type: 'button', class: 'panel-close', 'aria-label': t('panel.closeDetails') }, '×');
  button.addEventListener('click', close);
  return button;
}

function panelBody(selection: Details, state: Readonly<AppState>, actions: PanelActions): (HTMLElement | null)[] {
  if (selection.status === 'loading') return [h('p', { class: 'panel-note', role: 'status' }, t('panel.loading'))];
  if (selection.status === 'error') {
    return [h('p', { class: 'panel-error', role: 'alert' }, t('panel.loadFailed', { message: selection.error.message }))];
  }
  if (selection.status === 'ready-tie')
    return [...tieDetails(selection.tie, state, actions), historySection('tie', selection.tie.id, 'tie', selection.tie)];
  return [
    actorSummary(selection.actor),
    actorActions(selection.actor, state, actions),
    actorBriefingButton(selection.actor),
    mayEdit() ? mergePanelSection(selection.actor, state) : null,
    actorFields(selection.actor, state),
    tieSection(selection.actor, selection.ties, state, actions),
    engagementSection(selection.actor, state),
    claimsSection({ actorId: selection.actor.id }, selection.actor.evidence, state),
    historySection('actor', selection.actor.id, selection.actor.name, selection.actor),
  ];
}

function actorSummary(actor: Actor): HTMLElement {
  return h(
    'div',
    { class: 'panel-summary' },
    h(
      'p',
      { class: 'panel-kind' },
      kindSwatch(actor.kind, 18),
      h('span', {}, kindLabel(actor.kind), actor.subtype ? ` · ${subtypeLabel(actor.subtype)}` : ''),
    ),
    actor.fictional ? h('p', { class: 'badge badge-fictional' }, t('panel.fictional')) : null,
    actor.description ? h('p', { class: 'panel-description', dir: 'auto' }, actor.description) : null,
  );
}

function actorFields(actor: Actor, state: Readonly<AppState>): HTMLElement {
  const areaNames = (ids: readonly string[]) =>
    ids.length === 0
      ? t('panel.noneRecorded')
      : isolatedList(
          ids.map((id) => state.areasById.get(id)?.name ?? id),
          ', ',
        );
  const focus = [actor.womenFocus ? t('panel.women') : null, actor.youthFocus ? t('panel.youth') : null].filter(Boolean).join(', ');
  const rows: [string, string | HTMLElement, string?][] = [
    [t('panel.acronym'), actor.acronym ?? '—', 'auto'],
    [t('panel.aliases'), actor.aliases.length > 0 ? isolatedList(actor.aliases, '; ') : '—'],
    [t('panel.basedIn'), areaNames(actor.basedIn)],
    [t('panel.activeIn'), areaNames(actor.activeIn)],
    [t('panel.influence'), formatScore(actor.influence)],
    [t('panel.interest'), formatScore(actor.interest)],
    // A withheld stance is left out: "Not assessed" would state something false (role.ts).
    ...(receivedFields().actorStance ? ([[t('panel.stance'), formatStance(actor.stance ?? null)]] as [string, string][]) : []),
    [t('panel.doNoHarm'), formatDoNoHarm(actor.doNoHarmRole)],
    ...(focus ? ([[t('panel.focus'), focus]] as [string, string][]) : []),
    [t('panel.sensitivity'), h('span', { class: `sensitivity sensitivity-${actor.sensitivity}` }, sensitivityLabel(actor.sensitivity))],
    [t('panel.reviewBy'), formatReviewBy(actor.reviewBy)],
  ];
  return h('dl', { class: 'panel-fields' }, ...rows.flatMap(([term, value, dir]) => [h('dt', {}, term), h('dd', { dir }, value)]));
}

/** Names in any script, each isolated so an Arabic name cannot reorder its neighbours. */
function isolatedList(items: readonly string[], separator: string): HTMLElement {
  return h('span', {}, ...items.flatMap((item, index) => [index > 0 ? separator : null, h('bdi', {}, item)]));
}

function tieSection(actor: Actor, ties: readonly Tie[], state: Readonly<AppState>, actions: PanelActions): HTMLElement {
  const labelOf = new Map(state.elements.nodes.map((node) => [node.data.id, node.data.label]));
  const rows = ties
    .map((tie) => {
      const outgoing = tie.sourceId === actor.id;
      const otherId = outgoing ? tie.targetId : tie.sourceId;
      const direction: 'out' | 'in' | 'both' = !tie.directed ? 'both' : outgoing ? 'out' : 'in';
      return { tie, otherId, otherName: labelOf.get(otherId) ?? otherId, direction };
    })
    .sort(
      (a, b) =>
        TIE_TYPES.indexOf(a.tie.type) - TIE_TYPES.indexOf(b.tie.type) ||
        b.tie.strength - a.tie.strength ||
        a.otherName.localeCompare(b.otherName),
    );
  return h(
    'section',
    { class: 'panel-ties', 'aria-labelledby': 'actor-ties-heading' },
    h('h3', { id: 'actor-ties-heading' }, t('panel.ties', { count: ties.length })),
    rows.length === 0
      ? h('p', { class: 'panel-note' }, t('panel.noTies'))
      : h(
          'ul',
          { class: 'tie-list' },
          ...rows.map(({ tie, otherId, otherName, direction }) => {
            const onMap = labelOf.has(otherId);
            const other = onMap
              ? h('button', { type: 'button', class: 'link', dir: 'auto' }, otherName)
              : h('span', { dir: 'auto' }, otherName);
            if (onMap) other.addEventListener('click', () => actions.select(otherId));
            const tieButton = h(
              'button',
              { type: 'button', class: 'link tie-open', 'aria-label': t('panel.tieDetailsWith', { name: otherName }) },
              t('panel.tieDetails'),
            );
            tieButton.addEventListener('click', () => actions.selectTie(tie.id));
            return h(
              'li',
              { 'data-tie-id': tie.id, class: direction === 'in' ? 'tie-incoming' : undefined },
              h('span', { class: 'tie-type' }, tieSwatch(tie.type, tie.directed), tieWording(tie.type, tieTypeLabel(tie.type), direction)),
              other,
              h(
                'span',
                { class: 'tie-meta' },
                `${t('panel.tieMeta', { confidence: confidenceLabel(tie.confidence), strength: tie.strength })} `,
                tieButton,
              ),
            );
          }),
        ),
  );
}
