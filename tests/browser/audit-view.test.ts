/**
 * The audit log in the page: an administrator sees the export an analyst made a moment earlier,
 * with the analyst's user id, can filter by action with the keyboard and close with Escape; an
 * analyst is offered no audit button.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useBrowserApp } from '../support/lifecycle.js';
import { waitForMap } from '../support/browser-app.js';
import { chooseFromMore } from '../support/more-menu.js';

const app = useBrowserApp();
let analyst: Page;

beforeAll(async () => {
  analyst = await app.open();
});

describe('audit log', () => {
  it('is not offered to an analyst', async () => {
    await analyst.waitForSelector('[data-testid="open-export"]');
    expect(await analyst.locator('[data-testid="open-audit"]').count()).toBe(0);
  });

  it('shows an administrator the export the analyst just made, with the analyst’s user id', async () => {
    const analystId = (await analyst.evaluate(() => fetch('/api/auth/me').then((r) => r.json()))).id as string;
    await analyst.click('[data-testid="open-export"]');
    await analyst.selectOption('[data-testid="export-format"]', 'csv-nodes');
    await Promise.all([analyst.waitForEvent('download'), analyst.click('[data-testid="export-submit"]')]);

    // The harness creates accounts with its own password; an administrator may not set their own
    // password through PATCH /api/users/:id.
    await app.server.userWithToken('audit-test-admin', 'administrator', 'confidential');
    const { password } = app.server.credentials;

    const admin = await (await app.browser.newContext({ viewport: { width: 1280, height: 720 } })).newPage();
    await admin.goto(app.server.baseUrl);
    await admin.fill('input[name="username"]', 'audit-test-admin');
    await admin.fill('input[name="password"]', password);
    await admin.press('input[name="password"]', 'Enter');
    await waitForMap(admin);

    await chooseFromMore(admin, 'open-audit', 'keyboard');
    await admin.waitForSelector('[data-testid="audit-table"] tbody tr');
    expect(await admin.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('audit-action');
    await admin.selectOption('[data-testid="audit-action"]', 'export');
    await admin.waitForFunction(() => {
      const rows = [...document.querySelectorAll('[data-testid="audit-table"] tbody tr')];
      return rows.length > 0 && rows.every((row) => row.getAttribute('data-action') === 'export');
    });
    const first = await admin.$eval('[data-testid="audit-table"] tbody tr', (tr) =>
      [...tr.querySelectorAll('td')].map((td) => td.textContent),
    );
    expect(first[0]).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC$/);
    expect(first[1]).toBe(analystId);
    expect(first[2]).toBe('export');
    expect(first[4]).toBe('csv-nodes/internal');

    await admin.keyboard.press('Escape');
    await admin.waitForSelector('[data-testid="audit-dialog"]', { state: 'detached' });
    // The audit log is in the toolbar's More menu: the focus comes back to its button.
    expect(await admin.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('more-menu-button');
    await admin.context().close();
  });
});
