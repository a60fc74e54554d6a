/**
 * What a first real walkthrough tripped over in the forms and notices: the new-tie dialog wider
 * than its frame (its error off-screen), an impossible date silently saved as "not set",
 * notices that never left, and validation messages in developer wording.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useBrowserApp } from '../support/lifecycle.js';
import { eventually } from '../support/browser-app.js';
import { request } from '../support/http.js';

const app = useBrowserApp();
let page: Page;
const api = (method: string, path: string, body?: unknown) => request(app.server.baseUrl, method, path, body);
const dialog = '[data-testid="form-dialog"]';
const field = (name: string) => `${dialog} [data-field="${name}"]`;

beforeAll(async () => {
  page = await app.open();
});

/** Horizontal overflow of the open dialog, and the fields whose right edge is outside it. */
function overflow(target: Page) {
  return target.evaluate((selector) => {
    const box = document.querySelector(selector)!;
    const frame = box.getBoundingClientRect();
    const outside = [...box.querySelectorAll('[data-field]')]
      .filter((f) => f.getBoundingClientRect().right > frame.right + 1)
      .map((f) => (f as HTMLElement).dataset.field);
    return { extra: box.scrollWidth - box.clientWidth, outside };
  }, dialog);
}

describe('forms', () => {
  for (const viewport of [
    { width: 1280, height: 720 },
    { width: 1920, height: 1080 },
    // 200 % zoom of a 1280x720 screen.
    { width: 640, height: 360 },
  ]) {
    it(`the new-tie dialog fits its frame at ${viewport.width}x${viewport.height}`, async () => {
      const small = await app.open('/', viewport);
      await small.click('[data-testid="new-tie"]');
      await small.waitForSelector(dialog);
      expect(await overflow(small)).toEqual({ extra: 0, outside: [] });
      await small.context().close();
    });
  }

  it('shows the error of a tie from an actor to itself next to "To actor", on screen', async () => {
    const [actor] = (await api('GET', '/api/actors?limit=1')).body.items;
    await page.click('[data-testid="new-tie"]');
    await page.selectOption(`${field('sourceId')} select`, actor.id);
    await page.selectOption(`${field('targetId')} select`, actor.id);
    await page.click(`${dialog} button[type="submit"]`);
    const error = page.locator(`${field('targetId')} .field-error`);
    await eventually(() => error.isVisible()).toBe(true);
    const inView = await error.evaluate((element) => {
      const box = element.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= window.innerHeight && box.left >= 0 && box.right <= window.innerWidth;
    });
    expect(inView).toBe(true);
    await page.click(`${dialog} button:has-text("Cancel")`);
  });

  it('refuses an impossible date next to its field instead of saving "not set"', async () => {
    const [source, target] = (await api('GET', '/api/actors?limit=2')).body.items;
    const before = (await api('GET', `/api/ties?actor=${source.id}&limit=500`)).body.total;
    await page.click('[data-testid="new-tie"]');
    await page.selectOption(`${field('sourceId')} select`, source.id);
    await page.selectOption(`${field('targetId')} select`, target.id);
    // 30 February, typed as a user types it into the date field.
    await page.click(`${field('validFrom')} input`);
    await page.keyboard.type('02302026');
    await page.click(`${dialog} button[type="submit"]`);
    const error = page.locator(`${field('validFrom')} .field-error`);
    await eventually(() => error.isVisible()).toBe(true);
    expect(await error.textContent()).toMatch(/date does not exist/);
    expect(await page.isVisible(dialog)).toBe(true);
    expect((await api('GET', `/api/ties?actor=${source.id}&limit=500`)).body.total).toBe(before);
    await page.click(`${dialog} button:has-text("Cancel")`);
  });

  it('says "at most 5,000 characters" in plain words, not zod’s wording', async () => {
    await page.click('[data-testid="new-actor"]');
    await page.fill(`${field('name')} input`, 'Long Description Forum');
    await page.fill(`${field('description')} textarea`, 'x'.repeat(5_012));
    await page.click(`${dialog} button[type="submit"]`);
    const error = page.locator(`${field('description')} .field-error`);
    await eventually(() => error.isVisible()).toBe(true);
    const text = (await error.textContent()) ?? '';
    expect(text).toBe('At most 5,000 characters; this has 5,012.');
    expect(text).not.toMatch(/Too big|expected string|<=/);
    await page.click(`${dialog} button:has-text("Cancel")`);
  });
});

describe('notices', () => {
  it('an information notice leaves by itself', async () => {
    await page.click('[data-testid="new-actor"]');
    await page.fill(`${field('name')} input`, 'Riverside Notice Collective');
    await page.click(`${dialog} button[type="submit"]`);
    const notice = page.locator('[data-testid="notice"]');
    await eventually(() => notice.isVisible()).toBe(true);
    expect(await notice.textContent()).toContain('Riverside Notice Collective');
    await expect.poll(() => notice.isVisible(), { timeout: 12_000, interval: 200 }).toBe(false);
  });

  it('an error notice stays until closed', async () => {
    // Undoing the creation above fails: the database is unavailable for that request.
    await page.route('**/api/actors/**', (route) =>
      route.request().method() === 'DELETE'
        ? route.fulfill({
            status: 503,
            contentType: 'application/json',
            body: JSON.stringify({ error: { code: 'database_unavailable', message: 'The database is unavailable' } }),
          })
        : route.continue(),
    );
    await page.click('[data-testid="undo"]');
    const notice = page.locator('[data-testid="notice"]');
    await eventually(() => notice.textContent()).toMatch(/Could not undo/);
    await eventually(() => notice.isVisible()).toBe(true);
    await page.waitForTimeout(7_000);
    expect(await notice.isVisible()).toBe(true);
    await page.click('[data-testid="notice"] button[aria-label="Close this message"]');
    await eventually(() => notice.isVisible()).toBe(false);
    await page.unroute('**/api/actors/**');
  });
});

describe('undo history', () => {
  it('survives a reload of the tab, and undo still works after it', async () => {
    await page.click('[data-testid="new-actor"]');
    await page.fill(`${field('name')} input`, 'Hillside Reload Association');
    await page.click(`${dialog} button[type="submit"]`);
    await eventually(async () => (await api('GET', '/api/actors?text=Hillside%20Reload')).body.total).toBe(1);
    await page.reload();
    await page.waitForSelector('body[data-map-ready="true"]', { timeout: 90_000 });
    await eventually(() => page.getAttribute('[data-testid="undo"]', 'aria-label')).toBe('Undo create actor “Hillside Reload Association”');
    await page.click('[data-testid="undo"]');
    await eventually(async () => (await api('GET', '/api/actors?text=Hillside%20Reload')).body.total).toBe(0);
    await eventually(() => page.getAttribute('[data-testid="redo"]', 'aria-label')).toBe('Redo create actor “Hillside Reload Association”');
  });
});
