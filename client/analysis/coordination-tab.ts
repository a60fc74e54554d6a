/**
 * Coordination (the leadership view): for each handbook output and admin area, whether someone
 * leads there (gap), too many hold roles without a shared mechanism (overlap) or one actor holds
 * the only role (fragile); then the donors funding the same organization for the same output, and
 * the outputs x agencies matrix of lead and support roles. Cells carry a text label and a pattern
 * as well as a colour, so the grid reads in grey scale and to screen readers.
 *
 * At a real country's scale (20-150 areas) the grid shows the areas in scope (coordination-scope.ts)
 * with the output column and the area header sticky, opens a cell's detail next to the cell, and
 * lets an editor close a gap on the spot; every edit goes through the undo history, and the tab
 * reloads after any edit, undo or redo so the cell shows the change.
 */
import type { CoordinationCell, CoordinationResult, MechanismRecord } from '../../server/contracts/index.js';
import { fetchCoordination } from '../api/analysis.js';
import { fetchMechanisms } from '../api/coordination-records.js';
import { EDITED_EVENT } from '../edit/edit-actions.js';
import { getState, subscribe } from '../state.js';
import { h } from '../ui/dom.js';
import { createCellDetail } from './coordination-detail.js';
import { openMechanismForm, openRoleForm } from './coordination-forms.js';
import { DEFAULT_SCOPE, scopeControls, scopeQuery, type CoordinationScope } from './coordination-scope.js';
import { createLoader, section, type AnalysisContext } from './kit.js';
import { t, tParts, type MessageKey } from '../i18n/i18n.js';
import { analysisSentence } from '../i18n/api-messages.js';

/**
 * A mechanism's kind as a word inside a sentence ("cluster", "donor group"): lower case where the
 * language wants it, so these are the tab's own words rather than the vocabulary's capitalized
 * labels. A kind the catalogue does not know reads as its code, spaced.
 */
const mechanismKind = (kind: string): string => {
  const key = `analysis-coordination.mechanismKind_${kind}`;
  const word = t(key as MessageKey);
  return word === key ? kind.replaceAll('_', ' ') : word;
};

/** Funders joined as the sentence says them ("A and B"). */
const fundersList = (names: readonly string[]): string => names.join(t('analysis-coordination.and'));

const STATUSES = ['gap', 'overlap', 'fragile', 'ok'] as const;
type Status = (typeof STATUSES)[number];
/** A cell's flag as a word on the cell ("Gap") and its meaning in the key. */
const flagLabel = (status: Status): string => t(`analysis-coordination.flag_${status}` as MessageKey);
const flagMeaning = (status: Status): string => t(`analysis-coordination.flagMeaning_${status}` as MessageKey);

function cellStatus(cell: CoordinationCell): Status {
  return cell.flags[0] ?? 'ok';
}

function legend(): HTMLElement {
  return h(
    'ul',
    { class: 'an-key', 'aria-label': t('analysis-coordination.keyLabel') },
    ...STATUSES.map((status) =>
      h('li', {}, h('span', { class: `an-cell an-cell-${status}` }, flagLabel(status)), ` ${flagMeaning(status)}`),
    ),
    h(
      'li',
      {},
      h('strong', {}, t('analysis-coordination.cellCount', { leads: 1, supports: 2 })),
      ` ${t('analysis-coordination.cellCountKey')}`,
    ),
  );
}

function grid(
  result: CoordinationResult,
  areas: CoordinationResult['areas'],
  showCell: (cell: CoordinationCell, button: HTMLElement) => void,
): HTMLElement {
  const cells = new Map(result.cells.map((cell) => [`${cell.outputId}|${cell.areaId}`, cell]));
  const head = h(
    'tr',
    {},
    h('th', { scope: 'col' }, t('analysis-coordination.output')),
    ...areas.map((area) =>
      h(
        'th',
        { scope: 'col', class: area.isCapital ? 'an-capital' : undefined },
        area.name,
        area.isCapital ? h('span', { class: 'an-sub' }, t('analysis-coordination.capital')) : null,
      ),
    ),
  );
  const rows = result.outputs.map((output) =>
    h(
      'tr',
      {},
      h('th', { scope: 'row' }, output.title),
      ...areas.map((area) => {
        const cell = cells.get(`${output.id}|${area.id}`);
        if (!cell) return h('td', {}, '—');
        const labels = cell.flags.length ? cell.flags.map(flagLabel).join(' · ') : flagLabel('ok');
        const button = h(
          'button',
          {
            type: 'button',
            class: `an-cell an-cell-${cellStatus(cell)}`,
            'data-output': output.id,
            'data-area': area.id,
            'data-flags': cell.flags.join(' ') || 'ok',
            title: cell.explanation,
          },
          // The name starts with the words on the button (WCAG 2.5.3, label in name), then spells out the counts and the place.
          labels,
          h(
            'span',
            { class: 'an-cell-count', 'aria-hidden': 'true' },
            t('analysis-coordination.cellCount', { leads: cell.leads.length, supports: cell.supports.length }),
          ),
          h(
            'span',
            { class: 'visually-hidden' },
            t('analysis-coordination.cellSpoken', {
              leads: cell.leads.length,
              supports: cell.supports.length,
              output: output.title,
              area: area.name,
            }),
          ),
        );
        button.addEventListener('click', () => showCell(cell, button));
        return h('td', {}, button);
      }),
    ),
  );
  // No scrolling wrapper: the tab itself scrolls, so the area names (top) and outputs (left) stay in view (sticky).
  return h(
    'table',
    { class: 'an-grid', 'data-testid': 'analysis-coordination-grid' },
    h('caption', { class: 'visually-hidden' }, t('analysis-coordination.gridCaption')),
    h('thead', {}, head),
    h('tbody', {}, ...rows),
  );
}

function duplications(result: CoordinationResult, context: AnalysisContext): HTMLElement {
  if (result.duplications.length === 0) return h('p', { class: 'an-note' }, t('analysis-coordination.noDuplication'));
  return h(
    'ul',
    { class: 'an-dups', 'data-testid': 'analysis-duplications' },
    ...result.duplications.map((dup) => {
      const recipient = h('button', { type: 'button', class: 'link', dir: 'auto' }, dup.recipient.name);
      recipient.addEventListener('click', () => context.selectActor(dup.recipient.id));
      return h(
        'li',
        { 'data-recipient': dup.recipient.id, class: dup.coordinated ? 'an-dup-ok' : 'an-dup-warn' },
        h(
          'span',
          { class: 'an-badge' },
          dup.coordinated ? t('analysis-coordination.coordinated') : t('analysis-coordination.notCoordinated'),
        ),
        ' ',
        // The sentence in the language's order, the recipient (a button) and the funders kept as elements.
        ...tParts('analysis-coordination.fundedBy', {
          recipient,
          output: dup.outputTitle,
          funders: h('strong', { dir: 'auto' }, fundersList(dup.funders.map((f) => f.name))),
        }),
        h('span', { class: 'an-sub' }, ...analysisSentence(dup.explanation, dup.explanationCode)),
      );
    }),
  );
}

function matrix(result: CoordinationResult, context: AnalysisContext): HTMLElement {
  const titles = new Map(result.outputs.map((o) => [o.id, o.title]));
  const { agencies, rows } = result.matrix;
  const names = new Map(agencies.map((a) => [a.id, a.name]));
  return h(
    'div',
    { class: 'an-scroll' },
    h(
      'table',
      { class: 'an-heat', 'data-testid': 'analysis-matrix' },
      h('caption', { class: 'visually-hidden' }, t('analysis-coordination.matrixCaption')),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, t('analysis-coordination.output')),
          ...agencies.map((a) =>
            h(
              'th',
              { scope: 'col', class: 'an-vertical', title: a.name },
              h('span', { 'aria-hidden': 'true' }, context.shortName(a.id)),
              h('span', { class: 'visually-hidden' }, a.name),
            ),
          ),
        ),
      ),
      h(
        'tbody',
        {},
        ...rows.map((row) =>
          h(
            'tr',
            {},
            h('th', { scope: 'row' }, titles.get(row.outputId) ?? row.outputId),
            ...row.cells.map((cell) => {
              const where = cell.role === 'lead' ? cell.leadAreaIds.length : cell.supportAreaIds.length;
              const text =
                cell.role === 'lead'
                  ? t('analysis-coordination.leadLetter')
                  : cell.role === 'support'
                    ? t('analysis-coordination.supportLetter')
                    : '';
              const full = t('analysis-coordination.matrixCell', {
                actor: names.get(cell.actorId) ?? cell.actorId,
                output: titles.get(row.outputId) ?? row.outputId,
                role: cell.role,
                scope: where ? 'areas' : cell.globalRole ? 'global' : 'none',
                areas: where,
              });
              return h(
                'td',
                { class: `an-heat-${cell.role}`, title: full, 'data-role': cell.role },
                text,
                h('span', { class: 'visually-hidden' }, full),
              );
            }),
          ),
        ),
      ),
    ),
  );
}

function mechanismList(
  mechanisms: readonly MechanismRecord[],
  open: (mechanism: MechanismRecord | null) => void,
  canEdit: boolean,
): HTMLElement {
  const create = h('button', { type: 'button', 'data-testid': 'new-mechanism' }, t('analysis-coordination.newMechanism'));
  create.addEventListener('click', () => open(null));
  const items = mechanisms.map((mechanism) => {
    const link = h('button', { type: 'button', class: 'link', 'data-mechanism-id': mechanism.id }, mechanism.name);
    link.addEventListener('click', () => open(mechanism));
    return h(
      'li',
      {},
      link,
      h(
        'span',
        { class: 'an-sub' },
        ` ${t('analysis-coordination.mechanismMeta', { kind: mechanismKind(mechanism.kind), members: mechanism.memberIds.length })}`,
      ),
    );
  });
  return h(
    'div',
    { 'data-testid': 'mechanism-list' },
    canEdit ? create : null,
    items.length ? h('ul', { class: 'an-mechanisms' }, ...items) : h('p', { class: 'an-note' }, t('analysis-coordination.noMechanism')),
  );
}

export function mountCoordinationTab(container: HTMLElement, context: AnalysisContext): () => void {
  const results = h('div');
  const load = createLoader(results);
  let scope: CoordinationScope = DEFAULT_SCOPE;
  let loaded = false;
  let reopen: { outputId: string; areaId: string } | null = null;
  const refresh = () =>
    load(
      async (signal) => ({ result: await fetchCoordination(scopeQuery(scope), signal), mechanisms: await fetchMechanisms(signal) }),
      ({ result, mechanisms }) => {
        loaded = true;
        const mechanismsById = new Map(mechanisms.map((m) => [m.id, m]));
        const outputTitle = (id: string) => result.outputs.find((o) => o.id === id)?.title ?? id;
        const openMechanism = (mechanism: MechanismRecord | null) => {
          if (!context.canEdit) return;
          void openMechanismForm(mechanism, { outputs: result.outputs, areas: result.areas }, context);
        };
        const body = h('div');
        const render = () => {
          // The server counts and lists only the areas in scope, and states the scope.
          const areas = result.areas;
          const wrap = h('div', { class: 'an-grid-wrap' });
          const detail = createCellDetail(wrap, context);
          const showCell = (cell: CoordinationCell, button: HTMLElement) => {
            reopen = { outputId: cell.outputId, areaId: cell.areaId };
            detail.show(cell, button, {
              outputTitle: outputTitle(cell.outputId),
              areaName: context.areaName(cell.areaId),
              mechanisms: mechanismsById,
              openMechanism,
              assign: (role) =>
                void openRoleForm(
                  {
                    outputId: cell.outputId,
                    outputTitle: outputTitle(cell.outputId),
                    areaId: cell.areaId,
                    areaName: context.areaName(cell.areaId),
                    role,
                    areas,
                  },
                  context,
                ),
            });
          };
          wrap.prepend(grid(result, areas, showCell));
          const counts = t('analysis-coordination.counts', {
            gaps: result.gaps.length,
            overlaps: result.overlaps.length,
            fragile: result.fragile.length,
            duplications: result.duplications.length,
          });
          body.replaceChildren(
            h('p', { class: 'an-summary', 'data-testid': 'analysis-coordination-summary' }, counts),
            h(
              'p',
              { class: 'an-note', 'data-testid': 'coordination-scope-statement' },
              h('span', {}, ...analysisSentence(result.scope.statement, result.scope.statementCode)),
              ` ${t('analysis-coordination.countedInScope')}`,
            ),
            section(
              t('analysis-coordination.outputsByArea'),
              'analysis-coordination-cells',
              scopeControls(scope, context.areas(), (next) => {
                scope = next;
                void refresh();
              }),
              legend(),
              wrap,
            ),
            section(
              t('analysis-coordination.mechanisms'),
              'analysis-coordination-mechanisms',
              mechanismList(mechanisms, openMechanism, context.canEdit),
            ),
            section(t('analysis-coordination.duplications'), 'analysis-coordination-duplications', duplications(result, context)),
            section(
              t('analysis-coordination.outputsByAgency'),
              'analysis-coordination-matrix',
              h(
                'ul',
                { class: 'an-key' },
                h(
                  'li',
                  {},
                  h('span', { class: 'an-heat-key an-heat-lead' }, t('analysis-coordination.leadLetter')),
                  ` ${t('analysis-coordination.lead')}`,
                ),
                h(
                  'li',
                  {},
                  h('span', { class: 'an-heat-key an-heat-support' }, t('analysis-coordination.supportLetter')),
                  ` ${t('analysis-coordination.support')}`,
                ),
                h('li', {}, h('span', { class: 'an-heat-key an-heat-none' }, ''), ` ${t('analysis-coordination.noRole')}`),
              ),
              matrix(result, context),
            ),
          );
          // After an edit the cell the user worked on opens again, showing the change.
          const again = reopen && wrap.querySelector<HTMLElement>(`[data-output="${reopen.outputId}"][data-area="${reopen.areaId}"]`);
          const cell = reopen && result.cells.find((c) => c.outputId === reopen!.outputId && c.areaId === reopen!.areaId);
          if (again && cell) requestAnimationFrame(() => showCell(cell, again));
        };
        render();
        return body;
      },
    );
  container.append(h('p', { class: 'an-intro' }, t('analysis-coordination.intro')));
  container.append(results);
  // Roles and mechanisms are not drawn on the map, so the grid reloads itself after any edit, undo or
  // redo; and after an import or a change of admin areas (new map data or areas), which change the
  // areas in scope without being edits on the history.
  window.addEventListener(EDITED_EVENT, () => {
    if (loaded) void refresh();
  });
  let seen = { elements: getState().elements, areas: getState().areasById };
  subscribe((state) => {
    if (state.elements === seen.elements && state.areasById === seen.areas) return;
    seen = { elements: state.elements, areas: state.areasById };
    if (loaded) void refresh();
  });
  return () => void refresh();
}
