/**
 * Writes a briefing as PDF with pdfkit. Text goes through `directionalRuns`: each right-to-left
 * run is handed to pdfkit on its own (fontkit then shapes it with the font's Arabic tables and
 * lays it out right to left) with its spaces made non-breaking, so the run stays whole on a line
 * (pdfkit would otherwise break it into words and lose the order of the last ones).
 */
import PDFDocument from 'pdfkit';
import { COMMON_TEXT } from './text.js';
import { directionalRuns } from './bidi-runs.js';
import type { Block, BriefingDocument } from './document.js';
import { briefingFonts } from './fonts.js';

type Pdf = PDFKit.PDFDocument;
const MARGIN = 56;

/** Writes text (any mix of directions) at the current position, wrapping within `width`. */
function write(pdf: Pdf, text: string, options: PDFKit.Mixins.TextOptions = {}, at?: { x: number; y: number }) {
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

function table(pdf: Pdf, block: Extract<Block, { kind: 'table' }>) {
  const width = pdf.page.width - 2 * MARGIN;
  const weights = block.widths ?? block.columns.map(() => 1);
  const total = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => (w / total) * width);
  const row = (cells: string[], bold: boolean) => {
    pdf.font(bold ? 'bold' : 'regular').fontSize(8.5);
    const heights = cells.map((cell, c) => pdf.heightOfString(cell || ' ', { width: widths[c]! - 6 }));
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
    write(pdf, COMMON_TEXT.none, {}, { x: MARGIN, y: pdf.y + 3 });
  }
  for (const cells of block.rows) row(cells, false);
  pdf.moveDown(0.8);
}

function block(pdf: Pdf, item: Block) {
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
      if (item.items.length === 0) write(pdf, COMMON_TEXT.none, { width });
      for (const text of item.items) write(pdf, `• ${text}`, { width, indent: 8 });
      pdf.moveDown(0.4);
      return;
    case 'table':
      table(pdf, item);
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
  const pdf = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    bufferPages: true,
    info: { Title: doc.title, Subject: doc.markingLine, Creator: 'Actor Map' },
  });
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve, reject) => {
    pdf.on('end', resolve);
    pdf.on('error', reject);
  });
  pdf.registerFont('regular', fonts.regular);
  pdf.registerFont('bold', fonts.bold);

  // Title page.
  pdf.y = 200;
  pdf.font('bold').fontSize(26).fillColor('#0b2e4f');
  write(pdf, doc.title, { width: pdf.page.width - 2 * MARGIN });
  pdf.fillColor('black').moveDown(1.5);
  for (const [label, value] of doc.facts) {
    pdf.font('bold').fontSize(11);
    write(pdf, label);
    pdf.font('regular').fontSize(11);
    write(pdf, value, { width: pdf.page.width - 2 * MARGIN });
    pdf.moveDown(0.6);
  }
  pdf.moveDown(2).font('regular').fontSize(9).fillColor('#444444');
  write(pdf, COMMON_TEXT.generatedBy);
  pdf.fillColor('black');

  pdf.addPage();
  doc.blocks.forEach((item, i) => {
    // A heading stays on the page of what follows it, a picture included.
    const next = doc.blocks[i + 1];
    if (item.kind === 'heading' && next?.kind === 'picture')
      ensureSpace(pdf, next.height * Math.min(1, (pdf.page.width - 2 * MARGIN) / next.width) + 70);
    block(pdf, item);
  });

  // The marking and page number on every page, written once the page count is known.
  const range = pdf.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    pdf.switchToPage(i);
    const bottom = pdf.page.margins.bottom;
    pdf.page.margins.bottom = 0;
    pdf.font('bold').fontSize(8).fillColor('#8b0000');
    pdf.text(doc.markingLine, MARGIN, 24, { width: pdf.page.width - 2 * MARGIN, align: 'center', lineBreak: false });
    pdf.font('regular').fillColor('#444444');
    pdf.text(COMMON_TEXT.page(i - range.start + 1, range.count), MARGIN, pdf.page.height - 36, {
      width: pdf.page.width - 2 * MARGIN,
      align: 'center',
      lineBreak: false,
    });
    pdf.page.margins.bottom = bottom;
  }
  pdf.fillColor('black');
  pdf.end();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}
