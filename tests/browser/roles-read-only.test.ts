/**
 * Roles without `edit` (viewer, leadership) are not offered edits the server would refuse: no New
 * actor / New tie / Draw tie / Undo, no Edit, Add tie, Delete, Merge or Log engagement in the actor
 * panel, no Edit/Delete on engagements or table rows, no bulk bar; one line says why instead. A
 * field the role does not receive (a viewer's stance) is left out rather than shown as "Not
 * assessed". An analyst, on the same bundle, still has all of it. (Walkthrough S4, S5.)
 */
import { seriousViolations } from '../support/axe.js';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Role } from '../../server/contracts/index.js';
import { useBrowserApp } from '../support/lifecycle.js';
import { signInThroughForm } from '../support/browser-app.js';
import { request } from '../support/http.js';
import { DEMO_PATTERNS } from '../../server/seed/demo-scenario-patterns.js';

// Each role's test creates an account and signs it in through the form: two scrypt derivations
// and a first map, which on a loaded 2-core machine took up to 30 s.
vi.setConfig({ testTimeout: 120_000 });

const app = useBrowserApp();
const ACTOR = 'vr-cso-vwn';
const ACTOR_NAME = "Veridia Women's Network";
const shots = '/work/notes/shots/rolesui';
let admin = '';

beforeAll(async () => {
  ({ token: admin } = await app.server.userWithToken('roles-admin', 'administrator', 'strictly_confidential'));
  // The walkthrough's case: an assessed stance, an actor every role may see, engagements logged.
  const actor = await request(app.server.baseUrl, 'GET', `/api/actors/${ACTOR}`, undefined, { as: admin });
  expect(actor.status).toBe(200);
  expect(actor.body.stance).not.toBeNull();
}, 240_000);

async function signedInAs(role: Role): Promise<Page> {
  const username = `roles-${role}-${Math.random().toString(36).slice(2, 8)}`;
  const password = `${role}-password-123`;
  const created = await request(
    app.server.baseUrl,
    'POST',
    '/api/users',
    { username, displayName: `Test ${role}`, password, role, clearance: 'internal' },
    { as: admin },
  );
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const page = await signInThroughForm(app, username, password, { width: 1280, height: 800 });
  expect(await page.textContent('[data-testid="account"]')).toContain(role);
  return page;
}

/** Open the actor through the search box and wait until its engagements have arrived. */
async function openActor(page: Page): Promise<void> {
  await page.fill('[data-testid="search"]', 'Veridia Women');
  await page.waitForSelector('#search-results [role="option"]');
  await page.keyboard.press('Enter');
  await page.waitForFunction((name) => document.querySelector('[data-testid="actor-name"]')?.textContent === name, ACTOR_NAME);
  await page.waitForSelector('[data-testid="engagement-list"] li');
}

const panelTerms = (page: Page) => page.$$eval('[data-testid="actor-panel"] dl.panel-fields dt', (dts) => dts.map((dt) => dt.textContent));
const buttonsNamed = (page: Page, name: RegExp) => page.getByRole('button', { name }).count();

async function expectNoEditControls(page: Page, role: Role): Promise<void> {
  for (const testId of ['new-actor', 'new-tie']) expect(await page.locator(`[data-testid="${testId}"]`).count(), testId).toBe(0);
  // Leadership writes the division of labour (coordinate), so it keeps Undo and Redo for that.
  for (const testId of ['undo', 'redo'])
    expect(await page.locator(`[data-testid="${testId}"]`).count(), testId).toBe(role === 'leadership' ? 1 : 0);
  expect(await buttonsNamed(page, /^Draw tie$/)).toBe(0);

  await openActor(page);
  await page.screenshot({ path: `${shots}/${role}-panel.png` });
  const panel = page.locator('[data-testid="actor-panel"]');
  for (const testId of ['edit-actor', 'delete-actor', 'merge-with', 'log-engagement'])
    expect(await panel.locator(`[data-testid="${testId}"]`).count(), testId).toBe(0);
  expect(await panel.getByRole('button', { name: /^Add tie/ }).count()).toBe(0);
  expect(await panel.locator('[data-testid="engagement-list"] li').count()).toBeGreaterThan(0);
  expect(await panel.locator('.engagement-actions').count()).toBe(0);
  expect(await panel.getByRole('button', { name: /^(Edit|Delete) the engagement/ }).count()).toBe(0);
  expect(await panel.locator('[data-testid="read-only-note"]').textContent()).toBe('You can read this map; ask an analyst to change it.');
  expect(await seriousViolations(page)).toEqual([]);

  // A tie's panel: details, no Edit/Delete.
  await panel.locator('.tie-open').first().click();
  await page.waitForSelector('[data-testid="tie-type"]');
  expect(await page.locator('[data-testid="edit-tie"], [data-testid="delete-tie"]').count()).toBe(0);
  expect(await page.locator('[data-testid="read-only-note"]').count()).toBe(1);

  // The actors table: rows without Edit/Delete.
  await page.click('[data-mode="actors"]');
  await page.waitForSelector('[data-testid="actors-table"] tbody tr');
  expect(await page.locator('[data-testid="actors-table"] .row-actions').count()).toBe(0);
  expect(await page.locator('[data-testid="actors-table"] tbody button', { hasText: /^(Edit|Delete)$/ }).count()).toBe(0);
  await page.screenshot({ path: `${shots}/${role}-actors-table.png` });
  expect(await seriousViolations(page)).toEqual([]);
  await page.click('[data-mode="ties"]');
  await page.waitForSelector('[data-testid="ties-table"] tbody tr');
  expect(await page.locator('[data-testid="ties-table"] .row-actions').count()).toBe(0);
  await page.click('[data-mode="map"]');
}

describe('roles without edit are not offered edits', () => {
  it('a viewer: no edit controls, and no "Not assessed" stance for a stance withheld from viewers', async () => {
    const page = await signedInAs('viewer');
    await expectNoEditControls(page, 'viewer');
    await openActor(page);
    const terms = await panelTerms(page);
    expect(terms).toContain('Influence');
    expect(terms).not.toContain('Stance on peace process');
    expect(await page.textContent('[data-testid="actor-panel"]')).not.toContain('Not assessed');
    // Nor a stance filter, which could only offer "Not assessed" to someone who receives no stance.
    expect(await page.locator('input[data-group="stances"]').count()).toBe(0);
    await page.click('[data-mode="actors"]');
    await page.waitForSelector('[data-testid="actors-table"] tbody tr');
    expect(await page.locator('[data-testid="actors-table"] [data-sort="stance"]').count()).toBe(0);
    // The diff is theirs to read, but not the change brief, which the server refuses them (403).
    await page.click('[data-testid="compare-rounds"]');
    await page.waitForSelector('[data-testid="diff-legend"]');
    expect(await page.locator('[data-testid="change-brief"]').count()).toBe(0);
    await page.context().close();
  });

  it('leadership: no edit controls, but the stance it does receive', async () => {
    const page = await signedInAs('leadership');
    await expectNoEditControls(page, 'leadership');
    await openActor(page);
    expect(await panelTerms(page)).toContain('Stance on peace process');
    // But leadership closes a coordination gap itself (the `coordinate` permission).
    await page.click('[data-testid="analyses-button"]');
    await page.click('[role="tab"][data-tab="coordination"]');
    const gap = DEMO_PATTERNS.coverageGap;
    await page.click(`[data-testid="analysis-coordination-grid"] [data-output="${gap.outputId}"][data-area="${gap.areaIdWithoutLead}"]`);
    const detail = page.locator('[data-testid="analysis-cell-detail"]');
    await detail.waitFor();
    expect(await detail.locator('[data-testid="assign-lead"]').count()).toBe(1);
    await page.context().close();
  });

  it('an analyst still has every edit control and the stance', async () => {
    const page = await app.open('/', { width: 1280, height: 800 });
    for (const testId of ['new-actor', 'new-tie', 'undo']) expect(await page.locator(`[data-testid="${testId}"]`).count(), testId).toBe(1);
    await openActor(page);
    const panel = page.locator('[data-testid="actor-panel"]');
    for (const testId of ['edit-actor', 'delete-actor', 'merge-with', 'log-engagement'])
      expect(await panel.locator(`[data-testid="${testId}"]`).count(), testId).toBe(1);
    expect(await panel.locator('.engagement-actions').count()).toBeGreaterThan(0);
    expect(await panel.locator('[data-testid="read-only-note"]').count()).toBe(0);
    expect(await panelTerms(page)).toContain('Stance on peace process');
    expect(await page.locator('input[data-group="stances"]').count()).toBeGreaterThan(0);
    await page.screenshot({ path: `${shots}/analyst-panel.png` });
    await page.click('[data-mode="actors"]');
    await page.waitForSelector('[data-testid="actors-table"] .row-actions');
    expect(await page.locator('[data-testid="actors-table"] [data-sort="stance"]').count()).toBe(1);
    await page.context().close();
  });
});
