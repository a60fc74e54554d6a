/**
 * How a link to a conflict party reads: the path from the actor to the party, step by step, with
 * the tie types of each step ("A — allied with — B"), and the lean in one line. Shared by the
 * conflict-ties and do-no-harm tabs so both word paths the same way.
 */
import { type ActorConflictTies, type ActorPath, type PartyLink } from '../../server/contracts/index.js';
import { h } from '../ui/dom.js';
import { formatMetric } from './kit.js';
import { tieTypeLabel } from '../i18n/vocabulary.js';

/** One path as an inline sentence of actor names and tie types. */
export function pathLine(path: ActorPath): HTMLElement {
  const names = new Map(path.actors.map((a) => [a.id, a.name]));
  const line = h('span', { class: 'an-path' }, h('bdi', {}, path.actors[0]?.name ?? ''));
  for (const step of path.steps) {
    const types = step.ties
      .map((t) => `${tieTypeLabel(t.type).toLowerCase()}${t.directed ? (t.sourceId === step.fromId ? ' →' : ' ←') : ''}`)
      .join(' / ');
    line.append(h('span', { class: 'an-tie' }, ` — ${types} — `), h('bdi', {}, names.get(step.toId) ?? step.toId));
  }
  return line;
}

/** A party link: party, distance, score, confidence, then its paths. */
export function partyLinkItem(link: PartyLink): HTMLElement {
  return h(
    'li',
    { 'data-party-id': link.party.id },
    h('strong', { dir: 'auto' }, link.party.name),
    ` · ${link.distance} step${link.distance === 1 ? '' : 's'} · score ${formatMetric(link.score, 2)} · ${link.confidence}`,
    h('ul', { class: 'an-paths' }, ...link.paths.map((p) => h('li', {}, pathLine(p)))),
  );
}

/** "Leans toward X (strong, confirmed)" or why there is no lean. */
export function leanText(lean: ActorConflictTies['lean']): string {
  if (!lean) return 'No lean: no positive link to a party within 3 steps.';
  return `Leans toward ${lean.partyName} (${lean.strength}, score ${formatMetric(lean.score, 2)}, ${lean.confidence})${lean.contested ? '; contested by a link to another party' : ''}.`;
}
