/**
 * Text on a right-to-left PDF page (an Arabic briefing): pdfkit's own wrapping lays a line out left
 * to right, so the writer wraps here (on spaces, in logical order), orders each line's runs with
 * bidi-line.ts and places them itself, right-aligned (or centred), one `pdf.text` per run. A
 * paragraph whose first letter is Latin (a name alone in a table cell) keeps left-to-right order
 * but is still aligned to the right, the page's start side.
 */
import { firstStrongRtl, mirror, stripIsolates, visualRuns } from './bidi-line.js';

type Pdf = PDFKit.PDFDocument;

export interface RightToLeftOptions {
  x: number;
  y: number;
  width: number;
  /** Kept free on the right of every line (bullets). */
  indent?: number;
  align?: 'right' | 'center';
}

/**
 * The runs of a line as drawn. In a right-to-left run the spaces are made non-breaking, because
 * fontkit loses a plain space between two Arabic words when it reverses the run, and brackets are
 * mirrored (UAX #9 L4), because fontkit reverses the glyphs without mirroring them: both seen on
 * rendered pages and in the glyph positions poppler reads back.
 */
const drawnRuns = (line: string, rtl: boolean) =>
  visualRuns(line, rtl)
    .filter((run) => stripIsolates(run.text).length > 0)
    .map((run) => (run.rtl ? { ...run, text: mirror(run.text).replace(/ /g, '\u00a0') } : run));

const runsWidth = (pdf: Pdf, line: string, rtl: boolean) => drawnRuns(line, rtl).reduce((sum, run) => sum + pdf.widthOfString(run.text), 0);

/** The lines of `text` within `width` at the current font and size (a word wider than the line gets a line of its own). */
function wrap(pdf: Pdf, text: string, width: number, rtl: boolean): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(' ')) {
      const candidate = line === '' ? word : `${line} ${word}`;
      if (line !== '' && runsWidth(pdf, candidate, rtl) > width) {
        lines.push(line);
        line = word;
      } else line = candidate;
    }
    lines.push(line);
  }
  return lines;
}

/** The height `text` takes in `width` at the current font and size. */
export function heightRightToLeft(pdf: Pdf, text: string, width: number): number {
  const rtl = firstStrongRtl(text) ?? true;
  return wrap(pdf, text, width, rtl).length * pdf.currentLineHeight(true);
}

/** Writes `text` right to left at (x, y) within `width`; leaves `pdf.y` below it and `pdf.x` at the left margin. */
export function writeRightToLeft(pdf: Pdf, text: string, options: RightToLeftOptions): void {
  const rtl = firstStrongRtl(text) ?? true;
  const indent = options.indent ?? 0;
  const width = options.width - indent;
  const lineHeight = pdf.currentLineHeight(true);
  let y = options.y;
  for (const line of wrap(pdf, text, width, rtl)) {
    if (y + lineHeight > pdf.page.height - pdf.page.margins.bottom) {
      pdf.addPage();
      y = pdf.page.margins.top;
    }
    const runs = drawnRuns(line, rtl);
    const total = runs.reduce((sum, run) => sum + pdf.widthOfString(run.text), 0);
    let x = options.align === 'center' ? options.x + (options.width - total) / 2 : options.x + width - total;
    for (const run of runs) {
      pdf.text(run.text, x, y, { lineBreak: false });
      x += pdf.widthOfString(run.text);
    }
    y += lineHeight;
  }
  pdf.x = pdf.page.margins.left;
  pdf.y = y;
}
