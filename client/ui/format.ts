/**
 * Human-readable wording for coded values (subtypes, scores, roles). The vocabulary module gives
 * labels for kinds and tie types; other enumerations are worded here until it does.
 */
import { stanceMessageArguments, type Actor } from '../../server/contracts/index.js';
import { t, type MessageKey } from '../i18n/i18n.js';
import { doNoHarmLabel } from '../i18n/vocabulary.js';

const WORD_OVERRIDES: Record<string, string> = {
  srsg: 'SRSG',
  dsrsg: 'DSRSG',
  dddr: 'DDDR',
  un: 'UN',
  ngo: 'NGO',
  womens: "women's",
};

/** `journalist_or_independent_media` -> "Journalist or independent media". */
export function humanize(code: string): string {
  const words = code.split('_').map((word) => WORD_OVERRIDES[word] ?? word);
  const sentence = words.join(' ');
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}

/** Stance toward the peace process, e.g. "+1 (supportive)". */
export function formatStance(stance: number | null): string {
  if (stance === null) return t('format.notAssessed');
  return t('format.stance', stanceMessageArguments(stance));
}

/** A 1-5 score, e.g. "4 of 5". */
export function formatScore(score: number | null): string {
  return score === null ? t('format.notAssessed') : t('format.score', { score });
}

export function formatDoNoHarm(role: Actor['doNoHarmRole']): string {
  return doNoHarmLabel(role);
}

/** Review date with a warning word when it has passed. */
export function formatReviewBy(reviewBy: string | null, today = new Date().toISOString().slice(0, 10)): string {
  if (reviewBy === null) return t('format.notSet');
  return reviewBy < today ? t('format.overdue', { date: reviewBy }) : reviewBy;
}

const INCOMING_TYPES = new Set(['funds', 'influences', 'affiliated_with', 'implements_for']);

/** The tie type as read from the selected actor's side ("X funds us" -> "Funded by X"). */
export function tieWording(type: string, typeLabel: string, direction: 'out' | 'in' | 'both'): string {
  if (direction !== 'in') return typeLabel;
  return INCOMING_TYPES.has(type) ? t(`format.incoming_${type}` as MessageKey) : t('format.incoming_other', { type: typeLabel });
}
