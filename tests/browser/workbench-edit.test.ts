/**
 * Editing through the forms, checked in the database through the API: create an actor and a tie
 * and see them after a reload; an invalid value is shown inline (and nothing is sent); the API's
 * own field errors land inline too; undo and redo restore the previous state in the database,
 * including an actor deleted with its ties.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useBrowserApp } from '../support/lifecycle.js';
import { eventually, searchAndOpen, waitForMap } from '../support/browser-app.js';
import { request } from '../support/http.js';

const app = useBrowserApp();
let page: Page;
const api = (method: string, path: string, body?: unknown) => request(app.server.baseUrl, method, path, body);

beforeAll(async () => {
  page = await app.open();
  page.on('dialog', (dialog) => void dialog.accept());
});

async function actorsNamed(name: string): Promise<any[]> {
  return (await api('GET', `/api/actors?text=${encodeURIComponent(name)}`)).body.items.filter((a: any) => a.name === name);
}

const field = (name: string) => `[data-testid="form-dialog"] [data-field="${name}"]`;

describe('edit', () => {
  it('shows an invalid influence inline, next to the field, and sends nothing', async () => {
    await page.click('[data-testid="new-actor"]');
    await page.fill(`${field('name')} input`, 'Lakeside Fishers Cooperative');
    await page.fill(`${field('influence')} input`, '9');
    await page.click('[data-testid="form-dialog"] button[type="submit"]');
    const error = page.locator(`${field('influence')} .field-error`);
    await eventually(() => error.isVisible()).toBe(true);
    expect(await error.textContent()).toMatch(/5/);
    expect(await page.getAttribute(`${field('influence')} input`, 'aria-invalid')).toBe('true');
    expect(await actorsNamed('Lakeside Fishers Cooperative')).toEqual([]);
  });

  it('shows the API’s field error inline (an admin area deleted while the form was open is refused by the server)', async () => {
    // An area the form offers, deleted by someone else before Create: the server names it.
    await page.click('[data-testid="form-dialog"] button:text("Cancel")');
    expect((await api('POST', '/api/areas', { id: 'gone-district', name: 'Gone district', level: 1 })).status).toBe(201);
    await page.reload();
    await waitForMap(page);
    await page.click('[data-testid="new-actor"]');
    await page.fill(`${field('name')} input`, 'Lakeside Fishers Cooperative');
    await page.fill(`${field('influence')} input`, '3');
    await page.fill(`${field('basedIn')} input[role="combobox"]`, 'Gone dis');
    await page.keyboard.press('Enter');
    expect((await api('DELETE', '/api/areas/gone-district')).status).toBe(204);
    await page.click('[data-testid="form-dialog"] button[type="submit"]');
    const error = page.locator(`${field('basedIn')} .field-error`);
    await eventually(() => error.isVisible()).toBe(true);
    expect(await error.textContent()).toContain('gone-district');
    expect(await page.locator(`${field('influence')} .field-error`).isVisible()).toBe(false);
  });

  it('creates an actor through the form; it is on the map after a reload', async () => {
    await page.click(`${field('basedIn')} button[aria-label="Remove Gone district"]`);
    await page.selectOption(`${field('kind')} select`, 'civil_society');
    await page.selectOption(`${field('subtype')} select`, 'trade_union');
    await page.click('[data-testid="form-dialog"] button[type="submit"]');
    await page.waitForSelector('[data-testid="form-dialog"]', { state: 'detached' });
    const [created] = await actorsNamed('Lakeside Fishers Cooperative');
    expect(created).toMatchObject({ kind: 'civil_society', subtype: 'trade_union', influence: 3 });
    await page.reload();
    await waitForMap(page);
    expect(await page.evaluate((id) => (window as any).__actorMap.cy.$id(id).length, created.id)).toBe(1);
  });

  it('creates a tie through the form and keeps everyone else where they were', async () => {
    const [actor] = await actorsNamed('Lakeside Fishers Cooperative');
    const before = await page.evaluate(() => {
      const { cy } = (window as any).__actorMap;
      return Object.fromEntries(cy.nodes().map((n: any) => [n.id(), n.position()]));
    });
    await searchAndOpen(page, 'Lakeside');
    await page.click('text=Add tie…');
    await page.selectOption(`${field('targetId')} select`, 'vr-cso-vwn');
    await page.selectOption(`${field('type')} select`, 'allied_with');
    await page.click('[data-testid="form-dialog"] button[type="submit"]');
    await page.waitForSelector('[data-testid="form-dialog"]', { state: 'detached' });
    const ties = (await api('GET', `/api/ties?actor=${actor.id}`)).body.items;
    expect(ties).toHaveLength(1);
    expect(ties[0]).toMatchObject({ sourceId: actor.id, targetId: 'vr-cso-vwn', type: 'allied_with' });
    await eventually(() => page.evaluate((id) => (window as any).__actorMap.cy.$id(id).length, ties[0].id)).toBe(1);
    const after = await page.evaluate(() => {
      const { cy } = (window as any).__actorMap;
      return Object.fromEntries(cy.nodes().map((n: any) => [n.id(), n.position()]));
    });
    expect(after).toEqual(before);
    await page.reload();
    await waitForMap(page);
    expect(await page.evaluate((id) => (window as any).__actorMap.cy.$id(id).length, ties[0].id)).toBe(1);
  });

  it('undo and redo restore the previous state in the database', async () => {
    await searchAndOpen(page, 'Lakeside');
    await page.click('[data-testid="edit-actor"]');
    await page.fill(`${field('influence')} input`, '5');
    await page.click('[data-testid="form-dialog"] button[type="submit"]');
    await page.waitForSelector('[data-testid="form-dialog"]', { state: 'detached' });
    const [edited] = await actorsNamed('Lakeside Fishers Cooperative');
    expect(edited.influence).toBe(5);

    await page.click('[data-testid="undo"]');
    await eventually(async () => (await api('GET', `/api/actors/${edited.id}`)).body.influence).toBe(3);
    await page.click('[data-testid="redo"]');
    await eventually(async () => (await api('GET', `/api/actors/${edited.id}`)).body.influence).toBe(5);
  });

  it('undo after deleting an actor brings it back with the same id and its ties; redo deletes it again', async () => {
    const id = 'vr-cso-vwn';
    const tiesBefore = (await api('GET', `/api/ties?actor=${id}&limit=1000`)).body.items.map((t: any) => t.id).sort();
    expect(tiesBefore.length).toBeGreaterThan(2);
    await searchAndOpen(page, 'VWN');
    await page.click('[data-testid="delete-actor"]');
    await eventually(async () => (await api('GET', `/api/actors/${id}`)).status).toBe(404);
    await eventually(() => page.evaluate((actorId) => (window as any).__actorMap.cy.$id(actorId).length, id)).toBe(0);

    await page.keyboard.press('Control+z');
    await eventually(async () => (await api('GET', `/api/actors/${id}`)).status).toBe(200);
    const restored = (await api('GET', `/api/actors/${id}`)).body;
    expect(restored).toMatchObject({ name: "Veridia Women's Network", acronym: 'VWN', influence: 4, interest: 5 });
    await eventually(async () => (await api('GET', `/api/ties?actor=${id}&limit=1000`)).body.items.map((t: any) => t.id).sort()).toEqual(
      tiesBefore,
    );
    await eventually(() => page.evaluate((actorId) => (window as any).__actorMap.cy.$id(actorId).length, id)).toBe(1);

    await page.keyboard.press('Control+Shift+z');
    await eventually(async () => (await api('GET', `/api/actors/${id}`)).status).toBe(404);
    await page.click('[data-testid="undo"]');
    await eventually(async () => (await api('GET', `/api/ties?actor=${id}&limit=1000`)).body.total).toBe(tiesBefore.length);
  });

  it('deletes a tie from the ties table, and undo recreates it', async () => {
    const [actor] = await actorsNamed('Lakeside Fishers Cooperative');
    const [tie] = (await api('GET', `/api/ties?actor=${actor.id}`)).body.items;
    await page.click('[data-mode="ties"]');
    await page.fill('[data-testid="ties-table-filter"]', 'Lakeside');
    await page.click(`[data-row-id="${tie.id}"] button.danger`);
    await eventually(async () => (await api('GET', `/api/ties/${tie.id}`)).status).toBe(404);
    await page.click('[data-testid="undo"]');
    await eventually(async () => (await api('GET', `/api/ties/${tie.id}`)).status).toBe(200);
  });
});
