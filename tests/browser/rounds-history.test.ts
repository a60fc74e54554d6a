/**
 * The panel's History section and revert (issue 14), on the demo: the women's group whose stance
 * turned between the demo's two rounds shows that change (who, when, before → after); an analyst
 * reverts it to the earlier version from the panel, Undo puts the later one back (a revert to the
 * version before it), and a tie's panel has its history too. Axe and screenshots at 1280 and 1024.
 */
import { describe, expect, it } from 'vitest';
import { expectNoSeriousViolations } from '../support/axe.js';
import { searchAndOpen } from '../support/browser-app.js';
import { request } from '../support/http.js';
import { useBrowserApp } from '../support/lifecycle.js';

const app = useBrowserApp();
const shots = '/work/notes/shots/rui';

describe('History section and revert', () => {
  it('shows an actor’s versions, reverts one through the undo history, and shows a tie’s history', async () => {
    const rounds = await request(app.server.baseUrl, 'GET', '/api/rounds');
    const [latest, previous] = rounds.body.items as { id: string }[];
    const diff = await request(app.server.baseUrl, 'GET', `/api/diff?from=${previous!.id}&to=${latest!.id}`);
    const women = diff.body.named.stanceShifts[0] as { id: string; name: string; before: number; after: number };
    expect(women.before).toBeGreaterThan(0);
    const stance = async () => (await request(app.server.baseUrl, 'GET', `/api/actors/${women.id}`)).body.stance as number;
    expect(await stance()).toBe(women.after);

    const page = await app.open('/', { width: 1280, height: 800 });
    await searchAndOpen(page, women.name, women.name);
    const history = page.locator('[data-testid="actor-panel"] [data-testid="history"]');
    await history.locator('summary').click();
    await page.waitForSelector('[data-testid="history-list"] li:nth-child(2)');
    // Newest first: the stance change, before → after, then the first round's version.
    const newest = history.locator('[data-testid="history-list"] > li').first();
    expect(await newest.locator('dt').allTextContents()).toContain('Stance');
    // The stance written as everywhere in the product (the demo's women's group: +1 then −2).
    expect([women.before, women.after]).toEqual([1, -2]);
    expect(await newest.textContent()).toContain('+1 (supportive) → −2 (hostile)');
    expect(await newest.locator('time').getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(await newest.locator('[data-testid="history-revert"]').count()).toBe(0);
    await history.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${shots}/history-1280.png` });
    await expectNoSeriousViolations(page, 'history section', { include: '[data-testid="actor-panel"]' });

    // Revert to the earlier version: the stance is the first round's again, and the list grows.
    const older = history.locator('[data-testid="history-list"] > li').nth(1);
    await older.locator('[data-testid="history-revert"]').click();
    await page.waitForFunction(() => document.querySelector('[data-testid="notice"]')?.textContent?.startsWith('Reverted'));
    expect(await stance()).toBe(women.before);
    await page.waitForFunction(() => document.querySelector('[data-testid="history-list"] > li')?.getAttribute('data-op') === 'revert');
    expect(await page.getAttribute('[data-testid="undo"]', 'aria-label')).toMatch(/^Undo revert actor/);

    // Undo = a revert to the version before it.
    await page.click('[data-testid="undo"]');
    await page.waitForFunction(() => document.querySelector('[data-testid="notice"]')?.textContent?.startsWith('Undone'));
    expect(await stance()).toBe(women.after);

    // A tie's panel has its history too.
    await page.locator('[data-testid="actor-panel"] .tie-open').first().click();
    await page.waitForSelector('[data-testid="tie-type"]');
    await page.locator('[data-testid="actor-panel"] [data-testid="history"] summary').click();
    await page.waitForSelector('[data-testid="history-list"] li');
    await page.setViewportSize({ width: 1024, height: 800 });
    await page.screenshot({ path: `${shots}/history-tie-1024.png` });
    await page.close();
  }, 180_000);
});
