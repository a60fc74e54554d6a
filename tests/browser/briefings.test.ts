/**
 * The Briefing action: chosen from the More menu, its dialog (axe-checked) downloads a PDF
 * coordination briefing; the actor panel's "Actor briefing…" downloads a Word briefing on that
 * actor. Screenshots go to BRIEFING_SHOTS when set, for a person to look at.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useBrowserApp } from '../support/lifecycle.js';
import { searchAndOpen } from '../support/browser-app.js';
import { chooseFromMore } from '../support/more-menu.js';
import { docxText } from '../support/briefings/read-briefing.js';

const app = useBrowserApp();
let page: Page;
const shots = process.env.BRIEFING_SHOTS;
const shoot = async (name: string) => {
  if (shots) await page.screenshot({ path: join(shots, `${name}.png`) });
};

beforeAll(async () => {
  page = await app.open();
});

async function seriousViolations(): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).exclude('#map canvas').analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id} at ${n.target.join(' ')}`));
}

describe('briefing action', () => {
  it('More ▾ Briefing… downloads a PDF coordination briefing; the dialog passes axe', async () => {
    await chooseFromMore(page, 'open-briefing');
    await page.waitForSelector('[data-testid="briefing-dialog"]');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('briefing-kind');
    expect(await page.isHidden('[data-testid="briefing-from"]')).toBe(true);
    await page.fill('[data-testid="briefing-name"]', 'Veridia');
    await shoot('briefing-dialog');
    expect(await seriousViolations()).toEqual([]);
    const [file] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="briefing-submit"]')]);
    expect(file.suggestedFilename()).toBe(`veridia-coordination-briefing-${new Date().toISOString().slice(0, 10)}.pdf`);
    const bytes = await readFile(await file.path());
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    await page.waitForSelector('[data-testid="briefing-status"]:has-text("Briefing downloaded")');
    await page.keyboard.press('Escape');
    await page.waitForSelector('[data-testid="briefing-dialog"]', { state: 'detached' });
  });

  it('the actor panel offers an actor briefing, as Word', async () => {
    await searchAndOpen(page, 'Al-Nour', 'جمعية النور للسلام');
    await page.click('[data-testid="actor-briefing"]');
    await page.waitForSelector('[data-testid="briefing-dialog"]');
    await page.selectOption('[data-testid="briefing-format"]', 'docx');
    await page.selectOption('[data-testid="briefing-profile"]', 'full');
    await shoot('actor-briefing-dialog');
    expect(await seriousViolations()).toEqual([]);
    const [file] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="briefing-submit"]')]);
    expect(file.suggestedFilename()).toMatch(/-actor-briefing-\d{4}-\d{2}-\d{2}\.docx$/);
    const text = docxText(new Uint8Array(await readFile(await file.path())));
    expect(text).toContain('Actor briefing: جمعية النور للسلام');
    expect(text).toContain('Do-no-harm check');
  });
});
