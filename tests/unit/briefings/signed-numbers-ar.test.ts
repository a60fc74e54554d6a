/**
 * Signed numbers in the Arabic change brief (issue 14): a change of engagement share in points, a
 * change of a count and a stance keep their sign before their digits in every writer. The text
 * holds the true minus sign (signOf) in a left-to-right isolate; the HTML keeps the isolate for the
 * browser, the PDF lays the isolate out as one left-to-right run, and Word gets a left-to-right run
 * led by a left-to-right mark (Word would otherwise take the sign for a right-to-left neutral).
 */
import { describe, expect, it } from 'vitest';
import { visualRuns } from '../../../server/briefings/bidi-line.js';
import { changeBlocks } from '../../../server/briefings/change-briefing.js';
import type { NameBook } from '../../../server/briefings/change-names.js';
import type { BriefingDocument } from '../../../server/briefings/document.js';
import { writeBriefingDocx } from '../../../server/briefings/docx-writer.js';
import { writeBriefingHtml } from '../../../server/briefings/html-writer.js';
import { briefingLanguage } from '../../../server/briefings/language.js';
import type { Diff } from '../../../server/contracts/index.js';
import { documentXml } from '../../support/briefings/read-briefing.js';

const MINUS = '\u2212';
const empty = { added: [], removed: [], changed: [] };
const diff = {
  from: '2026-06-01T00:00:00.000Z',
  to: '2026-12-01T00:00:00.000Z',
  actors: empty,
  ties: empty,
  named: {
    newConflictPartyTies: [],
    stanceShifts: [{ id: 'a-open', name: 'Open Forum', before: 1, after: -2 }],
    doNoHarmShifts: [],
    influenceMoves: [],
  },
  engagementShare: {
    engagements: { before: 7, after: 5 },
    capitalShare: { before: 0.428571, after: 0.285714 },
    byArea: [
      {
        areaId: 'capital',
        name: 'العاصمة',
        isCapital: true,
        before: { engagements: 3, share: 0.428571 },
        after: { engagements: 2, share: 0.285714 },
      },
    ],
    bySide: { parties: [], nonAligned: { before: 4, after: 4 }, balanceIndex: { before: null, after: null } },
  },
} as unknown as Diff;

const names: NameBook = {
  actor: (id, fallback) => fallback ?? id,
  mark: () => undefined,
  markTie: () => undefined,
  value: (_field, value) => String(value),
  pseudonymised: () => false,
  scrub: (text) => text,
};

const arabic = briefingLanguage('ar');
const blocks = changeBlocks(diff, names, arabic);
const doc: BriefingDocument = {
  title: 'موجز التغييرات',
  facts: [],
  marking: 'internal',
  markingLine: 'الحساسية: داخلي',
  profile: 'full',
  blocks,
  language: { lang: 'ar', dir: 'rtl', common: arabic.text.common },
};
const cells = blocks.flatMap((block) => (block.kind === 'table' ? block.rows.flat() : []));
const pointsCell = cells.find((cell) => cell.includes('نقطة'))!;
const countCell = cells.find((cell) => cell.includes(`${MINUS}2`))!;
const stanceLine = blocks.flatMap((block) => (block.kind === 'bullets' ? block.items : [])).find((item) => item.includes('Open Forum'))!;
/** The text of a line as the PDF writer lays it out, left to right on the page. */
const laidOut = (line: string) =>
  visualRuns(line, true)
    .map((run) => (run.rtl ? [...run.text].reverse().join('') : run.text))
    .join('');

describe('signed numbers in the Arabic change brief', () => {
  it('are written with the true minus sign inside a left-to-right isolate', () => {
    expect(pointsCell).toBe(`\u200f\u2066${MINUS}14.3\u2069 نقطة مئوية`);
    expect(countCell).toBe(`\u2066${MINUS}2\u2069`);
    expect(stanceLine).toContain(`\u2066+1\u2069 (مؤيّد)`);
    expect(stanceLine).toContain(`\u2066${MINUS}2\u2069 (معادٍ)`);
  });

  it('HTML: the isolates reach the page, so the browser draws the sign before the digits', async () => {
    const html = new TextDecoder().decode(await writeBriefingHtml(doc));
    expect(html).toContain(`<td><bdi>\u2066${MINUS}2\u2069</bdi></td>`);
    expect(html).toContain(`<td><bdi>\u200f\u2066${MINUS}14.3\u2069 <bdi dir="rtl">نقطة مئوية</bdi></bdi></td>`);
  });

  it('PDF: the sign is laid out before the digits', () => {
    expect(laidOut(pointsCell)).toContain(`${MINUS}14.3`);
    expect(laidOut(countCell)).toBe(`${MINUS}2`);
    expect(laidOut(stanceLine)).toContain(`${MINUS}2`);
    expect(laidOut(stanceLine)).not.toContain(`2${MINUS}`);
  });

  it('Word: each signed number is a left-to-right run led by a left-to-right mark', async () => {
    const xml = documentXml(await writeBriefingDocx(doc));
    for (const number of [`${MINUS}14.3`, `${MINUS}2`, '+1']) {
      const runs = [...xml.matchAll(/<w:r>((?:(?!<\/w:r>).)*)<\/w:r>/g)].map((match) => match[1]!);
      const run = runs.find((text) => text.includes(`>\u200e${number}</w:t>`));
      expect(run, number).toBeDefined();
      expect(run, number).not.toContain('<w:rtl/>');
    }
  });
});
