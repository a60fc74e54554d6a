/**
 * The toolbar's "More" menu (client/ui/more-menu.ts) holds the actions used now and then (import,
 * outputs, areas, audit log, accounts, possible duplicates, unpin all). Tests reach them as a user
 * does: open the menu, then choose the item, by pointer or by keyboard (Enter on "More", arrows to
 * the item, Enter). A dialog opened from the menu gives the focus back to "More" when it closes.
 */
import type { Page } from 'playwright-core';

export const MORE_BUTTON = '[data-testid="more-menu-button"]';

export async function chooseFromMore(page: Page, testId: string, how: 'click' | 'keyboard' = 'click'): Promise<void> {
  const item = `[data-testid="more-menu"] [data-testid="${testId}"]`;
  if (how === 'click') {
    if ((await page.getAttribute(MORE_BUTTON, 'aria-expanded')) !== 'true') await page.click(MORE_BUTTON);
    await page.click(item);
    return;
  }
  await page.focus(MORE_BUTTON);
  if ((await page.getAttribute(MORE_BUTTON, 'aria-expanded')) !== 'true') await page.keyboard.press('Enter');
  for (let step = 0; step < 12; step++) {
    if (await page.evaluate((wanted) => document.activeElement?.getAttribute('data-testid') === wanted, testId)) break;
    await page.keyboard.press('ArrowDown');
  }
  await page.keyboard.press('Enter');
}
