/**
 * Share: copy a link to this view, named saved views (stored in the database, with every actor's
 * position and the pins), and the choice of renderer (WebGL where the browser has a GPU). A
 * `<details>` menu, so it is reachable and closable with the keyboard. Files of the map, data or
 * picture, are made in the one Export dialog (transfer/export-dialog.ts).
 */
import type { AppState } from '../state.js';
import { t } from '../i18n/i18n.js';
import { h } from './dom.js';

export interface ShareCommands {
  copyLink(): Promise<string>;
  saveView(name: string): void;
  openView(id: string): void;
  deleteView(id: string): void;
  setRenderer(webgl: boolean): void;
}

export function mountShareMenu(container: HTMLElement, commands: ShareCommands, webgl: boolean) {
  const link = h('input', { type: 'text', id: 'share-link', readonly: true, 'data-testid': 'share-link' });
  const copy = h('button', { type: 'button', 'data-testid': 'copy-link' }, t('toolbar.copyLink'));
  copy.addEventListener('click', () => {
    void commands.copyLink().then((url) => {
      link.value = url;
      link.select();
    });
  });

  const viewName = h('input', {
    type: 'text',
    id: 'view-name',
    placeholder: t('toolbar.viewName'),
    dir: 'auto',
    'data-testid': 'view-name',
  });
  const save = h('button', { type: 'button', 'data-testid': 'save-view' }, t('toolbar.saveView'));
  save.addEventListener('click', () => {
    if (viewName.value.trim()) commands.saveView(viewName.value.trim());
    else viewName.focus();
  });
  const saved = h('select', { id: 'saved-views', 'data-testid': 'saved-views' });
  const open = h('button', { type: 'button', 'data-testid': 'open-view' }, t('toolbar.open'));
  const remove = h('button', { type: 'button', class: 'danger' }, t('toolbar.delete'));
  open.addEventListener('click', () => saved.value && commands.openView(saved.value));
  remove.addEventListener('click', () => saved.value && commands.deleteView(saved.value));

  const renderer = h('input', { type: 'checkbox', id: 'webgl-renderer', checked: webgl });
  renderer.addEventListener('change', () => commands.setRenderer(renderer.checked));
  const gpu = (() => {
    try {
      return document.createElement('canvas').getContext('webgl2') !== null;
    } catch {
      return false;
    }
  })();

  container.append(
    h(
      'details',
      { class: 'menu', 'data-testid': 'share-menu' },
      h('summary', {}, t('toolbar.share')),
      h(
        'div',
        { class: 'menu-body' },
        h('h3', {}, t('toolbar.linkHeading')),
        h('div', { class: 'menu-row' }, copy, h('label', { for: 'share-link', class: 'visually-hidden' }, t('toolbar.link')), link),
        h('h3', {}, t('toolbar.savedViews')),
        h('div', { class: 'menu-row' }, h('label', { for: 'view-name', class: 'visually-hidden' }, t('toolbar.viewName')), viewName, save),
        h(
          'div',
          { class: 'menu-row' },
          h('label', { for: 'saved-views', class: 'visually-hidden' }, t('toolbar.savedViews')),
          saved,
          open,
          remove,
        ),
        h('h3', {}, t('toolbar.display')),
        h(
          'div',
          { class: 'menu-row' },
          renderer,
          h('label', { for: 'webgl-renderer' }, t('toolbar.webgl')),
          gpu ? null : h('span', { class: 'menu-note' }, ` ${t('toolbar.noGpu')}`),
        ),
      ),
    ),
  );

  let shown: AppState['savedViews'] | null = null;
  let shownId: string | null = null;
  return (state: Readonly<AppState>): void => {
    if (state.savedViews === shown && state.savedViewId === shownId) return;
    shown = state.savedViews;
    shownId = state.savedViewId;
    saved.replaceChildren(
      ...(state.savedViews.length === 0 ? [h('option', { value: '' }, t('toolbar.noSavedViews'))] : []),
      ...state.savedViews.map((v) => h('option', { value: v.id, selected: v.id === state.savedViewId }, v.name)),
    );
  };
}
