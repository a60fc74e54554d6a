/**
 * The area map and the overview in the interface's languages (issue 17): under the
 * pseudo-language every word of the area map (its controls and their choices, the status line,
 * each layer's legend) and of the overview (its bar, its group captions) comes from the catalogue;
 * in French and in Arabic they speak the language, Arabic right to left with the legend mirrored
 * to the map's left and the area names still on their areas; axe finds no serious violation in
 * Arabic. Screenshots at 1280 px wide go to ACTOR_MAP_SHOTS when it is set.
 */
import { expectNoSeriousViolations } from '../support/axe.js';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowserApp } from '../support/lifecycle.js';
import { untranslated } from '../support/untranslated.js';

const app = useBrowserApp();
const SHOTS = process.env.ACTOR_MAP_SHOTS;
const LAYERS = ['actors', 'engagements', 'coordination', 'ties'] as const;

async function openAreaMap(language: string): Promise<Page> {
  const page = await app.signedInPage({ width: 1280, height: 800 });
  await page.goto(`${app.server.baseUrl}/?lang=${language}&mode=geo`);
  await page.waitForFunction(() => window.__actorMapGeo?.drawn() === 'actors', undefined, { timeout: 90_000 });
  return page;
}

const drawnLayer = (page: Page, layer: string) =>
  page.waitForFunction((wanted) => window.__actorMapGeo?.drawn() === wanted, layer, { timeout: 30_000 });

/** Choices of the area map's selects that are not the page's words: outputs' titles and areas' names are data. */
function untranslatedChoices(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLOptionElement>('#geo-view select:not(#geo-output) option')]
      .filter((option) => !(option.closest('#geo-area') && option.value !== ''))
      .map((option) => option.textContent ?? '')
      .filter((text) => !/^\[.*\]$/.test(text.trim())),
  );
}

describe('the pseudo-language over the area map and the overview', () => {
  it('every word of the area map, its choices and each layer’s legend comes from the catalogue', async () => {
    const page = await openAreaMap('en-XA');
    expect(await untranslatedChoices(page)).toEqual([]);
    for (const layer of LAYERS) {
      await page.selectOption('#geo-layer', layer);
      await drawnLayer(page, layer);
      await page.waitForFunction(() => !document.querySelector('[data-testid="geo-status"]')?.textContent?.includes('…'));
      expect(await untranslated(page, '#geo-view'), layer).toEqual([]);
    }
    expect(await page.getAttribute('[data-testid="geo-legend"]', 'aria-label')).toMatch(/^\[.*\]$/);
    await page.context().close();
  }, 180_000);

  it('every word of the overview comes from the catalogue, its group captions too', async () => {
    const page = await app.signedInPage({ width: 1280, height: 800 });
    await page.goto(`${app.server.baseUrl}/?lang=en-XA&overviewAbove=10`);
    await page.waitForFunction(() => document.body.dataset.overviewReady === 'area');
    expect(await untranslated(page, '[data-testid="overview"]')).toEqual([]);
    expect(await page.locator('.overview-group-by option').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringMatching(/^\[.*\]$/)]),
    );
    await page.selectOption('.overview-group-by', 'kind');
    await page.waitForFunction(() => document.body.dataset.overviewReady === 'kind');
    // Captions are drawn on the canvas: read from the overview's Cytoscape instance.
    const captions = await page.evaluate(() =>
      (window as any).__actorMapOverview.cy.nodes('.group').map((node: { data(key: string): string }) => node.data('caption')),
    );
    expect(captions.length).toBeGreaterThan(1);
    for (const caption of captions) expect(caption).toMatch(/^\[.*\]$/);
    await page.context().close();
  }, 120_000);
});

describe('the area map and the overview in French and Arabic', () => {
  for (const language of ['fr', 'ar'] as const)
    it(`speak ${language === 'fr' ? 'French' : 'Arabic'}${language === 'ar' ? ', right to left with the legend mirrored' : ''}`, async () => {
      const page = await openAreaMap(language);
      expect(await page.evaluate(() => document.documentElement.dir)).toBe(language === 'ar' ? 'rtl' : 'ltr');
      const options = await page.locator('#geo-layer option').allTextContents();
      expect(options).toEqual(
        language === 'fr'
          ? ['Acteurs par zone', 'Engagements par zone', 'Coordination par produit', 'Liens entre zones']
          : ['الجهات الفاعلة حسب المنطقة', 'أنشطة التواصل حسب المنطقة', 'التنسيق حسب الناتج', 'الروابط بين المناطق'],
      );
      expect(await page.textContent('[data-testid="geo-status"]')).toMatch(language === 'fr' ? /^8 zones\. / : /^8 مناطق\. /);
      expect(await page.textContent('[data-testid="geo-export"]')).toBe(language === 'fr' ? 'Exporter en PNG' : 'تصدير صورة PNG');
      // The area names stay on their areas: each label's box lies inside the map.
      const inside = await page.evaluate(() => {
        const box = window.__actorMapGeo!.map.getCanvas().getBoundingClientRect();
        return [...document.querySelectorAll('[data-area-label]')].map((label) => {
          const rect = label.getBoundingClientRect();
          return rect.left >= box.left && rect.right <= box.right && rect.top >= box.top && rect.bottom <= box.bottom;
        });
      });
      expect(inside).toHaveLength(8);
      expect(inside.every(Boolean)).toBe(true);
      const [canvas, legend] = await Promise.all(
        ['[data-testid="geo-canvas"]', '[data-testid="geo-legend"]'].map((selector) => page.locator(selector).boundingBox()),
      );
      if (language === 'ar') expect(legend!.x + legend!.width).toBeLessThanOrEqual(canvas!.x + 1);
      else expect(legend!.x).toBeGreaterThanOrEqual(canvas!.x + canvas!.width - 1);
      await page.selectOption('#geo-layer', 'coordination');
      await drawnLayer(page, 'coordination');
      await page.selectOption('#geo-output', 'return-reintegration');
      await page.waitForFunction(
        (gap) => {
          const legend = document.querySelector('[data-testid="geo-legend"]')?.textContent ?? '';
          return legend.includes(gap) && legend.includes('Return and Reintegration');
        },
        language === 'fr' ? 'Lacune : personne ne pilote' : 'ثغرة: لا أحد يقود',
      );
      if (SHOTS) await page.screenshot({ path: `${SHOTS}/area-map-coordination-${language}.png` });
      // The exported picture speaks the language too (its title and legend are drawn, not HTML): kept to look at.
      const [picture] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="geo-export"]')]);
      if (SHOTS) await picture.saveAs(`${SHOTS}/area-map-export-${language}.png`);
      if (language === 'ar') {
        await expectNoSeriousViolations(page, 'area map in Arabic', { include: '#geo-view' });
      }
      await page.goto(`${app.server.baseUrl}/?lang=${language}&overviewAbove=10`);
      await page.waitForFunction(() => document.body.dataset.overviewReady === 'area');
      expect(await page.textContent('.overview-summary')).toMatch(
        language === 'fr' ? /^\d[\d\u202f ]* acteurs et \d[\d\u202f ]* liens dans \d+ groupes\./ : /^.+ و.+ في .+\. المس مجموعة لفتحها\.$/,
      );
      expect(await page.textContent('.overview-full')).toBe(language === 'fr' ? 'Afficher tous les acteurs' : 'عرض جميع الجهات الفاعلة');
      if (SHOTS) await page.screenshot({ path: `${SHOTS}/overview-${language}.png` });
      await page.context().close();
    }, 180_000);
});
