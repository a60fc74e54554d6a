/**
 * Signing in through the page, and need to know in the browser: a viewer with a lower clearance
 * is drawn exactly the actors the API lets them see.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useBrowserApp } from '../support/lifecycle.js';
import { request } from '../support/http.js';
import { drawnCounts, eventually, waitForMap } from '../support/browser-app.js';

const app = useBrowserApp();
const run = Math.random().toString(36).slice(2, 8);
const username = `browser-viewer-${run}`;
const password = 'browser-viewer-password';

beforeAll(async () => {
  const { token: admin } = await app.server.userWithToken('browser-admin', 'administrator', 'confidential');
  const created = await request(
    app.server.baseUrl,
    'POST',
    '/api/users',
    { username, displayName: 'Field Viewer', password, role: 'viewer', clearance: 'internal' },
    { as: admin },
  );
  expect(created.status).toBe(201);
});

async function freshPage(): Promise<Page> {
  const context = await app.browser.newContext({ viewport: { width: 1280, height: 720 } });
  return context.newPage();
}

describe('sign-in page', () => {
  it('a visitor without a session gets the form with no API request and no console error', async () => {
    const page = await freshPage();
    const apiRequests: string[] = [];
    const consoleErrors: string[] = [];
    page.on('request', (sent) => {
      if (new URL(sent.url()).pathname.startsWith('/api/')) apiRequests.push(new URL(sent.url()).pathname);
    });
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    await page.goto(app.server.baseUrl);
    await page.waitForSelector('[data-testid="sign-in"]');
    await page.waitForTimeout(500);
    expect(apiRequests).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('shows the form without a session, an inline error for a wrong password, and the map once signed in', async () => {
    const page = await freshPage();
    await page.goto(app.server.baseUrl);
    await page.waitForSelector('[data-testid="sign-in"]');
    expect(await page.locator('body').getAttribute('data-map-ready')).toBeNull();

    await page.fill('input[name="username"]', username);
    await page.fill('input[name="password"]', 'not-my-password');
    await page.press('input[name="password"]', 'Enter');
    await eventually(() => page.textContent('[data-testid="sign-in-error"]')).toBe('Wrong username or password');

    await page.fill('input[name="password"]', password);
    await page.press('input[name="password"]', 'Enter');
    await waitForMap(page);
    expect(await page.textContent('[data-testid="account"]')).toContain('Field Viewer · viewer');

    const cookies = await page.context().cookies();
    const session = cookies.find((cookie) => cookie.name === '__Host-actor-map-session')!;
    expect(session).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Strict', path: '/' });
    expect(await page.evaluate(() => document.cookie)).toBe('');
  });

  it('draws for a viewer exactly the actors their clearance lets the API return', async () => {
    const page = await freshPage();
    await page.goto(app.server.baseUrl);
    await page.fill('input[name="username"]', username);
    await page.fill('input[name="password"]', password);
    await page.press('input[name="password"]', 'Enter');
    await waitForMap(page);
    const cookie = (await page.context().cookies()).find((c) => c.name === '__Host-actor-map-session')!;
    const asViewer = await fetch(`${app.server.baseUrl}/api/graph`, { headers: { cookie: `${cookie.name}=${cookie.value}` } }).then((r) =>
      r.json(),
    );
    const everything = await request(app.server.baseUrl, 'GET', '/api/graph');
    expect(asViewer.nodes.length).toBeLessThan(everything.body.nodes.length);
    expect(await drawnCounts(page)).toEqual({ nodes: asViewer.nodes.length, edges: asViewer.edges.length });

    await page.click('.account-sign-out');
    await page.waitForSelector('[data-testid="sign-in"]');
    const after = await fetch(`${app.server.baseUrl}/api/auth/me`, { headers: { cookie: `${cookie.name}=${cookie.value}` } });
    expect(after.status).toBe(401);
  });
});
