/**
 * The timeline and the diff view (issue 14), on the demo's two rounds. Choosing the first round
 * shows its map (the tie planted since is not drawn, the women's group has its old stance) under
 * a read-only banner: no edit controls, no bulk bar, Ctrl+Z refused, analyses asked with asOf.
 * "Back to today" restores today's map and the edit controls. An analyst creates, renames and
 * deletes a round. "Compare with previous round" (one click from the opening screen) shows the
 * diff: the planted changes named first and marked on the map, filters by kind, a change brief
 * link with the right ends, and a click on a change selects it. Axe and screenshots throughout.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectNoSeriousViolations } from '../support/axe.js';
import { waitForMap } from '../support/browser-app.js';
import { request } from '../support/http.js';
import { chooseFromMore } from '../support/more-menu.js';
import { DEMO_PATTERNS } from '../../server/seed/demo-scenario-patterns.js';
import { useBrowserApp } from '../support/lifecycle.js';

const app = useBrowserApp();
const shots = '/work/notes/shots/rui';
let page: Page;
let first: { id: string; name: string };
let latest: { id: string; name: string };
let planted: { tieId: string; women: { id: string; name: string; before: number; after: number }; governmentId: string };
const analysisUrls: string[] = [];

const hasElement = (id: string) => page.evaluate((key) => (window as any).__actorMap.cy.getElementById(key).nonempty(), id);
const classesOf = (id: string) => page.evaluate((key) => (window as any).__actorMap.cy.getElementById(key).classes() as string[], id);

beforeAll(async () => {
  const rounds = (await request(app.server.baseUrl, 'GET', '/api/rounds')).body.items as { id: string; name: string }[];
  [latest, first] = [rounds[0]!, rounds[1]!];
  const diff = (await request(app.server.baseUrl, 'GET', `/api/diff?from=${first.id}&to=${latest.id}`)).body;
  planted = {
    tieId: diff.named.newConflictPartyTies[0].id,
    women: diff.named.stanceShifts[0],
    governmentId: diff.named.doNoHarmShifts[0].id,
  };
  page = await app.open('/', { width: 1280, height: 800 });
  page.on('request', (sent) => {
    if (sent.url().includes('/api/analysis/')) analysisUrls.push(sent.url());
  });
}, 240_000);

describe('timeline', () => {
  it('shows a past round read-only, with a banner, and goes back to today', async () => {
    const ticks = await page.locator('[data-testid="timeline"] .timeline-tick-name').allTextContents();
    expect(ticks).toEqual([first.name, latest.name, 'Today']);
    expect(await page.getAttribute('[data-round="today"]', 'aria-pressed')).toBe('true');
    expect(await hasElement(planted.tieId)).toBe(true);

    await page.click(`[data-round="${first.id}"]`);
    await page.waitForFunction((id) => !(window as any).__actorMap.cy.getElementById(id).nonempty(), planted.tieId);
    const banner = await page.textContent('[data-testid="as-of-banner"]');
    expect(banner).toMatch(new RegExp(`^Showing the map as of ${first.name}, .+ — read-only · Back to today`));
    for (const testId of ['new-actor', 'new-tie', 'undo', 'redo', 'new-round'])
      expect(await page.locator(`[data-testid="${testId}"]`).isVisible(), testId).toBe(false);
    expect(await page.getByRole('button', { name: /^Draw tie$/ }).isVisible()).toBe(false);

    // The panel shows the record as it was: the old stance, no edit buttons, no revert.
    await page.fill('[data-testid="search"]', planted.women.name);
    await page.waitForSelector('#search-results [role="option"]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid="actor-panel"] dl.panel-fields');
    expect(await page.textContent('[data-testid="actor-panel"] dl.panel-fields')).toContain(`+${planted.women.before}`);
    expect(await page.locator('[data-testid="actor-panel"] [data-testid="edit-actor"]').count()).toBe(0);
    expect(await page.textContent('[data-testid="read-only-note"]')).toBe('This is the map of a past date: go back to today to change it.');
    // Shift-click on an actor chooses it for a bulk action today; in the past no bulk bar comes.
    const at = await page.evaluate((id) => (window as any).__actorMap.cy.getElementById(id).renderedPosition(), planted.women.id);
    const box = (await page.locator('[data-testid="map"]').boundingBox())!;
    await page.keyboard.down('Shift');
    await page.mouse.click(box.x + at.x, box.y + at.y);
    await page.keyboard.up('Shift');
    expect(await page.locator('[data-testid="bulk-bar"]').isVisible()).toBe(false);
    await page.locator('[data-testid="map"]').focus();
    await page.keyboard.press('Control+z');
    await page.waitForFunction(() => document.querySelector('[data-testid="notice"]')?.textContent?.includes('read-only'));

    // The analyses ask for the same point.
    await page.click('[data-testid="analyses-button"]');
    await page.waitForFunction(() => document.querySelector('[data-testid="analysis-panel"]:not([hidden])'));
    await expect.poll(() => analysisUrls.length, { timeout: 30_000 }).toBeGreaterThan(0);
    expect(analysisUrls.every((url) => url.includes(`asOf=${first.id}`))).toBe(true);
    await page.click('[data-testid="analyses-button"]');
    await page.screenshot({ path: `${shots}/timeline-past-1280.png` });
    await expectNoSeriousViolations(page, 'timeline in the past');

    await page.click('[data-testid="back-to-today"]');
    await page.waitForFunction((id) => (window as any).__actorMap.cy.getElementById(id).nonempty(), planted.tieId);
    expect(await page.isVisible('[data-testid="as-of-banner"]')).toBe(false);
    expect(await page.isVisible('[data-testid="new-actor"]')).toBe(true);
  }, 120_000);

  it('offers no coordination change in the past: no lead to assign, no benchmark status, no stance', async () => {
    await page.click(`[data-round="${first.id}"]`);
    await page.waitForSelector('[data-testid="as-of-banner"]:visible');
    await page.click('[data-testid="analyses-button"]');
    await page.click('[role="tab"][data-tab="coordination"]');
    const gap = DEMO_PATTERNS.coverageGap;
    const cell = `[data-testid="analysis-coordination-grid"] [data-output="${gap.outputId}"][data-area="${gap.areaIdWithoutLead}"]`;
    await page.click(cell);
    const detail = page.locator('[data-testid="analysis-cell-detail"]');
    await detail.waitFor();
    expect(await detail.locator('[data-testid^="assign-"]').count()).toBe(0);
    expect(await page.locator('[data-testid="as-of-banner"]').isVisible()).toBe(true);
    await page.screenshot({ path: `${shots}/past-coordination-1280.png` });
    await page.keyboard.press('Escape');
    await chooseFromMore(page, 'open-outputs');
    await page.waitForSelector('[data-testid="output-page"] [data-benchmark]');
    expect(await page.locator('[data-benchmark-edit]').count()).toBe(0);
    expect(await page.locator('[data-testid="stance-form"]').count()).toBe(0);
    await page.keyboard.press('Escape');
    // The analyses stay below the banner: "Back to today" is in sight with the panel open.
    await page.click('[data-testid="back-to-today"]');
    await page.waitForSelector('[data-testid="as-of-banner"]', { state: 'hidden' });
    // Today the same cell offers the lead again (the check asks each time, not once at start).
    if (!(await page.locator('[role="tab"][data-tab="coordination"]').isVisible())) await page.click('[data-testid="analyses-button"]');
    await page.click('[role="tab"][data-tab="coordination"]');
    await page.click(cell);
    await page.locator('[data-testid="analysis-cell-detail"] [data-testid="assign-lead"]').waitFor();
    await page.click('.an-close');
    await page.waitForSelector('[role="tab"][data-tab="coordination"]', { state: 'hidden' });
  }, 120_000);

  it('lets an analyst create, rename and delete a round', async () => {
    await page.click('[data-testid="new-round"]');
    await page.fill('[data-testid="form-dialog"] input[name="name"]', 'Mapping round test');
    await page.fill('[data-testid="form-dialog"] input[name="signedOffBy"]', 'Head of Office');
    await expectNoSeriousViolations(page, 'round form', { include: '[data-testid="form-dialog"]' });
    await page.screenshot({ path: `${shots}/round-form-1280.png` });
    await page.click('[data-testid="form-dialog"] button[type="submit"]');
    await page.waitForSelector('.timeline-tick:has-text("Mapping round test")');
    const created = (await request(app.server.baseUrl, 'GET', '/api/rounds')).body.items.find((r: any) => r.name === 'Mapping round test');
    expect(created.signedOffBy).toBe('Head of Office');

    await page.click(`[data-round="${created.id}"]`);
    await page.waitForSelector('[data-testid="edit-round"]:visible');
    await page.click('[data-testid="edit-round"]');
    await page.fill('[data-testid="form-dialog"] input[name="name"]', 'Mapping round renamed');
    await page.click('[data-testid="form-dialog"] button[type="submit"]');
    await page.waitForSelector('.timeline-tick:has-text("Mapping round renamed")');
    await page.waitForFunction(() =>
      document.querySelector('[data-testid="as-of-banner"]')?.textContent?.includes('Mapping round renamed'),
    );

    page.once('dialog', (dialog) => void dialog.accept());
    await page.click('[data-testid="delete-round"]');
    await page.waitForFunction(() => ![...document.querySelectorAll('.timeline-tick')].some((t) => t.textContent?.includes('renamed')));
    // The ticks are read again as soon as the round is gone; the map goes back to today just after.
    await page.waitForSelector('[data-testid="as-of-banner"]', { state: 'hidden', timeout: 15_000 });
    await waitForMap(page);

    // Round writes are on the undo history: undo brings the deleted round back, redo deletes it again.
    const ticksNamed = (text: string) => page.locator('.timeline-tick-name', { hasText: text }).count();
    expect(await page.getAttribute('[data-testid="undo"]', 'aria-label')).toBe('Undo delete round “Mapping round renamed”');
    await page.click('[data-testid="undo"]');
    await expect.poll(() => ticksNamed('Mapping round renamed')).toBe(1);
    await page.click('[data-testid="redo"]');
    await expect.poll(() => ticksNamed('Mapping round renamed')).toBe(0);
    expect((await request(app.server.baseUrl, 'GET', '/api/rounds')).body.items).toHaveLength(2);
  }, 120_000);
});

describe('timeline edges', () => {
  it('cuts a long round name with an ellipsis, its whole name in the title: the timeline keeps its width', async () => {
    await page.goto(`${app.server.baseUrl}/`);
    await waitForMap(page);
    const before = (await page.locator('#timeline').boundingBox())!;
    const name = 'Mapping round Q2 with a very long name for the whole country';
    expect(name).toHaveLength(60);
    const at = new Date(Date.now() - 30 * 86_400_000).toISOString();
    const round = (await request(app.server.baseUrl, 'POST', '/api/rounds', { name, at })).body;
    try {
      await page.goto(`${app.server.baseUrl}/`);
      await waitForMap(page);
      const tick = page.locator(`[data-round="${round.id}"]`);
      await tick.waitFor();
      expect(await tick.getAttribute('title')).toBe(name);
      expect(await page.getByRole('button', { name: new RegExp(`^${name}`) }).count()).toBe(1);
      const cut = await tick.locator('.timeline-tick-name').evaluate((element) => element.scrollWidth > element.clientWidth);
      expect(cut).toBe(true);
      const after = (await page.locator('#timeline').boundingBox())!;
      expect(after.width).toBe(before.width);
      expect(after.height).toBe(before.height);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      if (process.env.ACTOR_MAP_SHOTS) await page.screenshot({ path: `${process.env.ACTOR_MAP_SHOTS}/timeline-long-name.png` });
    } finally {
      await request(app.server.baseUrl, 'DELETE', `/api/rounds/${round.id}`);
    }
  }, 120_000);

  it('says why a date before any record shows an empty map, and that a future date shows today', async () => {
    await page.goto(`${app.server.baseUrl}/`);
    await waitForMap(page);
    await page.fill('[data-testid="timeline-date"]', '2001-01-15');
    await page.waitForSelector('[data-testid="as-of-note"]:visible');
    expect(await page.textContent('[data-testid="as-of-note"]')).toBe(
      'No record you may see existed on Jan 15, 2001: the map was empty then.',
    );
    expect(await page.evaluate(() => (window as any).__actorMap.cy.nodes().length)).toBe(0);
    if (process.env.ACTOR_MAP_SHOTS) await page.screenshot({ path: `${process.env.ACTOR_MAP_SHOTS}/timeline-empty-past.png` });
    await page.click('[data-testid="back-to-today"]');
    await page.waitForSelector('[data-testid="as-of-banner"]', { state: 'hidden' });
    await page.fill('[data-testid="timeline-date"]', '2099-03-01');
    await page.waitForFunction(() => document.querySelector('[data-testid="notice"]')?.textContent?.includes('in the future'));
    expect(await page.textContent('[data-testid="notice"]')).toContain('Mar 1, 2099 is in the future: showing today’s map.');
    expect(await page.isVisible('[data-testid="as-of-banner"]')).toBe(false);
    await page.waitForSelector('[data-testid="notice"]', { state: 'hidden', timeout: 20_000 });
  }, 120_000);
});

describe('diff view', () => {
  it('shows what changed since the previous round in one click, the planted changes named and marked', async () => {
    // The opening screen as a user finds it: nothing selected, no notice.
    if (await page.isVisible('[data-testid="actor-panel"]')) await page.click('.panel-close');
    await page.waitForSelector('[data-testid="notice"]', { state: 'hidden', timeout: 20_000 });
    await page.click('[data-testid="compare-rounds"]');
    await page.waitForSelector('[data-testid="diff-changes"]');
    expect(await page.textContent('[data-testid="as-of-banner"]')).toContain(latest.name);
    const named = await page.locator('[data-change-kind="named"]').allTextContents();
    expect(named.some((text) => text.startsWith('New tie to a party to the conflict'))).toBe(true);
    expect(named.some((text) => text.startsWith(`Stance shift: ${planted.women.name}`))).toBe(true);
    expect(named.some((text) => text.startsWith('Do-no-harm role shift'))).toBe(true);
    // The named changes come first.
    expect(await page.locator('.diff-entry').first().getAttribute('data-change-kind')).toBe('named');
    await page.waitForFunction((id) => (window as any).__actorMap.cy.getElementById(id).hasClass('diff-named'), planted.women.id);
    expect(await classesOf(planted.tieId)).toContain('diff-named');
    expect(await classesOf(planted.governmentId)).toContain('diff-named');
    const brief = new URL((await page.getAttribute('[data-testid="change-brief"]', 'href'))!, app.server.baseUrl);
    expect(brief.pathname).toBe('/api/briefings/changes');
    expect(Object.fromEntries(brief.searchParams)).toEqual({ from: first.id, to: latest.id, format: 'html' });
    await page.screenshot({ path: `${shots}/diff-view.png` });
    await expectNoSeriousViolations(page, 'diff view');

    // The lower sections, each drawn for what it is (not from the data's shape).
    const panelText = (await page.textContent('[data-testid="diff-panel"]'))!;
    expect(panelText).not.toMatch(/Output title|Is capital|\b0\.\d{4,}/);
    expect(panelText).toContain('Stance: +1 (supportive) → −2 (hostile)');
    const roles = await page.locator('[data-testid="diff-roles"] li').allTextContents();
    expect(roles).toEqual([expect.stringMatching(/^Added: .+ — Lead — .+ — .+$/)]);
    const moved = page.locator('[data-testid="diff-engagements"] [data-change-kind="changed"]');
    expect(await moved.count()).toBe(6);
    expect(await moved.first().textContent()).toMatch(/^Changed: Engagement of .+Admin area: Port Aurel Capital District → [A-Z]/);
    const gaps = await page.locator('[data-testid="diff-gaps"] li').allTextContents();
    expect(gaps.length).toBeGreaterThan(0);
    for (const gap of gaps) expect(gap).toMatch(/^Gap closed: .+ in .+$/);
    const capitalRow = await page.locator('[data-testid="diff-share-by-area"] tbody tr', { hasText: '(capital)' }).allTextContents();
    expect(capitalRow).toEqual([expect.stringMatching(/\(capital\)\d+(\.\d)?%\d+(\.\d)?%[−-]\d+(\.\d)? points$/)]);
    // A part with nothing in it says so instead of an empty heading.
    const bySide = page.locator('[data-testid="diff-share-by-side"]');
    if ((await bySide.locator('table').count()) === 0) expect(await bySide.textContent()).toContain('No change');
    await page.locator('[data-testid="diff-share"]').scrollIntoViewIfNeeded();
    if (process.env.ACTOR_MAP_SHOTS) await page.screenshot({ path: `${process.env.ACTOR_MAP_SHOTS}/diff-sections-en.png` });
    await expectNoSeriousViolations(page, 'diff view, lower sections', { include: '[data-testid="diff-panel"]' });

    // A filter hides that kind of change, in the list and on the map.
    await page.uncheck('[data-testid="diff-filter-named"]');
    expect(await page.locator('[data-change-kind="named"]:visible').count()).toBe(0);
    expect(await classesOf(planted.women.id)).not.toContain('diff-named');
    await page.check('[data-testid="diff-filter-named"]');

    // Clicking a change selects it.
    await page.locator('[data-change-kind="named"] button', { hasText: `Stance shift: ${planted.women.name}` }).click();
    await page.waitForFunction((name) => document.querySelector('[data-testid="actor-name"]')?.textContent === name, planted.women.name);
    await page.setViewportSize({ width: 1024, height: 800 });
    await page.screenshot({ path: `${shots}/diff-view-1024.png` });

    await page.click('[data-testid="close-diff"]');
    expect(await page.isVisible('[data-testid="diff-panel"]')).toBe(false);
  }, 120_000);

  it('draws what was removed since the previous round ghosted, from the earlier map', async () => {
    // An actor deleted after the latest round, then a new round: the comparison is the two latest.
    const gone = planted.women;
    expect((await request(app.server.baseUrl, 'DELETE', `/api/actors/${gone.id}`)).status).toBe(204);
    const round = await request(app.server.baseUrl, 'POST', '/api/rounds', { name: 'Round after a deletion' });
    expect(round.status).toBe(201);
    // The address still names the round the last comparison showed (a reload would keep it): open today's map.
    await page.goto(`${app.server.baseUrl}/`);
    await waitForMap(page);
    expect(await hasElement(gone.id)).toBe(false);
    await page.click('[data-testid="compare-rounds"]');
    await page.waitForSelector('[data-testid="diff-changes"]');
    expect(await page.textContent('[data-testid="diff-panel"] .diff-ends')).toContain('Round after a deletion');
    expect(await page.locator('[data-change-kind="removed"] button').allTextContents()).toContain(`Removed: ${gone.name}`);
    await page.waitForFunction((id) => (window as any).__actorMap.cy.getElementById(id).hasClass('diff-removed'), gone.id);
    // Its ties of the earlier round are ghosted too; the removed filter takes them off the map.
    const ghostTies = await page.evaluate(
      (id) => (window as any).__actorMap.cy.getElementById(id).connectedEdges('.diff-removed').length as number,
      gone.id,
    );
    expect(ghostTies).toBeGreaterThan(0);
    await page.uncheck('[data-testid="diff-filter-removed"]');
    expect(await classesOf(gone.id)).toContain('diff-off');
    // Closing the comparison reads the map again: the ghosts go.
    await page.click('[data-testid="close-diff"]');
    await page.waitForFunction((id) => !(window as any).__actorMap.cy.getElementById(id).nonempty(), gone.id);
  }, 120_000);
});
