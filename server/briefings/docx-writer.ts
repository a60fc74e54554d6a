/**
 * Writes a briefing as a Word document with `docx`. Right-to-left runs (Arabic names) are marked
 * `rightToLeft` with their font set for complex scripts too, so Word joins the letters and lays the
 * run out right to left inside the left-to-right page. The marking is in every page's header.
 */
import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  ImageRun,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  ShadingType,
} from 'docx';
import { directionalRuns } from './bidi-runs.js';
import type { Block, BriefingDocument } from './document.js';
import { BRIEFING_FONT_FAMILY } from './fonts.js';
import { COMMON_TEXT } from './text.js';

const FONT = { ascii: BRIEFING_FONT_FAMILY, hAnsi: BRIEFING_FONT_FAMILY, cs: BRIEFING_FONT_FAMILY };

/** The runs of a line, right-to-left ones marked. */
function runs(text: string, style: { bold?: boolean; size?: number; color?: string } = {}): TextRun[] {
  return directionalRuns(text).map(
    (run) =>
      new TextRun({
        text: run.text,
        font: FONT,
        ...style,
        ...(style.size ? { sizeComplexScript: style.size } : {}),
        ...(style.bold ? { boldComplexScript: true } : {}),
        ...(run.rtl ? { rightToLeft: true } : {}),
      }),
  );
}

const paragraph = (text: string, style: Parameters<typeof runs>[1] = {}) => new Paragraph({ children: runs(text, style) });

function table(item: Extract<Block, { kind: 'table' }>): Array<Table | Paragraph> {
  const weights = item.widths ?? item.columns.map(() => 1);
  const total = weights.reduce((a, b) => a + b, 0);
  const cell = (text: string, column: number, header: boolean) =>
    new TableCell({
      width: { size: Math.round(((weights[column] ?? 1) / total) * 100), type: WidthType.PERCENTAGE },
      ...(header ? { shading: { type: ShadingType.CLEAR, fill: 'E8EDF2', color: 'auto' } } : {}),
      children: [paragraph(text, { size: 17, bold: header })],
    });
  const rows = [
    new TableRow({ tableHeader: true, children: item.columns.map((text, c) => cell(text, c, true)) }),
    ...item.rows.map((row) => new TableRow({ children: row.map((text, c) => cell(text, c, false)) })),
  ];
  const out: Array<Table | Paragraph> = [new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows })];
  if (item.rows.length === 0) out.push(paragraph(COMMON_TEXT.none, { size: 18 }));
  out.push(new Paragraph({ children: [] }));
  return out;
}

function block(item: Block): Array<Table | Paragraph> {
  switch (item.kind) {
    case 'heading':
      return [new Paragraph({ heading: HeadingLevel.HEADING_1, children: runs(item.text) })];
    case 'paragraph':
      return [paragraph(item.text)];
    case 'bullets':
      return item.items.length === 0
        ? [paragraph(COMMON_TEXT.none)]
        : item.items.map((text) => new Paragraph({ bullet: { level: 0 }, children: runs(text) }));
    case 'table':
      return table(item);
    case 'picture': {
      // 6.3 inches of text width at 96 px per inch.
      const scale = Math.min(1, 600 / item.width);
      return [
        new Paragraph({
          children: [
            new ImageRun({
              type: 'png',
              data: item.png,
              transformation: { width: Math.round(item.width * scale), height: Math.round(item.height * scale) },
              altText: { name: item.caption, description: item.caption, title: item.caption },
            }),
          ],
        }),
        paragraph(item.caption, { size: 16, color: '444444' }),
      ];
    }
  }
}

/** The .docx bytes of a briefing. */
export async function writeBriefingDocx(doc: BriefingDocument): Promise<Uint8Array> {
  const titlePage = [
    new Paragraph({ spacing: { before: 2400, after: 600 }, children: runs(doc.title, { bold: true, size: 52, color: '0B2E4F' }) }),
    ...doc.facts.flatMap(([label, value]) => [
      paragraph(label, { bold: true, size: 22 }),
      new Paragraph({ spacing: { after: 200 }, children: runs(value, { size: 22 }) }),
    ]),
    new Paragraph({ spacing: { before: 600 }, children: runs(COMMON_TEXT.generatedBy, { size: 18, color: '444444' }) }),
    new Paragraph({ children: [new PageBreak()] }),
  ];
  const document = new Document({
    creator: 'Actor Map',
    title: doc.title,
    subject: doc.markingLine,
    styles: { default: { document: { run: { font: FONT, size: 20 } } } },
    sections: [
      {
        headers: {
          default: new Header({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: runs(doc.markingLine, { bold: true, size: 16, color: '8B0000' }),
              }),
            ],
          }),
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: [PageNumber.CURRENT, ' / ', PageNumber.TOTAL_PAGES], size: 16, font: FONT })],
              }),
            ],
          }),
        },
        children: [...titlePage, ...doc.blocks.flatMap(block)],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
