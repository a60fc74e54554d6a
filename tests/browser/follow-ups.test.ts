/**
 * Follow-up actions shown where they are needed (walkthrough S8), in Chromium on the demo data:
 * the actor panel lists each engagement's open follow-ups with their due dates, an overdue one
 * said in words ("overdue since ..."), the done ones counted; the Engagement analysis lists the
 * follow-ups due, overdue first, each linking to a participant's panel. Both pass the axe check.
 * Screenshots go to $FOLLOWUP_SHOTS when set (for a person to look at; not in the repository).
 */
import { seriousViolations } from '../support/axe.js';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useBrowserApp } from '../support/lifecycle.js';
import { eventually, searchAndOpen } from '../support/browser-app.js';
import { request } from '../support/http.js';

const app = useBrowserApp();
let page: Page;
let engagementId = '';
const ACTOR = 'vr-cso-vwn';
const PAST = '2020-01-15';
const FUTURE = '2099-06-30';
const SLOW = { timeout: 120_000 };
const shot = async (name: string) => {
  if (process.env.FOLLOWUP_SHOTS) await page.screenshot({ path: `${process.env.FOLLOWUP_SHOTS}/${name}.png` });
};

beforeAll(async () => {
  const api = (method: string, path: string, body?: unknown) => request(app.server.baseUrl, method, path, body);
  // Reuse the section and area of one of the actor's engagements, so the new one is well formed.
  const existing = (await api('GET', `/api/engagements?actor=${ACTOR}&limit=1`)).body.items[0];
  const created = await api('POST', '/api/engagements', {
    date: '2026-11-20',
    sectionId: existing.sectionId,
    actorIds: [ACTOR],
    format: 'meeting',
    areaId: existing.areaId,
    summary: 'Follow-up test meeting',
    followUps: [
      { text: 'Refer the threat report', due: PAST, done: false },
      { text: 'Share the minutes', due: FUTURE, done: false },
      { text: 'Book the room', due: PAST, done: true },
    ],
  });
  expect(created.status).toBe(201);
  engagementId = created.body.id;
  page = await app.open();
}, 180_000);

describe('follow-ups due', () => {
  it('the panel lists the open follow-ups with due dates, the overdue one in words, the done one counted', SLOW, async () => {
    await searchAndOpen(page, 'VWN');
    const item = page.locator(`[data-testid="engagement-list"] li[data-engagement-id="${engagementId}"]`);
    await eventually(() => item.count()).toBe(1);
    const block = item.locator('[data-testid="engagement-follow-ups"]');
    expect(await block.locator('.engagement-meta').textContent()).toBe('Follow-ups: 2 open, 1 done');
    // The panel writes a due date as the language does (issue 17); the date itself is in a <time>.
    expect(await block.locator('li').allTextContents()).toEqual([
      'Refer the threat report — overdue since Jan 15, 2020',
      'Share the minutes — due Jun 30, 2099',
    ]);
    expect(await block.locator('li').first().getAttribute('data-overdue')).toBe('true');
    await item.scrollIntoViewIfNeeded();
    await shot('panel-follow-ups');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('the Engagement tab lists the follow-ups due, overdue first, each leading to a participant', SLOW, async () => {
    await page.click('[data-testid="analyses-button"]');
    await page.click('[data-tab="engagement"]');
    const list = page.locator('[data-testid="analysis-follow-up-list"]');
    await eventually(() => list.count()).toBe(1);
    const overdueFlags = await list.locator('> li').evaluateAll((items) => items.map((li) => li.getAttribute('data-overdue')));
    expect(overdueFlags[0]).toBe('true');
    // Every overdue one before every other ('true' sorts after 'false').
    expect(overdueFlags).toEqual([...overdueFlags].sort().reverse());
    const ours = list.locator(`> li[data-engagement-id="${engagementId}"]`);
    expect(await ours.allTextContents()).toEqual([
      expect.stringContaining(`overdue since ${PAST} — Refer the threat report · engagement of 2026-11-20 with`),
      expect.stringContaining(`due ${FUTURE} — Share the minutes`),
    ]);
    expect(await page.textContent('[data-testid="analysis-follow-ups"] h3')).toMatch(/^Follow-ups due \(\d+\)$/);
    await page.locator('[data-testid="analysis-follow-ups"]').scrollIntoViewIfNeeded();
    await shot('tab-follow-ups');
    expect(await seriousViolations(page)).toEqual([]);
    await ours.first().locator('button[data-actor-id]').click();
    await eventually(() => page.locator(`[data-testid="engagement-list"] li[data-engagement-id="${engagementId}"]`).count()).toBe(1);
  });
});
