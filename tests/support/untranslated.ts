/**
 * The pseudo-language check (issue 17): visible text in a part of the page that did not come
 * from the catalogue. Under `?lang=en-XA` every catalogue message is accented and bracketed, so
 * letters outside brackets ("[Şcöŕé] 0.5 points") were written by the code in English.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * Visible text in `scope` with letters outside bracketed pseudo-text (so "— [állîéð wîţĥ] —"
 * passes and "[Şcöŕé] 0.5 points" does not). Not the page's words, so not looked at: the
 * server's own prose (`[data-api-text]`: cell explanations, scope statements, verdict reasons),
 * what a record holds as stored (`[data-record-text]`: a name, a description, an id in a
 * history entry), and dates in `<time>`, which Intl writes in the page's language (the
 * pseudo-language's is English). A message split around elements counts as one.
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
      if (!/\p{L}/u.test(outside) || insideMessage(node, parent)) continue;
      found.push(text);
    }
    return found;

    /**
     * A message formatted around elements (a name in a <bdi>, a date in a <time>) is split into
     * several text nodes: "[Šhöwîñĝ ... öf ", the elements, " — réád-öñlý]". A piece is the page's
     * words when each of its letters lies inside the brackets as its parent's whole text counts them.
     */
    function insideMessage(piece: Node, parent: Element): boolean {
      let before = 0;
      const pieces = document.createTreeWalker(parent, NodeFilter.SHOW_TEXT);
      for (let other = pieces.nextNode(); other && other !== piece; other = pieces.nextNode()) before += other.textContent?.length ?? 0;
      let depth = 0;
      for (const char of (parent.textContent ?? '').slice(0, before)) depth += char === '[' ? 1 : char === ']' ? -1 : 0;
      for (const char of piece.textContent ?? '') {
        if (char === '[') depth += 1;
        else if (char === ']') depth -= 1;
        else if (depth <= 0 && /\p{L}/u.test(char)) return false;
      }
      return true;
    }
  }, scope);
}

/**
 * Names and titles the map holds (actors and their acronyms, admin areas, outputs, rounds): data
 * shown as stored, so text containing one is not reported as untranslated.
 */
export function dataWordsOf(opened: Page): Promise<string[]> {
  return opened.evaluate(async () => {
    const get = async (path: string) => (await fetch(path)).json();
    const graph = await get('/api/graph');
    return [
      ...graph.nodes.flatMap((n: { data: { label: string; acronym?: string } }) => [n.data.label, n.data.acronym ?? '']),
      ...(await get('/api/areas')).map((area: { name: string }) => area.name),
      ...(await get('/api/outputs')).map((output: { title: string }) => output.title),
      ...(await get('/api/rounds')).items.map((round: { name: string }) => round.name),
    ].filter((word: string) => word.length > 1);
  });
}

/** `check(scope, what)`: expects no untranslated text in `scope` but for the map's own words. */
export function untranslatedChecker(opened: Page, dataWords: readonly string[]) {
  return async (scope: string, what: string) =>
    expect(
      (await untranslated(opened, scope)).filter((text) => !dataWords.some((word) => text.includes(word))),
      what,
    ).toEqual([]);
}
