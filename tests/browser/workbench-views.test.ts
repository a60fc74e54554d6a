/**
 * The other views of the same selection: the power/interest grid places a known actor in the
 * right quadrant and selects it on click; the actors table and the map share the selection both
 * ways; tables sort; the layouts rearrange the map; and the page works with the keyboard alone
 * and at tablet width.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useBrowserApp } from '../support/lifecycle.js';
import { clickActorOnMap, eventually } from '../support/browser-app.js';

const app = useBrowserApp();
let page: Page;

beforeAll(async () => {
  page = await app.open();
});

describe('power/interest grid', () => {
  it('puts Veridia Women’s Network (influence 4, interest 5) in "Manage closely", inside that quadrant', async () => {
    await page.click('[data-mode="grid"]');
    const dot = page.locator('[data-testid="grid-view"] [data-actor-id="vr-cso-vwn"]');
    expect(await dot.getAttribute('data-quadrant')).toBe('manage_closely');
    const dotBox = (await dot.boundingBox())!;
    const area = (await page.locator('[data-quadrant-area="manage_closely"]').boundingBox())!;
    const cx = dotBox.x + dotBox.width / 2;
    const cy = dotBox.y + dotBox.height / 2;
    expect(cx).toBeGreaterThan(area.x);
    expect(cx).toBeLessThan(area.x + area.width);
    expect(cy).toBeGreaterThan(area.y);
    expect(cy).toBeLessThan(area.y + area.height);
    await dot.click();
    await eventually(() => page.textContent('[data-testid="actor-name"]')).toBe("Veridia Women's Network");
  });

  it('is one Tab stop; arrow keys move to the nearest dot that way, Enter selects it', async () => {
    const stops = await page.$$eval('[data-testid="grid-view"] [tabindex="0"]', (all) => all.map((e) => e.getAttribute('data-actor-id')));
    expect(stops).toEqual(['vr-cso-vwn']);
    await page.focus('[data-testid="grid-view"] [data-actor-id="vr-cso-vwn"]');
    const centre = () =>
      page.evaluate(() => {
        const box = (document.activeElement as Element).getBoundingClientRect();
        return { id: (document.activeElement as HTMLElement).dataset.actorId, x: box.x + box.width / 2, y: box.y + box.height / 2 };
      });
    const start = await centre();
    await page.keyboard.press('ArrowLeft');
    const left = await centre();
    expect(left.id).not.toBe(start.id);
    expect(left.x).toBeLessThan(start.x);
    await page.keyboard.press('ArrowDown');
    const down = await centre();
    expect(down.y).toBeGreaterThan(left.y);
    expect(await page.$$eval('[data-testid="grid-view"] [tabindex="0"]', (all) => all.length)).toBe(1);
    await page.keyboard.press('Enter');
    await eventually(() => page.getAttribute('[data-testid="grid-view"] .grid-dot[stroke-width="3"]', 'data-actor-id')).toBe(down.id);
  });

  it('labels the dots that fit, without labels covering each other or another dot', async () => {
    const layout = await page.evaluate(() => {
      const boxes = (selector: string) =>
        [...document.querySelectorAll(selector)].map((e) => ({
          id: (e as SVGElement).dataset.labelFor ?? (e as SVGElement).dataset.actorId,
          r: e.getBoundingClientRect(),
        }));
      return { labels: boxes('[data-testid="grid-view"] .grid-dot-label'), dots: boxes('[data-testid="grid-view"] .grid-dot') };
    });
    const hit = (a: DOMRect, b: DOMRect) => a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
    expect(layout.labels.length).toBeGreaterThan(10);
    for (const [i, a] of layout.labels.entries()) {
      for (const b of layout.labels.slice(i + 1)) expect(hit(a.r, b.r), `${a.id} / ${b.id}`).toBe(false);
      for (const dot of layout.dots) if (dot.id !== a.id) expect(hit(a.r, dot.r), `${a.id} over ${dot.id}`).toBe(false);
    }
  });
});

describe('map drawing', () => {
  it('zooms at a useful pace with the wheel, and draws no label over another actor', async () => {
    await page.click('[data-mode="map"]');
    // No selection: its neighbours' labels are always drawn (that is what the selection is for).
    if (await page.isVisible('[data-testid="actor-panel"] .panel-close')) await page.click('[data-testid="actor-panel"] .panel-close');
    await page.waitForTimeout(300);
    const zoomBefore = await page.evaluate(() => (window as any).__actorMap.cy.zoom());
    const box = (await page.locator('[data-testid="map"]').boundingBox())!;
    await page.mouse.move(box.x + box.width / 3, box.y + box.height / 2);
    for (let notch = 0; notch < 5; notch++) {
      await page.mouse.wheel(0, -100);
      await page.waitForTimeout(60);
    }
    const zoomAfter = await page.evaluate(() => (window as any).__actorMap.cy.zoom());
    // Five notches at least 1.4 times closer (Cytoscape's default: about 1.15).
    expect(zoomAfter / zoomBefore).toBeGreaterThan(1.4);

    for (const zoom of [1, 1.6]) {
      await page.evaluate((level) => {
        (window as any).__actorMap.cy.zoom(level);
      }, zoom);
      await page.waitForTimeout(200); // labels follow the zoom on the next frame
      const covered = await page.evaluate(() => {
        const { cy } = (window as any).__actorMap;
        const labelled = cy.nodes(':visible').filter((n: any) => n.style('label') !== '');
        const bodies = cy
          .nodes(':visible')
          .map((n: any) => ({ id: n.id(), box: n.boundingBox({ includeLabels: false, includeOverlays: false }) }));
        const overlaps: string[] = [];
        labelled.forEach((n: any) => {
          const label = n.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false });
          for (const other of bodies) {
            const b = other.box;
            if (other.id !== n.id() && label.x1 < b.x2 - 1 && b.x1 < label.x2 - 1 && label.y1 < b.y2 - 1 && b.y1 < label.y2 - 1)
              overlaps.push(`${n.id()} over ${other.id}`);
          }
        });
        return { labelled: labelled.length, overlaps };
      });
      expect(covered.labelled, `labels at zoom ${zoom}`).toBeGreaterThan(10);
      expect(covered.overlaps.join('; '), `at zoom ${zoom}`).toBe('');
    }
  });
});

describe('tables', () => {
  it('select a row and the map selects the actor; select on the map and the row is selected', async () => {
    await page.click('[data-mode="actors"]');
    await page.fill('[data-testid="actors-table-filter"]', 'Interreligious');
    await page.click('[data-select="vr-cso-interreligious-council"]');
    await eventually(() => page.getAttribute('[data-row-id="vr-cso-interreligious-council"]', 'aria-selected')).toBe('true');
    await page.click('[data-mode="map"]');
    expect(await page.evaluate(() => (window as any).__actorMap.cy.$('.is-selected').map((n: any) => n.id()))).toEqual([
      'vr-cso-interreligious-council',
    ]);
    await clickActorOnMap(page, 'vr-cso-civil-platform');
    await page.click('[data-mode="actors"]');
    await page.fill('[data-testid="actors-table-filter"]', 'Veridia Civil');
    await eventually(() => page.getAttribute('[data-row-id="vr-cso-civil-platform"]', 'aria-selected')).toBe('true');
  });

  it('sorts by influence, most influential first on the second click', async () => {
    await page.fill('[data-testid="actors-table-filter"]', '');
    await page.click('[data-testid="actors-table"] [data-sort="influence"]');
    await page.click('[data-testid="actors-table"] [data-sort="influence"]');
    expect(await page.getAttribute('[data-testid="actors-table"] th[aria-sort="descending"] button', 'data-sort')).toBe('influence');
    const firstInfluence = await page.textContent('[data-testid="actors-table"] tbody tr:first-child td:nth-child(5)');
    expect(firstInfluence).toBe('5');
  });
});

describe('layouts', () => {
  it('concentric and grouped layouts rearrange the map; pinned actors stay put', async () => {
    await page.click('[data-mode="map"]');
    await page.evaluate(() => {
      (window as any).__actorMap.cy.$id('vr-cso-vwn').position({ x: 9999, y: 9999 }).emit('dragfree');
    });
    const positions = () =>
      page.evaluate(() => Object.fromEntries((window as any).__actorMap.cy.nodes().map((n: any) => [n.id(), n.position()])));
    const before = await positions();
    for (const layout of ['concentric', 'by_kind', 'by_area']) {
      await page.selectOption('[data-testid="layout-select"]', layout);
      await page.waitForFunction(() => !document.body.dataset.layoutRunning);
      const after = await positions();
      const moved = Object.keys(after).filter((id) => after[id].x !== before[id].x || after[id].y !== before[id].y);
      expect(moved.length).toBeGreaterThan(100);
      expect(after['vr-cso-vwn']).toEqual({ x: 9999, y: 9999 });
      expect(await page.locator('.map-caption').count()).toBeGreaterThan(1);
    }
  });
});

describe('keyboard and small screens', () => {
  it('reaches search, selection, focus and the tables with the keyboard alone, with a visible focus', async () => {
    const keys = await app.open('/');
    await keys.keyboard.press('/');
    expect(await keys.evaluate(() => document.activeElement?.id)).toBe('actor-search');
    await keys.keyboard.type('IRCV');
    await keys.waitForSelector('#search-results [role="option"]');
    await keys.keyboard.press('Enter');
    await keys.waitForSelector('[data-testid="actor-panel"]:not([hidden]) [data-focus-depth="1"]');
    // Tab into the panel's focus buttons and press one.
    for (let i = 0; i < 30; i++) {
      if ((await keys.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.focusDepth)) === '1') break;
      await keys.keyboard.press('Tab');
    }
    const outline = await keys.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
    await keys.keyboard.press('Enter');
    await eventually(() => keys.url()).toContain('focus=vr-cso-interreligious-council%3A1');
    await keys.keyboard.press('Escape');
    await eventually(() => keys.isHidden('[data-testid="actor-panel"]')).toBe(true);
    await keys.close();
  });

  it('works at tablet width: filters fold behind a button, the map fills the width', async () => {
    const tablet = await app.open('/', { width: 820, height: 1100 });
    expect(await tablet.isVisible('#sidebar')).toBe(false);
    await tablet.click('#sidebar-toggle');
    expect(await tablet.isVisible('[data-testid="filters"]')).toBe(true);
    const mapWidth = await tablet.evaluate(() => (window as any).__actorMap.cy.width());
    expect(mapWidth).toBeGreaterThan(780);
    await tablet.close();
  });
});
