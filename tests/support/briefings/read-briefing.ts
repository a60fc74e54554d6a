/**
 * Reading briefings back in tests: download one, the text of a .docx (word/document.xml, unzipped
 * with fflate), of a PDF (unpdf, pdf.js), and poppler's own reading of a PDF's laid-out glyphs
 * (pdftotext, which puts right-to-left runs back in reading order) and a rendered page (pdftoppm).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { testTempFolder } from '../temp-folder.js';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { extractText } from 'unpdf';
import { authHeaders } from '../http.js';

export interface DownloadedBriefing {
  status: number;
  headers: Headers;
  bytes: Uint8Array;
}

/** GET /api/briefings/:kind with a query string, as the default test account or `token`. */
export async function getBriefing(baseUrl: string, kind: string, query: string, token?: string): Promise<DownloadedBriefing> {
  const headers = token ? { authorization: `Bearer ${token}` } : authHeaders(baseUrl);
  const response = await fetch(`${baseUrl}/api/briefings/${kind}?${query}`, { headers });
  return { status: response.status, headers: response.headers, bytes: new Uint8Array(await response.arrayBuffer()) };
}

/** word/document.xml of a .docx. */
export function documentXml(bytes: Uint8Array): string {
  const files = unzipSync(bytes);
  const xml = files['word/document.xml'];
  if (!xml) throw new Error('no word/document.xml in the file');
  return strFromU8(xml);
}

/** The text of a .docx: each paragraph's runs joined, one paragraph a line. */
export function docxText(bytes: Uint8Array): string {
  return documentXml(bytes)
    .split('</w:p>')
    .map((paragraph) => [...paragraph.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]).join(''))
    .join('\n')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'");
}

/** The text of a PDF read by pdf.js, pages merged, non-breaking spaces as spaces. */
export async function pdfText(bytes: Uint8Array): Promise<string> {
  const { text } = await extractText(new Uint8Array(bytes), { mergePages: true });
  return text.replace(/\u00a0/g, ' ');
}

export const HAS_POPPLER = (() => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

function tempPdf(bytes: Uint8Array): string {
  const file = join(testTempFolder('briefing'), 'briefing.pdf');
  writeFileSync(file, bytes);
  return file;
}

/** Poppler's text of a PDF, from the glyphs as laid out on the page (without the bidi embedding marks it adds). */
export function popplerText(bytes: Uint8Array): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', tempPdf(bytes), '-'], { encoding: 'utf8' })
    .replace(/\u00a0/g, ' ')
    .replace(/[\u200e\u200f\u202a-\u202e]/g, '');
}

/** Page `page` of a PDF rendered to PNG at `dpi`, as bytes. */
export function renderPdfPage(bytes: Uint8Array, page: number, dpi = 60): Uint8Array {
  const file = tempPdf(bytes);
  execFileSync('pdftoppm', ['-png', '-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', file, `${file}-page`]);
  return new Uint8Array(readFileSync(`${file}-page.png`));
}
