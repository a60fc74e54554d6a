/**
 * Evidence in the workbench (issue #15), on the demo in Chromium: the legend names the grades the
 * map draws; the panel of an actor with a disputed stance says "Contested" and lists both claims;
 * Add claim writes a claim and Undo takes it back; the Contested list (More ▾) shows both sides;
 * axe finds no serious violation on the panel, the form or the list. EVIDENCE_SHOTS=<dir> saves
 * screenshots.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_EVIDENCE } from '../../server/evidence/demo-evidence.js';
import { eventually, searchAndOpen } from '../support/browser-app.js';
import { request } from '../support/http.js';
import { useBrowserApp } from '../support/lifecycle.js';
import { chooseFromMore } from '../support/more-menu.js';

const app = useBrowserApp();
let page: Page;
const SLOW = { timeout: 180_000 };
const ACTOR = DEMO_EVIDENCE.contestedStance.actorId;
const shot = async (name: string) => {
  if (process.env.EVIDENCE_SHOTS) await page.screenshot({ path: `${process.env.EVIDENCE_SHOTS}/${name}.png` });
};

async function serious(): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).exclude('#map canvas').analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((node) => `${v.id}: ${node.target.join(' ')}`));
}

beforeAll(async () => {
  page = await app.open();
  page.on('dialog', (dialog) => void dialog.accept());
}, 240_000);

describe('evidence in the workbench', () => {
  it('draws grades with a legend, and the actor panel lists the disputed claims', SLOW, async () => {
    await eventually(() =>
      page.$$eval('[data-testid="legend-evidence"] li', (items) => items.map((li) => li.getAttribute('data-grade'))),
    ).toEqual(expect.arrayContaining(['corroborated', 'single_source']));
    await shot('map-legend');
    await searchAndOpen(page, 'Eastern Voice');
    await eventually(() => page.textContent('[data-testid="evidence-grade"]')).toMatch(/^Contested: 2 claims from 2 sources/);
    await eventually(() => page.$$eval('[data-testid="claim-list"] li', (items) => items.length)).toBe(2);
    // The two sides of the dispute read as stances do elsewhere, not as bare numbers.
    const claimsText = await page.textContent('[data-testid="claim-list"]');
    expect(claimsText).toContain('Stance: +1 (supportive)');
    expect(claimsText).toContain('Stance: −2 (hostile)');
    await page.locator('[data-testid="panel-evidence"]').scrollIntoViewIfNeeded();
    await shot('panel-claims');
    expect(await serious()).toEqual([]);
  });

  it('adds a claim from the panel, and Undo takes it back', SLOW, async () => {
    await page.click('[data-testid="add-claim"]');
    await page.waitForSelector('[data-testid="form-dialog"][open]');
    // One report's words at several sensitivity levels are several sources: the picker groups them by level, by title within.
    const groups = await page.$$eval('[data-testid="form-dialog"] [data-field="sourceId"] select optgroup', (items) =>
      items.map((group) => ({
        level: group.getAttribute('label') ?? '',
        titles: [...group.querySelectorAll('option')].map((option) => option.title),
      })),
    );
    expect(groups.map((group) => group.level)).toEqual(['Internal', 'Confidential', 'Strictly confidential']);
    for (const group of groups) {
      expect(group.titles).toEqual([...group.titles].sort((x, y) => x.localeCompare(y, 'en')));
      expect(new Set(group.titles).size).toBe(group.titles.length);
    }
    const informants = groups.filter((group) => group.titles.includes(`Key informant interview (fictional) — ${group.level}`));
    expect(informants.map((group) => group.level)).toEqual(['Internal', 'Confidential', 'Strictly confidential']);
    await page.selectOption('[data-testid="form-dialog"] [data-field="sourceId"] select', DEMO_EVIDENCE.contestedStance.sourceIds[0]);
    await page.selectOption('[data-testid="form-dialog"] [data-field="attribute"] select', 'influence');
    await page.fill('[data-testid="form-dialog"] [data-field="value"] input', '4');
    await page.selectOption('[data-testid="form-dialog"] [data-field="credibility"] select', '2');
    await shot('add-claim-form');
    expect(await serious()).toEqual([]);
    await page.click('[data-testid="form-dialog"] button[type="submit"]');
    const claims = async () => (await request(app.server.baseUrl, 'GET', `/api/claims?actor=${ACTOR}`)).body.total as number;
    await eventually(claims).toBe(3);
    await eventually(() => page.$$eval('[data-testid="claim-list"] li', (items) => items.length)).toBe(3);
    await page.click('[data-testid="undo"]');
    await eventually(claims).toBe(2);
  });

  it('lists contested ties and attributes with both sides', SLOW, async () => {
    await chooseFromMore(page, 'open-contested');
    await page.waitForSelector('[data-testid="contested-dialog"][open] [data-testid="contested-list"]');
    const dispute = page.locator(`[data-dispute="actor:${ACTOR}:stance"]`);
    expect(await dispute.locator('.contested-sides > li').count()).toBe(2);
    expect(await dispute.textContent()).toContain('Civil Affairs meeting note');
    expect(await dispute.textContent()).toContain('Political Affairs weekly');
    await shot('contested-list');
    expect(await serious()).toEqual([]);
  });
});
