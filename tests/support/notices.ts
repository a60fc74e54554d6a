/**
 * The workbench's notices (client/ui/header.ts) leave by themselves after a few seconds; on a
 * busy machine a test can reach its check after the notice it waits for has gone. This records
 * every notice text the page shows from now on, so a test reads what was said, not what is left.
 */
import type { Page } from 'playwright-core';

export async function recordNotices(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const seen: string[] = ((window as any).__noticesSeen = []);
    new MutationObserver(() => {
      const text = document.querySelector('[data-testid="notice-text"]')?.textContent;
      if (text && seen.at(-1) !== text) seen.push(text);
    }).observe(document.body, { childList: true, subtree: true, characterData: true });
  });
  return () => page.evaluate(() => (window as any).__noticesSeen as string[]);
}
