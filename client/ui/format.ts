/**
 * Human-readable wording for coded values (subtypes, scores, roles). The vocabulary module gives
 * labels for kinds and tie types; other enumerations are worded here until it does.
 */
import type { Actor } from '../../server/contracts/index.js';

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

const STANCE_WORDS: Record<number, string> = {
  [-2]: 'hostile',
  [-1]: 'sceptical',
  0: 'neutral',
  1: 'supportive',
  2: 'strongly supportive',
};

/** Stance toward the peace process, e.g. "+1 (supportive)". */
export function formatStance(stance: number | null): string {
  if (stance === null) return 'Not assessed';
  const sign = stance > 0 ? '+' : stance < 0 ? '−' : '';
  return `${sign}${Math.abs(stance)} (${STANCE_WORDS[stance] ?? 'unknown'})`;
}

/** A 1-5 score, e.g. "4 of 5". */
export function formatScore(score: number | null): string {
  return score === null ? 'Not assessed' : `${score} of 5`;
}

const DO_NO_HARM_WORDS: Record<Actor['doNoHarmRole'], string> = {
  connector: 'Connector',
  divider: 'Divider',
  both: 'Connector and divider',
  unknown: 'Not assessed',
};

export function formatDoNoHarm(role: Actor['doNoHarmRole']): string {
  return DO_NO_HARM_WORDS[role];
}

/** Review date with a warning word when it has passed. */
export function formatReviewBy(reviewBy: string | null, today = new Date().toISOString().slice(0, 10)): string {
  if (reviewBy === null) return 'Not set';
  return reviewBy < today ? `${reviewBy} (overdue)` : reviewBy;
}

/** How a directed tie reads from its target's side ("X funds us" -> "Funded by X"). */
const INCOMING_TIE_WORDS: Record<string, string> = {
  funds: 'Funded by',
  influences: 'Influenced by',
  affiliated_with: 'Has as member or affiliate',
  implements_for: 'Has as implementer',
};

/** The tie type as read from the selected actor's side. */
export function tieWording(type: string, typeLabel: string, direction: 'out' | 'in' | 'both'): string {
  if (direction !== 'in') return typeLabel;
  return INCOMING_TIE_WORDS[type] ?? `${typeLabel} (incoming)`;
}
