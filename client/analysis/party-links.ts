/**
 * How a link to a conflict party reads: the path from the actor to the party, step by step, with
 * the tie types of each step ("A — allied with — B"), and the lean in one line. Shared by the
 * conflict-ties and do-no-harm tabs so both word paths the same way.
 */
import type { ActorConflictTies, ActorPath, CONFIDENCE_LEVELS, LEAN_STRENGTHS, PartyLink } from '../../server/contracts/index.js';
import { h } from '../ui/dom.js';
import { formatMetric } from './kit.js';
import { confidenceLabel, tieTypeLabel } from '../i18n/vocabulary.js';
import { currentLanguage, t, type MessageKey } from '../i18n/i18n.js';
import { localeOf } from '../i18n/languages.js';

type ConfidenceLevel = (typeof CONFIDENCE_LEVELS)[number];
type LeanStrength = (typeof LEAN_STRENGTHS)[number];

/** Lower-case in the page's language ("reported", "signalé"): these words sit inside a sentence. */
export const lower = (word: string): string => word.toLocaleLowerCase(localeOf(currentLanguage()));

/** A lean's strength as a word in a sentence ("strong"). */
export const strengthWord = (strength: LeanStrength): string => t(`analysis.strength_${strength}` as MessageKey);

/** A confidence level as a word in a sentence ("reported"). */
export const confidenceWord = (confidence: ConfidenceLevel): string => lower(confidenceLabel(confidence));

/** Names joined as the language lists them ("A, B" / "A، B"). */
export const listOf = (names: readonly string[]): string => names.join(t('analysis.listSeparator'));

/** One path as an inline sentence of actor names and tie types. */
export function pathLine(path: ActorPath): HTMLElement {
  const names = new Map(path.actors.map((a) => [a.id, a.name]));
  const line = h('span', { class: 'an-path' }, h('bdi', {}, path.actors[0]?.name ?? ''));
  for (const step of path.steps) {
    const types = step.ties
      .map((tie) => `${lower(tieTypeLabel(tie.type))}${tie.directed ? (tie.sourceId === step.fromId ? ' →' : ' ←') : ''}`)
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
    t('analysis.partyLinkMeta', { steps: link.distance, score: formatMetric(link.score, 2), confidence: confidenceWord(link.confidence) }),
    h('ul', { class: 'an-paths' }, ...link.paths.map((p) => h('li', {}, pathLine(p)))),
  );
}

/** "Leans toward X (strong, confirmed)" or why there is no lean. */
export function leanText(lean: ActorConflictTies['lean']): string {
  if (!lean) return t('analysis.noLean');
  return t('analysis.leansToward', {
    party: lean.partyName,
    strength: strengthWord(lean.strength),
    score: formatMetric(lean.score, 2),
    confidence: confidenceWord(lean.confidence),
    contested: String(lean.contested),
  });
}
