/**
 * Filters on the demo data: each filter changes the drawn count to the number worked out from the
 * API's own data, the header says what is shown and hidden, and the legend lists exactly the kinds
 * drawn.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useBrowserApp } from '../support/lifecycle.js';
import { drawnCounts, eventually } from '../support/browser-app.js';
import { request } from '../support/http.js';

const app = useBrowserApp();
let page: Page;
let graph: { nodes: { data: any }[]; edges: { data: any }[] };

beforeAll(async () => {
  page = await app.open();
  graph = (await request(app.server.baseUrl, 'GET', '/api/graph')).body;
});

/** Expected counts: actors passing `keep`, and ties between them passing `keepTie`. */
function expected(keep: (n: any) => boolean, keepTie: (e: any) => boolean = () => true) {
  const ids = new Set(graph.nodes.filter((n) => keep(n.data)).map((n) => n.data.id));
  return { nodes: ids.size, edges: graph.edges.filter((e) => ids.has(e.data.source) && ids.has(e.data.target) && keepTie(e.data)).length };
}

async function tick(group: string, value: string): Promise<void> {
  const summary = page.locator(`[data-filter="${group}"] summary`);
  if (!(await page.locator(`[data-filter="${group}"][open]`).count())) await summary.click();
  await page.check(`#filter-${group}-${value}`);
}

async function clearFilters(): Promise<void> {
  await page.click('text=Clear all filters');
  await eventually(() => drawnCounts(page)).toEqual({ nodes: graph.nodes.length, edges: graph.edges.length });
}

describe('filters', () => {
  it('by kind: only civil society and donors are drawn, and the header counts what is hidden', async () => {
    await tick('kinds', 'civil_society');
    await tick('kinds', 'donor');
    const want = expected((n) => n.kind === 'civil_society' || n.kind === 'donor');
    await eventually(() => drawnCounts(page)).toEqual(want);
    const summary = await page.locator('[data-testid="shown-count"]');
    expect(await summary.getAttribute('data-actors-shown')).toBe(String(want.nodes));
    expect(await summary.textContent()).toContain(`Showing ${want.nodes} of ${graph.nodes.length} actors`);
    expect(await summary.textContent()).toContain(`${graph.nodes.length - want.nodes} actors`);
  });

  it('the legend lists exactly the kinds drawn', async () => {
    const kinds = await page.$$eval('[data-testid="legend"] [data-kind]', (items) => items.map((i) => i.getAttribute('data-kind')));
    expect(kinds).toEqual(['civil_society', 'donor']);
    const tieTypes = await page.$$eval('[data-testid="legend"] [data-tie-type]', (items) =>
      items.map((i) => i.getAttribute('data-tie-type')),
    );
    const drawnTypes = await page.evaluate(() => {
      const { cy } = (window as any).__actorMap;
      return [
        ...new Set(
          cy
            .edges()
            .filter((e: any) => !e.hasClass('is-hidden'))
            .map((e: any) => e.data('type')),
        ),
      ];
    });
    expect([...tieTypes].sort()).toEqual([...drawnTypes].sort());
  });

  it('by subtype', async () => {
    await clearFilters();
    await tick('subtypes', 'womens_group');
    await eventually(() => drawnCounts(page)).toEqual(expected((n) => n.subtype === 'womens_group'));
  });

  it('by admin area (based or active there)', async () => {
    await clearFilters();
    const area = graph.nodes.find((n) => n.data.basedIn.length > 0)!.data.basedIn[0];
    await tick('areas', area);
    await eventually(() => drawnCounts(page)).toEqual(expected((n) => n.basedIn.includes(area) || n.activeIn.includes(area)));
  });

  it('by output (actors the API ties to the output)', async () => {
    await clearFilters();
    const outputs = (await request(app.server.baseUrl, 'GET', '/api/outputs')).body;
    const output = outputs[0].id;
    const members = new Set(
      (await request(app.server.baseUrl, 'GET', `/api/graph?output=${output}`)).body.nodes.map((n: any) => n.data.id),
    );
    expect(members.size).toBeGreaterThan(0);
    await page.selectOption('[data-testid="filter-output"]', output);
    await eventually(() => drawnCounts(page)).toEqual(expected((n) => members.has(n.id)));
  });

  it('by stance, including "not assessed"', async () => {
    await clearFilters();
    await tick('stances', '-2');
    await tick('stances', 'none');
    await eventually(() => drawnCounts(page)).toEqual(expected((n) => n.stance === -2 || n.stance === null));
  });

  it('by do-no-harm role', async () => {
    await clearFilters();
    await tick('doNoHarm', 'divider');
    await eventually(() => drawnCounts(page)).toEqual(expected((n) => n.doNoHarmRole === 'divider'));
  });

  it('by tie type and by confidence: actors stay, ties go', async () => {
    await clearFilters();
    await tick('tieTypes', 'funds');
    await eventually(() => drawnCounts(page)).toEqual(
      expected(
        () => true,
        (e) => e.type === 'funds',
      ),
    );
    await clearFilters();
    await tick('confidence', 'confirmed');
    await eventually(() => drawnCounts(page)).toEqual(
      expected(
        () => true,
        (e) => e.confidence === 'confirmed',
      ),
    );
  });

  it('by date: only ties valid on that day, the same as GET /api/graph?at=', async () => {
    await clearFilters();
    const day = '2023-01-15';
    const fromApi = (await request(app.server.baseUrl, 'GET', `/api/graph?at=${day}`)).body;
    expect(fromApi.edges.length).toBeLessThan(graph.edges.length);
    await page.fill('[data-testid="filter-at"]', day);
    await page.dispatchEvent('[data-testid="filter-at"]', 'change');
    await eventually(() => drawnCounts(page)).toEqual({ nodes: fromApi.nodes.length, edges: fromApi.edges.length });
  });
});
