/**
 * Map labels: the acronym when there is one, else the name, cut to fit. Cutting counts
 * graphemes (never splits an Arabic letter from its marks) and prefers a word boundary.
 * Right-to-left labels are wrapped in a Unicode isolate so the canvas, which lays text out
 * left-to-right by default, puts the ellipsis at the visual end of an Arabic name.
 */

const MAX_LABEL_GRAPHEMES = 22;
const RTL_FIRST_STRONG = /^[^\p{L}]*[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;
const RLI = '\u2067';
const PDI = '\u2069';

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** True when the text's first strong character is right-to-left. */
export function isRightToLeft(text: string): boolean {
  return RTL_FIRST_STRONG.test(text);
}

/** Shorten `text` to at most `max` graphemes, ending on a word boundary when one is near. */
export function truncate(text: string, max = MAX_LABEL_GRAPHEMES): string {
  const trimmed = text.trim();
  // No more UTF-16 units than `max` means no more graphemes either: nothing to cut.
  if (trimmed.length <= max) return trimmed;
  // Segmenting is the slow part of labelling a large map; printable ASCII is one grapheme per character.
  const graphemes = PRINTABLE_ASCII.test(trimmed) ? [...trimmed] : Array.from(segmenter.segment(trimmed), (part) => part.segment);
  if (graphemes.length <= max) return graphemes.join('');
  const head = graphemes.slice(0, max - 1);
  const lastSpace = head.lastIndexOf(' ');
  const cut = lastSpace >= max * 0.6 ? head.slice(0, lastSpace) : head;
  return `${cut.join('').trimEnd()}…`;
}

/** The text drawn under a node. */
export function mapLabel(node: { label: string; acronym: string | null }): string {
  const text = truncate(node.acronym?.trim() || node.label);
  return isRightToLeft(text) ? `${RLI}${text}${PDI}` : text;
}
