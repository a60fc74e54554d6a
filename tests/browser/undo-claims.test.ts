/**
 * Undo and claims (issue #15), on the demo in Chromium: undoing a stance edit takes its claim back
 * with the value, so the actor panel shows no claim contradicting the map; undoing an actor's
 * delete brings its claims back, and the panel lists them and grades them as before.
 * UNDO_CLAIMS_SHOTS=<dir> saves screenshots.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { DEMO_EVIDENCE } from '../../server/evidence/demo-evidence.js';
import { eventually, searchAndOpen } from '../support/browser-app.js';
import { request } from '../support/http.js';
import { useBrowserApp } from '../support/lifecycle.js';

// Several writes and their map reloads, on a shared machine under load.
vi.setConfig({ testTimeout: 240_000 });

const app = useBrowserApp();
let page: Page;
const api = (method: string, path: string, body?: unknown) => request(app.server.baseUrl, method, path, body);
const dialog = '[data-testid="form-dialog"]';
const shot = async (name: string) => {
  if (process.env.UNDO_CLAIMS_SHOTS) await page.screenshot({ path: `${process.env.UNDO_CLAIMS_SHOTS}/${name}.png` });
};
const claimIds = async (actorId: string) =>
  ((await api('GET', `/api/claims?actor=${actorId}&limit=1000`)).body.items as { id: string }[]).map((claim) => claim.id).sort();
const listedClaims = () => page.$$eval('[data-testid="claim-list"] li', (items) => items.length);
const gradeText = () => page.textContent('[data-testid="evidence-grade"]');

beforeAll(async () => {
  page = await app.open();
  page.on('dialog', (prompt) => void prompt.accept());
});

describe('undo and claims', () => {
  it('Undo of a stance edit leaves no claim in the panel contradicting the value it takes back', async () => {
    // A report says VWN is supportive (+1), and the map says so too.
    const id = 'vr-cso-vwn';
    expect((await api('PATCH', `/api/actors/${id}`, { stance: 1, claim: null })).status).toBe(200);
    expect(
      (await api('POST', '/api/sources', { id: 'undo-report', title: 'Undo test report', kind: 'report', reliability: 'B' })).status,
    ).toBe(201);
    expect((await api('POST', '/api/claims', { sourceId: 'undo-report', actorId: id, attribute: 'stance', value: 1 })).status).toBe(201);
    const before = await claimIds(id);
    await searchAndOpen(page, 'VWN');
    await eventually(gradeText).toMatch(/^Single source/);

    // The editor sets it to -2 from their own observation: the evidence disagrees.
    await page.click('[data-testid="edit-actor"]');
    await page.waitForSelector(`${dialog} [data-field="stance"] select`);
    await page.selectOption(`${dialog} [data-field="stance"] select`, '-2');
    await page.click(`${dialog} button[type="submit"]`);
    await page.waitForSelector(dialog, { state: 'detached' });
    await eventually(gradeText).toMatch(/^Contested/);
    await eventually(listedClaims).toBe(2);

    await page.click('[data-testid="undo"]');
    await eventually(async () => (await api('GET', `/api/actors/${id}`)).body.stance).toBe(1);
    await eventually(() => claimIds(id)).toEqual(before);
    await eventually(gradeText).toMatch(/^Single source/);
    await eventually(listedClaims).toBe(1);
    await page.locator('[data-testid="panel-evidence"]').scrollIntoViewIfNeeded();
    await shot('undo-stance-edit');

    // Redo says it again.
    await page.click('[data-testid="redo"]');
    await eventually(async () => (await claimIds(id)).length).toBe(2);
    await eventually(gradeText).toMatch(/^Contested/);
  });

  it("Undo of an actor's delete brings its claims back in the panel, graded as before", async () => {
    const id = DEMO_EVIDENCE.contestedStance.actorId;
    const before = await claimIds(id);
    expect(before).toHaveLength(2);
    await searchAndOpen(page, 'Eastern Voice');
    await eventually(gradeText).toMatch(/^Contested: 2 claims from 2 sources/);
    await page.click('[data-testid="delete-actor"]');
    await eventually(async () => (await api('GET', `/api/actors/${id}`)).status).toBe(404);
    expect(await claimIds(id)).toEqual([]);

    await page.click('[data-testid="undo"]');
    await eventually(async () => (await api('GET', `/api/actors/${id}`)).status).toBe(200);
    await eventually(() => claimIds(id)).toEqual(before);
    // The search looks in the map the page holds: wait until the map drawn again after the undo has the actor back.
    await eventually(() => page.evaluate((actorId) => (window as any).__actorMap.cy.$id(actorId).length, id)).toBe(1);
    await searchAndOpen(page, 'Eastern Voice');
    await eventually(gradeText).toMatch(/^Contested: 2 claims from 2 sources/);
    await eventually(listedClaims).toBe(2);
    await page.locator('[data-testid="panel-evidence"]').scrollIntoViewIfNeeded();
    await shot('undo-actor-delete');
  });
});
