/**
 * Right-to-left names in the briefing writers, without a database: the run splitter, the PDF
 * (read back by poppler from the glyphs as laid out, so a name whose words came out in the wrong
 * order, or not joined into one run, fails), Word (the run marked rtl) and the server-drawn picture.
 */
import { describe, expect, it } from 'vitest';
import { directionalRuns } from '../../../server/briefings/bidi-runs.js';
import type { BriefingDocument } from '../../../server/briefings/document.js';
import { writeBriefingDocx } from '../../../server/briefings/docx-writer.js';
import { drawNetwork } from '../../../server/briefings/network-picture.js';
import { writeBriefingPdf } from '../../../server/briefings/pdf-writer.js';
import { documentXml, HAS_POPPLER, popplerText, renderPdfPage } from '../../support/briefings/read-briefing.js';

const NAME = 'شباب دار نصرة من أجل السلام';

const doc = (line: string): BriefingDocument => ({
  title: 'Test briefing',
  facts: [['Map', 'Test']],
  marking: 'internal',
  markingLine: 'Sensitivity: INTERNAL',
  profile: 'full',
  blocks: [
    { kind: 'paragraph', text: line },
    { kind: 'table', columns: ['Name', 'Kind'], rows: [[NAME, 'youth group']] },
  ],
});

describe('right-to-left runs', () => {
  it('splits a line into runs in reading order, spaces inside a name kept with it', () => {
    expect(directionalRuns(`Partner: ${NAME} (youth).`)).toEqual([
      { text: 'Partner: ', rtl: false },
      { text: NAME, rtl: true },
      { text: ' (youth).', rtl: false },
    ]);
    expect(directionalRuns('Plain English')).toEqual([{ text: 'Plain English', rtl: false }]);
  });

  it('PDF: a name inside an English line and alone in a cell is laid out right to left, words in order', async () => {
    expect(HAS_POPPLER, 'pdftotext (poppler-utils)').toBe(true);
    const pdf = await writeBriefingPdf(doc(`Met with ${NAME} in Dar Nasra.`));
    const text = popplerText(pdf).replace(/\s+/g, ' ');
    // Poppler turns the lam-alef ligature of السلام back into two letters in visual order (السالم).
    expect(text).toContain('Met with شباب دار نصرة من أجل');
    expect(text).toContain('in Dar Nasra.');
    expect(text.match(/شباب دار نصرة من أجل/g)).toHaveLength(2);
    expect(renderPdfPage(pdf, 2).length).toBeGreaterThan(1000);
  });

  it('Word: the name is its own run, marked right to left', async () => {
    const xml = documentXml(await writeBriefingDocx(doc(`Met with ${NAME} in Dar Nasra.`)));
    expect(xml).toMatch(new RegExp(`<w:rPr>(?:(?!</w:rPr>).)*<w:rtl/>(?:(?!</w:rPr>).)*</w:rPr><w:t[^>]*>${NAME}</w:t>`));
    expect(xml).toMatch(/<w:t xml:space="preserve">Met with <\/w:t>/);
  });

  it('the picture renders an Arabic label with the shipped font', () => {
    const picture = drawNetwork([{ id: 'a', label: NAME, kind: 'civil_society', highlight: true }], []);
    expect(Buffer.from(picture.png.subarray(1, 4)).toString()).toBe('PNG');
  });
});
