/**
 * The coordination grid in Chromium on the demo data: the planted gap (return and reintegration,
 * Eastern Marches) closes when a lead is assigned from the cell, reopens on undo and closes again
 * on redo; the role and mechanism forms pass axe; a mechanism is created from the tab. Then a
 * generated country of 100 level-2 areas: the grid shows the areas where anyone works, or a
 * chosen level and parent, states its scope, and keeps the output column in view.
 * Screenshots go to ROLES_SHOTS (a folder outside the repository) when it is set.
 */
import { seriousViolations } from '../support/axe.js';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { useBrowserApp } from '../support/lifecycle.js';
import { DEMO_PATTERNS } from '../../server/seed/demo-scenario-patterns.js';
import { DEMO_AREAS } from '../../server/seed/demo-scenario-names.js';
import { loadDataset } from '../../server/seed/dataset-loader.js';
import type { DatasetInput } from '../../server/contracts/index.js';
import { eventually, waitForMap } from '../support/browser-app.js';
import { request } from '../support/http.js';
import { chooseFromMore } from '../support/more-menu.js';

vi.setConfig({ testTimeout: 240_000 });

const app = useBrowserApp();
let page: Page;
const shots = process.env.ROLES_SHOTS;
const shoot = async (name: string) => {
  if (shots) await page.screenshot({ path: `${shots}/${name}.png` });
};
const gap = DEMO_PATTERNS.coverageGap;
const gapCell = () =>
  page.locator(`[data-testid="analysis-coordination-grid"] [data-output="${gap.outputId}"][data-area="${gap.areaIdWithoutLead}"]`);
const apiGaps = async () =>
  (await request(app.server.baseUrl, 'GET', '/api/analysis/coordination')).body.gaps.map((c: any) => `${c.outputId}|${c.areaId}`);

async function openCoordination(): Promise<void> {
  if ((await page.getAttribute('[data-testid="analyses-button"]', 'aria-expanded')) !== 'true')
    await page.click('[data-testid="analyses-button"]');
  await page.click('[role="tab"][data-tab="coordination"]');
  await page.waitForSelector('[data-testid="analysis-coordination-grid"]');
}

beforeAll(async () => {
  page = await app.open('/', { width: 1400, height: 900 });
});

describe('coordination grid on the demo', () => {
  it('closes the planted gap from the cell, reopens it on undo, closes it on redo', async () => {
    await openCoordination();
    expect(await gapCell().getAttribute('data-flags')).toContain('gap');
    await gapCell().click();
    const detail = page.locator('[data-testid="analysis-cell-detail"]');
    expect(await detail.textContent()).toContain('Lead: none');
    // Every agency in the detail links to its panel.
    expect(await detail.locator('[data-actor-id="iom"]').count()).toBe(1);
    await shoot('cell-detail');
    expect(await seriousViolations(page)).toEqual([]);

    await detail.locator('[data-testid="assign-lead"]').click();
    const dialog = page.locator('dialog[open]');
    await dialog.waitFor();
    expect(
      await dialog
        .locator('[data-field="areaIds"] [data-area-chip]')
        .evaluateAll((chips) => chips.map((c) => c.getAttribute('data-area-chip'))),
    ).toEqual([gap.areaIdWithoutLead]);
    // Without an agency the form says so at the field and sends nothing.
    await dialog.locator('button[type="submit"]').click();
    expect(await dialog.locator('[data-field="actorId"] .field-error').textContent()).toContain('Choose an agency');
    await dialog.locator('input[name="actorId"]').fill('unhcr');
    await page.keyboard.press('Enter');
    await shoot('assign-lead-form');
    expect(await seriousViolations(page)).toEqual([]);
    await dialog.locator('button[type="submit"]').click();
    await page.waitForSelector('dialog[open]', { state: 'detached' });

    await eventually(() => gapCell().getAttribute('data-flags')).not.toContain('gap');
    expect(await apiGaps()).toEqual([]);
    await eventually(() => detail.textContent()).toMatch(/Lead: Office of the United Nations High Commissioner for Refugees/);
    await shoot('gap-closed');

    await page.click('[data-testid="undo"]');
    await eventually(() => gapCell().getAttribute('data-flags')).toContain('gap');
    expect(await apiGaps()).toEqual([`${gap.outputId}|${gap.areaIdWithoutLead}`]);
    await page.click('[data-testid="redo"]');
    await eventually(() => gapCell().getAttribute('data-flags')).not.toContain('gap');
    await page.click('[data-testid="undo"]');
    await eventually(() => gapCell().getAttribute('data-flags')).toContain('gap');
  });

  it('creates a mechanism from the coordination tab', async () => {
    await openCoordination();
    await page.click('[data-testid="new-mechanism"]');
    const dialog = page.locator('dialog[open]');
    await dialog.waitFor();
    await dialog.locator('input[name="name"]').fill('Eastern Marches return working group');
    await dialog.locator('select[name="kind"]').selectOption('cluster');
    // Members, chair, outputs and areas are chip pickers: type, then Enter chooses the first match.
    const pick = async (name: string, typed: string) => {
      await dialog.locator(`input[name="${name}"]`).fill(typed);
      await dialog.locator(`[data-field="${name}"] [role="option"]`).first().waitFor();
      await page.keyboard.press('Enter');
    };
    await pick('memberIds', 'unhcr');
    await pick('memberIds', 'iom');
    await pick('chairId', 'unhcr');
    await pick('outputIds', 'return and reintegration');
    await pick('areaIds', 'eastern marches');
    await shoot('mechanism-form');
    expect(await seriousViolations(page)).toEqual([]);
    await dialog.locator('button[type="submit"]').click();
    await page.waitForSelector('dialog[open]', { state: 'detached' });
    await eventually(() => page.locator('[data-testid="mechanism-list"]').textContent()).toContain('Eastern Marches return working group');
    const listed = (await request(app.server.baseUrl, 'GET', `/api/mechanisms?output=${gap.outputId}&actor=unhcr`)).body.items;
    expect(listed.map((m: any) => [m.name, m.chairId, m.memberIds])).toContainEqual([
      'Eastern Marches return working group',
      'unhcr',
      ['iom', 'unhcr'],
    ]);
  });
});

describe('the grid follows changes that are not edits on the history', () => {
  it('a new admin area from the Areas dialog enters the scope it belongs to without a reload', async () => {
    await openCoordination();
    await page.selectOption('[data-testid="coordination-scope"] select[name="scope-mode"]', 'level');
    await page.selectOption('[data-testid="coordination-scope"] select[name="scope-level"]', '1');
    const statement = page.locator('[data-testid="coordination-scope-statement"]');
    await eventually(() => statement.textContent()).toContain(`Scope: ${DEMO_AREAS.length} areas of level 1`);
    await chooseFromMore(page, 'open-areas');
    await page.click('[data-testid="area-new"]');
    const form = '[data-testid="form-dialog"]';
    await page.fill(`${form} [data-field="name"] input`, 'Northern Reach');
    await page.fill(`${form} [data-field="pcode"] input`, 'VR09');
    await page.click(`${form} button[type="submit"]`);
    await page.waitForSelector(form, { state: 'detached' });
    await page.keyboard.press('Escape');
    await eventually(() => statement.textContent()).toContain(`Scope: ${DEMO_AREAS.length + 1} areas of level 1`);
    await page.selectOption('[data-testid="coordination-scope"] select[name="scope-mode"]', 'worked');
  });
});

/** 100 level-2 areas spread over the demo's level-1 areas, agencies working in 12 of them, and leads in 8. */
function generatedCountry(): DatasetInput {
  const parents = DEMO_AREAS.map((area) => area.id);
  const areas = Array.from({ length: 100 }, (_, i) => ({
    id: `gen-district-${i}`,
    name: `District ${String(i + 1).padStart(3, '0')}`,
    level: 2,
    parentId: parents[i % parents.length]!,
  }));
  const worked = areas.slice(0, 12).map((area) => area.id);
  return {
    meta: {
      name: 'Generated country',
      source: 'tests/browser/coordination-grid.test.ts',
      fictional: true,
      description: '100 level-2 areas',
    },
    areas,
    actors: worked.map((areaId, i) => ({ id: `gen-agency-${i}`, name: `District agency ${i + 1}`, kind: 'un_entity', activeIn: [areaId] })),
    outputRoles: worked
      .slice(0, 8)
      .map((areaId, i) => ({ actorId: `gen-agency-${i}`, outputId: gap.outputId, role: 'lead', areaIds: [areaId] })),
  } as DatasetInput;
}

describe('coordination grid at a country scale (100 level-2 areas)', () => {
  it('shows the areas where anyone works by default, a chosen level and parent on request, states the scope and keeps outputs in view', async () => {
    await loadDataset(app.server.db, generatedCountry());
    await page.reload();
    await waitForMap(page);
    await openCoordination();
    const statement = page.locator('[data-testid="coordination-scope-statement"]');
    expect(await statement.textContent()).toMatch(/where anyone works \(of 1\d\d admin areas\)/);
    const columns = () => page.locator('[data-testid="analysis-coordination-grid"] thead th').count();
    // The demo's areas and the 12 districts with an agency, not the 88 where nobody works.
    expect(await columns()).toBe(1 + DEMO_AREAS.length + 12);
    await shoot('country-worked-areas');

    await page.selectOption('[data-testid="coordination-scope"] select[name="scope-mode"]', 'level');
    await page.selectOption('[data-testid="coordination-scope"] select[name="scope-level"]', '2');
    // The server applies the scope: the grid is fetched again.
    await eventually(() => columns()).toBe(1 + 100);
    expect(await statement.textContent()).toContain('Scope: 100 areas of level 2');
    // Gaps are counted in scope only: the 92 districts without a lead for the output.
    expect(await page.textContent('[data-testid="analysis-coordination-summary"]')).toMatch(/^\d+ gaps/);
    const outputHeader = page.locator('[data-testid="analysis-coordination-grid"] tbody th').first();
    const before = await outputHeader.boundingBox();
    await page.locator('#analysis-coordination').evaluate((panel) => panel.scrollBy(4000, 600));
    const after = await outputHeader.boundingBox();
    expect(Math.abs((after?.x ?? 0) - (before?.x ?? 0))).toBeLessThan(20);
    await shoot('country-level-2-scrolled');

    const parent = DEMO_AREAS[1]!;
    const children = generatedCountry().areas!.filter((area) => area.parentId === parent.id).length;
    await page.selectOption('[data-testid="coordination-scope"] select[name="scope-parent"]', parent.id);
    await eventually(() => columns()).toBe(1 + children);
    expect(await statement.textContent()).toContain(`Scope: ${children} areas of level 2 in ${parent.name}`);
    await shoot('country-level-2-parent');
  });
});
