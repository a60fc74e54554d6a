/**
 * Small building blocks shared by the analysis tabs: number formats, a loading/error area that
 * shows the API's own message, a sortable table whose first cell is a keyboard-reachable button,
 * and the tie-type/date parameter fields. Kept here so each tab file is only about its analysis.
 */
import type { Core } from 'cytoscape';
import { TIE_TYPES, type AdminArea, type TieType } from '../../server/contracts/index.js';
import { asApiError } from '../actions.js';
import { h } from '../ui/dom.js';
import { tieTypeLabel } from '../i18n/vocabulary.js';
import { formatNumber, t } from '../i18n/i18n.js';

/** The network's Cytoscape instance, mounted on the first call if it was not yet (client/network-view.ts). */
export type NetworkMap = () => Promise<Core>;

/** What a tab needs from the page: the selection and names for ids. */
export interface AnalysisContext {
  /** Select the actor on the map and open its panel, keeping it clear of the analysis panel. */
  selectActor(id: string): void;
  actorName(id: string): string;
  /** The acronym when there is one, else the name cut short (for narrow headers). */
  shortName(id: string): string;
  areaName(id: string): string;
  /** The selected actor's id, if an actor is selected. */
  selectedActorId(): string | null;
  /** Every actor on the loaded map, for pickers. */
  actors(): readonly { id: string; name: string; kind: string }[];
  /** Every admin area with its level and parent (the coordination grid's scope). */
  areas(): readonly AdminArea[];
  /** Whether the user may change records (assign roles, edit mechanisms) from a tab. */
  canEdit: boolean;
}

/** 0.7 -> "70%", 0.125 -> "12.5%" (one decimal only when a whole percent would hide it). */
export function formatShare(value: number | null): string {
  if (value === null) return '–';
  const digits = Number.isInteger(Math.round(value * 1000) / 10) ? 0 : 1;
  return formatNumber(value, { style: 'percent', maximumFractionDigits: digits });
}

export function formatInt(value: number): string {
  return formatNumber(value);
}

/** A centrality in [0, 1]: three decimals, or "< 0.001" rather than a misleading zero. */
export function formatMetric(value: number, digits = 3): string {
  if (value === 0) return '0';
  const limit = 10 ** -digits;
  // In the page's language (decimal comma in French); English reads as `toFixed` did.
  if (Math.abs(value) < limit) return t('analysis.below', { limit: formatNumber(limit) });
  return formatNumber(value, { minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: false });
}

/**
 * A region that shows one request at a time: "Loading…", then the rendered result or the API's
 * error message. A new `run` cancels the previous request.
 */
export function createLoader(container: HTMLElement) {
  let controller: AbortController | null = null;
  return function run<T>(fetcher: (signal: AbortSignal) => Promise<T>, render: (result: T) => Node | Node[]): Promise<void> {
    controller?.abort();
    const current = new AbortController();
    controller = current;
    container.setAttribute('aria-busy', 'true');
    container.replaceChildren(h('p', { class: 'an-status', role: 'status' }, t('analysis.loading')));
    return fetcher(current.signal).then(
      (result) => {
        if (current.signal.aborted) return;
        container.removeAttribute('aria-busy');
        const rendered = render(result);
        container.replaceChildren(...(Array.isArray(rendered) ? rendered : [rendered]));
      },
      (error: unknown) => {
        if (current.signal.aborted) return;
        container.removeAttribute('aria-busy');
        const apiError = asApiError(error);
        container.replaceChildren(
          h(
            'p',
            { class: 'an-error', role: 'alert', 'data-testid': 'analysis-error' },
            h('strong', {}, t('analysis.failed')),
            apiError.message,
          ),
        );
      },
    );
  };
}

export interface AnalysisColumn<R> {
  key: string;
  label: string;
  /** Full wording for abbreviated headers (shown as a tooltip and read by screen readers). */
  title?: string;
  cell(row: R): Node | string;
  sort(row: R): string | number;
  numeric?: boolean;
}

export interface AnalysisTableOptions<R> {
  caption: string;
  testId: string;
  columns: AnalysisColumn<R>[];
  rowId(row: R): string;
  /** First column's button label; clicking it (or Enter) calls onSelect. */
  rowLabel(row: R): string;
  onSelect(row: R): void;
  sortKey: string;
  descending: boolean;
}

/** A sortable table (header buttons with aria-sort); the first column is a select button. */
export function sortableTable<R>(options: AnalysisTableOptions<R>, rows: readonly R[]): HTMLElement {
  const wrap = h('div', { class: 'an-table-wrap', 'data-testid': options.testId });
  let sortKey = options.sortKey;
  let descending = options.descending;
  const draw = (focusKey?: string) => {
    const column = options.columns.find((c) => c.key === sortKey) ?? options.columns[0]!;
    const sorted = [...rows].sort((a, b) => {
      const x = column.sort(a);
      const y = column.sort(b);
      const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
      return descending ? -order : order;
    });
    const head = h(
      'tr',
      {},
      ...options.columns.map((c) => {
        const active = c.key === column.key;
        const button = h(
          'button',
          { type: 'button', class: 'sort-button', 'data-sort': c.key, title: c.title },
          c.label,
          active ? (descending ? ' ▼' : ' ▲') : '',
        );
        // The spoken name starts with the visible words (WCAG 2.5.3, label in name): "Score" is read
        // "Score: Signed closeness…", "Deg." is read "Deg.: Degree: ties touching the actor".
        if (c.title)
          button.setAttribute(
            'aria-label',
            c.title.startsWith(`${c.label} `) ? c.title : t('analysis.columnName', { label: c.label, title: c.title }),
          );
        button.addEventListener('click', () => {
          descending = active ? !descending : c.numeric === true;
          sortKey = c.key;
          draw(c.key);
        });
        return h(
          'th',
          { scope: 'col', class: c.numeric ? 'num' : undefined, 'aria-sort': active ? (descending ? 'descending' : 'ascending') : 'none' },
          button,
        );
      }),
    );
    const body = sorted.map((row) => {
      const rest = options.columns.slice(1);
      const select = h('button', { type: 'button', class: 'link', dir: 'auto', 'data-select': options.rowId(row) }, options.rowLabel(row));
      select.addEventListener('click', () => options.onSelect(row));
      return h(
        'tr',
        { 'data-row-id': options.rowId(row) },
        h('th', { scope: 'row' }, select),
        ...rest.map((c) => h('td', { class: c.numeric ? 'num' : undefined }, c.cell(row))),
      );
    });
    wrap.replaceChildren(
      h(
        'table',
        { class: 'an-table' },
        h('caption', { class: 'visually-hidden' }, options.caption),
        h('thead', {}, head),
        h('tbody', {}, ...body),
      ),
    );
    if (rows.length === 0) wrap.append(h('p', { class: 'an-note' }, t('analysis.nothing')));
    if (focusKey) wrap.querySelector<HTMLButtonElement>(`[data-sort="${focusKey}"]`)?.focus();
  };
  draw();
  return wrap;
}

/** The parameters every analysis shares: which tie types count, and a date ties must be valid on. */
export function graphFilterFields(idPrefix: string) {
  const boxes = TIE_TYPES.map((type) => {
    const id = `${idPrefix}-tie-${type}`;
    const box = h('input', { type: 'checkbox', id, value: type, checked: true });
    return { type, box, row: h('label', { for: id, class: 'an-check' }, box, ` ${tieTypeLabel(type)}`) };
  });
  const date = h('input', { type: 'date', id: `${idPrefix}-date` });
  const summary = h('summary', {}, t('analysis.tieTypesAll'));
  const update = () => {
    const on = boxes.filter((b) => b.box.checked).length;
    summary.textContent = on === boxes.length ? t('analysis.tieTypesAll') : t('analysis.tieTypesSome', { on, total: boxes.length });
  };
  for (const b of boxes) b.box.addEventListener('change', update);
  const element = h(
    'div',
    { class: 'an-filters' },
    h('details', { class: 'an-tie-types' }, summary, h('div', { class: 'an-tie-list' }, ...boxes.map((b) => b.row))),
    h('label', { for: date.id }, t('analysis.validOn')),
    date,
  );
  return {
    element,
    /** Undefined means every type (the server's default). */
    values(): { tieTypes?: TieType[]; date?: string } {
      const chosen = boxes.filter((b) => b.box.checked).map((b) => b.type);
      return { ...(chosen.length < boxes.length ? { tieTypes: chosen } : {}), ...(date.value ? { date: date.value } : {}) };
    },
  };
}

/** A titled block inside a tab. */
export function section(title: string, testId: string, ...children: (Node | string | null)[]): HTMLElement {
  return h('section', { class: 'an-section', 'data-testid': testId }, h('h3', {}, title), ...children);
}
