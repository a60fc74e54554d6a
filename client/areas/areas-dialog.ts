/**
 * Admin areas, for the roles that edit the map: every area as a tree (each region followed by its
 * districts), found by name in any language or p-code, created, edited and deleted. A delete the
 * API refuses (records still point to the area) shows the API's message, which counts the records
 * the user may see. After each change the workbench's areas are reloaded, so pickers and filters
 * name the new area at once.
 */
import { AREAS_CHANGED } from '../map-view/areas-changed.js';
import type { AdminArea } from '../../server/contracts/index.js';
import { fetchAreas } from '../api.js';
import { deleteArea } from '../api/areas.js';
import { failureText } from '../accounts/account-kit.js';
import { t } from '../i18n/i18n.js';
import * as store from '../state.js';
import { openTransferDialog, statusLine } from '../transfer/dialog.js';
import { h } from '../ui/dom.js';
import { areaMatches } from '../ui/forms/area-picker.js';
import { levelName, openAreaForm } from './area-form.js';
import { areasInTreeOrder } from './area-tree.js';
import { openBoundaryImport } from './boundary-import.js';
import './areas.css';

export function openAreasDialog(): void {
  const ui = openTransferDialog({ title: t('areas.title'), testId: 'areas-dialog', wide: true });
  const status = statusLine('areas-status');
  const find = h('input', { type: 'search', id: 'areas-find', autocomplete: 'off', placeholder: t('areas.findPlaceholder') });
  const create = h('button', { type: 'button', class: 'accounts-primary', 'data-testid': 'area-new' }, t('areas.newArea'));
  const boundaries = h('button', { type: 'button', 'data-testid': 'boundary-import' }, t('areas.importBoundaries'));
  const rows = h('tbody', {});
  const count = h('p', { class: 'transfer-note', 'aria-live': 'polite' });
  ui.body.append(
    h('div', { class: 'areas-toolbar' }, h('label', { for: 'areas-find' }, t('areas.find')), find, create, boundaries),
    status.element,
    count,
    h(
      'div',
      { class: 'transfer-table-wrap transfer-table-tall', tabindex: '0', role: 'region', 'aria-label': t('areas.title') },
      h(
        'table',
        { class: 'transfer-table areas-table', 'data-testid': 'areas-table' },
        h('caption', { class: 'visually-hidden' }, t('areas.caption')),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            ...[t('areas.colName'), t('areas.pcode'), t('areas.levelField'), t('areas.colOtherNames'), ''].map((label) =>
              h('th', { scope: 'col' }, label),
            ),
          ),
        ),
        rows,
      ),
    ),
  );

  let areas: AdminArea[] = [...store.getState().areasById.values()];

  async function reload(focusId?: string): Promise<void> {
    try {
      areas = await fetchAreas();
      const { elements } = store.getState();
      store.setMapData(elements, areas);
    } catch (error) {
      status.show(t('areas.loadFailed', { message: failureText(error) }), 'error');
    }
    draw();
    if (focusId) rows.querySelector<HTMLElement>(`[data-area-edit="${focusId}"]`)?.focus();
  }

  /** After an edit, a delete or a boundary import: the list read again, and the area map told (its boundaries may differ). */
  function changed(focusId?: string): void {
    void reload(focusId);
    window.dispatchEvent(new Event(AREAS_CHANGED));
  }

  function draw(): void {
    const typed = find.value;
    const shown = areasInTreeOrder(areas).filter(({ area }) => areaMatches(area, typed));
    count.textContent = typed
      ? t('areas.countMatching', { shown: shown.length, total: areas.length })
      : t('areas.count', { total: areas.length });
    rows.replaceChildren(...shown.map(({ area, depth }) => row(area, depth)));
  }

  function row(area: AdminArea, depth: number): HTMLTableRowElement {
    const edit = h(
      'button',
      { type: 'button', 'data-area-edit': area.id, 'aria-label': t('areas.editLabel', { name: area.name }) },
      t('areas.edit'),
    );
    const remove = h(
      'button',
      { type: 'button', 'data-area-delete': area.id, 'aria-label': t('areas.deleteLabel', { name: area.name }) },
      t('areas.delete'),
    );
    edit.addEventListener('click', () => {
      void openAreaForm(area, areas).then((saved) => {
        if (!saved) return;
        status.show(t('areas.saved', { name: saved.name }));
        changed(saved.id);
      });
    });
    remove.addEventListener('click', () => {
      if (!window.confirm(t('areas.confirmDelete', { name: area.name }))) return;
      deleteArea(area.id).then(
        () => {
          status.show(t('areas.deleted', { name: area.name }));
          changed();
        },
        (error: unknown) => status.show(failureText(error), 'error'),
      );
    });
    const others = Object.entries(area.names ?? {})
      .map(([language, name]) => `${language}: ${name}`)
      .join(' · ');
    return h(
      'tr',
      { 'data-area-row': area.id },
      h(
        'td',
        {},
        h(
          'span',
          { class: 'areas-name', style: `padding-inline-start: ${depth * 1.2}rem` },
          h('bdi', { 'data-record-text': '' }, area.name),
          area.isCapital ? h('span', { class: 'areas-capital' }, ' ', t('areas.capitalMark')) : null,
        ),
      ),
      h('td', { 'data-record-text': '' }, area.pcode ?? ''),
      h('td', {}, levelName(area.level ?? 1)),
      h('td', { dir: 'auto', 'data-record-text': '' }, others),
      h('td', { class: 'areas-actions' }, edit, remove),
    );
  }

  find.addEventListener('input', draw);
  create.addEventListener('click', () => {
    void openAreaForm(null, areas).then((saved) => {
      if (!saved) return;
      status.show(t('areas.created', { name: saved.name }));
      void reload(saved.id);
    });
  });
  // Boundaries may create areas: the list is read again after an import, and the area map draws them.
  boundaries.addEventListener('click', () => openBoundaryImport(() => changed()));
  draw();
  void reload();
  find.focus();
}
