/**
 * The record screens in the interface's languages (issue 17): under the pseudo-language every word
 * of the accounts screen (the list with a pending request, a user's editor), one's own password,
 * the audit log, the actor panel's engagements and evidence, the engagement form, Add claim, the
 * Contested list, the outputs page with a benchmark's form, the areas dialog with the area form,
 * and the bulk bar with its questions comes from the catalogue (names, titles, ids and codes are
 * data, shown as stored). In French and in Arabic the accounts screen, the engagement form and the
 * evidence panel speak the language, Arabic right to left, with nothing running out of its box.
 * Screenshots at 1280 px wide go to ACTOR_MAP_SHOTS when it is set.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { clickActorOnMap, eventually, searchAndOpen, waitForMap } from '../support/browser-app.js';
import { request } from '../support/http.js';
import { useBrowserApp } from '../support/lifecycle.js';
import { chooseFromMore } from '../support/more-menu.js';
import { dataWordsOf, untranslatedChecker } from '../support/untranslated.js';

const app = useBrowserApp();
const SHOTS = process.env.ACTOR_MAP_SHOTS;
const run = Math.random().toString(36).slice(2, 8);
const ADMIN = `records-admin-${run}`;
const HOLDER = `records-holder-${run}`;
const VIEWPORT = { width: 1280, height: 800 };

beforeAll(async () => {
  const admin = await app.server.userWithToken(ADMIN, 'administrator', 'confidential');
  // A user made by the server, with an API token, and an area grant asked for them: the list shows
  // a pending request with its lines, the user's editor a grant pending and a token.
  const holder = await app.server.userWithToken(HOLDER, 'viewer', 'internal');
  const [area] = (await request(app.server.baseUrl, 'GET', '/api/areas', undefined, { as: admin.token })).body as { id: string }[];
  const asked = await request(
    app.server.baseUrl,
    'POST',
    '/api/grant-requests',
    { userId: holder.userId, grants: [{ scope: 'area', targetId: area!.id }] },
    { as: admin.token },
  );
  expect(asked.status).toBe(201);
}, 240_000);

/** A page at `path`, signed in through the form as `username` (the harness's password). */
async function signedIn(path: string, username: string): Promise<Page> {
  const page = await (await app.browser.newContext({ viewport: VIEWPORT })).newPage();
  page.on('pageerror', (error) => console.error('[page error]', error));
  page.on('dialog', (dialog) => void dialog.dismiss());
  await page.goto(`${app.server.baseUrl}${path}`);
  await page.fill('input[name="username"]', username);
  await page.fill('input[name="password"]', app.server.credentials.password);
  await page.press('input[name="password"]', 'Enter');
  await waitForMap(page);
  return page;
}

/** Elements of `scope` that stick out of it sideways, or that scroll sideways. */
function overflowing(page: Page, scope: string): Promise<string[]> {
  return page.evaluate((selector) => {
    const root = document.querySelector<HTMLElement>(selector);
    if (!root) return [`no ${selector}`];
    const box = root.getBoundingClientRect();
    const out: string[] = [];
    if (document.documentElement.scrollWidth > window.innerWidth) out.push('the page scrolls sideways');
    for (const element of [root, ...root.querySelectorAll<HTMLElement>('*')]) {
      if (element.offsetParent === null && element !== root) continue;
      if (element.closest('[hidden], .visually-hidden')) continue;
      const rect = element.getBoundingClientRect();
      if (rect.width === 0) continue;
      const label = `${element.tagName.toLowerCase()}.${element.className} ${element.textContent?.slice(0, 40)}`;
      if (element.scrollWidth > element.clientWidth + 1 && getComputedStyle(element).overflowX !== 'visible') out.push(`scrolls: ${label}`);
      if (rect.left < box.left - 1 || rect.right > box.right + 1) out.push(`sticks out: ${label}`);
    }
    return out;
  }, scope);
}

async function closeTopDialog(page: Page, testId: string): Promise<void> {
  await page.keyboard.press('Escape');
  await page.waitForSelector(`[data-testid="${testId}"]`, { state: 'detached' });
}

async function openAccounts(page: Page): Promise<void> {
  await chooseFromMore(page, 'open-accounts');
  await page.waitForSelector(`[data-testid="users-table"] tr[data-username="${HOLDER}"]`);
  await page.waitForSelector(`[data-testid="grant-requests"] li[data-request-for^="${HOLDER}"] [data-testid="request-area-count"]`);
}

async function openHolder(page: Page): Promise<void> {
  await page.click(`[data-testid="users-table"] tr[data-username="${HOLDER}"] [data-user-edit]`);
  await page.waitForSelector('[data-testid="user-tokens"] tbody tr[data-token-name]');
  await page.waitForSelector('[data-testid="user-grants"] [data-testid="pending-grant"]');
}

async function openEvidence(page: Page): Promise<void> {
  await searchAndOpen(page, 'Eastern Voice');
  await eventually(() => page.locator('[data-testid="claim-list"] li').count()).toBe(2);
  await page.waitForSelector('[data-testid="engagement-last"]:not(:empty)');
  await eventually(() => page.locator('[data-testid="actor-engagements"] h3').textContent()).toMatch(/\d/);
}

describe('the pseudo-language over the record screens', () => {
  it('every word of the accounts screen, a user’s editor, one’s own password and the audit log comes from the catalogue', async () => {
    const page = await signedIn('/?lang=en-XA', ADMIN);
    const check = untranslatedChecker(page, await dataWordsOf(page));
    for (const item of ['open-accounts', 'open-audit', 'open-outputs', 'open-areas', 'open-contested']) {
      await page.click('[data-testid="more-menu-button"]');
      expect(await page.textContent(`[data-testid="more-menu"] [data-testid="${item}"]`), item).toMatch(/^\[.*\]$/);
      await page.keyboard.press('Escape');
    }

    await openAccounts(page);
    await check('[data-testid="accounts-dialog"]', 'the accounts list, with a pending request');
    await openHolder(page);
    await check('[data-testid="accounts-dialog"]', 'a user’s editor: access, grants, password, tokens');
    await closeTopDialog(page, 'accounts-dialog');

    await page.click('[data-testid="change-password"]');
    await page.waitForSelector('[data-testid="password-form"]');
    await check('[data-testid="password-dialog"]', 'one’s own password');
    await closeTopDialog(page, 'password-dialog');

    await chooseFromMore(page, 'open-audit');
    await page.waitForSelector('[data-testid="audit-table"] tbody tr');
    await eventually(() => page.textContent('[data-testid="audit-status"]')).toMatch(/^\[\d+/);
    await check('[data-testid="audit-dialog"]', 'the audit log');
    await closeTopDialog(page, 'audit-dialog');
    await page.context().close();
  }, 180_000);

  it('every word of the engagements, the evidence panel, Add claim, the Contested list, outputs, areas and the bulk bar comes from the catalogue', async () => {
    const page = await app.open('/?lang=en-XA', VIEWPORT);
    page.on('dialog', (dialog) => void dialog.dismiss());
    const check = untranslatedChecker(page, await dataWordsOf(page));

    await openEvidence(page);
    await check('[data-testid="panel-evidence"]', 'the evidence panel');
    await page.click('[data-testid="add-claim"]');
    await page.waitForSelector('[data-testid="form-dialog"][open]');
    await check('[data-testid="form-dialog"]', 'Add claim');
    await closeTopDialog(page, 'form-dialog');
    await page.click('[data-testid="log-engagement"]');
    await page.waitForSelector('[data-testid="form-dialog"][open]');
    // The participants' list open, with its groups and its count.
    await page.click('[data-testid="form-dialog"] [data-field="actorIds"] input');
    await check('[data-testid="form-dialog"]', 'the engagement form');
    // The first Escape closes the participants' list, the second the form.
    await page.keyboard.press('Escape');
    await closeTopDialog(page, 'form-dialog');

    // An actor with engagements and follow-ups: the panel's list, its dates and counts.
    await searchAndOpen(page, 'VWN');
    await page.waitForSelector('[data-testid="engagement-list"] li');
    await check('[data-testid="actor-engagements"]', 'the panel’s engagements');

    await chooseFromMore(page, 'open-contested');
    await page.waitForSelector('[data-testid="contested-dialog"] [data-testid="contested-list"]');
    await check('[data-testid="contested-dialog"]', 'the Contested list');
    await closeTopDialog(page, 'contested-dialog');

    await chooseFromMore(page, 'open-outputs');
    await page.waitForSelector('[data-testid="benchmarks"] li');
    await check('[data-testid="outputs-dialog"]', 'the outputs page');
    await page.click('[data-testid="benchmarks"] li [data-benchmark-edit]');
    await page.waitForSelector('[data-testid="form-dialog"][open]');
    await check('[data-testid="form-dialog"]', 'a benchmark’s status form');
    await closeTopDialog(page, 'form-dialog');
    await closeTopDialog(page, 'outputs-dialog');

    await chooseFromMore(page, 'open-areas');
    await page.waitForSelector('[data-testid="areas-table"] [data-area-row]');
    await page.fill('#areas-find', 'a');
    await check('[data-testid="areas-dialog"]', 'the areas dialog, found by a letter');
    await page.click('[data-testid="area-new"]');
    await page.waitForSelector('[data-testid="form-dialog"][open]');
    await check('[data-testid="form-dialog"]', 'the area form');
    await closeTopDialog(page, 'form-dialog');
    await closeTopDialog(page, 'areas-dialog');

    // Two actors chosen with Shift-click: the bar, then what it says when nothing was picked, then its question.
    const ids = await page.evaluate(() =>
      (window as any).__actorMap.cy
        .nodes()
        .filter((node: any) => node.visible())
        .map((node: any) => node.id())
        .slice(0, 2),
    );
    await page.keyboard.down('Shift');
    for (const id of ids) await clickActorOnMap(page, id);
    await page.keyboard.up('Shift');
    await page.waitForSelector('[data-testid="bulk-bar"]:not([hidden])');
    await page.click('[data-testid="bulk-set-sensitivity"]');
    await page.waitForSelector('[data-testid="bulk-result"] p');
    await check('[data-testid="bulk-bar"]', 'the bulk bar, with a result');
    await page.click('[data-testid="bulk-delete"]');
    await check('[data-testid="bulk-bar"]', 'the bulk bar, asking before deleting');
    await page.click('[data-testid="bulk-delete-cancel"]');
    await page.click('[data-testid="bulk-clear"]');
    await page.context().close();
  }, 240_000);
});

describe('the accounts screen, the engagement form and the evidence panel in French and Arabic', () => {
  for (const language of ['fr', 'ar'] as const)
    it(`speak ${language === 'fr' ? 'French' : 'Arabic'}, ${language === 'ar' ? 'right to left, ' : ''}with nothing running out of its box`, async () => {
      const admin = await signedIn(`/?lang=${language}`, ADMIN);
      expect(await admin.evaluate(() => document.documentElement.dir)).toBe(language === 'ar' ? 'rtl' : 'ltr');
      await openAccounts(admin);
      expect(await admin.textContent('[data-testid="accounts-dialog"] h2')).toBe(language === 'fr' ? 'Comptes' : 'الحسابات');
      expect(await admin.textContent(`tr[data-username="${HOLDER}"] [data-col="role"]`)).toBe(language === 'fr' ? 'Lecteur' : 'مطّلع');
      expect(await overflowing(admin, '[data-testid="accounts-dialog"]')).toEqual([]);
      if (SHOTS) await admin.screenshot({ path: `${SHOTS}/accounts-${language}.png` });
      await openHolder(admin);
      expect(await overflowing(admin, '[data-testid="accounts-dialog"]')).toEqual([]);
      if (SHOTS) await admin.screenshot({ path: `${SHOTS}/accounts-editor-${language}.png` });
      await admin.context().close();

      const page = await app.open(`/?lang=${language}`, VIEWPORT);
      await openEvidence(page);
      // "Contesté : 2 affirmations de 2 sources."; in Arabic the dual: "إفادتان من مصدرين".
      expect(await page.textContent('[data-testid="evidence-grade"]')).toBe(
        language === 'fr' ? 'Contesté : 2 affirmations de 2 sources.' : 'متنازع عليه: إفادتان من مصدرين.',
      );
      expect(await page.textContent('[data-testid="actor-engagements"] h3')).toMatch(
        language === 'fr' ? /^Échanges \(\d+\)$/ : /^أنشطة التواصل \(\S+\)$/,
      );
      await page.locator('[data-testid="panel-evidence"]').scrollIntoViewIfNeeded();
      expect(await overflowing(page, '[data-testid="panel-evidence"]')).toEqual([]);
      expect(await overflowing(page, '[data-testid="actor-engagements"]')).toEqual([]);
      if (SHOTS) await page.screenshot({ path: `${SHOTS}/evidence-panel-${language}.png` });

      await page.click('[data-testid="log-engagement"]');
      await page.waitForSelector('[data-testid="form-dialog"][open]');
      expect(await page.textContent('[data-testid="form-dialog"] h2')).toBe(
        language === 'fr' ? 'Enregistrer un échange' : 'تسجيل نشاط تواصل',
      );
      expect(await overflowing(page, '[data-testid="form-dialog"]')).toEqual([]);
      if (SHOTS) await page.screenshot({ path: `${SHOTS}/engagement-form-${language}.png` });
      await closeTopDialog(page, 'form-dialog');

      await page.click('[data-testid="add-claim"]');
      await page.waitForSelector('[data-testid="form-dialog"][open]');
      const reliabilities = await page.locator('[data-testid="form-dialog"] [data-field="reliability"] option').allTextContents();
      expect(reliabilities[0]).toBe(language === 'fr' ? 'A – Complètement fiable' : 'A – موثوق تمامًا');
      // Every source fits its closed select: a long Latin title in Arabic lost its start before.
      const clipped = await page.$eval('[data-testid="form-dialog"] [data-field="sourceId"] select', (select) => {
        const style = getComputedStyle(select as HTMLSelectElement);
        const context = document.createElement('canvas').getContext('2d')!;
        context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
        const arrow = 24;
        const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - arrow;
        return [...(select as HTMLSelectElement).options]
          .filter((option) => context.measureText(option.text).width > room)
          .map((option) => option.text);
      });
      expect(clipped).toEqual([]);
      expect(await overflowing(page, '[data-testid="form-dialog"]')).toEqual([]);
      if (SHOTS) await page.screenshot({ path: `${SHOTS}/add-claim-${language}.png` });
      await page.context().close();
    }, 240_000);
});
