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
import { untranslated } from '../support/untranslated.js';

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

async function signIn(opened: Page, as = { username, password }): Promise<void> {
  await opened.fill('input[name="username"]', as.username);
  await opened.fill('input[name="password"]', as.password);
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

  it('every word of the analysis panels (each tab, a cell detail, a check) comes from the catalogue', { timeout: 120_000 }, async () => {
    const pseudo = await page('en-GB', '/?lang=en-XA');
    await pseudo.waitForSelector('[data-testid="sign-in"]');
    // The harness's analyst sees the conflict parties, so the paths and leans are on screen too.
    await signIn(pseudo, app.server.credentials);
    const dataWords = await pseudo.evaluate(async () => {
      const get = async (path: string) => (await fetch(path)).json();
      const graph = await get('/api/graph');
      const coordination = await get('/api/analysis/coordination');
      const engagement = await get('/api/analysis/engagement');
      const mechanisms = await get('/api/mechanisms?limit=1000');
      return [
        ...graph.nodes.flatMap((n: { data: { label: string; acronym?: string } }) => [n.data.label, n.data.acronym ?? '']),
        ...(await get('/api/areas')).map((area: { name: string }) => area.name),
        ...coordination.outputs.map((output: { title: string }) => output.title),
        ...mechanisms.items.map((mechanism: { name: string }) => mechanism.name),
        ...engagement.followUpsDue.map((followUp: { text: string | null }) => followUp.text ?? ''),
      ].filter((word: string) => word.length > 1);
    });
    // A name is data, whole or cut short ("Coalition des fem…" in a narrow header).
    const isData = (text: string) => dataWords.some((word) => text.includes(word) || word.startsWith(text.replace(/…$/, '')));
    const check = async (what: string) =>
      expect(
        (await untranslated(pseudo, '#analysis-panel')).filter((text) => !isData(text)),
        what,
      ).toEqual([]);
    const open = async (tab: string) => {
      await pseudo.click(`[role="tab"][data-tab="${tab}"]`);
      await pseudo.waitForSelector(`[data-testid="analysis-${tab}"]:not([hidden]):not([aria-busy])`);
    };

    await pseudo.click('[data-testid="analyses-button"]');
    await open('influence');
    await pseudo.waitForSelector('[data-testid="analysis-influence-table"]');
    await pseudo.check('[data-testid="analysis-colour-community"]');
    await check('influence');
    await open('conflict-ties');
    // Every organization, linked or not (what this user's clearance lets through varies with the demo).
    await pseudo.uncheck('#an-conflict-linked');
    await pseudo.click('[data-testid="analysis-conflict-table"] tbody [data-select]');
    await pseudo.waitForSelector('[data-testid="analysis-conflict-paths"]');
    await check('conflict ties, with the paths of the first organization');
    // The organization chosen above is the map's selection: the check runs on it.
    await open('do-no-harm');
    await pseudo.waitForSelector('[data-testid="analysis-check-verdict"]');
    await check('do-no-harm check');
    // The verdict and its reasons are said from their codes, not shown as the server's English.
    expect(await pseudo.$$eval('[data-testid="analysis-check-verdict"] [data-api-text]', (found) => found.length)).toBe(0);
    expect(await pseudo.$$eval('[data-testid="analysis-check-verdict"] li', (found) => found.length)).toBeGreaterThan(0);
    await open('coordination');
    await pseudo.click('[data-testid="analysis-coordination-grid"] [data-flags~="gap"]');
    await pseudo.waitForSelector('[data-testid="analysis-cell-detail"]:not([hidden])');
    await check('coordination, with a gap cell open');
    expect(
      await pseudo.$$eval(
        '[data-testid="analysis-cell-detail"] [data-api-text], [data-testid="coordination-scope-statement"] [data-api-text]',
        (found) => found.length,
      ),
    ).toBe(0);
    await open('engagement');
    await pseudo.waitForSelector('[data-testid="analysis-capital-share"]');
    await check('engagement balance');
    await pseudo.context().close();
  });
});

describe('errors in a form', () => {
  const dialog = '[data-testid="form-dialog"]';
  /** The new-actor form sent with a blank name and an over-long description: two field problems. */
  async function formWithErrors(opened: Page): Promise<void> {
    await opened.click('[data-testid="new-actor"]');
    await opened.waitForSelector(dialog);
    await opened.fill(`${dialog} [data-field="description"] textarea`, 'x'.repeat(5_012));
    await opened.click(`${dialog} button[type="submit"]`);
    await opened.waitForSelector(`${dialog} [data-field="description"] .field-error:not([hidden])`);
  }
  const errorText = (opened: Page, name: string) => opened.textContent(`${dialog} [data-field="${name}"] .field-error`);

  it('a form’s field problems come from the catalogue under the pseudo-language', { timeout: 120_000 }, async () => {
    const pseudo = await page('en-GB', '/?lang=en-XA');
    await pseudo.waitForSelector('[data-testid="sign-in"]');
    await signIn(pseudo, app.server.credentials);
    await formWithErrors(pseudo);
    expect(await errorText(pseudo, 'name')).toMatch(/^\[.+\]$/);
    expect(await errorText(pseudo, 'description')).toContain('5,000');
    expect(await untranslated(pseudo, dialog), 'the actor form with its errors').toEqual([]);
    await pseudo.context().close();
  });

  it('says them in French and in Arabic', { timeout: 120_000 }, async () => {
    // The number as the language writes it: "5 000" in French (a narrow space), Arabic digits or not as Intl has it.
    const expected = {
      fr: ['Ne doit pas être vide.', /^Au plus 5\s000 caractères\.$/],
      ar: ['يجب ألا يكون فارغًا.', /^على الأكثر [5٥].+ حرف\.$/],
    } as const;
    for (const language of ['fr', 'ar'] as const) {
      const opened = await page('en-GB', `/?lang=${language}`);
      await opened.waitForSelector('[data-testid="sign-in"]');
      await signIn(opened, app.server.credentials);
      await formWithErrors(opened);
      const [name, description] = expected[language];
      expect(await errorText(opened, 'name')).toBe(name);
      expect(await errorText(opened, 'description')).toMatch(description);
      if (SHOTS) await opened.screenshot({ path: `${SHOTS}/form-error-${language}.png` });
      await opened.context().close();
    }
  });
});

describe('the analysis panels in French and Arabic', () => {
  it('speak French, and Arabic right to left, with plurals and numbers of the language', { timeout: 120_000 }, async () => {
    for (const language of ['fr', 'ar'] as const) {
      const opened = await page('en-GB', `/?lang=${language}`);
      await opened.waitForSelector('[data-testid="sign-in"]');
      await signIn(opened, app.server.credentials);
      await opened.click('[data-testid="analyses-button"]');
      const tabs = await opened.$$eval('[role="tab"][data-tab]', (found) => found.map((tab) => tab.textContent));
      expect(tabs).toEqual(
        language === 'fr'
          ? ['Influence', 'Liens aux parties', 'Ne pas nuire', 'Coordination', 'Échanges']
          : ['التأثير', 'الروابط بأطراف النزاع', 'فحص عدم الإضرار', 'التنسيق', 'التواصل'],
      );
      for (const tab of ['influence', 'conflict-ties', 'do-no-harm', 'coordination', 'engagement']) {
        await opened.click(`[role="tab"][data-tab="${tab}"]`);
        await opened.waitForSelector(`[data-testid="analysis-${tab}"]:not([hidden]):not([aria-busy])`);
        if (tab === 'conflict-ties') {
          await opened.uncheck('#an-conflict-linked');
          await opened.click('[data-testid="analysis-conflict-table"] tbody [data-select]');
        }
        // What each tab shows once loaded (the tab panel itself is never busy: its results area is).
        const loaded = {
          influence: 'analysis-influence-table',
          'conflict-ties': 'analysis-conflict-paths',
          'do-no-harm': 'analysis-check-verdict',
          coordination: 'analysis-coordination-grid',
          engagement: 'analysis-capital-share',
        }[tab];
        await opened.waitForSelector(`[data-testid="${loaded}"]`);
        if (tab === 'coordination') {
          const summary = await opened.textContent('[data-testid="analysis-coordination-summary"]');
          // The counts as the language says them: "3 lacunes"; in Arabic "ثغرة واحدة" (one), "ثغرتان" (two), "3 ثغرات" (few)...
          expect(summary).toMatch(language === 'fr' ? /lacunes?, .*chevauchements?/ : /^(لا ثغرات|ثغرة واحدة|ثغرتان|\S+ ثغرات|\S+ ثغرة)، /);
        }
        if (SHOTS) await opened.screenshot({ path: `${SHOTS}/analysis-${tab}-${language}.png` });
        // The verdict, with its reasons from their codes, sits at the end of the check.
        if (SHOTS && tab === 'do-no-harm')
          await opened.locator('[data-testid="analysis-check-verdict"]').screenshot({ path: `${SHOTS}/analysis-verdict-${language}.png` });
      }
      expect(await html(opened)).toEqual({ lang: language, dir: language === 'ar' ? 'rtl' : 'ltr' });
      await expectNoSeriousViolations(opened, `analysis panel in ${language}`);
      await opened.context().close();
    }
  });
});
