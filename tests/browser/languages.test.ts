/**
 * The interface in English, French and Arabic (issue 17): chosen from the browser's language,
 * `?lang=`, and the header's selector, which the account remembers; Arabic mirrors the page;
 * the pseudo-language shows that the screens converted so far take every word from the catalogue.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectNoSeriousViolations } from '../support/axe.js';
import { eventually, waitForMap } from '../support/browser-app.js';
import { request } from '../support/http.js';
import { useBrowserApp } from '../support/lifecycle.js';

const app = useBrowserApp();
const run = Math.random().toString(36).slice(2, 8);
const username = `language-user-${run}`;
const password = 'language-user-password';
const SHOTS = process.env.ACTOR_MAP_SHOTS;

beforeAll(async () => {
  const { token: admin } = await app.server.userWithToken('language-admin', 'administrator', 'confidential');
  const created = await request(
    app.server.baseUrl,
    'POST',
    '/api/users',
    { username, displayName: 'Amina Haddad', password, role: 'analyst', clearance: 'internal' },
    { as: admin },
  );
  expect(created.status).toBe(201);
});

async function page(locale: string, path = '/'): Promise<Page> {
  const context = await app.browser.newContext({ viewport: { width: 1280, height: 720 }, locale });
  const opened = await context.newPage();
  opened.on('pageerror', (error) => console.error('[page error]', error));
  await opened.goto(`${app.server.baseUrl}${path}`);
  return opened;
}

async function signIn(opened: Page): Promise<void> {
  await opened.fill('input[name="username"]', username);
  await opened.fill('input[name="password"]', password);
  await opened.press('input[name="password"]', 'Enter');
  await waitForMap(opened);
}

const html = (opened: Page) => opened.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));

describe('choosing the language', () => {
  it('a French browser gets the sign-in form in French; ?lang=ar gives Arabic, right to left', async () => {
    const french = await page('fr-FR');
    await french.waitForSelector('[data-testid="sign-in"]');
    expect(await html(french)).toEqual({ lang: 'fr', dir: 'ltr' });
    expect(await french.textContent('button[type="submit"]')).toBe('Se connecter');
    await french.context().close();

    const arabic = await page('fr-FR', '/?lang=ar');
    await arabic.waitForSelector('[data-testid="sign-in"]');
    expect(await html(arabic)).toEqual({ lang: 'ar', dir: 'rtl' });
    expect(await arabic.textContent('button[type="submit"]')).toBe('تسجيل الدخول');
    await expectNoSeriousViolations(arabic, 'sign-in in Arabic');
    if (SHOTS) await arabic.screenshot({ path: `${SHOTS}/sign-in-ar.png` });
    await arabic.context().close();
  });

  // Four page loads with the map and two accessibility checks: slow on a loaded 2-core machine.
  it('the header’s selector changes the language, and the account remembers it in another browser', { timeout: 120_000 }, async () => {
    const english = await page('en-GB');
    await signIn(english);
    expect(await english.textContent('.account-sign-out')).toBe('Sign out');
    await Promise.all([english.waitForEvent('load'), english.selectOption('[data-testid="language"]', 'fr')]);
    await waitForMap(english);
    expect(await html(english)).toEqual({ lang: 'fr', dir: 'ltr' });
    expect(await english.textContent('.account-sign-out')).toBe('Se déconnecter');
    await eventually(() => english.textContent('[data-testid="shown-count"]')).toMatch(/\d+ acteurs · \d+ liens/);
    await expectNoSeriousViolations(english, 'workbench in French');
    if (SHOTS) await english.screenshot({ path: `${SHOTS}/workbench-fr.png` });
    await english.context().close();

    // Another browser, whose own language is English: once signed in, the account's choice wins.
    const elsewhere = await page('en-US');
    await elsewhere.waitForSelector('[data-testid="sign-in"]');
    expect(await html(elsewhere)).toEqual({ lang: 'en', dir: 'ltr' });
    await signIn(elsewhere);
    expect(await html(elsewhere)).toEqual({ lang: 'fr', dir: 'ltr' });
    expect(await elsewhere.textContent('.account-sign-out')).toBe('Se déconnecter');

    // Arabic from the selector: the page mirrors.
    await Promise.all([elsewhere.waitForEvent('load'), elsewhere.selectOption('[data-testid="language"]', 'ar')]);
    await waitForMap(elsewhere);
    expect(await html(elsewhere)).toEqual({ lang: 'ar', dir: 'rtl' });
    expect(await elsewhere.textContent('.account-sign-out')).toBe('تسجيل الخروج');
    await expectNoSeriousViolations(elsewhere, 'workbench in Arabic');
    if (SHOTS) await elsewhere.screenshot({ path: `${SHOTS}/workbench-ar.png` });
    await elsewhere.context().close();
  });
});

describe('the pseudo-language', () => {
  it('every word of the converted screens (sign-in, header, filters, legend) comes from the catalogue', async () => {
    const pseudo = await page('en-GB', '/?lang=en-XA');
    await pseudo.waitForSelector('[data-testid="sign-in"]');
    // The product's name is a name, like the user's: not a word to translate.
    expect((await untranslated(pseudo, '[data-testid="sign-in"] form')).filter((text) => text !== 'Actor Map')).toEqual([]);
    await signIn(pseudo);
    await eventually(() => pseudo.textContent('[data-testid="shown-count"]')).toMatch(/^\[/);
    // Names are data, not words to translate: the user's, the product's, the admin areas'.
    const areaNames = await pseudo.evaluate(async () =>
      ((await (await fetch('/api/areas')).json()) as { name: string }[]).map((area) => area.name),
    );
    const dataWords = new Set([username, 'Amina Haddad', 'Actor Map', ...areaNames]);
    for (const scope of ['.app-header', '#filters', '#legend', '#toolbar .tabs'])
      expect(
        (await untranslated(pseudo, scope)).filter((text) => ![...dataWords].some((word) => text.includes(word))),
        scope,
      ).toEqual([]);
    await pseudo.context().close();
  });
});

/** Visible text in `scope` that is neither bracketed pseudo-text nor only digits and punctuation. */
function untranslated(opened: Page, scope: string): Promise<string[]> {
  return opened.evaluate((selector) => {
    const root = document.querySelector(selector);
    if (!root) return [`no ${selector}`];
    const found: string[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? '';
      const parent = node.parentElement;
      if (!text || !parent || parent.closest('[hidden], option, script, style')) continue;
      if (!/\p{L}/u.test(text) || (text.startsWith('[') && text.endsWith(']'))) continue;
      found.push(text);
    }
    return found;
  }, scope);
}
