/**
 * The area picker of the actor form (#13 point 8), the Admin areas dialog and the output page, in
 * Chromium on the demo data: typed filtering by name and p-code, keyboard choice, removable chips,
 * accessible names, axe; areas created, edited and refused deletion with counts; a benchmark's
 * status and a stance changed and undone. Screenshots go to /work/notes/shots/areas when
 * AREAS_SHOTS is set (for a person to look at; not kept in the repository).
 */
import { seriousViolations } from '../support/axe.js';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useBrowserApp } from '../support/lifecycle.js';
import { eventually, waitForMap } from '../support/browser-app.js';
import { request } from '../support/http.js';
import { chooseFromMore } from '../support/more-menu.js';

const app = useBrowserApp();
let page: Page;
const api = (method: string, path: string, body?: unknown) => request(app.server.baseUrl, method, path, body);
const shots = process.env.AREAS_SHOTS;
const shot = async (name: string, target: Page = page) => {
  if (shots) await target.screenshot({ path: `${shots}/${name}.png` });
};
const form = '[data-testid="form-dialog"]';
const field = (name: string) => `${form} [data-field="${name}"]`;
const chips = (name: string) =>
  page.locator(`${field(name)} [data-area-chip]`).evaluateAll((nodes) => nodes.map((n) => (n as HTMLElement).dataset.areaChip));

beforeAll(async () => {
  page = await app.open();
  page.on('dialog', (confirm) => void confirm.accept());
}, 240_000);

describe('the area picker in the actor form', () => {
  it('filters by name and p-code, chooses with the keyboard, shows removable chips, and saves them', async () => {
    await page.click('[data-testid="new-actor"]');
    const box = page.locator(`${field('basedIn')} input[role="combobox"]`);
    // The label names the text box; the list is named too.
    expect(await page.locator(`${field('basedIn')} label`).textContent()).toBe('Based in');
    expect(await box.getAttribute('id')).toBe(await page.locator(`${field('basedIn')} label`).getAttribute('for'));
    await box.fill('marches');
    expect(await page.locator(`${field('basedIn')} [role="option"]`).allTextContents()).toEqual(['Eastern MarchesVR07']);
    await page.keyboard.press('Enter');
    await box.fill('vr0');
    expect(await page.locator(`${field('basedIn')} [role="option"]`).count()).toBe(8);
    // Grouped and sorted: Central Valley, Eastern Marches (chosen), Lake District...
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    expect(await chips('basedIn')).toEqual(['eastern-marches', 'lake-district']);
    await shot('picker-open');
    expect(await seriousViolations(page)).toEqual([]);
    // Backspace in the empty box takes the last chip off; the chip's button takes a named one off.
    await box.fill('');
    await page.keyboard.press('Backspace');
    expect(await chips('basedIn')).toEqual(['eastern-marches']);
    await page.fill(`${field('activeIn')} input[role="combobox"]`, 'lake');
    await page.keyboard.press('Enter');
    await page.fill(`${field('activeIn')} input[role="combobox"]`, 'delta');
    await page.keyboard.press('Enter');
    await page.click(`${field('activeIn')} button[aria-label="Remove Lake District"]`);
    expect(await chips('activeIn')).toEqual(['river-delta']);
    // Escape closes the list, not the form.
    await page.focus(`${field('activeIn')} input[role="combobox"]`);
    await page.keyboard.press('Escape');
    expect(await page.locator(form).count()).toBe(1);
    await page.fill(`${field('name')} input`, 'Marches Fishers Union');
    await page.click(`${form} button[type="submit"]`);
    await page.waitForSelector(form, { state: 'detached' });
    const found = (await api('GET', '/api/actors?text=Marches%20Fishers')).body.items;
    expect(found).toMatchObject([{ basedIn: ['eastern-marches'], activeIn: ['river-delta'] }]);
  });
});

describe('the Admin areas dialog', () => {
  it('creates an area under a parent, edits its names, and shows a refused delete with its counts', async () => {
    await chooseFromMore(page, 'open-areas');
    await page.waitForSelector('[data-testid="areas-dialog"] [data-area-row="eastern-marches"]');
    await page.click('[data-testid="area-new"]');
    await page.fill(`${field('name')} input`, 'Lower Marches');
    await page.fill(`${field('pcode')} input`, 'VR0701');
    await page.selectOption(`${field('parentId')} select`, 'eastern-marches');
    expect(await page.inputValue(`${field('level')} select`)).toBe('2');
    await page.fill(`${field('names')} textarea`, 'fr: Basses Marches\nar: المسيرات السفلى');
    await page.click(`${form} button[type="submit"]`);
    await page.waitForSelector(form, { state: 'detached' });
    const created = (await api('GET', '/api/areas')).body.find((a: { name: string }) => a.name === 'Lower Marches');
    expect(created).toMatchObject({
      pcode: 'VR0701',
      level: 2,
      parentId: 'eastern-marches',
      names: { fr: 'Basses Marches', ar: 'المسيرات السفلى' },
    });
    // The tree: the new district right after its region. The dialog reads the areas again after
    // the form closes, so wait for that redraw before reading the order.
    await page.waitForSelector(`[data-area-row="${created.id}"]`);
    const order = await page.locator('[data-area-row]').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.areaRow));
    expect(order[order.indexOf('eastern-marches') + 1]).toBe(created.id);
    // A p-code already used is refused next to its field.
    await page.click(`[data-area-edit="${created.id}"]`);
    await page.fill(`${field('pcode')} input`, 'VR01');
    await page.click(`${form} button[type="submit"]`);
    await eventually(() => page.locator(`${field('pcode')} .field-error`).textContent()).toContain(
      'already used by Port Aurel Capital District',
    );
    await page.click(`${form} button:text("Cancel")`);
    await page.click('[data-area-delete="eastern-marches"]');
    const status = page.locator('[data-testid="areas-status"]');
    await eventually(() => status.textContent()).toMatch(/^This area cannot be deleted: \d+ actors, .*1 child area point to it/);
    await shot('areas-dialog');
    expect(await seriousViolations(page)).toEqual([]);
    await page.click(`[data-area-delete="${created.id}"]`);
    await eventually(() => status.textContent()).toBe('Deleted Lower Marches.');
    await page.keyboard.press('Escape');
  });

  it('lists 100 areas as a tree and finds one by p-code', async () => {
    for (const region of ['north-highlands', 'southern-coast', 'western-plains', 'lake-district']) {
      await app.server.count(
        'MATCH (r:AdminArea {id: $region}) UNWIND range(1, 23) AS i CREATE (:AdminArea {id: $region + "-d" + i, name: r.name + " district " + i, pcode: r.pcode + right("0" + toString(i), 2), level: 2, parentId: $region, isCapital: false}) RETURN count(*)',
        { region },
      );
    }
    await page.reload();
    await waitForMap(page);
    page.on('dialog', (confirm) => void confirm.accept());
    await chooseFromMore(page, 'open-areas');
    await page.waitForSelector('[data-area-row="lake-district-d23"]');
    expect(await page.locator('[data-area-row]').count()).toBe(100);
    await shot('areas-dialog-100');
    await page.fill('#areas-find', 'VR0412');
    expect(await page.locator('[data-area-row]').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.areaRow))).toEqual([
      'western-plains-d12',
    ]);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await page.click('[data-testid="new-actor"]');
    await page.fill(`${field('basedIn')} input[role="combobox"]`, 'southern');
    await shot('picker-100');
    expect(await page.locator(`${field('basedIn')} [role="group"]`).count()).toBe(2);
    await page.keyboard.press('Escape');
    await page.click(`${form} button:text("Cancel")`);
  });
});

describe('the output page', () => {
  it('changes a benchmark’s status and a stance, and Undo puts them back', async () => {
    const [first] = (await api('GET', '/api/outputs')).body;
    const before = (await api('GET', `/api/outputs/${first.id}`)).body;
    const benchmark = before.benchmarks[0];
    await chooseFromMore(page, 'open-outputs');
    await page.waitForSelector(`[data-benchmark="${benchmark.id}"]`);
    await page.click(`[data-benchmark-edit="${benchmark.id}"]`);
    await page.selectOption(`${field('status')} select`, 'at_risk');
    await page.fill(`${field('statusDate')} input`, '2026-11-30');
    await page.fill(`${field('statusNote')} textarea`, 'Two districts without a return plan');
    await page.click(`${form} button[type="submit"]`);
    await page.waitForSelector(form, { state: 'detached' });
    const item = page.locator(`[data-benchmark="${benchmark.id}"]`);
    await eventually(() => item.textContent()).toContain('At risk');
    expect(await item.textContent()).toContain('as of Nov 30, 2026 — Two districts without a return plan');
    const [actor] = (await api('GET', '/api/actors?limit=1')).body.items;
    await page.selectOption('[data-testid="stance-form"] [data-field="actorId"] select', actor.id);
    await page.selectOption('[data-testid="stance-form"] [data-field="stance"] select', 'obstructs');
    await page.click('[data-testid="stance-form"] button[type="submit"]');
    await page.waitForSelector(`[data-stance="${actor.id}:${first.id}"]`);
    await shot('output-page');
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await page.click('[data-testid="undo"]');
    await eventually(async () =>
      (await api('GET', `/api/outputs/${first.id}`)).body.stances.some((s: { actorId: string }) => s.actorId === actor.id),
    ).toBe(false);
    await page.click('[data-testid="undo"]');
    await eventually(async () => (await api('GET', `/api/outputs/${first.id}`)).body.benchmarks[0]).toEqual(benchmark);
  });
});
