/**
 * The buttons of the side panel (what a user does with the selected actor: focus on its
 * neighbourhood, find a path, pin it, edit, delete, start a tie) and the selected tie's details.
 * Buttons, not map gestures, so every action is reachable with the keyboard alone.
 */
import { claimsSection } from '../evidence/claims-section.js';
import { type Actor, type Tie } from '../../server/contracts/index.js';
import type { AppState } from '../state.js';
import { h } from './dom.js';
import { mayEdit, READ_ONLY_NOTE, receivedFields } from './role.js';
import { tieSwatch } from './swatches.js';
import { confidenceLabel, sensitivityLabel, tieTypeLabel } from '../i18n/vocabulary.js';
import { t } from '../i18n/i18n.js';

export interface PanelCommands {
  select(actorId: string): void;
  selectTie(tieId: string): void;
  close(): void;
  focus(actorId: string, depth: number): void;
  clearFocus(): void;
  pathFrom(actorId: string): void;
  pathTo(actorId: string): void;
  togglePin(actorId: string): void;
  editActor(actor: Actor): void;
  deleteActor(actor: Actor): void;
  addTieFrom(actorId: string): void;
  editTie(tie: Tie): void;
  deleteTie(tie: Tie): void;
}

function button(label: string, onClick: () => void, attributes: Record<string, string | boolean> = {}): HTMLButtonElement {
  const element = h('button', { type: 'button', ...attributes }, label);
  element.addEventListener('click', onClick);
  return element;
}

export function actorActions(actor: Actor, state: Readonly<AppState>, commands: PanelCommands): HTMLElement {
  const { focus, path } = state.view;
  const focusedHere = focus?.actorId === actor.id;
  const depthButtons = [1, 2, 3].map((depth) =>
    button(t('panel.steps', { depth }), () => commands.focus(actor.id, depth), {
      'aria-pressed': String(focusedHere && focus?.depth === depth),
      'data-focus-depth': String(depth),
    }),
  );
  const pathButtons = [button(t('panel.pathFrom'), () => commands.pathFrom(actor.id), { 'data-testid': 'path-from-here' })];
  const start = state.pathStart ?? path?.from ?? null;
  if (start && start !== actor.id)
    pathButtons.push(button(t('panel.pathTo'), () => commands.pathTo(actor.id), { 'data-testid': 'path-to-here' }));
  const pinned = state.pinned.has(actor.id);
  return h(
    'div',
    { class: 'panel-actions' },
    h(
      'div',
      { class: 'action-row', role: 'group', 'aria-label': t('panel.focusGroup') },
      h('span', { class: 'action-label' }, t('panel.focusLabel')),
      ...depthButtons,
      focusedHere ? button(t('panel.clear'), commands.clearFocus) : null,
    ),
    h(
      'div',
      { class: 'action-row' },
      ...pathButtons,
      button(pinned ? t('panel.unpin') : t('panel.pin'), () => commands.togglePin(actor.id), { 'aria-pressed': String(pinned) }),
    ),
    mayEdit()
      ? h(
          'div',
          { class: 'action-row' },
          button(t('panel.edit'), () => commands.editActor(actor), { 'data-testid': 'edit-actor', disabled: state.history.busy }),
          button(t('panel.addTie'), () => commands.addTieFrom(actor.id), { disabled: state.history.busy }),
          button(t('panel.delete'), () => commands.deleteActor(actor), {
            class: 'danger',
            'data-testid': 'delete-actor',
            disabled: state.history.busy,
          }),
        )
      : readOnlyNote(),
  );
}

/** Said once where the edit buttons would be, so their absence is not a puzzle. */
export function readOnlyNote(): HTMLElement {
  return h('p', { class: 'panel-note', 'data-testid': 'read-only-note' }, READ_ONLY_NOTE);
}

export function tieDetails(tie: Tie, state: Readonly<AppState>, commands: PanelCommands): HTMLElement[] {
  const labelOf = (id: string) => state.elements.nodes.find((node) => node.data.id === id)?.data.label ?? id;
  const end = (id: string) => {
    const link = h('button', { type: 'button', class: 'link', dir: 'auto' }, labelOf(id));
    link.addEventListener('click', () => commands.select(id));
    return link;
  };
  const rows: [string, string | HTMLElement][] = [
    [t('panel.from'), end(tie.sourceId)],
    [t('panel.to'), end(tie.targetId)],
    [t('panel.directed'), tie.directed ? t('panel.yes') : t('panel.no')],
    [t('panel.strength'), t('panel.strengthValue', { strength: tie.strength })],
    [t('panel.confidence'), confidenceLabel(tie.confidence)],
    // A withheld source (it may name an informant) is left out, not shown as "—" (none recorded).
    ...(receivedFields().tieSource ? ([[t('panel.source'), tie.source || '—']] as [string, string][]) : []),
    [
      t('panel.valid'),
      t('panel.validRange', { from: tie.validFrom?.slice(0, 10) ?? t('panel.open'), to: tie.validTo?.slice(0, 10) ?? t('panel.open') }),
    ],
    [t('panel.sensitivity'), sensitivityLabel(tie.sensitivity)],
  ];
  return [
    h('p', { class: 'panel-kind' }, tieSwatch(tie.type, tie.directed), h('span', { 'data-testid': 'tie-type' }, tieTypeLabel(tie.type))),
    h('dl', { class: 'panel-fields' }, ...rows.flatMap(([term, value]) => [h('dt', {}, term), h('dd', {}, value)])),
    tie.description ? h('p', { class: 'panel-description', dir: 'auto' }, tie.description) : h('span', {}),
    mayEdit()
      ? h(
          'div',
          { class: 'action-row' },
          button(t('panel.edit'), () => commands.editTie(tie), { 'data-testid': 'edit-tie', disabled: state.history.busy }),
          button(t('panel.delete'), () => commands.deleteTie(tie), {
            class: 'danger',
            'data-testid': 'delete-tie',
            disabled: state.history.busy,
          }),
        )
      : readOnlyNote(),
    claimsSection({ tieId: tie.id }, tie.evidence, state),
  ];
}
