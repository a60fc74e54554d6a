/**
 * The edit forms' "Source" field (issue #15): an edit of an actor attribute claims cover is a
 * claim from the editor's own observation unless a source is chosen in the form; undoing the edit
 * takes the value back and the claim the edit recorded with it (client/evidence/edit-claim-undo.ts).
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { useBrowserApp } from '../support/lifecycle.js';
import { eventually, searchAndOpen } from '../support/browser-app.js';
import { request } from '../support/http.js';

// Six writes and their map reloads, on a shared machine under load.
vi.setConfig({ testTimeout: 240_000 });

const app = useBrowserApp();
let page: Page;
const api = (method: string, path: string, body?: unknown) => request(app.server.baseUrl, method, path, body);
const dialog = '[data-testid="form-dialog"]';
const picker = `${dialog} [data-field="claim"] select`;

beforeAll(async () => {
  page = await app.open();
});

/** The claims about one actor's interest, as the API lists them. */
async function interestClaims(actorId: string): Promise<any[]> {
  const claims = (await api('GET', `/api/claims?actor=${actorId}&limit=1000`)).body.items as any[];
  return claims.filter((claim) => claim.attribute === 'interest');
}

async function editInterest(value: number, sourceId?: string): Promise<void> {
  await page.click('[data-testid="edit-actor"]');
  await page.waitForSelector(picker);
  expect(await page.inputValue(picker)).toBe('');
  expect(await page.textContent(`${picker} option:checked`)).toBe('My own observation');
  if (sourceId) {
    await page.waitForSelector(`${picker} option[value="${sourceId}"]`, { state: 'attached' });
    await page.selectOption(picker, sourceId);
  }
  await page.fill(`${dialog} [data-field="interest"] input`, String(value));
  await page.click(`${dialog} button[type="submit"]`);
  await page.waitForSelector(dialog, { state: 'detached' });
}

describe('the Source field of the edit forms', () => {
  it('records the edit as my own observation by default, or as the chosen source; undo takes the claim back', async () => {
    const actor = (await api('GET', '/api/actors/vr-cso-vwn')).body;
    const [report] = ((await api('GET', '/api/sources?limit=1000')).body.items as any[]).filter((s) => s.kind === 'report');
    expect(await interestClaims(actor.id)).toEqual([]);
    await searchAndOpen(page, 'VWN');

    await editInterest(actor.interest === 2 ? 4 : 2);
    const own = actor.interest === 2 ? 4 : 2;
    await eventually(async () => (await interestClaims(actor.id)).map((c) => [c.sourceKind, c.value])).toEqual([['observation', own]]);

    // My own source now exists; the picker offers it once, as "My own observation", not again under my name.
    const ownSourceId = (await interestClaims(actor.id))[0].sourceId as string;
    await page.click('[data-testid="edit-actor"]');
    await page.waitForSelector(`${picker} option[value="${report.id}"]`, { state: 'attached' });
    expect(await page.locator(`${picker} option[value="${ownSourceId}"]`).count()).toBe(0);
    await page.keyboard.press('Escape');
    await page.waitForSelector(dialog, { state: 'detached' });

    await editInterest(5, report.id);
    await eventually(async () => (await interestClaims(actor.id)).length).toBe(2);
    expect((await interestClaims(actor.id)).find((c) => c.sourceId === report.id)).toMatchObject({ value: 5, credibility: 6 });

    // Undo takes the value back and the claim the edit made with it: the report's claim goes.
    await page.click('[data-testid="undo"]');
    await eventually(async () => (await api('GET', `/api/actors/${actor.id}`)).body.interest).toBe(own);
    await eventually(async () => (await interestClaims(actor.id)).map((c) => [c.sourceKind, c.value])).toEqual([['observation', own]]);
  });
});
