/**
 * The pseudo-language check (issue 17): visible text in a part of the page that did not come
 * from the catalogue. Under `?lang=en-XA` every catalogue message is accented and bracketed, so
 * letters outside brackets ("[Şcöŕé] 0.5 points") were written by the code in English.
 */
import type { Page } from 'playwright-core';

/**
 * Visible text in `scope` with letters outside bracketed pseudo-text (so "— [állîéð wîţĥ] —"
 * passes and "[Şcöŕé] 0.5 points" does not). Not the page's words, so not looked at: the
 * server's own prose (`[data-api-text]`: cell explanations, scope statements, verdict reasons),
 * what a record holds as stored (`[data-record-text]`: a name, a description, an id in a
 * history entry), and dates in `<time>`, which Intl writes in the page's language (the
 * pseudo-language's is English).
 */
export function untranslated(opened: Page, scope: string): Promise<string[]> {
  return opened.evaluate((selector) => {
    const root = document.querySelector(selector);
    if (!root) return [`no ${selector}`];
    const found: string[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? '';
      const parent = node.parentElement;
      if (!text || !parent || parent.closest('[hidden], option, script, style, [data-api-text], [data-record-text], time')) continue;
      // Innermost brackets first: a pseudo word inside a pseudo message ("[[çlüštér], 13 mémbérš]").
      let outside = text;
      while (/\[[^[\]]*\]/.test(outside)) outside = outside.replace(/\[[^[\]]*\]/g, '');
      if (!/\p{L}/u.test(outside)) continue;
      found.push(text);
    }
    return found;
  }, scope);
}
