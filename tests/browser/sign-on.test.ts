/**
 * Sign-on in the browser: with a provider configured, the sign-in page offers "Sign in with
 * <provider>", and the flow through the real provider (oidc-provider's login and consent pages)
 * lands in the workbench, signed in as the account the first sign-in created. With local
 * passwords off, the password form is folded away for the operator, and a refused sign-on is
 * explained. Axe checks both pages; screenshots go to /work/notes/shots/oidc/ to be looked at.
 */
import { mkdirSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureClientBuilt, launchBrowser } from '../support/browser.js';
import { waitForMap } from '../support/browser-app.js';
import { startSignOnApp, type IdentityProvider, type SignOnApp } from '../support/oidc-provider.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { seedDemo } from '../support/demo-snapshot.js';

const SHOTS = process.env.SIGN_ON_SHOTS ?? '/work/notes/shots/oidc';
let server: TestServer;
let app: SignOnApp & { provider: IdentityProvider };
let strict: SignOnApp;
let browser: Browser;
const run = Math.random().toString(36).slice(2, 8);

beforeAll(async () => {
  ensureClientBuilt();
  server = await startTestServer();
  await server.reset();
  await seedDemo(server);
  app = await startSignOnApp(server.db);
  app.provider.accounts.set(`ana-${run}`, { email: `ana-${run}@mission.example.org`, name: 'Ana Analyst', groups: ['actor-map-analysts'] });
  strict = await startSignOnApp(server.db, { localPasswords: false });
  browser = await launchBrowser();
  mkdirSync(SHOTS, { recursive: true });
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await strict?.close();
  await app?.close();
  await server?.close();
});

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).exclude('#map canvas').analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .flatMap((violation) => violation.nodes.map((node) => `${violation.id} at ${node.target.join(' ')}`));
}

describe('sign-on in the browser', () => {
  it('offers "Sign in with <provider>", and the flow through the provider lands in the workbench', async () => {
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 720 } })).newPage();
    page.on('pageerror', (error) => console.error('[page error]', error));
    await page.goto(app.baseUrl);
    const button = page.locator('[data-testid="sign-on"]');
    expect(await button.textContent()).toBe('Sign in with Mission ID');
    // Passwords are on: the form is there too, below the provider's link.
    expect(await page.locator('input[name="password"]').isVisible()).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/sign-in-with-provider.png` });

    await button.click();
    // The provider's own (development) login and consent pages.
    await page.waitForSelector('input[name="login"]');
    await page.fill('input[name="login"]', `ana-${run}`);
    await page.fill('input[name="password"]', 'any');
    await page.click('button[type="submit"]');
    await page.waitForSelector('input[name="prompt"][value="consent"]', { state: 'attached' });
    await page.click('button[type="submit"]');

    await waitForMap(page);
    expect(new URL(page.url()).origin).toBe(app.baseUrl);
    expect(new URL(page.url()).hash).toBe('');
    expect(await page.textContent('[data-testid="account"]')).toContain('Ana Analyst · analyst');
    const session = (await page.context().cookies()).find((cookie) => cookie.name === '__Host-actor-map-session');
    expect(session).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Strict' });
    await page.screenshot({ path: `${SHOTS}/workbench-after-sign-on.png` });
    await page.context().close();
  });

  it('with local passwords off, folds the password form away and explains a refused sign-on', async () => {
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 720 } })).newPage();
    await page.goto(`${strict.baseUrl}/#sign-on-error=domain`);
    await page.waitForSelector('[data-testid="sign-on"]');
    expect(await page.textContent('[data-testid="sign-in-error"]')).toBe('Accounts of your email domain may not sign in to this map.');
    expect(new URL(page.url()).hash).toBe('');
    expect(await page.locator('input[name="password"]').isVisible()).toBe(false);
    expect(await page.textContent('details.sign-in-operator summary')).toBe('Operator sign-in with a password');
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/sign-in-passwords-off.png` });
    await page.click('details.sign-in-operator summary');
    expect(await page.locator('input[name="password"]').isVisible()).toBe(true);
    await page.context().close();
  });
});
