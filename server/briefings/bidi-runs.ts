/**
 * Splits a line into left-to-right and right-to-left runs, for a left-to-right page that names
 * Arabic (or Hebrew, Syriac...) actors. Word wants each right-to-left run marked; pdfkit shapes a
 * run with the font's OpenType tables and lays it out right to left only when the whole string it
 * is given is in a right-to-left script, so mixed lines are handed to it run by run.
 *
 * A run is a span that starts and ends with a right-to-left letter (spaces and Arabic punctuation
 * inside it belong to it); everything else stays left to right in reading order. That is the
 * Unicode bidi result for a left-to-right paragraph whose embedded names hold no digits, which is
 * what names and titles are. Not a full bidi implementation on purpose: no dependency for a case
 * the briefings do not have.
 */
const RTL_LETTER = '\\u0590-\\u08FF\\uFB1D-\\uFDFF\\uFE70-\\uFEFF';
const RTL_RUN = new RegExp(`([${RTL_LETTER}](?:[${RTL_LETTER}\\s\\u060C\\u061B\\u061F]*[${RTL_LETTER}])?)`, 'u');
const HAS_RTL = new RegExp(`[${RTL_LETTER}]`, 'u');

export interface DirectionalRun {
  text: string;
  rtl: boolean;
}

/** Whether the text holds any right-to-left letter. */
export function hasRightToLeft(text: string): boolean {
  return HAS_RTL.test(text);
}

/** The runs of a line, in reading order. */
export function directionalRuns(text: string): DirectionalRun[] {
  if (!hasRightToLeft(text)) return [{ text, rtl: false }];
  return text
    .split(RTL_RUN)
    .filter((part) => part.length > 0)
    .map((part) => ({ text: part, rtl: hasRightToLeft(part) }));
}
