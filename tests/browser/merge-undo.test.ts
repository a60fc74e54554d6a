/**
 * Undoing a merge in the workbench, in Chromium: a merge done from the actor panel ("Merge
 * with...") is one step of the session's undo history; Undo (the toolbar button) puts the
 * duplicate back with its name and ties, Redo merges again. The panel after each step passes
 * axe with no serious or critical violation. MERGE_SCREENSHOTS=<folder> saves a PNG of each.
 */
import { expectNoSeriousViolations } from '../support/axe.js';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../server/seed/dataset-loader.js';
import { ANALYSIS_FIXTURE } from '../support/analysis-fixture.js';
import { eventually, searchAndOpen } from '../support/browser-app.js';
import { request } from '../support/http.js';
import { useBrowserApp } from '../support/lifecycle.js';

const app = useBrowserApp({ seed: false });
let page: Page;
const shots = process.env.MERGE_SCREENSHOTS;
const SLOW = 180_000;

beforeAll(async () => {
  await loadDataset(app.server.db, {
    ...ANALYSIS_FIXTURE,
    actors: [
      ...(ANALYSIS_FIXTURE.actors ?? []),
      { id: 'c1b', name: 'WOMEN  A', aliases: ['Women of A'], kind: 'civil_society', subtype: 'womens_group', basedIn: ['cap'] },
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
const notice = async () => (await page.textContent('[data-testid="notice"]')) ?? '';

describe('undo a merge', () => {
  it(
    'merges from the actor panel, then Undo puts the duplicate back and Redo merges again',
    async () => {
      await searchAndOpen(page, 'Women A', 'Women A');
      await page.click('[data-testid="merge-with"]');
      await page.waitForSelector('[data-testid="merge-dialog"]');
      await page.fill('[data-testid="merge-search"]', 'WOMEN');
      await page.click('[data-testid="merge-results"] button[aria-label="Add WOMEN  A as a duplicate"]');
      await page.click('[data-testid="merge-preview-button"]');
      await page.waitForSelector('[data-testid="merge-preview"]');
      await expectAccessible('merge-undo-dialog');
      await page.click('[data-testid="merge-confirm"]');
      await eventually(() => page.locator('[data-testid="merge-dialog"]').count()).toBe(0);
      await eventually(notice).toContain('Undo puts them back');
      expect((await api('GET', '/api/actors/c1b')).status).toBe(404);
      await eventually(async () => (await page.getAttribute('[data-testid="undo"]', 'aria-label')) ?? '').toBe(
        'Undo merge 1 duplicate into “Women A”',
      );

      await page.click('[data-testid="undo"]');
      await eventually(notice).toContain('Undone: merge 1 duplicate into “Women A”');
      const back = await api('GET', '/api/actors/c1b');
      expect(back.status).toBe(200);
      expect(back.body).toMatchObject({ name: 'WOMEN  A', aliases: ['Women of A'] });
      expect((await api('GET', '/api/ties/t3b')).body).toMatchObject({ sourceId: 'c2', targetId: 'c1b', strength: 1 });
      expect((await api('GET', '/api/actors/c1')).body.aliases).toEqual([]);
      await expectAccessible('merge-undone');

      await page.click('[data-testid="redo"]');
      await eventually(notice).toContain('Redone: merge 1 duplicate into “Women A”');
      expect((await api('GET', '/api/actors/c1b')).body.error.details).toEqual({ mergedInto: 'c1' });
      // The redo is a new merge, which Undo undoes again.
      await page.click('[data-testid="undo"]');
      await eventually(notice).toContain('Undone: merge');
      expect((await api('GET', '/api/actors/c1b')).status).toBe(200);
    },
    SLOW,
  );
});
