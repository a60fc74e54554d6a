/**
 * The boundary import of the Areas dialog (issues 16 and 17), in Chromium on the demo data: a file
 * with an unclosed ring is checked and refused at its feature number, its reason said in the
 * page's language from its code (the server's English in English, French, Arabic right to left),
 * and nothing is written; an import made with the area map open behind the dialog is drawn on it
 * without a reload. Screenshots go to ACTOR_MAP_SHOTS when it is set.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { eventually, waitForMap } from '../support/browser-app.js';
import { request } from '../support/http.js';
import { islandBoundaryFile } from '../support/island-boundary.js';
import { testTempFolder } from '../support/temp-folder.js';
import { useBrowserApp } from '../support/lifecycle.js';
import { chooseFromMore } from '../support/more-menu.js';

const app = useBrowserApp();
const SHOTS = process.env.ACTOR_MAP_SHOTS;
const MALFORMED = fileURLToPath(new URL('../fixtures/boundaries/malformed.geojson', import.meta.url));
const REASON = '[data-testid="boundary-problems"] tbody tr';

async function checkMalformed(language: string): Promise<Page> {
  const page = await app.signedInPage({ width: 1280, height: 800 });
  await page.goto(`${app.server.baseUrl}/?lang=${language}`);
  await waitForMap(page);
  await chooseFromMore(page, 'open-areas');
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/areas-dialog-${language}.png` });
  await page.click('[data-testid="boundary-import"]');
  await page.setInputFiles('#boundary-file', MALFORMED);
  await page.click('[data-testid="boundary-check"]');
  await page.waitForSelector(REASON, { timeout: 60_000 });
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/boundary-refused-${language}.png` });
  return page;
}

const cells = (page: Page) => page.locator(`${REASON} td`).allTextContents();

describe('a refused boundary file in the Areas dialog', () => {
  it('in English: the feature number and the server’s own sentence', async () => {
    const page = await checkMalformed('en');
    expect(await page.getAttribute('[data-testid="boundary-report"]', 'data-status')).toBe('refused');
    expect(await cells(page)).toEqual(['2', 'ring 1: is not closed (its last position differs from its first)']);
    await page.close();
  }, 180_000);

  for (const [language, words] of [
    ['fr', 'anneau 1 : n’est pas fermé (sa dernière position diffère de la première)'],
    ['ar', 'الحلقة 1: غير مغلقة (موضعها الأخير يختلف عن الأول)'],
  ] as const)
    it(`in ${language}: the reason from its code, in the page's language`, async () => {
      const page = await checkMalformed(language);
      const reason = page.locator(`${REASON} td[data-reason-code="boundary.ring_not_closed"]`);
      expect(await reason.textContent()).toBe(words);
      expect((await cells(page))[0]).toBe('2');
      expect(await page.evaluate(() => document.documentElement.dir)).toBe(language === 'ar' ? 'rtl' : 'ltr');
      await page.close();
    }, 180_000);
});

describe('a boundary import with the area map open behind the dialog', () => {
  it('draws the area it made without a reload', async () => {
    const page = await app.signedInPage({ width: 1280, height: 800 });
    await page.goto(`${app.server.baseUrl}/?mode=geo`);
    await page.waitForFunction(() => window.__actorMapGeo?.drawn() === 'actors');
    const areaChoices = () =>
      page.$$eval('#geo-area option', (options) => options.filter((option) => (option as HTMLOptionElement).value !== '').length);
    const before = await areaChoices();
    const file = join(testTempFolder('boundary-import-'), 'islands.geojson');
    writeFileSync(file, islandBoundaryFile('VR93', 'Far Islands'));
    await chooseFromMore(page, 'open-areas');
    await page.click('[data-testid="boundary-import"]');
    await page.setInputFiles('#boundary-file', file);
    await page.check('#boundary-create-areas');
    await page.click('[data-testid="boundary-run"]');
    await page.waitForSelector('[data-testid="boundary-report"][data-status="imported"]', { timeout: 60_000 });
    await eventually(areaChoices).toBe(before + 1);
    expect(await page.locator('[data-area-label]', { hasText: 'Far Islands' }).count()).toBe(1);
    const areas = (await request(app.server.baseUrl, 'GET', '/api/areas')).body as { id: string; name: string }[];
    const island = areas.find((area) => area.name === 'Far Islands');
    expect(island).toBeDefined();
    expect((await request(app.server.baseUrl, 'DELETE', `/api/areas/${island!.id}`)).status).toBe(204);
    await page.close();
  }, 180_000);
});
