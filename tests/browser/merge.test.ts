/**
 * Merging in the workbench, in Chromium: "Merge with..." from the actor panel (pick, preview,
 * confirm), the "Possible duplicates" list from the toolbar, and the new-actor form's same-name
 * warning ("Open it", "Create anyway"); each screen passes axe with no serious or critical
 * violation. MERGE_SCREENSHOTS=<folder> saves a PNG of each screen there.
 */
import { expectNoSeriousViolations } from '../support/axe.js';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useBrowserApp } from '../support/lifecycle.js';
import { loadDataset } from '../../server/seed/dataset-loader.js';
import { ANALYSIS_FIXTURE } from '../support/analysis-fixture.js';
import { eventually, searchAndOpen } from '../support/browser-app.js';
import { request } from '../support/http.js';
import { chooseFromMore } from '../support/more-menu.js';

const app = useBrowserApp({ seed: false });
let page: Page;
const shots = process.env.MERGE_SCREENSHOTS;
const SLOW = 180_000;

beforeAll(async () => {
  await loadDataset(app.server.db, {
    ...ANALYSIS_FIXTURE,
    actors: [
      ...(ANALYSIS_FIXTURE.actors ?? []),
      {
        id: 'c1b',
        name: 'WOMEN  A',
        acronym: 'WA',
        aliases: ['Women of A'],
        kind: 'civil_society',
        subtype: 'womens_group',
        influence: 5,
        basedIn: ['cap'],
      },
      { id: 'u1b', name: 'Agency-One', kind: 'un_entity', subtype: 'agency', basedIn: ['cap'] },
    ],
    ties: [...(ANALYSIS_FIXTURE.ties ?? []), { id: 't3b', type: 'cooperates_with', sourceId: 'c2', targetId: 'c1b', strength: 1 }],
  });
  page = await app.open();
}, 300_000);

async function expectAccessible(screen: string): Promise<void> {
  if (shots) await page.screenshot({ path: `${shots}/${screen}.png` });
  await expectNoSeriousViolations(page, screen);
}

const api = (method: string, path: string, body?: unknown) => request(app.server.baseUrl, method, path, body);

describe('merge from the actor panel', () => {
  it(
    'picks a duplicate, shows what moves, and merges only after the preview',
    async () => {
      await searchAndOpen(page, 'Women A', 'Women A');
      await page.click('[data-testid="merge-with"]');
      const dialog = '[data-testid="merge-dialog"]';
      await page.waitForSelector(dialog);
      await page.fill('[data-testid="merge-search"]', 'WOMEN');
      await page.click('[data-testid="merge-results"] button[aria-label="Add WOMEN  A as a duplicate"]');
      expect(await page.isDisabled('[data-testid="merge-confirm"]')).toBe(true);
      await page.click('[data-testid="merge-preview-button"]');
      await page.waitForSelector('[data-testid="merge-preview"]');
      const preview = (await page.textContent('[data-testid="merge-preview"]')) ?? '';
      expect(preview).toContain('Identical ties combined into one: 1');
      expect(preview).toContain('Women of A');
      expect(await page.isDisabled('[data-testid="merge-confirm"]')).toBe(false);
      await expectAccessible('merge-dialog-preview');
      await page.click('[data-testid="merge-confirm"]');
      await eventually(() => page.locator(dialog).count()).toBe(0);
      await eventually(async () => (await page.textContent('[data-testid="notice"]')) ?? '').toContain('Undo puts them back');
      expect((await api('GET', '/api/actors/c1b')).body.error.details).toEqual({ mergedInto: 'c1' });
      await eventually(async () => (await page.textContent('[data-testid="actor-panel"]')) ?? '').toContain('Women of A');
      await expectAccessible('panel-after-merge');
    },
    SLOW,
  );
});

describe('possible duplicates', () => {
  it(
    'lists pairs of the map and merges one, keeping the chosen record',
    async () => {
      await page.keyboard.press('Escape');
      await chooseFromMore(page, 'open-duplicates');
      const pair = page.locator('[data-testid="duplicate-pair"]', { hasText: 'Agency-One' });
      await eventually(() => pair.count()).toBe(1);
      await expectAccessible('possible-duplicates');
      await pair.locator('button', { hasText: 'Keep “Agency One”' }).click();
      await page.waitForSelector('[data-testid="merge-dialog"]');
      expect(await page.textContent('[data-testid="merge-chosen"]')).toContain('Agency-One');
      await page.click('[data-testid="merge-preview-button"]');
      await page.waitForSelector('[data-testid="merge-preview"]');
      await page.click('[data-testid="merge-confirm"]');
      await eventually(() => page.locator('[data-testid="merge-dialog"]').count()).toBe(0);
      expect((await api('GET', '/api/actors/u1b')).status).toBe(404);
      // "Agency-One" folds to the kept name, so it is not repeated as an alias.
      expect((await api('GET', '/api/actors/u1')).body.aliases).toEqual([]);
    },
    SLOW,
  );
});

describe('new actor with an existing name', () => {
  it(
    'shows the existing actor with "Open it" and "Create anyway"',
    async () => {
      await page.keyboard.press('Escape');
      await page.click('[data-testid="new-actor"]');
      const form = '[data-testid="form-dialog"]';
      await page.fill(`${form} [data-field="name"] input`, 'agency one');
      await page.click(`${form} button[type="submit"]`);
      await page.waitForSelector('[data-testid="duplicate-warning"]');
      expect(await page.textContent('[data-testid="duplicate-warning"]')).toContain('Agency One');
      await expectAccessible('new-actor-duplicate-warning');
      await page.click('[data-testid="open-existing"]');
      await eventually(() => page.locator(form).count()).toBe(0);
      await eventually(async () => (await page.textContent('[data-testid="actor-name"]')) ?? '').toBe('Agency One');

      await page.keyboard.press('Escape');
      await page.click('[data-testid="new-actor"]');
      await page.fill(`${form} [data-field="name"] input`, 'agency one');
      await page.click(`${form} button[type="submit"]`);
      await page.click('[data-testid="create-anyway"]');
      await eventually(() => page.locator(form).count()).toBe(0);
      expect((await api('GET', '/api/actors?text=agency%20one')).body.items.map((a: { name: string }) => a.name).sort()).toEqual([
        'Agency One',
        'agency one',
      ]);
    },
    SLOW,
  );
});
