/**
 * The import, export, merge and briefing dialogs in the interface's languages (issue 17). Under
 * the pseudo-language every word of the import dialog (the mapping step of a mis-guessed table,
 * its review once mapped, the write, the report, Undo and the recent imports), the export dialog
 * (with a filter set, and after a download), the merge dialog with its preview, Possible
 * duplicates and the briefing dialog comes from the catalogue; in French and in Arabic the import
 * review and the export dialog speak the language, Arabic right to left, with nothing running out
 * of the dialog. Screenshots at 1280 px wide go to ACTOR_MAP_SHOTS when it is set.
 */
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { searchAndOpen } from '../support/browser-app.js';
import { useBrowserApp } from '../support/lifecycle.js';
import { chooseFromMore } from '../support/more-menu.js';
import { dataWordsOf, untranslated, untranslatedChecker } from '../support/untranslated.js';

const app = useBrowserApp();
const SHOTS = process.env.ACTOR_MAP_SHOTS;
const MISGUESSED = fileURLToPath(new URL('../fixtures/imports/armed-groups-misguessed.csv', import.meta.url));
const FINISHED = '[data-testid="import-report"]:not([data-status="validating"]):not([data-status="writing"])';
const IMPORT = '[data-testid="import-dialog"]';

/** Upload the mis-guessed list of armed groups: the importer asks for a mapping. */
async function uploadMisguessed(page: Page): Promise<void> {
  await chooseFromMore(page, 'open-import');
  await page.setInputFiles('[data-testid="import-file"]', MISGUESSED);
  await page.click('[data-testid="import-submit"]');
  await page.waitForSelector(`${FINISHED}[data-status="needs_mapping"]`, { timeout: 60_000 });
}

/** Map the names and the coded kinds (as tests/browser/import-mapping.test.ts does) and check again. */
async function mapAndCheck(page: Page): Promise<void> {
  await page.selectOption('[data-testid="mapping-step"] select[data-field="org"]', 'B');
  await page.selectOption('[data-testid="mapping-step"] select[data-field="kind"]', 'A');
  await page.selectOption('[data-testid="mapping-step"] select[data-field="adm1"]', '');
  if ((await page.getAttribute('.mapping-extras', 'open')) === null) await page.click('.mapping-extras summary');
  await page.fill(
    '[data-testid="mapping-kind-values"]',
    'Rebel group = conflict_party\nPolitical militia = conflict_party\nIdentity militia = conflict_party\nState forces = government',
  );
  await page.click('[data-testid="mapping-check"]');
  await page.waitForSelector('[data-testid="import-report"][data-status="validated"]', { timeout: 60_000 });
}

/**
 * Elements of a dialog that stick out of it sideways, and the dialog's body if it scrolls
 * sideways. A table scrolls inside its own wrapper (a focusable region): the wrapper is checked,
 * not the cells it scrolls.
 */
function overflowing(page: Page, dialog: string): Promise<string[]> {
  return page.evaluate((selector) => {
    const root = document.querySelector<HTMLElement>(selector);
    if (!root) return [`no ${selector}`];
    const box = root.getBoundingClientRect();
    const body = root.querySelector<HTMLElement>('.transfer-body');
    const out: string[] = body && body.scrollWidth > body.clientWidth + 1 ? [`${selector} body scrolls sideways`] : [];
    for (const element of root.querySelectorAll<HTMLElement>('*')) {
      if (element.closest('[hidden], option, details:not([open]) > :not(summary)')) continue;
      if (element.parentElement?.closest('.transfer-table-wrap')) continue;
      const rect = element.getBoundingClientRect();
      if (rect.width === 0) continue;
      if (rect.left < box.left - 1 || rect.right > box.right + 1) out.push(`${element.tagName} ${element.textContent?.slice(0, 40)}`);
    }
    return out;
  }, dialog);
}

describe('the pseudo-language over the import, export, merge and briefing dialogs', () => {
  it('every word of the import dialog, from the mapping step to the review, the write, Undo and the recent imports, comes from the catalogue', async () => {
    const page = await app.open('/?lang=en-XA', { width: 1280, height: 900 });
    const checkScope = untranslatedChecker(page, await dataWordsOf(page));
    const check = (what: string) => checkScope(IMPORT, what);

    // The buttons that open these dialogs: Export on the toolbar, the others in the More menu.
    expect(await page.textContent('[data-testid="open-export"]')).toMatch(/^\[.*\]$/);
    await page.click('[data-testid="more-menu-button"]');
    for (const item of ['open-import', 'open-duplicates', 'open-briefing'])
      expect(await page.textContent(`[data-testid="more-menu"] [data-testid="${item}"]`), item).toMatch(/^\[.*\]$/);
    await page.click('[data-testid="more-menu-button"]');

    await uploadMisguessed(page);
    await page.click('.mapping-extras summary');
    await check('the mapping step of a mis-guessed table, with its doubts and extras');
    await mapAndCheck(page);
    await check('the review once mapped: matches, columns, the write step');
    await page.selectOption('[data-testid="import-matches-filter"]', 'created');
    await check('the matches, new only');
    await page.click('[data-testid="import-write"]');
    await page.waitForSelector(`${FINISHED}[data-status="imported"]`, { timeout: 60_000 });
    await page.click('[data-testid="import-recent"] summary');
    await page.waitForSelector('[data-testid="import-recent-list"] li[data-import-id]');
    await check('the written report, Undo and the recent imports');
    await page.click('[data-testid="import-undo"]');
    await page.waitForSelector('[data-testid="import-undo-result"] [data-tone="ok"]', { timeout: 60_000 });
    await check('after Undo');
    await page.context().close();
  }, 180_000);

  it('every word of the export dialog (with a filter set, and after a download) comes from the catalogue', async () => {
    const page = await app.open('/?lang=en-XA', { width: 1280, height: 900 });
    await page.click('[data-filter="kinds"] summary');
    await page.check('#filter-kinds-donor');
    await page.click('[data-testid="open-export"]');
    await page.waitForSelector('[data-testid="export-dialog"]');
    expect(await page.isChecked('[data-testid="export-only-view"]')).toBe(true);
    await page.selectOption('[data-testid="export-format"]', 'snapshot');
    await Promise.all([page.waitForEvent('download'), page.click('[data-testid="export-submit"]')]);
    await page.waitForSelector('[data-testid="export-status"]:not([hidden])');
    expect(await untranslated(page, '[data-testid="export-dialog"]')).toEqual([]);
    await page.context().close();
  }, 120_000);

  it('every word of the merge dialog with its preview, Possible duplicates and the briefing dialog comes from the catalogue', async () => {
    const page = await app.open('/?lang=en-XA', { width: 1280, height: 900 });
    const check = untranslatedChecker(page, await dataWordsOf(page));
    // Two civil society organisations of the demo: the first is kept, the second chosen as its duplicate.
    const [kept, other] = await page.evaluate(async () => {
      const graph = await (await fetch('/api/graph')).json();
      return graph.nodes
        .map((n: { data: { label: string; kind: string } }) => n.data)
        .filter((d: { kind: string }) => d.kind === 'civil_society')
        .slice(0, 2)
        .map((d: { label: string }) => d.label) as string[];
    });
    await searchAndOpen(page, kept!, kept);
    await page.click('[data-testid="merge-with"]');
    await page.waitForSelector('[data-testid="merge-dialog"]');
    await check('[data-testid="merge-dialog"]', 'merge dialog, nothing chosen');
    await page.fill('[data-testid="merge-search"]', other!);
    await page.click('[data-testid="merge-results"] li:first-child button');
    await page.click('[data-testid="merge-preview-button"]');
    await page.waitForSelector('[data-testid="merge-preview"]');
    await check('[data-testid="merge-dialog"]', 'merge dialog with its preview');
    await page.keyboard.press('Escape');
    await page.waitForSelector('[data-testid="merge-dialog"]', { state: 'detached' });

    await chooseFromMore(page, 'open-duplicates');
    await page.waitForSelector('[data-testid="duplicates-dialog"] .transfer-body > :not([data-testid="duplicates-status"])');
    await check('[data-testid="duplicates-dialog"]', 'possible duplicates');
    await page.keyboard.press('Escape');

    await chooseFromMore(page, 'open-briefing');
    await page.waitForSelector('[data-testid="briefing-dialog"]');
    await page.selectOption('[data-testid="briefing-kind"]', 'engagement');
    await check('[data-testid="briefing-dialog"]', 'briefing dialog, with the period');
    await page.keyboard.press('Escape');
    await page.click('[data-testid="actor-briefing"]');
    await page.waitForSelector('[data-testid="briefing-dialog"]');
    await check('[data-testid="briefing-dialog"]', 'actor briefing dialog');
    await page.context().close();
  }, 180_000);
});

describe('the import review and the export dialog in French and Arabic', () => {
  for (const language of ['fr', 'ar'] as const)
    it(`speak ${language === 'fr' ? 'French' : 'Arabic'}, ${language === 'ar' ? 'right to left, ' : ''}with nothing running out of the dialog`, async () => {
      const page = await app.open(`/?lang=${language}`, { width: 1280, height: 900 });
      expect(await page.evaluate(() => document.documentElement.dir)).toBe(language === 'ar' ? 'rtl' : 'ltr');

      await uploadMisguessed(page);
      expect(await page.textContent('[data-testid="mapping-step"] h3')).toBe(
        language === 'fr' ? 'Que contient chaque colonne ?' : 'ما الذي يحتويه كل عمود؟',
      );
      await mapAndCheck(page);
      // Counts as the language says them: "Importé : 4 nouveaux acteurs"; in Arabic "4 جهات فاعلة جديدة" (few).
      const write = await page.textContent('[data-testid="import-write-step"]');
      expect(write).toMatch(
        language === 'fr'
          ? /L’importation enregistrera : \d+ nouv(el|eaux) acteurs?, \d+ acteurs? de la carte mis à jour/
          : /سيكتب الاستيراد: .*جه(ة|ات|تان) فاعل/,
      );
      expect(await page.textContent('[data-testid="import-write"]')).toBe(language === 'fr' ? 'Importer' : 'استيراد');
      expect(await overflowing(page, IMPORT)).toEqual([]);
      if (SHOTS) await page.screenshot({ path: `${SHOTS}/import-review-${language}.png` });
      await page.locator('[data-testid="import-matches"]').scrollIntoViewIfNeeded();
      if (SHOTS) await page.screenshot({ path: `${SHOTS}/import-matches-${language}.png` });
      await page.locator('[data-testid="import-write-step"]').scrollIntoViewIfNeeded();
      if (SHOTS) await page.screenshot({ path: `${SHOTS}/import-mapping-and-write-${language}.png` });
      await page.keyboard.press('Escape');
      await page.waitForSelector(IMPORT, { state: 'detached' });

      await page.click('[data-testid="open-export"]');
      await page.waitForSelector('[data-testid="export-dialog"]');
      expect(await page.textContent('[data-testid="export-dialog"] label[for="export-profile-shareable"]')).toBe(
        language === 'fr' ? 'Diffusable' : 'قابل للمشاركة',
      );
      expect(await page.inputValue('[data-testid="export-name"]')).toBe(language === 'fr' ? 'Carte des acteurs' : 'خريطة الجهات الفاعلة');
      expect(await overflowing(page, '[data-testid="export-dialog"]')).toEqual([]);
      if (language === 'ar') {
        // Right to left, each radio stands at the right of its label.
        const [radio, label] = await Promise.all(
          ['#export-profile-full', 'label[for="export-profile-full"]'].map((s) => page.locator(s).boundingBox()),
        );
        expect(radio!.x).toBeGreaterThan(label!.x);
      }
      if (SHOTS) await page.screenshot({ path: `${SHOTS}/export-dialog-${language}.png` });
      await page.context().close();
    }, 180_000);
});
