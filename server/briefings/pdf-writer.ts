/**
 * Writes a briefing as PDF with pdfkit. On a left-to-right page (English, French) text goes
 * through `directionalRuns`: each right-to-left run is handed to pdfkit on its own (fontkit then
 * shapes it with the font's Arabic tables and lays it out right to left) with its spaces made
 * non-breaking, so the run stays whole on a line (pdfkit would otherwise break it into words and
 * lose the order of the last ones). On a right-to-left page (Arabic) the writer wraps and places
 * the runs itself (rtl-text.ts): lines right-aligned, runs in the visual order of bidi-line.ts,
 * table columns from the right.
 */
import PDFDocument from 'pdfkit';
import { ENGLISH_TEXT } from './text.js';
import { directionalRuns } from './bidi-runs.js';
import { writeRightToLeft, heightRightToLeft } from './rtl-text.js';
import { stripIsolates } from './bidi-line.js';
import type { Block, BriefingDocument } from './document.js';
import { briefingFonts } from './fonts.js';

type Pdf = PDFKit.PDFDocument;
const MARGIN = 56;

/** The page direction of the document being written (one document at a time per call chain, set in writeBriefingPdf). */
const rightToLeft = new WeakSet<Pdf>();

/** Writes text (any mix of directions) at the current position, wrapping within `width`. */
function write(pdf: Pdf, text: string, options: PDFKit.Mixins.TextOptions = {}, at?: { x: number; y: number }) {
  if (rightToLeft.has(pdf)) {
    const x = at?.x ?? MARGIN;
    const width = options.width ?? pdf.page.width - MARGIN - x;
    writeRightToLeft(pdf, text, {
      x,
      y: at?.y ?? pdf.y,
      width,
      indent: options.indent ?? 0,
      align: options.align === 'center' ? 'center' : 'right',
    });
    return;
  }
  const runs = directionalRuns(text);
  runs.forEach((run, i) => {
    const content = run.rtl ? run.text.replace(/ /g, '\u00a0') : run.text;
    const more = { ...options, continued: i < runs.length - 1 };
    if (i === 0 && at) pdf.text(content, at.x, at.y, more);
    else pdf.text(content, more);
  });
}

function ensureSpace(pdf: Pdf, height: number) {
  if (pdf.y + height > pdf.page.height - MARGIN) pdf.addPage();
}

function table(pdf: Pdf, block: Extract<Block, { kind: 'table' }>, none: string) {
  const width = pdf.page.width - 2 * MARGIN;
  const rtl = rightToLeft.has(pdf);
  // On a right-to-left page the first column is the rightmost: the cells are placed in reverse.
  const order = <T>(items: T[]) => (rtl ? [...items].reverse() : items);
  const weights = order(block.widths ?? block.columns.map(() => 1));
  const total = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => (w / total) * width);
  const row = (logical: string[], bold: boolean) => {
    const cells = order(logical);
    pdf.font(bold ? 'bold' : 'regular').fontSize(8.5);
    const heights = cells.map((cell, c) =>
      rtl ? heightRightToLeft(pdf, cell || ' ', widths[c]! - 6) : pdf.heightOfString(cell || ' ', { width: widths[c]! - 6 }),
    );
    const height = Math.max(...heights) + 6;
    ensureSpace(pdf, height);
    const top = pdf.y;
    if (bold) pdf.rect(MARGIN, top, width, height).fill('#e8edf2').fillColor('black');
    let x = MARGIN;
    cells.forEach((cell, c) => {
      write(pdf, cell || ' ', { width: widths[c]! - 6 }, { x: x + 3, y: top + 3 });
      x += widths[c]!;
    });
    pdf
      .moveTo(MARGIN, top + height)
      .lineTo(MARGIN + width, top + height)
      .lineWidth(0.4)
      .stroke('#b8c2cc');
    pdf.x = MARGIN;
    pdf.y = top + height;
  };
  row(block.columns, true);
  if (block.rows.length === 0) {
    pdf.font('regular').fontSize(9);
    write(pdf, none, rtl ? { width } : {}, { x: MARGIN, y: pdf.y + 3 });
  }
  for (const cells of block.rows) row(cells, false);
  pdf.moveDown(0.8);
}

function block(pdf: Pdf, item: Block, none: string) {
  const width = pdf.page.width - 2 * MARGIN;
  switch (item.kind) {
    case 'heading':
      ensureSpace(pdf, 60);
      pdf.moveDown(0.6).font('bold').fontSize(14).fillColor('#0b2e4f');
      write(pdf, item.text, { width });
      pdf.fillColor('black').moveDown(0.3);
      return;
    case 'paragraph':
      pdf.font('regular').fontSize(10);
      write(pdf, item.text, { width });
      pdf.moveDown(0.4);
      return;
    case 'bullets':
      pdf.font('regular').fontSize(10);
      if (item.items.length === 0) write(pdf, none, { width });
      for (const text of item.items) write(pdf, `• ${text}`, { width, indent: 8 });
      pdf.moveDown(0.4);
      return;
    case 'table':
      table(pdf, item, none);
      return;
    case 'picture': {
      const scale = Math.min(1, width / item.width);
      ensureSpace(pdf, item.height * scale + 30);
      pdf.image(Buffer.from(item.png), MARGIN, pdf.y, { width: item.width * scale });
      pdf.y += item.height * scale + 4;
      pdf.font('regular').fontSize(8).fillColor('#444444');
      write(pdf, item.caption, { width }, { x: MARGIN, y: pdf.y });
      pdf.fillColor('black').moveDown(0.6);
      return;
    }
  }
}

/** The PDF bytes of a briefing. */
export async function writeBriefingPdf(doc: BriefingDocument): Promise<Uint8Array> {
  const fonts = briefingFonts();
  const common = doc.language?.common ?? ENGLISH_TEXT.common;
  const pdf = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    bufferPages: true,
    info: { Title: stripIsolates(doc.title), Subject: doc.markingLine, Creator: 'Actor Map' },
  });
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve, reject) => {
    pdf.on('end', resolve);
    pdf.on('error', reject);
  });
  pdf.registerFont('regular', fonts.regular);
  pdf.registerFont('bold', fonts.bold);
  if (doc.language?.dir === 'rtl') rightToLeft.add(pdf);

  // Title page.
  pdf.y = 200;
  pdf.font('bold').fontSize(26).fillColor('#0b2e4f');
  write(pdf, doc.title, { width: pdf.page.width - 2 * MARGIN });
  pdf.fillColor('black').moveDown(1.5);
  for (const [label, value] of doc.facts) {
    pdf.font('bold').fontSize(11);
    write(pdf, label, { width: pdf.page.width - 2 * MARGIN });
    pdf.font('regular').fontSize(11);
    write(pdf, value, { width: pdf.page.width - 2 * MARGIN });
    pdf.moveDown(0.6);
  }
  pdf.moveDown(2).font('regular').fontSize(9).fillColor('#444444');
  write(pdf, common.generatedBy, { width: pdf.page.width - 2 * MARGIN });
  pdf.fillColor('black');

  pdf.addPage();
  doc.blocks.forEach((item, i) => {
    // A heading stays on the page of what follows it, a picture included.
    const next = doc.blocks[i + 1];
    if (item.kind === 'heading' && next?.kind === 'picture')
      ensureSpace(pdf, next.height * Math.min(1, (pdf.page.width - 2 * MARGIN) / next.width) + 70);
    block(pdf, item, common.none);
  });

  // The marking and page number on every page, written once the page count is known.
  const range = pdf.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    pdf.switchToPage(i);
    const bottom = pdf.page.margins.bottom;
    pdf.page.margins.bottom = 0;
    pdf.font('bold').fontSize(8).fillColor('#8b0000');
    const centred = { width: pdf.page.width - 2 * MARGIN, align: 'center', lineBreak: false } as const;
    if (rightToLeft.has(pdf)) write(pdf, doc.markingLine, centred, { x: MARGIN, y: 24 });
    else pdf.text(doc.markingLine, MARGIN, 24, centred);
    pdf.font('regular').fillColor('#444444');
    const page = common.page(i - range.start + 1, range.count);
    if (rightToLeft.has(pdf)) write(pdf, page, centred, { x: MARGIN, y: pdf.page.height - 36 });
    else pdf.text(page, MARGIN, pdf.page.height - 36, centred);
    pdf.page.margins.bottom = bottom;
  }
  pdf.fillColor('black');
  pdf.end();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}
