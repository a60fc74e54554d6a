/**
 * Briefings in the user's language (issue 17 §1-2) on the demo: each kind in French and in Arabic
 * (Word read back, PDF text extracted back), with the translated section titles and the analysis's
 * numbers written as that language writes them, and no English section title left; the account's
 * language used when `?lang=` is absent; `lang=de` refused naming `query.lang`; the language in the
 * audit detail; the Arabic change brief as a right-to-left page.
 * Set BRIEFING_SAMPLES=<dir> to keep the files and a rendered page of each coordination PDF.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ENGLISH_TEXT, type BriefingText } from '../../server/briefings/text.js';
import { FRENCH_TEXT } from '../../server/briefings/text-fr.js';
import { ARABIC_TEXT } from '../../server/briefings/text-ar.js';
import { briefingLanguage } from '../../server/briefings/language.js';
import { useTestServer } from '../support/lifecycle.js';
import { authHeaders, request } from '../support/http.js';
import { download } from '../support/transfers/transfer-client.js';
import { docxText, getBriefing, popplerText, renderPdfPage } from '../support/briefings/read-briefing.js';
import { seedDemo } from '../support/demo-snapshot.js';

const server = useTestServer();
const TEXTS = { fr: FRENCH_TEXT, ar: ARABIC_TEXT } as const;
type Lang = keyof typeof TEXTS;
type Kind = 'coordination' | 'engagement' | 'actor';
let coordination: { gaps: unknown[]; overlaps: unknown[]; fragile: unknown[]; duplications: unknown[] };
let engagement: { engagements: number; participations: number };
/** The demo's own words (names of actors, areas, outputs...): English there is data, not an untranslated title. */
let data: string;

beforeAll(async () => {
  await server.reset();
  await seedDemo(server);
  coordination = (await request(server.baseUrl, 'GET', '/api/analysis/coordination')).body;
  engagement = (await request(server.baseUrl, 'GET', '/api/analysis/engagement?from=2025-01-01&to=2025-12-31')).body;
  data = (await download(server.baseUrl, 'snapshot', '?profile=full')).text;
});

const QUERIES: Record<Kind, string> = {
  coordination: 'name=Veridia&profile=full',
  engagement: 'name=Veridia&profile=full&from=2025-01-01&to=2025-12-31',
  actor: 'name=Veridia&profile=full&id=vr-cso-al-nour',
};

/** The section titles each kind prints, from a language's tables. */
const sections = (t: BriefingText, kind: Kind): string[] => {
  if (kind === 'coordination') {
    const c = t.coordination;
    return [c.title, c.summary, c.byArea, c.gaps, c.overlaps, c.fragile, c.duplications, c.matrix, c.roles, c.mechanisms];
  }
  if (kind === 'engagement') {
    const e = t.engagement;
    return [e.title, e.byArea, e.bySide, e.bySubtype, e.womenYouth, e.neverEngaged, e.picture];
  }
  const a = t.actor;
  return [a.title, a.about, a.position, a.ties, a.check, a.engagements, a.picture];
};

/** The English words (titles, headings, column headers, title-page labels) a translated briefing must not print. */
function englishLeft(text: string, kind: Kind, lang: Lang): string[] {
  const strings = (table: Record<string, unknown>, other: Record<string, unknown>): string[] =>
    Object.entries(table).flatMap(([key, value]) => {
      if (typeof value === 'string') return value.length >= 5 && value !== other[key] ? [value] : [];
      if (Array.isArray(value)) return value.filter((v, i) => v.length >= 5 && v !== (other[key] as string[])[i]);
      return [];
    });
  const t = TEXTS[lang];
  const english = [
    ...strings(ENGLISH_TEXT[kind], t[kind]),
    ...strings(ENGLISH_TEXT.common, t.common),
    ...Object.values(ENGLISH_TEXT.common.profiles),
  ];
  // Words both languages share ("Position", "Influence") are part of the translation's own text.
  const own = JSON.stringify(t);
  const asWords = (words: string) => new RegExp(`(?<!\\p{L})${words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?!\\p{L})`, 'u');
  return english.filter((words) => asWords(words).test(text) && !data.includes(words) && !asWords(words).test(own));
}

/** A briefing read back: Word's paragraphs, or poppler's text of a PDF (from the glyphs as placed, right-to-left runs in reading order). */
async function read(kind: Kind, lang: Lang, format: 'docx' | 'pdf') {
  const file = await getBriefing(server.baseUrl, kind, `${QUERIES[kind]}&format=${format}&lang=${lang}`);
  expect(file.status, `${kind} ${lang} ${format}`).toBe(200);
  const dir = process.env.BRIEFING_SAMPLES;
  if (dir) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `${kind}-${lang}.${format}`), file.bytes);
    if (format === 'pdf' && kind === 'coordination')
      for (const page of [1, 2]) writeFileSync(join(dir, `${kind}-${lang}-page${page}.png`), renderPdfPage(file.bytes, page, 80));
  }
  const raw = format === 'docx' ? docxText(file.bytes) : popplerText(file.bytes);
  // Isolate marks and non-breaking spaces are layout, not words.
  return { file, text: raw.replace(/[\u2066-\u2069]/g, '').replace(/[\s\u00a0\u202f]+/g, ' ') };
}

const CASES: Array<[Kind, Lang, 'docx' | 'pdf']> = [
  ['coordination', 'fr', 'pdf'],
  ['coordination', 'ar', 'pdf'],
  ['coordination', 'fr', 'docx'],
  ['coordination', 'ar', 'docx'],
  ['engagement', 'fr', 'docx'],
  ['engagement', 'ar', 'pdf'],
  ['actor', 'fr', 'pdf'],
  ['actor', 'ar', 'docx'],
];

describe('briefings in French and Arabic', () => {
  it.each(CASES)('%s in %s as %s: translated sections and numbers, no English title left', async (kind, lang, format) => {
    const t = TEXTS[lang];
    const { file, text } = await read(kind, lang, format);
    const squash = (s: string) => s.replace(/[\u2066-\u2069]/g, '').replace(/[\s\u00a0\u202f]+/g, ' ');
    /**
     * Whether the text holds `expected`. Poppler reads an Arabic PDF line back word by word (a
     * colon or bracket may land on the other side of its word, lam-alef comes back as its two
     * letters in visual order): there every word of `expected` must be among the text's words;
     * elsewhere the words in their order.
     */
    // Words with diacritics or lam-alef are left out: poppler gives them back in pieces.
    const words = (s: string) =>
      squash(s)
        .split(/[\s.,:;()،؛]+/)
        .filter((w) => w.length > 0 && !/ل[اأإآ]|[\u064b-\u0652\u0670]/.test(w));
    const holds = (expected: string) => {
      if (lang !== 'ar' || format !== 'pdf') return expect(text, expected).toContain(squash(expected));
      const found = new Set(words(text));
      expect(
        words(expected).filter((w) => !found.has(w)),
        expected,
      ).toEqual([]);
    };
    for (const title of sections(t, kind)) holds(title);
    holds(t.common.profiles.full);
    expect(englishLeft(text, kind, lang)).toEqual([]);
    // The marking in the language's words, from the interface's vocabulary catalogue.
    const marking = file.headers.get('x-actor-map-marking')!;
    holds(t.common.markingLine(briefingLanguage(lang).words.sensitivity(marking)));
    if (kind === 'coordination') {
      const { gaps, overlaps, fragile, duplications } = coordination;
      holds(t.coordination.counts(gaps.length, overlaps.length, fragile.length, duplications.length));
    }
    if (kind === 'engagement') {
      expect(engagement.engagements).toBeGreaterThan(0);
      holds(t.engagement.summaryLine(engagement.engagements, engagement.participations));
    }
    if (kind === 'actor') expect(text).toContain('جمعية النور'); // "للسلام" has a lam-alef
  });
});

describe('which language', () => {
  it("without lang, the requester's account language; the language is in the audit detail", async () => {
    const { token, userId } = await server.userWithToken('briefing-francophone', 'leadership', 'confidential');
    expect((await request(server.baseUrl, 'POST', '/api/auth/language', { language: 'fr' }, { as: token })).status).toBeLessThan(300);
    const file = await getBriefing(server.baseUrl, 'coordination', 'format=docx', token);
    expect(file.status).toBe(200);
    const text = docxText(file.bytes);
    expect(text).toContain(FRENCH_TEXT.coordination.title);
    expect(text).not.toContain(ENGLISH_TEXT.coordination.title);
    const { token: admin } = await server.userWithToken('briefing-language-admin', 'administrator', 'confidential');
    const events = await request(server.baseUrl, 'GET', `/api/audit?action=export&userId=${userId}`, undefined, { as: admin });
    expect(events.body[0].detail).toBe('briefing/coordination/docx/internal/fr');
  });

  it('lang=de is refused naming query.lang', async () => {
    const refused = await getBriefing(server.baseUrl, 'coordination', 'format=pdf&lang=de');
    expect(refused.status).toBe(400);
    const { details } = JSON.parse(new TextDecoder().decode(refused.bytes)).error;
    expect(JSON.stringify(details)).toContain('lang');
  });

  it('the Arabic change brief is a right-to-left page in Arabic', async () => {
    const [, q1] = (await request(server.baseUrl, 'GET', '/api/rounds')).body.items;
    const range = `from=${q1.id}&to=${new Date().toISOString()}`;
    const response = await fetch(`${server.baseUrl}/api/briefings/changes?${range}&lang=ar&profile=full`, {
      headers: authHeaders(server.baseUrl),
    });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('<html lang="ar" dir="rtl">');
    expect(html).toContain(ARABIC_TEXT.change.title);
    expect(html).toContain(ARABIC_TEXT.change.counts);
    expect(html).not.toContain(ENGLISH_TEXT.change.counts);
  });
});
