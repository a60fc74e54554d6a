/**
 * Accounts in the page (client/accounts, client/auth/password-dialog.ts): an administrator creates
 * an account through the dialog (a taken username is named next to the field) and it can sign in;
 * changes its role; revokes one of its API tokens; asks for a confidential grant, which shows as
 * pending until a second administrator approves it; resets its password and disables it, each
 * ending its session. A user changes their own password (a wrong current one is shown next to the
 * field). A viewer has no Accounts button. The dialog fits 1280x720 and 640x360 without
 * overflowing sideways (screenshots in test-results/).
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useBrowserApp } from '../support/lifecycle.js';
import { signInThroughForm } from '../support/browser-app.js';
import { request } from '../support/http.js';
import { chooseFromMore } from '../support/more-menu.js';

const app = useBrowserApp();
let adminA: Page;
let adminAToken: string;
let adminBToken: string;
const OFFICER = 'field-officer';
const FIRST_PASSWORD = 'first-password-1234';
const OWN_PASSWORD = 'officers-own-password-1234';

const signInAs = (username: string, password: string) => signInThroughForm(app, username, password);

/** A sign-in that the API refuses, through the form; returns the message shown. */
async function refusedSignIn(username: string, password: string): Promise<string> {
  const page = await (await app.browser.newContext()).newPage();
  await page.goto(app.server.baseUrl);
  await page.fill('input[name="username"]', username);
  await page.fill('input[name="password"]', password);
  await page.press('input[name="password"]', 'Enter');
  await page.waitForFunction(() => (document.querySelector('[data-testid="sign-in-error"]')?.textContent ?? '') !== '');
  const text = (await page.textContent('[data-testid="sign-in-error"]')) ?? '';
  await page.context().close();
  return text;
}

async function openAccounts(page: Page): Promise<void> {
  await chooseFromMore(page, 'open-accounts');
  await page.waitForSelector(`[data-testid="users-table"] tr[data-username="${OFFICER}"], [data-testid="users-table"] tbody tr`);
}

async function editOfficer(page: Page): Promise<void> {
  await page.click(`[data-testid="users-table"] tr[data-username="${OFFICER}"] [data-user-edit]`);
  await page.waitForSelector('[data-testid="user-tokens"] tbody tr');
}

async function officer(): Promise<any> {
  const users = await request(app.server.baseUrl, 'GET', '/api/users', undefined, { as: adminAToken });
  return users.body.find((user: any) => user.username === OFFICER);
}

/** Whether the page's session still answers (a reload would show the sign-in form otherwise). */
const sessionAlive = (page: Page) => page.evaluate(() => fetch('/api/auth/me').then((r) => r.status === 200));

/** Elements in the open dialog wider than their box, or reaching past the dialog's sides. */
function horizontalOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const dialog = document.querySelector('dialog[open]') as HTMLElement;
    const box = dialog.getBoundingClientRect();
    const found: string[] = [];
    if (document.documentElement.scrollWidth > window.innerWidth) found.push('page');
    if (box.right > window.innerWidth || box.left < 0) found.push('dialog');
    for (const element of dialog.querySelectorAll<HTMLElement>('*')) {
      // Hidden, or clipped to 1px for screen readers only: nothing anyone sees.
      if (element.offsetParent === null || element.closest('.visually-hidden')) continue;
      const rect = element.getBoundingClientRect();
      const label = `${element.tagName.toLowerCase()}.${element.className}[${element.getAttribute('data-testid') ?? ''}] ${element.textContent?.slice(0, 30)}`;
      if (element.scrollWidth > element.clientWidth + 1 && getComputedStyle(element).overflowX !== 'visible')
        found.push(`scrolls: ${label}`);
      if (rect.right > box.right + 1 || rect.left < box.left - 1) found.push(`sticks out: ${label}`);
    }
    return found;
  });
}

beforeAll(async () => {
  mkdirSync('test-results', { recursive: true });
  ({ token: adminAToken } = await app.server.userWithToken('admin-a', 'administrator', 'confidential'));
  ({ token: adminBToken } = await app.server.userWithToken('admin-b', 'administrator', 'internal'));
  adminA = await signInAs('admin-a', app.server.credentials.password);
}, 240_000);

describe('accounts for administrators', () => {
  let officerPage: Page;

  it('creates an account through the dialog, naming a taken username next to the field, and it can sign in', async () => {
    await openAccounts(adminA);
    await adminA.fill('[data-testid="new-username"]', 'admin-b');
    await adminA.fill('[data-testid="new-display-name"]', 'Field Officer');
    await adminA.fill('[data-testid="new-password"]', 'short');
    await adminA.click('[data-testid="create-user-submit"]');
    // Checked in the page first: the password is too short.
    const passwordError = adminA.locator('[data-testid="create-user"] [data-field="password"] .field-error');
    await passwordError.waitFor();
    expect(await passwordError.textContent()).toBe('Initial password must be at least 12 characters.');

    await adminA.fill('[data-testid="new-password"]', FIRST_PASSWORD);
    await adminA.click('[data-testid="create-user-submit"]');
    const usernameError = adminA.locator('[data-testid="create-user"] [data-field="username"] .field-error');
    await usernameError.waitFor();
    expect(await usernameError.textContent()).toBe('Username is taken.');
    expect(await adminA.getAttribute('[data-testid="new-username"]', 'aria-invalid')).toBe('true');

    await adminA.fill('[data-testid="new-username"]', OFFICER);
    await adminA.selectOption('[data-testid="new-role"]', 'viewer');
    await adminA.click('[data-testid="create-user-submit"]');
    const row = adminA.locator(`[data-testid="users-table"] tr[data-username="${OFFICER}"]`);
    await row.waitFor();
    expect(await row.locator('td').allTextContents()).toEqual(['Field Officer', OFFICER, 'Viewer', 'Internal', 'Active', '—', 'Edit']);
    expect(await adminA.locator('[data-testid="create-user"] [data-field="username"] .field-error').isHidden()).toBe(true);

    officerPage = await signInAs(OFFICER, FIRST_PASSWORD);
    expect(await officerPage.textContent('[data-testid="account"] .account-name')).toBe('Field Officer · viewer');
  }, 120_000);

  it('changes its role', async () => {
    await editOfficer(adminA);
    await adminA.selectOption('[data-testid="edit-role"]', 'analyst');
    await adminA.click('[data-testid="edit-access-submit"]');
    await adminA.waitForFunction(() => document.querySelector('[data-testid="user-status"]')?.textContent?.startsWith('Saved: role'));
    expect((await officer()).role).toBe('analyst');
  });

  it('revokes one of its API tokens, and only that one', async () => {
    const secrets = await officerPage.evaluate(async () => {
      const make = (name: string) =>
        fetch('/api/tokens', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ name, scope: 'read' }),
        }).then((r) => r.json());
      return { a: (await make('script-a')).token as string, b: (await make('script-b')).token as string };
    });
    await adminA.click('[data-testid="accounts-back"]');
    await editOfficer(adminA);
    await adminA.waitForSelector('[data-testid="user-tokens"] tr[data-token-name="script-a"]');
    await adminA.click('[data-testid="user-tokens"] tr[data-token-name="script-a"] [data-testid="revoke-token"]');
    await adminA.waitForFunction(
      () => document.querySelector('tr[data-token-name="script-a"] [data-col="token-status"]')?.textContent === 'Revoked',
    );
    expect(await adminA.textContent('tr[data-token-name="script-b"] [data-col="token-status"]')).toBe('Active');
    expect((await request(app.server.baseUrl, 'GET', '/api/auth/me', undefined, { as: secrets.a })).status).toBe(401);
    expect((await request(app.server.baseUrl, 'GET', '/api/auth/me', undefined, { as: secrets.b })).status).toBe(200);
  });

  it('asks for a confidential grant, shown as pending, which a second administrator approves', async () => {
    // The officer first sets their own password: until then admin-a, who set it, may not ask for their access (review 2, H3).
    const changed = await officerPage.evaluate(
      (passwords) =>
        fetch('/api/auth/password', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(passwords),
        }).then((r) => r.status),
      { currentPassword: FIRST_PASSWORD, newPassword: OWN_PASSWORD },
    );
    expect(changed).toBe(200);
    const actors = await request(app.server.baseUrl, 'GET', '/api/actors?limit=500');
    const secret = actors.body.items.find((actor: any) => actor.sensitivity === 'confidential');
    expect(secret).toBeDefined();
    await adminA.selectOption('[data-testid="grant-scope"]', 'actor');
    await adminA.fill('[data-testid="grant-actor"]', secret.id);
    await adminA.click('[data-testid="add-grant-submit"]');
    const pending = adminA.locator(`[data-testid="pending-grant"][data-grant="actor:${secret.id}"]`);
    await pending.waitFor();
    expect(await pending.textContent()).toContain('pending, asked by admin-a');
    expect((await officer()).grants).toEqual([]);
    // A confidential clearance is asked for too.
    await adminA.selectOption('[data-testid="edit-clearance"]', 'confidential');
    await adminA.click('[data-testid="edit-access-submit"]');
    await adminA.locator('[data-testid="pending-clearance"]').waitFor();
    expect(await adminA.textContent('[data-testid="pending-clearance"]')).toBe(
      'Clearance: Confidentialpending, asked by admin-a (admin-a)',
    );
    expect((await officer()).clearance).toBe('internal');
    // The one who asked cannot approve it.
    await adminA.click('[data-testid="accounts-back"]');
    await adminA.waitForSelector('[data-testid="grant-requests"] li[data-request-for]');
    // Only the officer's requests: other files' pending requests stay in the shared database.
    expect(
      await adminA.locator('[data-testid="grant-requests"] li[data-request-for^="Field Officer"] [data-testid="approve-request"]').count(),
    ).toBe(0);
    expect(await adminA.textContent('[data-testid="grant-requests"]')).toContain('Waiting for a second administrator');

    const adminB = await signInAs('admin-b', app.server.credentials.password);
    await openAccounts(adminB);
    // admin-b (internal clearance) may not see the confidential actor: the request names its id.
    for (const asked of ['clearance Confidential', `Actor: ${secret.id}`]) {
      const approve = adminB
        .locator('[data-testid="grant-requests"] li[data-request-for^="Field Officer"]', { hasText: asked })
        .locator('[data-testid="approve-request"]');
      await approve.click();
      await adminB.waitForFunction(
        (text) => document.querySelector('[data-testid="accounts-status"]')?.textContent?.startsWith(`Approved: ${text}`),
        asked,
      );
    }
    expect(await officer()).toMatchObject({ clearance: 'confidential', grants: [{ scope: 'actor', targetId: secret.id }] });
    expect(
      await adminB.locator('[data-testid="grant-requests"] li[data-request-for^="Field Officer"] [data-testid="approve-request"]').count(),
    ).toBe(0);
    await adminB.context().close();
  }, 120_000);

  it('resets its password: cleared confidential, it waits for a second administrator; then its session ends and the new password signs in', async () => {
    await editOfficer(adminA);
    await adminA.fill('[data-testid="reset-password"]', 'second-password-5678');
    await adminA.click('[data-testid="reset-password-form-submit"]');
    await adminA.waitForFunction(() =>
      document
        .querySelector('[data-testid="user-status"]')
        ?.textContent?.startsWith('Asked for a new password: waiting for a second administrator'),
    );
    await adminA.screenshot({ path: 'test-results/accounts-password-request.png' });
    expect(await sessionAlive(officerPage)).toBe(true);
    const [asked] = (await request(app.server.baseUrl, 'GET', '/api/grant-requests', undefined, { as: adminBToken })).body.filter(
      (r: any) => r.passwordChange && r.status === 'pending',
    );
    expect(
      (await request(app.server.baseUrl, 'POST', `/api/grant-requests/${asked.id}/approve`, undefined, { as: adminBToken })).status,
    ).toBe(200);
    expect(await sessionAlive(officerPage)).toBe(false);
    await officerPage.context().close();
    officerPage = await signInAs(OFFICER, 'second-password-5678');
  }, 120_000);

  it('disables it: its session ends and it cannot sign in', async () => {
    await adminA.check('[data-testid="edit-disabled"]');
    await adminA.click('[data-testid="edit-access-submit"]');
    await adminA.waitForFunction(() => document.querySelector('[data-testid="user-status"]')?.textContent?.startsWith('Saved: disabled'));
    expect(await sessionAlive(officerPage)).toBe(false);
    // Only the status changed: the confidential clearance approved earlier stays.
    expect(await officer()).toMatchObject({ disabled: true, clearance: 'confidential', role: 'analyst' });
    await officerPage.reload();
    await officerPage.waitForSelector('[data-testid="sign-in"]');
    expect(await refusedSignIn(OFFICER, 'second-password-5678')).not.toBe('');
    await adminA.click('[data-testid="accounts-back"]');
    await adminA.waitForFunction(
      (name) => document.querySelector(`tr[data-username="${name}"] [data-col="status"]`)?.textContent === 'Disabled',
      OFFICER,
    );
  }, 120_000);

  it('an administrator account is made as a viewer; the role is asked for once its owner has set their own password', async () => {
    // The previous test ended on the list of accounts, where the form is.
    await adminA.fill('[data-testid="new-username"]', 'deputy-admin');
    await adminA.fill('[data-testid="new-display-name"]', 'Deputy');
    await adminA.fill('[data-testid="new-password"]', FIRST_PASSWORD);
    await adminA.selectOption('[data-testid="new-role"]', 'administrator');
    await adminA.click('[data-testid="create-user-submit"]');
    await adminA.waitForFunction(() =>
      document.querySelector('[data-testid="accounts-status"]')?.textContent?.includes('Once they have set their own password'),
    );
    const row = adminA.locator('[data-testid="users-table"] tr[data-username="deputy-admin"] [data-col="role"]');
    expect(await row.textContent()).toBe('Viewer');
    // Its creator knows its password: nothing is asked for it yet (the API would refuse it).
    expect(await adminA.locator('[data-testid="grant-requests"] li[data-request-for^="Deputy"]').count()).toBe(0);
    await adminA.screenshot({ path: 'test-results/accounts-admin-request.png' });
  }, 120_000);

  it('fits 1280x720 and 640x360 without overflowing sideways', async () => {
    for (const viewport of [
      { width: 1280, height: 720 },
      { width: 640, height: 360 },
    ]) {
      await adminA.setViewportSize(viewport);
      await adminA.waitForTimeout(200);
      await adminA.screenshot({ path: `test-results/accounts-list-${viewport.width}.png` });
      expect(await horizontalOverflow(adminA)).toEqual([]);
      await editOfficer(adminA);
      await adminA.screenshot({ path: `test-results/accounts-editor-${viewport.width}.png` });
      expect(await horizontalOverflow(adminA)).toEqual([]);
      await adminA.click('[data-testid="accounts-back"]');
    }
    await adminA.setViewportSize({ width: 1280, height: 720 });
  });
});

describe('one’s own password, and what a viewer is offered', () => {
  it('a viewer has no Accounts button; changes their own password, a wrong current one named next to the field', async () => {
    await app.server.userWithToken('viewer-v', 'viewer', 'internal');
    const viewer = await signInAs('viewer-v', app.server.credentials.password);
    await viewer.waitForSelector('[data-testid="open-export"]');
    expect(await viewer.locator('[data-testid="open-accounts"]').count()).toBe(0);

    await viewer.click('[data-testid="change-password"]');
    await viewer.fill('[data-testid="current-password"]', 'not-my-password');
    await viewer.fill('[data-testid="new-own-password"]', 'my-new-password-999');
    await viewer.fill('[data-testid="repeat-own-password"]', 'my-new-password-999');
    await viewer.click('[data-testid="password-form-submit"]');
    const currentError = viewer.locator('[data-field="currentPassword"] .field-error');
    await currentError.waitFor();
    expect(await currentError.textContent()).toBe('This is not your current password.');
    expect(await viewer.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('current-password');
    await viewer.screenshot({ path: 'test-results/accounts-own-password.png' });

    await viewer.fill('[data-testid="current-password"]', app.server.credentials.password);
    await viewer.click('[data-testid="password-form-submit"]');
    await viewer.waitForFunction(() =>
      document.querySelector('[data-testid="password-status"]')?.textContent?.startsWith('Your password was changed'),
    );
    expect(await sessionAlive(viewer)).toBe(true);
    await viewer.context().close();
    expect(await refusedSignIn('viewer-v', app.server.credentials.password)).not.toBe('');
    await (await signInAs('viewer-v', 'my-new-password-999')).context().close();
  }, 120_000);
});
