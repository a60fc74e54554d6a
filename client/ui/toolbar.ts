/**
 * The toolbar: which view (map, power/interest grid, actors table, ties table), the layout, the
 * edit buttons (new actor, new tie, draw a tie by dragging), undo and redo (also Ctrl+Z and
 * Ctrl+Shift+Z / Ctrl+Y), and fitting the map. Buttons say what undo would undo. What is used
 * now and then (unpin all, and the tools other modules add to #transfer-tools) sits in the "More"
 * menu (more-menu.ts), so the toolbar is one row at 1280 px.
 */
import { MAP_LAYOUTS, VIEW_MODES, type MapLayout, type ViewMode } from '../../server/contracts/index.js';
import type { AppState } from '../state.js';
import { t, type MessageKey } from '../i18n/i18n.js';
import { h } from './dom.js';
import { mountMoreMenu } from './more-menu.js';
import { mayCoordinate, mayEdit } from './role.js';

export interface ToolbarCommands {
  setMode(mode: ViewMode): void;
  setLayout(layout: MapLayout): void;
  fit(): void;
  newActor(): void;
  newTie(): void;
  toggleDrawTie(on: boolean): void;
  undo(): void;
  redo(): void;
  unpinAll(): void;
}

const modeLabel = (mode: ViewMode): string => t(`toolbar.mode_${mode}` as MessageKey);
const layoutLabel = (layout: MapLayout): string => t(`toolbar.layout_${layout}` as MessageKey);

export function mountToolbar(container: HTMLElement, commands: ToolbarCommands) {
  const modeButtons = VIEW_MODES.map((mode) => {
    const button = h('button', { type: 'button', class: 'tab', 'data-mode': mode, 'aria-pressed': 'false' }, modeLabel(mode));
    button.addEventListener('click', () => commands.setMode(mode));
    return button;
  });
  const layout = h(
    'select',
    { id: 'layout-select', 'data-testid': 'layout-select', title: 'Layout of the map' },
    ...MAP_LAYOUTS.map((value) => h('option', { value }, layoutLabel(value))),
  );
  layout.addEventListener('change', () => commands.setLayout(layout.value as MapLayout));
  const button = (label: string, onClick: () => void, attributes: Record<string, string> = {}) => {
    const element = h('button', { type: 'button', ...attributes }, label);
    element.addEventListener('click', onClick);
    return element;
  };
  const undo = button(t('toolbar.undo'), commands.undo, { 'data-testid': 'undo' });
  const redo = button(t('toolbar.redo'), commands.redo, { 'data-testid': 'redo' });
  const drawTie = button(
    t('toolbar.drawTie'),
    () => {
      const on = drawTie.getAttribute('aria-pressed') !== 'true';
      drawTie.setAttribute('aria-pressed', String(on));
      commands.toggleDrawTie(on);
    },
    { 'aria-pressed': 'false', title: t('toolbar.drawTieHint') },
  );
  const mapOnly = h(
    'div',
    { class: 'toolbar-group' },
    // Named for screen readers; on screen the chosen layout ("Force-directed") says what it is,
    // and its tooltip too: the word "Layout" was what made the toolbar wrap at 1280 px.
    h('label', { for: 'layout-select', class: 'visually-hidden' }, t('toolbar.layout')),
    layout,
    button(t('toolbar.fit'), commands.fit),
  );
  const groups: (HTMLElement | null)[] = [
    h('div', { class: 'toolbar-group tabs', role: 'group', 'aria-label': t('toolbar.view') }, ...modeButtons),
    mapOnly,
    // Roles without `edit` are not offered what the server would refuse (role.ts).
    mayEdit()
      ? h(
          'div',
          { class: 'toolbar-group' },
          button(t('toolbar.newActor'), commands.newActor, { 'data-testid': 'new-actor' }),
          button(t('toolbar.newTie'), commands.newTie, { 'data-testid': 'new-tie' }),
          drawTie,
        )
      : null,
    // Leadership assigns leads from the coordination grid: their changes are undone like anyone's.
    mayEdit() || mayCoordinate() ? h('div', { class: 'toolbar-group' }, undo, redo) : null,
  ];
  container.prepend(...groups.filter((group): group is HTMLElement => group !== null));
  const more = mountMoreMenu(container);
  more.ownGroup.append(button(t('toolbar.unpinAll'), commands.unpinAll, { 'data-testid': 'unpin-all', 'data-map-only': 'true' }));

  document.addEventListener('keydown', (event) => {
    const typing = event.target instanceof HTMLElement && event.target.closest('input, textarea, select, dialog');
    if (typing || !(event.ctrlKey || event.metaKey)) return;
    const key = event.key.toLowerCase();
    if (key === 'z' && !event.shiftKey) {
      event.preventDefault();
      commands.undo();
    } else if ((key === 'z' && event.shiftKey) || key === 'y') {
      event.preventDefault();
      commands.redo();
    }
  });

  return (state: Readonly<AppState>): void => {
    for (const b of modeButtons) b.setAttribute('aria-pressed', String(b.dataset.mode === state.view.mode));
    mapOnly.hidden = state.view.mode !== 'map';
    drawTie.hidden = state.view.mode !== 'map';
    more.setMapMode(state.view.mode === 'map');
    layout.value = state.view.layout;
    const { history } = state;
    undo.disabled = history.undo === null || history.busy;
    redo.disabled = history.redo === null || history.busy;
    undo.title = history.undo ? t('toolbar.undoTitle', { what: history.undo }) : t('toolbar.nothingToUndo');
    redo.title = history.redo ? t('toolbar.redoTitle', { what: history.redo }) : t('toolbar.nothingToRedo');
    undo.setAttribute('aria-label', history.undo ? t('toolbar.undoWhat', { what: history.undo }) : t('toolbar.undo'));
    redo.setAttribute('aria-label', history.redo ? t('toolbar.redoWhat', { what: history.redo }) : t('toolbar.redo'));
  };
}
