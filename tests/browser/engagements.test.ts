/**
 * Logging an engagement from the actor panel, in Chromium on the demo data: the form opens with
 * the actor preselected, a bad follow-up date is shown inline on its line, the logged engagement
 * appears first in the panel's list with its date as the last engagement, the engagement analysis
 * already shown counts it, and undo removes it (in the database and the list) and redo brings it
 * back. Screenshots go to $ENGAGE_SHOTS when set (for a person to look at; not in the repository).
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useBrowserApp } from '../support/lifecycle.js';
import { eventually, searchAndOpen } from '../support/browser-app.js';
import { request } from '../support/http.js';

const app = useBrowserApp();
let page: Page;
const api = (method: string, path: string) => request(app.server.baseUrl, method, path);
const ACTOR = 'vr-cso-vwn';
const DATE = '2027-01-15';
const field = (name: string) => `[data-testid="form-dialog"] [data-field="${name}"]`;
const shot = async (name: string) => {
  if (process.env.ENGAGE_SHOTS) await page.screenshot({ path: `${process.env.ENGAGE_SHOTS}/${name}.png` });
};

beforeAll(async () => {
  page = await app.open();
  page.on('dialog', (dialog) => void dialog.accept());
}, 180_000);

const loggedOn = async (date: string) =>
  ((await api('GET', `/api/engagements?actor=${ACTOR}&from=${date}&to=${date}`)).body.items as { id: string }[]).map((item) => item.id);
/** A day as the page writes it in English ("Mar 9, 2026"). */
const day = (date: string) => new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(date.slice(0, 10)));
const analysisCount = () => page.textContent('[data-testid="analysis-engagement"] .an-summary');

// A busy 2-core machine runs a browser, the app and Neo4j: each step gets room.
const SLOW = { timeout: 120_000 };

describe('engagements from the actor panel', () => {
  it('lists the actor’s engagements, newest first, with the date of the last one', SLOW, async () => {
    await searchAndOpen(page, 'VWN');
    const { body } = await api('GET', `/api/engagements?actor=${ACTOR}&limit=1`);
    expect(body.total).toBeGreaterThan(0);
    await eventually(() => page.textContent('[data-testid="engagement-last"]')).toBe(`Last engaged on ${day(body.items[0].date)}.`);
    expect(await page.getAttribute('[data-testid="engagement-last"] time', 'datetime')).toBe(body.items[0].date.slice(0, 10));
    expect(await page.getAttribute('[data-testid="engagement-list"] li:first-child', 'data-engagement-id')).toBe(body.items[0].id);
    await page.locator('[data-testid="actor-engagements"]').scrollIntoViewIfNeeded();
    await shot('panel-engagements');
  });

  it('logs an engagement; a bad follow-up date is shown on its line first', SLOW, async () => {
    // The engagement analysis, shown before the write, must count the new engagement after it.
    await page.click('[data-testid="analyses-button"]');
    await page.click('[data-tab="engagement"]');
    await eventually(analysisCount).toMatch(/engagements/);
    const before = await analysisCount();

    await page.click('[data-testid="log-engagement"]');
    await page.waitForSelector('[data-testid="form-dialog"][open]');
    expect(
      await page
        .locator(`${field('actorIds')} [data-actor-chip]`)
        .evaluateAll((chips) => chips.map((c) => c.getAttribute('data-actor-chip'))),
    ).toEqual([ACTOR]);
    await page.fill(`${field('date')} input`, DATE);
    await page.selectOption(`${field('sectionId')} select`, { index: 1 });
    await page.fill(`${field('summary')} textarea`, 'Browser-logged consultation on the women’s agenda');
    await page.fill(`${field('followUps')} textarea`, 'Share the notes; 2027-01-22\nCall back the chair; soon');
    await page.click('[data-testid="form-dialog"] button[type="submit"]');
    const error = page.locator(`${field('followUps')} .field-error`);
    await eventually(() => error.isVisible()).toBe(true);
    expect(await error.textContent()).toMatch(/^Line 2: /);
    await shot('log-engagement-error');
    expect(await loggedOn(DATE)).toEqual([]);

    await page.fill(`${field('followUps')} textarea`, 'Share the notes; 2027-01-22\nCall back the chair');
    await shot('log-engagement-form');
    await page.click('[data-testid="form-dialog"] button[type="submit"]');
    await page.waitForSelector('[data-testid="form-dialog"]', { state: 'detached' });
    await eventually(() => loggedOn(DATE).then((ids) => ids.length)).toBe(1);
    const [id] = await loggedOn(DATE);
    const logged = (await api('GET', `/api/engagements/${id}`)).body;
    expect(logged).toMatchObject({
      actorIds: [ACTOR],
      followUps: [
        { text: 'Share the notes', due: '2027-01-22', done: false },
        { text: 'Call back the chair', due: null },
      ],
    });
    await eventually(() => page.getAttribute('[data-testid="engagement-list"] li:first-child', 'data-engagement-id')).toBe(id);
    expect(await page.textContent('[data-testid="engagement-last"]')).toBe(`Last engaged on ${day(DATE)}.`);
    await eventually(analysisCount).not.toBe(before);
    await page.locator('[data-testid="actor-engagements"]').scrollIntoViewIfNeeded();
    await shot('panel-after-log');
  });

  it('undo removes the engagement, redo brings it back with the same id', SLOW, async () => {
    const [id] = await loggedOn(DATE);
    await page.click('[data-testid="undo"]');
    await eventually(async () => (await api('GET', `/api/engagements/${id}`)).status).toBe(404);
    // The panel's list; the open Engagement tab also lists the engagement's follow-ups by its id.
    const inPanel = () => page.locator(`[data-testid="engagement-list"] [data-engagement-id="${id}"]`).count();
    await eventually(inPanel).toBe(0);
    await page.click('[data-testid="redo"]');
    await eventually(async () => (await api('GET', `/api/engagements/${id}`)).status).toBe(200);
    await eventually(inPanel).toBe(1);
  });

  it('edits and deletes from the list; undo restores the deleted one', SLOW, async () => {
    const [id] = await loggedOn(DATE);
    await page.click(`[data-engagement-id="${id}"] button:has-text("Edit")`);
    await page.waitForSelector('[data-testid="form-dialog"][open]');
    await page.selectOption(`${field('format')} select`, 'workshop');
    await page.click('[data-testid="form-dialog"] button[type="submit"]');
    await page.waitForSelector('[data-testid="form-dialog"]', { state: 'detached' });
    await eventually(async () => (await api('GET', `/api/engagements/${id}`)).body.format).toBe('workshop');

    await page.click(`[data-engagement-id="${id}"] button:has-text("Delete")`);
    await eventually(async () => (await api('GET', `/api/engagements/${id}`)).status).toBe(404);
    await page.click('[data-testid="undo"]');
    await eventually(async () => (await api('GET', `/api/engagements/${id}`)).body.format).toBe('workshop');
  });
});
