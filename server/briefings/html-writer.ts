/**
 * Writes a briefing as one self-contained HTML page to print (issue 14's change brief): the title
 * page, then the blocks; print CSS puts the title page on a page of its own, prints the marking
 * in the top margin of every page (an @page margin box) and keeps table rows whole. Pictures are inline PNG (data: URLs), there is no script and nothing is fetched, so the
 * file prints the same offline and under the response's `default-src 'none'` policy.
 * Every string is escaped; right-to-left runs (Arabic names) are isolated in `<bdi dir="rtl">`,
 * as the other writers mark them. An Arabic briefing is `<html lang="ar" dir="rtl">`: the browser
 * mirrors the page and its tables, each line is a `<bdi>` (its direction from its first letter, so
 * a Latin name alone in a cell keeps its order) and the names inside Arabic sentences keep their
 * own direction through the isolate marks (U+2068..U+2069) the Arabic text puts around them.
 */
import { directionalRuns } from './bidi-runs.js';
import type { Block, BriefingDocument } from './document.js';
import { ENGLISH_TEXT } from './text.js';

/** The Content-Security-Policy sent with the page: its own styles and inline pictures, nothing else. */
export const BRIEFING_HTML_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escape = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/** A line of text, escaped, its right-to-left runs isolated. */
const runsOf = (text: string) =>
  directionalRuns(text)
    .map((run) => (run.rtl ? `<bdi dir="rtl">${escape(run.text)}</bdi>` : escape(run.text)))
    .join('');

/** Whether the page being written is right to left (set for one page by writeBriefingHtml, which is synchronous up to its return). */
let rightToLeft = false;
const line = (text: string) => (rightToLeft ? `<bdi>${runsOf(text)}</bdi>` : runsOf(text));

const STYLE = `
  body { font-family: "DejaVu Sans", "Noto Sans", "Noto Naskh Arabic", Arial, sans-serif; font-size: 11pt; color: #1b2733;
         max-width: 52rem; margin: 0 auto; padding: 2.5rem 1.5rem; line-height: 1.4; }
  .marking { font-weight: bold; letter-spacing: .04em; text-align: center; color: #8a1c1c; border-bottom: 1px solid #c9d2dc;
             padding: .2rem 0; margin: 0 0 1rem; }
  .title-page h1 { font-size: 2rem; margin: 3rem 0 1.5rem; }
  .title-page dl { display: grid; grid-template-columns: max-content 1fr; gap: .4rem 1.2rem; }
  .title-page dt { font-weight: bold; }
  .title-page dd { margin: 0; }
  .title-page .note { margin-top: 3rem; color: #4a5a6a; font-size: .9rem; }
  h2 { font-size: 1.3rem; margin: 1.8rem 0 .6rem; border-bottom: 1px solid #c9d2dc; }
  table { border-collapse: collapse; width: 100%; margin: .4rem 0 1rem; font-size: .92rem; }
  th, td { border: 1px solid #c9d2dc; padding: .25rem .45rem; text-align: start; vertical-align: top; }
  th { background: #e8edf2; }
  figure { margin: 1rem 0; }
  figure img { max-width: 100%; height: auto; }
  figcaption { font-size: .85rem; color: #4a5a6a; }
  footer { margin-top: 2rem; font-size: .85rem; color: #4a5a6a; }
  @media print {
    body { max-width: none; padding: 0; font-size: 10pt; }
    .title-page { break-after: page; }
    h2 { break-after: avoid; }
    tr, figure { break-inside: avoid; }
    thead { display: table-header-group; }
  }
`;

/**
 * The page rules: A4, the marking in every printed page's top margin box and the page number in
 * the bottom one (CSS paged media; a browser without margin boxes still prints the marking on the
 * title page and at the end). The marking line is built from the sensitivity enum, quoted here.
 */
const pageStyle = (markingLine: string) => `
  @page {
    size: A4;
    margin: 22mm 18mm 18mm;
    @top-center { content: "${markingLine.replace(/["\\<]/g, '')}"; font-weight: bold; color: #8a1c1c; font-size: 9pt; }
    @bottom-right { content: counter(page) " / " counter(pages); font-size: 8pt; color: #4a5a6a; }
  }
`;

function block(item: Block, none: string): string {
  switch (item.kind) {
    case 'heading':
      return `<h2>${line(item.text)}</h2>`;
    case 'paragraph':
      return `<p>${line(item.text)}</p>`;
    case 'bullets':
      return item.items.length === 0 ? `<p>${line(none)}</p>` : `<ul>${item.items.map((text) => `<li>${line(text)}</li>`).join('')}</ul>`;
    case 'table': {
      if (item.rows.length === 0) return `<p>${line(none)}</p>`;
      const head = `<thead><tr>${item.columns.map((text) => `<th scope="col">${line(text)}</th>`).join('')}</tr></thead>`;
      const body = item.rows.map((row) => `<tr>${row.map((text) => `<td>${line(text)}</td>`).join('')}</tr>`).join('');
      return `<table>${head}<tbody>${body}</tbody></table>`;
    }
    case 'picture': {
      const src = `data:image/png;base64,${Buffer.from(item.png).toString('base64')}`;
      return `<figure><img src="${src}" width="${item.width}" height="${item.height}" alt="${escape(item.caption)}"><figcaption>${line(item.caption)}</figcaption></figure>`;
    }
  }
}

/** The briefing as a printable HTML page (UTF-8 bytes). */
export async function writeBriefingHtml(doc: BriefingDocument): Promise<Uint8Array> {
  const common = doc.language?.common ?? ENGLISH_TEXT.common;
  const lang = doc.language?.lang ?? 'en';
  const dir = doc.language?.dir ?? 'ltr';
  rightToLeft = dir === 'rtl';
  const facts = doc.facts.map(([label, value]) => `<dt>${line(label)}</dt><dd>${line(value)}</dd>`).join('');
  const html = `<!doctype html>
<html lang="${lang}" dir="${dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escape(doc.title.replace(/[\u2066-\u2069]/g, ''))}</title>
<style>${STYLE}${pageStyle(doc.markingLine)}</style>
</head>
<body>
<main>
<section class="title-page">
<p class="marking">${escape(doc.markingLine)}</p>
<h1>${line(doc.title)}</h1>
<dl>${facts}</dl>
<p class="note">${line(common.generatedBy)}</p>
</section>
${doc.blocks.map((item) => block(item, common.none)).join('\n')}
</main>
<footer><p class="marking">${escape(doc.markingLine)}</p></footer>
</body>
</html>
`;
  return new TextEncoder().encode(html);
}
