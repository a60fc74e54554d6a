/**
 * What the approver of a grant request sees about the account it is for (security review 2, H3 and
 * L7): who created it and who last set its password, a warning (and no Approve button) when that was
 * the administrator who asked and the owner has not set their own since, and, for an area grant,
 * how many confidential actors its area held when asked. The list passes the axe check; a
 * screenshot is saved for looking at (ACCESS_SHOTS: a folder, outside the repository).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { seriousViolations } from '../support/axe.js';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useBrowserApp } from '../support/lifecycle.js';
import { signInThroughForm } from '../support/browser-app.js';
import { request } from '../support/http.js';
import { chooseFromMore } from '../support/more-menu.js';

const app = useBrowserApp();
const run = Math.random().toString(36).slice(2, 8);
const OFFICER = `req-officer-${run}`;
const HOLDER = `req-holder-${run}`;
let adminA: { userId: string; token: string };
let adminB: Page;

const signInAs = (username: string, password: string) => signInThroughForm(app, username, password);

const api = (method: string, path: string, body?: unknown) => request(app.server.baseUrl, method, path, body, { as: adminA.token });

beforeAll(async () => {
  adminA = await app.server.userWithToken('req-admin-a', 'administrator', 'confidential');
  await app.server.userWithToken('req-admin-b', 'administrator', 'internal');

  // An officer admin-a created, who then set their own password; admin-a asks for a confidential
  // clearance, then resets their password alone (they are not privileged yet): admin-a could sign in as them.
  const created = await api('POST', '/api/users', {
    username: OFFICER,
    displayName: 'Request Officer',
    password: 'officer-first-pass-1',
    role: 'analyst',
    clearance: 'internal',
  });
  expect(created.status).toBe(201);
  const signedIn = await request(
    app.server.baseUrl,
    'POST',
    '/api/auth/sign-in',
    { username: OFFICER, password: 'officer-first-pass-1' },
    { as: null },
  );
  const cookie = (signedIn.headers.get('set-cookie') ?? '').split(';')[0]!;
  const own = { currentPassword: 'officer-first-pass-1', newPassword: 'officer-own-pass-12' };
  expect((await request(app.server.baseUrl, 'POST', '/api/auth/password', own, { as: null, headers: { cookie } })).status).toBe(200);
  expect((await api('POST', '/api/grant-requests', { userId: created.body.id, clearance: 'confidential' })).status).toBe(201);
  expect((await api('PATCH', `/api/users/${created.body.id}`, { password: 'a-password-admin-a-knows' })).status).toBe(200);

  // A holder made by the server, and an area grant asked for them.
  const holder = await app.server.userWithToken(HOLDER, 'viewer', 'internal');
  const [area] = (await api('GET', '/api/areas')).body as { id: string }[];
  expect(
    (await api('POST', '/api/grant-requests', { userId: holder.userId, grants: [{ scope: 'area', targetId: area!.id }] })).status,
  ).toBe(201);
  adminB = await signInAs('req-admin-b', app.server.credentials.password);
}, 240_000);

describe('the pending grant requests, for the approver', () => {
  it('say who created the account and set its password, warn when the requester could sign in as the user, and count what an area opens', async () => {
    await chooseFromMore(adminB, 'open-accounts');
    const officer = adminB.locator(`[data-testid="grant-requests"] li[data-request-for="Request Officer (${OFFICER})"]`);
    await officer.waitFor();
    expect(await officer.locator('[data-testid="request-account"]').textContent()).toBe(
      'Account created by req-admin-a (req-admin-a), who asked; password last set by req-admin-a (req-admin-a), who asked.',
    );
    expect(await officer.locator('[data-testid="request-controlled"]').textContent()).toMatch(
      /could sign in as this user: approval is refused until the user sets their own password/,
    );
    expect(await officer.locator('[data-testid="approve-request"]').count()).toBe(0);

    const holder = adminB.locator(`[data-testid="grant-requests"] li[data-request-for="${HOLDER} (${HOLDER})"]`);
    expect(await holder.locator('[data-testid="request-account"]').textContent()).toBe(
      'Account created by the server (first start or command line); password last set by the server (first start or command line).',
    );
    expect(await holder.locator('[data-testid="request-controlled"]').count()).toBe(0);
    expect(await holder.locator('[data-testid="request-area-count"]').textContent()).toMatch(
      /^The areas held \d+ confidential or strictly confidential actors? when asked: approval opens (it|those) and none that arrived since\.$/,
    );
    expect(await holder.locator('[data-testid="approve-request"]').count()).toBe(1);

    await officer.scrollIntoViewIfNeeded();
    if (process.env.ACCESS_SHOTS) {
      mkdirSync(process.env.ACCESS_SHOTS, { recursive: true });
      await adminB.screenshot({ path: join(process.env.ACCESS_SHOTS, 'accounts-requests.png') });
    }
    expect(await seriousViolations(adminB)).toEqual([]);

    // The holder's request is approved (and so no longer names its area as pending for other files).
    await holder.locator('[data-testid="approve-request"]').click();
    await adminB.waitForFunction(() =>
      document.querySelector('[data-testid="accounts-status"]')?.textContent?.startsWith('Approved: Area:'),
    );
  }, 120_000);
});
