/**
 * The diff view's change list: the changes that matter first (new ties to a party to the
 * conflict, stance shifts, do-no-harm role shifts, influence moves), then actors and ties added,
 * removed and changed. Every entry is a button that selects the record on the map. The roles,
 * engagements, coordination gaps and engagement share follow (diff-sections.ts).
 */
import { TIE_TYPES, type Diff, type GraphElements, type TieType } from '../../server/contracts/index.js';
import { fieldLabel, valueNode } from '../history/field-values.js';
import { t, tParts } from '../i18n/i18n.js';
import { tieTypeLabel } from '../i18n/vocabulary.js';
import { h } from '../ui/dom.js';
import { formatDoNoHarm, formatStance } from '../ui/format.js';
import { coordinationSections } from './diff-sections.js';

export const CHANGE_KINDS = ['named', 'added', 'removed', 'changed'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];
/** The ids of actors and ties marked for each kind of change. */
export type Marks = Record<ChangeKind, Set<string>>;

interface Select {
  actor(id: string): void;
  tie(id: string): void;
}
interface Entry {
  kind: ChangeKind;
  text: string;
  detail?: (string | Node)[];
  select: () => void;
}

export function changeList(diff: Diff, elements: GraphElements, select: Select): HTMLElement {
  const names = new Map<string, string>(elements.nodes.map((node) => [node.data.id, node.data.label]));
  for (const actor of [...diff.actors.added, ...diff.actors.removed, ...diff.actors.changed]) names.set(actor.id, actor.name);
  const nameOf = (id: string) => names.get(id) ?? id;
  const tieText = (tie: { type: string; sourceId: string; targetId: string }) =>
    t('rounds.tieText', { source: nameOf(tie.sourceId), type: tieTypeName(tie.type), target: nameOf(tie.targetId) });
  const selectActor = (id: string) => () => select.actor(id);
  const dnh = (role: string) => formatDoNoHarm(role as Parameters<typeof formatDoNoHarm>[0]) ?? role;
  const selectTie = (id: string) => () => select.tie(id);
  const move = (before: string, after: string) => t('rounds.beforeAfter', { before, after });

  const named: Entry[] = [
    ...diff.named.newConflictPartyTies.map((tie) => ({
      kind: 'named' as const,
      text: t('rounds.namedConflictTie', { actor: tie.actorName, party: tie.partyName }),
      select: selectTie(tie.id),
    })),
    ...diff.named.stanceShifts.map((a) => ({
      kind: 'named' as const,
      text: t('rounds.namedStance', { name: a.name }),
      detail: [move(formatStance(a.before), formatStance(a.after))],
      select: selectActor(a.id),
    })),
    ...diff.named.doNoHarmShifts.map((a) => ({
      kind: 'named' as const,
      text: t('rounds.namedDoNoHarm', { name: a.name }),
      detail: [move(dnh(a.before), dnh(a.after))],
      select: selectActor(a.id),
    })),
    ...diff.named.influenceMoves.map((a) => ({
      kind: 'named' as const,
      text: t('rounds.namedInfluence', { name: a.name }),
      detail: [t('rounds.rankMove', { before: a.rankBefore, after: a.rankAfter })],
      select: selectActor(a.id),
    })),
  ];
  const actors: Entry[] = [
    ...diff.actors.added.map((a) => ({
      kind: 'added' as const,
      text: t('rounds.entryAdded', { what: a.name }),
      select: selectActor(a.id),
    })),
    ...diff.actors.removed.map((a) => ({
      kind: 'removed' as const,
      text: t('rounds.entryRemoved', { what: a.name }),
      select: selectActor(a.id),
    })),
    ...diff.actors.changed.map((a) => ({
      kind: 'changed' as const,
      text: t('rounds.entryChanged', { what: a.name }),
      detail: fieldChanges(a.fields),
      select: selectActor(a.id),
    })),
  ];
  const ties: Entry[] = [
    ...diff.ties.added.map((tie) => ({
      kind: 'added' as const,
      text: t('rounds.entryAdded', { what: tieText(tie) }),
      select: selectTie(tie.id),
    })),
    ...diff.ties.removed.map((tie) => ({
      kind: 'removed' as const,
      text: t('rounds.entryRemoved', { what: tieText(tie) }),
      select: selectTie(tie.id),
    })),
    ...diff.ties.changed.map((tie) => ({
      kind: 'changed' as const,
      text: t('rounds.entryChanged', { what: tieText(tie) }),
      detail: fieldChanges(tie.fields),
      select: selectTie(tie.id),
    })),
  ];
  const count = (kind: ChangeKind, list: readonly Entry[]) => list.filter((entry) => entry.kind === kind).length;
  return h(
    'div',
    { class: 'diff-changes', 'data-testid': 'diff-changes' },
    h(
      'p',
      { class: 'diff-summary', 'data-testid': 'diff-summary' },
      t('rounds.summary', {
        actorsAdded: count('added', actors),
        actorsRemoved: count('removed', actors),
        actorsChanged: count('changed', actors),
        tiesAdded: count('added', ties),
        tiesRemoved: count('removed', ties),
        tiesChanged: count('changed', ties),
      }),
    ),
    section(t('rounds.sectionNamed'), named, t('rounds.noNamed')),
    section(t('rounds.sectionActors', { count: actors.length }), actors, t('rounds.noActors')),
    section(t('rounds.sectionTies', { count: ties.length }), ties, t('rounds.noTies')),
    ...coordinationSections(diff),
  );
}

/** A tie type in the page's words; a type the vocabulary does not know, as the API spells it. */
function tieTypeName(type: string): string {
  return (TIE_TYPES as readonly string[]).includes(type) ? tieTypeLabel(type as TieType) : type;
}

/** "Stance: 1 → 2", one node list per field, the record's own text isolated. */
function fieldChanges(changed: readonly { field: string; before: unknown; after: unknown }[]): (string | Node)[] {
  return changed.flatMap((change, index) => [
    index > 0 ? t('rounds.listSeparator') : '',
    ...tParts('rounds.fieldChange', {
      field: fieldLabel(change.field),
      change: h(
        'span',
        {},
        ...tParts('rounds.beforeAfter', { before: valueNode(change.field, change.before), after: valueNode(change.field, change.after) }),
      ),
    }),
  ]);
}

function section(title: string, entries: readonly Entry[], empty: string): HTMLElement {
  return h(
    'section',
    { class: 'diff-section' },
    h('h3', {}, title),
    entries.length === 0
      ? h('p', { class: 'panel-note' }, empty)
      : h(
          'ul',
          { class: 'diff-entries' },
          ...entries.map((entry) => {
            const button = h('button', { type: 'button', class: 'link' }, entry.text);
            button.addEventListener('click', entry.select);
            return h(
              'li',
              { 'data-change-kind': entry.kind, class: `diff-entry diff-entry-${entry.kind}` },
              button,
              entry.detail ? h('span', { class: 'diff-detail' }, ...entry.detail) : null,
            );
          }),
        ),
  );
}
