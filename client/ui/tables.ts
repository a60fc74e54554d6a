/**
 * The actors table and the ties table: the shown part of the map (same filters) as rows, with
 * the same selection as the map. Built on table-kit.ts; only the visible table is rendered.
 */
import { type GraphEdgeData, type GraphNodeData } from '../../server/contracts/index.js';
import { displayOf } from '../graph/display.js';
import type { AppState } from '../state.js';
import { formatDoNoHarm, formatStance } from './format.js';
import { mayEdit, receivedFields } from './role.js';
import { renderTable, type TableState } from './table-kit.js';
import { confidenceLabel, kindLabel, subtypeLabel, tieTypeLabel } from '../i18n/vocabulary.js';
import { t } from '../i18n/i18n.js';

export interface TableCommands {
  selectActor(id: string): void;
  selectTie(id: string): void;
  editActor(id: string): void;
  deleteActor(id: string): void;
  editTie(id: string): void;
  deleteTie(id: string): void;
}

const score = (value: number | null) => (value === null ? '—' : String(value));

export function mountTables(container: HTMLElement, commands: TableCommands) {
  const actorUi: TableState = { sortKey: 'name', descending: false, filter: '', page: 0 };
  const tieUi: TableState = { sortKey: 'source', descending: false, filter: '', page: 0 };
  let last: Readonly<AppState> | null = null;
  let shown: unknown[] = [];

  const render = (state: Readonly<AppState>) => {
    const { visible } = displayOf(state);
    const labels = new Map(state.elements.nodes.map((node) => [node.data.id, node.data.label]));
    const area = (ids: readonly string[]) => ids.map((id) => state.areasById.get(id)?.name ?? id).join(', ');
    const selectedId = state.view.selection?.id ?? null;
    if (state.view.mode === 'actors') {
      const degree = new Map<string, number>();
      for (const edge of visible.edges) for (const end of [edge.source, edge.target]) degree.set(end, (degree.get(end) ?? 0) + 1);
      container.replaceChildren(
        renderTable<GraphNodeData>(
          {
            caption: t('views.actorsCaption'),
            testId: 'actors-table',
            columns: [
              { key: 'name', label: t('views.name'), text: (r) => r.label },
              { key: 'acronym', label: t('views.acronym'), text: (r) => r.acronym ?? '' },
              { key: 'kind', label: t('views.kind'), text: (r) => kindLabel(r.kind) },
              { key: 'subtype', label: t('views.subtype'), text: (r) => (r.subtype ? subtypeLabel(r.subtype) : '') },
              {
                key: 'influence',
                label: t('views.influence'),
                text: (r) => score(r.influence),
                sort: (r) => r.influence ?? 0,
                numeric: true,
              },
              { key: 'interest', label: t('views.interest'), text: (r) => score(r.interest), sort: (r) => r.interest ?? 0, numeric: true },
              // A withheld stance arrives as null; the column is left out rather than read "Not assessed".
              ...(receivedFields().actorStance
                ? [
                    {
                      key: 'stance',
                      label: t('views.stance'),
                      text: (r: GraphNodeData) => formatStance(r.stance),
                      sort: (r: GraphNodeData) => r.stance ?? -9,
                      numeric: true,
                    },
                  ]
                : []),
              { key: 'dnh', label: t('views.doNoHarm'), text: (r) => formatDoNoHarm(r.doNoHarmRole) },
              { key: 'area', label: t('views.basedIn'), text: (r) => area(r.basedIn) },
              {
                key: 'ties',
                label: t('views.tiesShown'),
                text: (r) => String(degree.get(r.id) ?? 0),
                sort: (r) => degree.get(r.id) ?? 0,
                numeric: true,
              },
            ],
            rowId: (r) => r.id,
            rowLabel: (r) => r.label,
            onSelect: (r) => commands.selectActor(r.id),
            ...(mayEdit()
              ? { onEdit: (r: GraphNodeData) => commands.editActor(r.id), onDelete: (r: GraphNodeData) => commands.deleteActor(r.id) }
              : {}),
          },
          visible.nodes,
          state.view.selection?.type === 'actor' ? selectedId : null,
          actorUi,
          () => last && render(last),
        ),
      );
    } else {
      const name = (id: string) => labels.get(id) ?? id;
      container.replaceChildren(
        renderTable<GraphEdgeData>(
          {
            caption: t('views.tiesCaption'),
            testId: 'ties-table',
            columns: [
              { key: 'source', label: t('views.from'), text: (r) => name(r.source) },
              { key: 'type', label: t('views.tie'), text: (r) => tieTypeLabel(r.type) + (r.directed ? ' →' : '') },
              { key: 'target', label: t('views.to'), text: (r) => name(r.target) },
              { key: 'strength', label: t('views.strength'), text: (r) => String(r.strength), sort: (r) => r.strength, numeric: true },
              { key: 'confidence', label: t('views.confidence'), text: (r) => confidenceLabel(r.confidence) },
              { key: 'from', label: t('views.validFrom'), text: (r) => r.validFrom?.slice(0, 10) ?? '' },
              { key: 'to', label: t('views.validTo'), text: (r) => r.validTo?.slice(0, 10) ?? '' },
            ],
            rowId: (r) => r.id,
            rowLabel: (r) => name(r.source),
            onSelect: (r) => commands.selectTie(r.id),
            ...(mayEdit()
              ? { onEdit: (r: GraphEdgeData) => commands.editTie(r.id), onDelete: (r: GraphEdgeData) => commands.deleteTie(r.id) }
              : {}),
          },
          visible.edges,
          state.view.selection?.type === 'tie' ? selectedId : null,
          tieUi,
          () => last && render(last),
        ),
      );
    }
  };

  return (state: Readonly<AppState>): void => {
    if (state.view.mode !== 'actors' && state.view.mode !== 'ties') return;
    const key = [displayOf(state).visible, state.view.selection, state.view.mode, state.areasById];
    if (key.every((part, i) => part === shown[i])) return;
    shown = key;
    last = state;
    const focusedSelect = (document.activeElement as HTMLElement | null)?.dataset.select;
    render(state);
    if (focusedSelect) container.querySelector<HTMLElement>(`[data-select="${focusedSelect}"]`)?.focus();
  };
}
