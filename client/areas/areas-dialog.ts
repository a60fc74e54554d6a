/**
 * Admin areas, for the roles that edit the map: every area as a tree (each region followed by its
 * districts), found by name in any language or p-code, created, edited and deleted. A delete the
 * API refuses (records still point to the area) shows the API's message, which counts the records
 * the user may see. After each change the workbench's areas are reloaded, so pickers and filters
 * name the new area at once.
 */
import type { AdminArea } from '../../server/contracts/index.js';
import { fetchAreas } from '../api.js';
import { deleteArea } from '../api/areas.js';
import { failureText } from '../accounts/account-kit.js';
import * as store from '../state.js';
import { openTransferDialog, statusLine } from '../transfer/dialog.js';
import { h } from '../ui/dom.js';
import { areaMatches } from '../ui/forms/area-picker.js';
import { LEVEL_NAMES, openAreaForm } from './area-form.js';
import { areasInTreeOrder } from './area-tree.js';
import './areas.css';

export function openAreasDialog(): void {
  const ui = openTransferDialog({ title: 'Admin areas', testId: 'areas-dialog', wide: true });
  const status = statusLine('areas-status');
  const find = h('input', { type: 'search', id: 'areas-find', autocomplete: 'off', placeholder: 'Name or p-code' });
  const create = h('button', { type: 'button', class: 'accounts-primary', 'data-testid': 'area-new' }, 'New area');
  const rows = h('tbody', {});
  const count = h('p', { class: 'transfer-note', 'aria-live': 'polite' });
  ui.body.append(
    h('div', { class: 'areas-toolbar' }, h('label', { for: 'areas-find' }, 'Find'), find, create),
    status.element,
    count,
    h(
      'div',
      { class: 'transfer-table-wrap transfer-table-tall', tabindex: '0', role: 'region', 'aria-label': 'Admin areas' },
      h(
        'table',
        { class: 'transfer-table areas-table', 'data-testid': 'areas-table' },
        h('caption', { class: 'visually-hidden' }, 'Admin areas, each followed by the areas that lie in it'),
        h('thead', {}, h('tr', {}, ...['Name', 'P-code', 'Level', 'Other names', ''].map((label) => h('th', { scope: 'col' }, label)))),
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
      status.show(`The areas could not be loaded: ${failureText(error)}`, 'error');
    }
    draw();
    if (focusId) rows.querySelector<HTMLElement>(`[data-area-edit="${focusId}"]`)?.focus();
  }

  function draw(): void {
    const typed = find.value;
    const shown = areasInTreeOrder(areas).filter(({ area }) => areaMatches(area, typed));
    count.textContent = typed ? `${shown.length} of ${areas.length} areas match` : `${areas.length} areas`;
    rows.replaceChildren(...shown.map(({ area, depth }) => row(area, depth)));
  }

  function row(area: AdminArea, depth: number): HTMLTableRowElement {
    const edit = h('button', { type: 'button', 'data-area-edit': area.id, 'aria-label': `Edit ${area.name}` }, 'Edit');
    const remove = h('button', { type: 'button', 'data-area-delete': area.id, 'aria-label': `Delete ${area.name}` }, 'Delete');
    edit.addEventListener('click', () => {
      void openAreaForm(area, areas).then((saved) => {
        if (!saved) return;
        status.show(`Saved ${saved.name}.`);
        void reload(saved.id);
      });
    });
    remove.addEventListener('click', () => {
      if (!window.confirm(`Delete the admin area ${area.name}?`)) return;
      deleteArea(area.id).then(
        () => {
          status.show(`Deleted ${area.name}.`);
          void reload();
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
          area.name,
          area.isCapital ? h('span', { class: 'areas-capital' }, ' (capital)') : null,
        ),
      ),
      h('td', {}, area.pcode ?? ''),
      h('td', {}, LEVEL_NAMES[area.level ?? 1] ?? String(area.level)),
      h('td', { dir: 'auto' }, others),
      h('td', { class: 'areas-actions' }, edit, remove),
    );
  }

  find.addEventListener('input', draw);
  create.addEventListener('click', () => {
    void openAreaForm(null, areas).then((saved) => {
      if (!saved) return;
      status.show(`Created ${saved.name}.`);
      void reload(saved.id);
    });
  });
  draw();
  void reload();
  find.focus();
}
