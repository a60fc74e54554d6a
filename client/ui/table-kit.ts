/**
 * A sortable, filterable, paged data table that shares the map's selection: a row's first cell
 * is a button that selects the record (Enter or click), the selected row is marked
 * `aria-selected`, and column headers are sort buttons with `aria-sort`. This is also how screen
 * reader users reach the data: it is a real `<table>` with headers, not a picture.
 */
import { h } from './dom.js';
import { t } from '../i18n/i18n.js';

export interface Column<R> {
  key: string;
  label: string;
  text(row: R): string;
  /** Sort key; defaults to the text. */
  sort?(row: R): string | number;
  numeric?: boolean;
}

export interface TableOptions<R> {
  caption: string;
  columns: Column<R>[];
  rowId(row: R): string;
  /** The label of the row's select button (its first column). */
  rowLabel(row: R): string;
  onSelect(row: R): void;
  /** Absent for roles without `edit`: the rows then have no Edit/Delete column at all. */
  onEdit?(row: R): void;
  onDelete?(row: R): void;
  testId: string;
}

const PAGE = 100;

export interface TableState {
  sortKey: string;
  descending: boolean;
  filter: string;
  page: number;
}

export function renderTable<R>(
  options: TableOptions<R>,
  rows: readonly R[],
  selectedId: string | null,
  ui: TableState,
  rerender: () => void,
): HTMLElement {
  const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();
  const query = fold(ui.filter.trim());
  const filtered = query ? rows.filter((row) => options.columns.some((column) => fold(column.text(row)).includes(query))) : [...rows];
  const column = options.columns.find((c) => c.key === ui.sortKey) ?? options.columns[0]!;
  const sortValue = column.sort ?? column.text;
  filtered.sort((a, b) => {
    const x = sortValue(a);
    const y = sortValue(b);
    const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
    return ui.descending ? -order : order;
  });
  const pages = Math.max(1, Math.ceil(filtered.length / PAGE));
  ui.page = Math.min(ui.page, pages - 1);
  const slice = filtered.slice(ui.page * PAGE, (ui.page + 1) * PAGE);

  const filterBox = h('input', {
    type: 'search',
    id: `${options.testId}-filter`,
    value: ui.filter,
    'data-testid': `${options.testId}-filter`,
  });
  filterBox.addEventListener('input', () => {
    ui.filter = filterBox.value;
    ui.page = 0;
    rerender();
    document.getElementById(`${options.testId}-filter`)?.focus();
  });
  const editable = Boolean(options.onEdit && options.onDelete);
  const head = h(
    'tr',
    {},
    ...options.columns.map((c) => {
      const sorted = c.key === column.key;
      const sortButton = h(
        'button',
        { type: 'button', class: 'sort-button', 'data-sort': c.key },
        c.label,
        sorted ? (ui.descending ? ' ▼' : ' ▲') : '',
      );
      sortButton.addEventListener('click', () => {
        ui.descending = sorted ? !ui.descending : false;
        ui.sortKey = c.key;
        rerender();
        document.querySelector<HTMLButtonElement>(`[data-testid="${options.testId}"] [data-sort="${c.key}"]`)?.focus();
      });
      return h(
        'th',
        { scope: 'col', 'aria-sort': sorted ? (ui.descending ? 'descending' : 'ascending') : 'none', class: c.numeric ? 'num' : undefined },
        sortButton,
      );
    }),
    editable ? h('th', { scope: 'col' }, h('span', { class: 'visually-hidden' }, t('views.actions'))) : null,
  );
  const body = h(
    'tbody',
    {},
    ...slice.map((row) => {
      const id = options.rowId(row);
      const selectButton = h('button', { type: 'button', class: 'link', dir: 'auto', 'data-select': id }, options.rowLabel(row));
      selectButton.addEventListener('click', () => options.onSelect(row));
      const { onEdit, onDelete } = options;
      const actions = editable ? h('td', { class: 'row-actions' }) : null;
      if (actions && onEdit && onDelete) {
        const edit = h(
          'button',
          { type: 'button', class: 'small', 'aria-label': t('views.editRow', { row: options.rowLabel(row) }) },
          t('views.edit'),
        );
        edit.addEventListener('click', () => onEdit(row));
        const remove = h(
          'button',
          { type: 'button', class: 'small danger', 'aria-label': t('views.deleteRow', { row: options.rowLabel(row) }) },
          t('views.delete'),
        );
        remove.addEventListener('click', () => onDelete(row));
        actions.append(edit, remove);
      }
      return h(
        'tr',
        { 'data-row-id': id, 'aria-selected': id === selectedId ? 'true' : 'false' },
        h('th', { scope: 'row' }, selectButton),
        ...options.columns.slice(1).map((c) => h('td', { class: c.numeric ? 'num' : undefined, dir: 'auto' }, c.text(row))),
        actions,
      );
    }),
  );
  const pager = h('div', { class: 'pager' });
  if (pages > 1) {
    const prev = h('button', { type: 'button', disabled: ui.page === 0 }, t('views.previous'));
    const next = h('button', { type: 'button', disabled: ui.page >= pages - 1 }, t('views.next'));
    prev.addEventListener('click', () => {
      ui.page -= 1;
      rerender();
    });
    next.addEventListener('click', () => {
      ui.page += 1;
      rerender();
    });
    pager.append(prev, h('span', {}, ` Page ${ui.page + 1} of ${pages} `), next);
  }
  return h(
    'div',
    { class: 'data-table-wrap', 'data-testid': options.testId },
    h(
      'div',
      { class: 'table-tools' },
      h('label', { for: `${options.testId}-filter` }, t('views.filterRows')),
      filterBox,
      h(
        'span',
        { class: 'table-count', 'data-count': String(filtered.length) },
        t('views.rowCount', { shown: filtered.length, total: rows.length }),
      ),
    ),
    h('table', { class: 'data-table' }, h('caption', { class: 'visually-hidden' }, options.caption), h('thead', {}, head), body),
    pager,
  );
}
