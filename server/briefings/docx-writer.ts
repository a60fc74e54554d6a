/**
 * Writes a briefing as a Word document with `docx`. Right-to-left runs (Arabic names) are marked
 * `rightToLeft` with their font set for complex scripts too, so Word joins the letters and lays the
 * run out right to left inside the left-to-right page. An Arabic briefing is a right-to-left
 * document: every paragraph `bidirectional`, tables `visuallyRightToLeft` (first column on the
 * right), every run but the Latin ones (names, acronyms) marked right to left, so Word's own bidi
 * algorithm keeps a Latin name whole and its brackets with it; the isolate marks the Arabic text
 * puts around names (U+2068..U+2069) become run boundaries rather than characters, since not every
 * Word version draws them invisibly. The marking is in every page's header.
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
import { ENGLISH_TEXT } from './text.js';
import { stripIsolates } from './bidi-line.js';

const FONT = { ascii: BRIEFING_FONT_FAMILY, hAnsi: BRIEFING_FONT_FAMILY, cs: BRIEFING_FONT_FAMILY };

/** The direction and words of the document being written (set for one document by writeBriefingDocx). */
let page: { rtl: boolean; none: string; language: { value: string } | { bidirectional: string } } = {
  rtl: false,
  none: ENGLISH_TEXT.common.none,
  language: { value: 'en-GB' },
};

/** A Latin span: from a Latin letter to the last Latin letter, digit or closing bracket before the next Arabic letter. */
const LATIN_SPAN =
  /(\p{Script=Latin}[^\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF\u2066-\u2069]*[\p{Script=Latin}\p{N})\].]|\p{Script=Latin})/u;

/** A left-to-right isolate (U+2066 ... U+2069): a signed number the Arabic text keeps in reading order. */
const LTR_ISOLATE = /(\u2066[^\u2066-\u2069]*\u2069)/u;

/**
 * The runs of a line on a right-to-left page, in logical order: Latin spans left to right, all else
 * right to left. A left-to-right isolate is one left-to-right run led by a left-to-right mark
 * (U+200E): without a strong letter before it, Word's bidi would take a leading sign for a
 * right-to-left neutral and draw "−2" as "2−".
 */
function rightToLeftRuns(text: string): Array<{ text: string; rtl: boolean }> {
  return text
    .split(LTR_ISOLATE)
    .flatMap((piece) =>
      LTR_ISOLATE.test(piece)
        ? [{ text: `\u200e${stripIsolates(piece)}`, rtl: false }]
        : piece
            .split(/[\u2066-\u2069]/)
            .flatMap((part) => part.split(LATIN_SPAN))
            .map((part) => ({ text: part, rtl: !LATIN_SPAN.test(part) })),
    )
    .filter((part) => part.text.length > 0);
}

/** The runs of a line, right-to-left ones marked. */
function runs(text: string, style: { bold?: boolean; size?: number; color?: string } = {}): TextRun[] {
  const parts = page.rtl ? rightToLeftRuns(text) : directionalRuns(stripIsolates(text));
  return parts.map(
    (run) =>
      new TextRun({
        text: run.text,
        font: FONT,
        ...style,
        ...(style.size ? { sizeComplexScript: style.size } : {}),
        ...(style.bold ? { boldComplexScript: true } : {}),
        ...(run.rtl ? { rightToLeft: true } : {}),
        language: page.language,
      }),
  );
}

/** Paragraph options every paragraph takes: right to left on an Arabic page. */
const direction = () => (page.rtl ? { bidirectional: true } : {});

const paragraph = (text: string, style: Parameters<typeof runs>[1] = {}) => new Paragraph({ ...direction(), children: runs(text, style) });

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
  const out: Array<Table | Paragraph> = [
    new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows, ...(page.rtl ? { visuallyRightToLeft: true } : {}) }),
  ];
  if (item.rows.length === 0) out.push(paragraph(page.none, { size: 18 }));
  out.push(new Paragraph({ children: [] }));
  return out;
}

function block(item: Block): Array<Table | Paragraph> {
  switch (item.kind) {
    case 'heading':
      return [new Paragraph({ ...direction(), heading: HeadingLevel.HEADING_1, children: runs(item.text) })];
    case 'paragraph':
      return [paragraph(item.text)];
    case 'bullets':
      return item.items.length === 0
        ? [paragraph(page.none)]
        : item.items.map((text) => new Paragraph({ ...direction(), bullet: { level: 0 }, children: runs(text) }));
    case 'table':
      return table(item);
    case 'picture': {
      // 6.3 inches of text width at 96 px per inch.
      const scale = Math.min(1, 600 / item.width);
      return [
        new Paragraph({
          ...direction(),
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
  const lang = doc.language?.lang ?? 'en';
  const common = doc.language?.common ?? ENGLISH_TEXT.common;
  page = {
    rtl: doc.language?.dir === 'rtl',
    none: common.none,
    language: lang === 'ar' ? { bidirectional: 'ar-SA' } : { value: lang === 'fr' ? 'fr-FR' : 'en-GB' },
  };
  const titlePage = [
    new Paragraph({
      ...direction(),
      spacing: { before: 2400, after: 600 },
      children: runs(doc.title, { bold: true, size: 52, color: '0B2E4F' }),
    }),
    ...doc.facts.flatMap(([label, value]) => [
      paragraph(label, { bold: true, size: 22 }),
      new Paragraph({ ...direction(), spacing: { after: 200 }, children: runs(value, { size: 22 }) }),
    ]),
    new Paragraph({ ...direction(), spacing: { before: 600 }, children: runs(common.generatedBy, { size: 18, color: '444444' }) }),
    new Paragraph({ children: [new PageBreak()] }),
  ];
  const document = new Document({
    creator: 'Actor Map',
    title: stripIsolates(doc.title),
    subject: doc.markingLine,
    styles: { default: { document: { run: { font: FONT, size: 20 } } } },
    sections: [
      {
        headers: {
          default: new Header({
            children: [
              new Paragraph({
                ...direction(),
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
