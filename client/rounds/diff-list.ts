/**
 * The diff view's change list: the changes that matter first (new ties to a party to the
 * conflict, stance shifts, do-no-harm role shifts, influence moves), then actors and ties added,
 * removed and changed. Every entry is a button that selects the record on the map. Sections the
 * server may add (roles, engagements, coordination gaps, engagement share) are shown as sent.
 */
import { TIE_TYPE_LABELS, type GraphElements, type TieType } from '../../server/contracts/index.js';
import { h } from '../ui/dom.js';
import { formatDoNoHarm, formatStance } from '../ui/format.js';
import { fieldLabel, formatValue } from '../history/history-section.js';
import type { LooseDiff } from './rounds-api.js';

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
  detail?: string;
  select: () => void;
}

/** Sections other helpers add to the diff; each is shown when present. */
const EXTRA_SECTIONS: [keyof LooseDiff, string][] = [
  ['roles', 'Output roles'],
  ['engagements', 'Engagements'],
  ['gaps', 'Coordination gaps'],
  ['engagementShare', 'Engagement share'],
];

export function changeList(diff: LooseDiff, elements: GraphElements, select: Select): HTMLElement {
  const names = new Map<string, string>(elements.nodes.map((node) => [node.data.id, node.data.label]));
  for (const actor of [...diff.actors.added, ...diff.actors.removed, ...diff.actors.changed]) names.set(actor.id, actor.name);
  const nameOf = (id: string) => names.get(id) ?? id;
  const tieText = (tie: { type: string; sourceId: string; targetId: string }) =>
    `${nameOf(tie.sourceId)} — ${TIE_TYPE_LABELS[tie.type as TieType] ?? tie.type} — ${nameOf(tie.targetId)}`;
  const fields = (changed: readonly { field: string; before: unknown; after: unknown }[]) =>
    changed.map((change) => `${fieldLabel(change.field)}: ${formatValue(change.before)} → ${formatValue(change.after)}`).join('; ');
  const actor = (id: string) => () => select.actor(id);
  const dnh = (role: string) => formatDoNoHarm(role as Parameters<typeof formatDoNoHarm>[0]) ?? role;
  const tie = (id: string) => () => select.tie(id);

  const named: Entry[] = [
    ...diff.named.newConflictPartyTies.map((t) => ({
      kind: 'named' as const,
      text: `New tie to a party to the conflict: ${t.actorName} — ${t.partyName}`,
      select: tie(t.id),
    })),
    ...diff.named.stanceShifts.map((a) => ({
      kind: 'named' as const,
      text: `Stance shift: ${a.name}`,
      detail: `${formatStance(a.before)} → ${formatStance(a.after)}`,
      select: actor(a.id),
    })),
    ...diff.named.doNoHarmShifts.map((a) => ({
      kind: 'named' as const,
      text: `Do-no-harm role shift: ${a.name}`,
      detail: `${dnh(a.before)} → ${dnh(a.after)}`,
      select: actor(a.id),
    })),
    ...diff.named.influenceMoves.map((a) => ({
      kind: 'named' as const,
      text: `Influence rank moved: ${a.name}`,
      detail: `#${a.rankBefore} → #${a.rankAfter}`,
      select: actor(a.id),
    })),
  ];
  const actors: Entry[] = [
    ...diff.actors.added.map((a) => ({ kind: 'added' as const, text: `Added: ${a.name}`, select: actor(a.id) })),
    ...diff.actors.removed.map((a) => ({ kind: 'removed' as const, text: `Removed: ${a.name}`, select: actor(a.id) })),
    ...diff.actors.changed.map((a) => ({
      kind: 'changed' as const,
      text: `Changed: ${a.name}`,
      detail: fields(a.fields),
      select: actor(a.id),
    })),
  ];
  const ties: Entry[] = [
    ...diff.ties.added.map((t) => ({ kind: 'added' as const, text: `Added: ${tieText(t)}`, select: tie(t.id) })),
    ...diff.ties.removed.map((t) => ({ kind: 'removed' as const, text: `Removed: ${tieText(t)}`, select: tie(t.id) })),
    ...diff.ties.changed.map((t) => ({
      kind: 'changed' as const,
      text: `Changed: ${tieText(t)}`,
      detail: fields(t.fields),
      select: tie(t.id),
    })),
  ];
  return h(
    'div',
    { class: 'diff-changes', 'data-testid': 'diff-changes' },
    section('The changes that matter', named, 'No named change between these rounds.'),
    section(`Actors (${actors.length})`, actors, 'No actor added, removed or changed.'),
    section(`Ties (${ties.length})`, ties, 'No tie added, removed or changed.'),
    ...EXTRA_SECTIONS.flatMap(([key, title]) => (diff[key] === undefined ? [] : [extraSection(title, diff[key])])),
  );
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
            const button = h('button', { type: 'button', class: 'link', dir: 'auto' }, entry.text);
            button.addEventListener('click', entry.select);
            return h(
              'li',
              { 'data-change-kind': entry.kind, class: `diff-entry diff-entry-${entry.kind}` },
              button,
              entry.detail ? h('span', { class: 'diff-detail', dir: 'auto' }, entry.detail) : null,
            );
          }),
        ),
  );
}

/** A section the server added: counts per list and each item's name, as sent. */
function extraSection(title: string, value: unknown): HTMLElement {
  const itemText = (item: unknown): string => {
    if (item && typeof item === 'object') {
      const record = item as Record<string, unknown>;
      const label = record.name ?? record.label ?? record.actorName ?? record.outputName ?? record.areaName ?? record.id;
      const rest = Object.entries(record)
        .filter(([key, v]) => !/id$|Id$|Ids$|^name$/.test(key) && (typeof v === 'number' || typeof v === 'string'))
        .slice(0, 4)
        .map(([key, v]) => `${fieldLabel(key)} ${formatValue(v)}`)
        .join(', ');
      return [formatValue(label), rest].filter((part) => part && part !== '—').join(' · ');
    }
    return formatValue(item);
  };
  const list = (items: readonly unknown[]) =>
    h('ul', { class: 'diff-entries' }, ...items.slice(0, 50).map((item) => h('li', { dir: 'auto' }, itemText(item))));
  const parts: HTMLElement[] = [];
  if (Array.isArray(value)) parts.push(list(value));
  else if (value && typeof value === 'object')
    for (const [key, part] of Object.entries(value as Record<string, unknown>)) {
      if (Array.isArray(part)) parts.push(h('h4', {}, `${fieldLabel(key)} (${part.length})`), list(part));
      else parts.push(h('p', {}, `${fieldLabel(key)}: ${itemText(part)}`));
    }
  else parts.push(h('p', {}, formatValue(value)));
  return h('section', { class: 'diff-section diff-extra', 'data-testid': 'diff-extra' }, h('h3', {}, title), ...parts);
}
