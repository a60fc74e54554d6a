/**
 * Issue 14's screens in the interface's languages (issue 17), on the demo's two rounds: under the
 * pseudo-language every word of the timeline (today and in the past, with its banner and the
 * panel's read-only note), the round form, the diff view with its change list, and an actor's
 * History section comes from the catalogue; in French and in Arabic the past-date banner, the
 * change list's counts and the history speak the language, Arabic right to left, and nothing in
 * the timeline, the diff panel or the history list runs out of its box. Screenshots at 1280 px
 * wide go to ACTOR_MAP_SHOTS when it is set.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { searchAndOpen } from '../support/browser-app.js';
import { request } from '../support/http.js';
import { useBrowserApp } from '../support/lifecycle.js';
import { dataWordsOf, untranslatedChecker } from '../support/untranslated.js';

const app = useBrowserApp();
const SHOTS = process.env.ACTOR_MAP_SHOTS;
let first: { id: string; name: string };
let women: { id: string; name: string };

beforeAll(async () => {
  const rounds = (await request(app.server.baseUrl, 'GET', '/api/rounds')).body.items as { id: string; name: string }[];
  const latest = rounds[0]!;
  first = rounds[1]!;
  const diff = (await request(app.server.baseUrl, 'GET', `/api/diff?from=${first.id}&to=${latest.id}`)).body;
  women = diff.named.stanceShifts[0];
});

async function showFirstRound(page: Page): Promise<void> {
  await page.click(`[data-round="${first.id}"]`);
  await page.waitForSelector('[data-testid="as-of-banner"]:not([hidden])');
  await page.waitForSelector('body[data-as-of]');
}

async function backToToday(page: Page): Promise<void> {
  await page.click('[data-testid="back-to-today"]');
  await page.waitForSelector('[data-testid="as-of-banner"]', { state: 'hidden' });
}

async function openComparison(page: Page): Promise<void> {
  await page.click('[data-testid="compare-rounds"]');
  await page.waitForSelector('[data-testid="diff-changes"]');
}

async function openHistory(page: Page): Promise<void> {
  await searchAndOpen(page, women.name, women.name);
  await page.click('[data-testid="actor-panel"] [data-testid="history"] summary');
  await page.waitForSelector('[data-testid="history-list"] li:nth-child(2)');
  // The first version's fields are folded: unfolded, so they are looked at too.
  for (const folded of await page.locator('[data-testid="history-list"] details.history-fields summary').all()) await folded.click();
}

/** Elements of `scope` that stick out of it sideways (and the scope itself if it scrolls sideways). */
function overflowing(page: Page, scope: string): Promise<string[]> {
  return page.evaluate((selector) => {
    const root = document.querySelector<HTMLElement>(selector);
    if (!root) return [`no ${selector}`];
    const box = root.getBoundingClientRect();
    const out: string[] = root.scrollWidth > root.clientWidth + 1 ? [`${selector} scrolls sideways`] : [];
    for (const element of root.querySelectorAll<HTMLElement>('*')) {
      if (element.closest('[hidden], .timeline-track')) continue;
      const rect = element.getBoundingClientRect();
      if (rect.width === 0) continue;
      if (rect.left < box.left - 1 || rect.right > box.right + 1) out.push(`${element.tagName} ${element.textContent?.slice(0, 40)}`);
    }
    return out;
  }, scope);
}

describe('the pseudo-language over the rounds, diff and history screens', () => {
  it('every word of the timeline, the past banner, the round form, the diff view and the History section comes from the catalogue', async () => {
    const page = await app.open('/?lang=en-XA', { width: 1280, height: 800 });
    const check = untranslatedChecker(page, await dataWordsOf(page));

    await check('#timeline', 'timeline');
    await showFirstRound(page);
    expect(await page.textContent('[data-testid="as-of-text"]')).toMatch(/^\[/);
    await check('#timeline', 'timeline in the past, with its banner');
    await page.fill('[data-testid="search"]', women.name);
    await page.waitForSelector('#search-results [role="option"]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid="read-only-note"]');
    await check('[data-testid="read-only-note"]', 'the panel’s note in the past');
    await backToToday(page);

    await page.click('[data-testid="new-round"]');
    await page.waitForSelector('[data-testid="form-dialog"][open]');
    await check('[data-testid="form-dialog"]', 'round form');
    await page.keyboard.press('Escape');
    await page.waitForSelector('[data-testid="form-dialog"]', { state: 'detached' });

    await openComparison(page);
    await check('[data-testid="diff-panel"]', 'diff view with its change list');
    await page.click('[data-testid="close-diff"]');
    await backToToday(page);

    await openHistory(page);
    await check('[data-testid="actor-panel"] [data-testid="history"]', 'an actor’s History section');
    await page.context().close();
  }, 180_000);
});

describe('the rounds, diff and history screens in French and Arabic', () => {
  for (const language of ['fr', 'ar'] as const)
    it(`speak ${language === 'fr' ? 'French' : 'Arabic'}, ${language === 'ar' ? 'right to left, ' : ''}with nothing running out of its box`, async () => {
      const page = await app.open(`/?lang=${language}`, { width: 1280, height: 800 });
      expect(await page.evaluate(() => document.documentElement.dir)).toBe(language === 'ar' ? 'rtl' : 'ltr');
      const today = await page.textContent('[data-round="today"]');
      expect(today).toBe(language === 'fr' ? 'Aujourd’hui' : 'اليوم');

      await showFirstRound(page);
      const banner = await page.textContent('[data-testid="as-of-text"]');
      expect(banner).toContain(first.name);
      expect(banner).toMatch(
        language === 'fr' ? /^Carte telle qu’elle était : .+ — lecture seule$/ : /^الخريطة كما كانت في: .+ — للقراءة فقط$/,
      );
      expect(await overflowing(page, '#timeline')).toEqual([]);
      if (SHOTS) await page.screenshot({ path: `${SHOTS}/timeline-past-${language}.png` });
      await backToToday(page);

      await openComparison(page);
      // Counts as the language says them: "3 acteurs ajoutés", "1 lien modifié"; in Arabic "أُضيفت جهتان" (two)...
      const summary = await page.textContent('[data-testid="diff-summary"]');
      expect(summary).toMatch(
        language === 'fr' ? /^Acteurs : \d+ ajoutés?, \d+ supprimés?, \d+ modifiés?\. Liens : / : /^الجهات الفاعلة: .+\. الروابط: /,
      );
      expect(await page.textContent('[data-testid="diff-panel"] h2')).toBe(language === 'fr' ? 'Évolutions' : 'ما الذي تغيّر');
      const named = await page.locator('[data-change-kind="named"] button').allTextContents();
      expect(named).toContain(language === 'fr' ? `Changement de position : ${women.name}` : `تحوّل في الموقف: ${women.name}`);
      // The lower sections in the language: headings, a role line, an engagement moved, the share table.
      expect(await page.textContent('[data-testid="diff-share-by-area"] caption')).toBe(
        language === 'fr' ? 'Par zone administrative' : 'حسب المنطقة الإدارية',
      );
      expect(await page.locator('[data-testid="diff-roles"] li').first().textContent()).toMatch(
        language === 'fr' ? /^Ajout : .+ — Chef de file — / : /^إضافة: .+ — /,
      );
      expect(await page.locator('[data-testid="diff-engagements"] [data-change-kind="changed"]').first().textContent()).toMatch(
        language === 'fr' ? /^Modification : Échange du .+Zone administrative : / : /^تعديل: نشاط تواصل بتاريخ .+المنطقة الإدارية: /,
      );
      expect(await page.textContent('[data-testid="diff-share-by-area"]')).toMatch(language === 'fr' ? /\d+,\d\s?%/ : /%/);
      expect(await overflowing(page, '[data-testid="diff-panel"]')).toEqual([]);
      await page.locator('[data-testid="diff-share"]').scrollIntoViewIfNeeded();
      if (SHOTS) await page.screenshot({ path: `${SHOTS}/diff-sections-${language}.png` });
      if (language === 'ar') {
        // Right to left the change list is at the map's right edge, over the filters column.
        const [panel, map] = await Promise.all(
          ['[data-testid="diff-panel"]', '[data-testid="map"]'].map((s) => page.locator(s).boundingBox()),
        );
        expect(panel!.x + panel!.width).toBeGreaterThan(map!.x + map!.width - 2);
      }
      if (SHOTS) await page.screenshot({ path: `${SHOTS}/diff-view-${language}.png` });
      await page.click('[data-testid="close-diff"]');
      await backToToday(page);

      await openHistory(page);
      const heads = await page.locator('[data-testid="history-list"] .history-head strong').allTextContents();
      const ops =
        language === 'fr'
          ? ['Création', 'Modification', 'Suppression', 'Retour à une version', 'Importation', 'Fusion', 'Enregistrement']
          : ['إنشاء', 'تعديل', 'حذف', 'إعادة إلى نسخة سابقة', 'استيراد', 'دمج', 'تسجيل'];
      expect(heads.length).toBeGreaterThan(1);
      for (const head of heads) expect(ops).toContain(head);
      expect(await page.locator('[data-testid="history-list"] > li').first().locator('dt').allTextContents()).toContain(
        language === 'fr' ? 'Position' : 'الموقف',
      );
      expect(await overflowing(page, '[data-testid="actor-panel"] [data-testid="history"]')).toEqual([]);
      await page.locator('[data-testid="history-list"]').scrollIntoViewIfNeeded();
      if (SHOTS) await page.screenshot({ path: `${SHOTS}/history-${language}.png` });
      await page.context().close();
    }, 180_000);
});
