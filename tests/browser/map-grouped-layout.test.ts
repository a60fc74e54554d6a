/**
 * The "grouped by admin area" layout fits and reads (issue 13, point 10): on the demo data, on a
 * generated map of 2,000 actors in 60 areas and on one of 100 areas, at 1280x720, every group
 * (its caption and its actors) lies inside the map, no two groups' boxes intersect, every caption
 * is shown at a readable size, and an actor recorded in several areas sits in the group of the
 * area it is based in. Screenshots go to /work/notes/shots/bench13 when that folder exists.
 */
import { existsSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowserApp } from '../support/lifecycle.js';
import { loadDataset } from '../../server/seed/dataset-loader.js';
import { largeMap } from '../support/large-map.js';

const SHOTS = '/work/notes/shots/bench13';
const app = useBrowserApp();

interface Rect {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

interface GroupReport {
  map: Rect;
  groups: { key: string; caption: string; box: Rect; captionBox: Rect; hidden: boolean; fontPx: number; clipped: boolean }[];
  /** Actors in several areas whose drawn position is not in their based-in area's group. */
  misplaced: string[];
  multiArea: number;
}

/** Each group's box on screen: its caption and its actors (shapes, without labels), from the page. */
function readGroups(page: Page): Promise<GroupReport> {
  return page.evaluate(() => {
    const { cy } = (window as any).__actorMap;
    const container = cy.container().getBoundingClientRect();
    const groupOf = (data: any) => data.basedIn[0] ?? data.activeIn[0] ?? 'no-area';
    const boxes = new Map<string, any>();
    cy.nodes().forEach((node: any) => {
      const b = node.renderedBoundingBox({ includeLabels: false });
      const key = groupOf(node.data());
      const box = { x1: b.x1 + container.left, y1: b.y1 + container.top, x2: b.x2 + container.left, y2: b.y2 + container.top };
      const old = boxes.get(key);
      boxes.set(
        key,
        old
          ? { x1: Math.min(old.x1, box.x1), y1: Math.min(old.y1, box.y1), x2: Math.max(old.x2, box.x2), y2: Math.max(old.y2, box.y2) }
          : box,
      );
    });
    const groups = [...document.querySelectorAll<HTMLElement>('.map-caption[data-group]')].map((element) => {
      const key = element.dataset.group!;
      const r = element.getBoundingClientRect();
      const captionBox = { x1: r.left, y1: r.top, x2: r.right, y2: r.bottom };
      const nodes = boxes.get(key);
      const box = {
        x1: Math.min(nodes.x1, r.left),
        y1: Math.min(nodes.y1, r.top),
        x2: Math.max(nodes.x2, r.right),
        y2: Math.max(nodes.y2, r.bottom),
      };
      return {
        key,
        caption: element.textContent ?? '',
        box,
        captionBox,
        hidden: element.hidden,
        fontPx: parseFloat(getComputedStyle(element).fontSize),
        clipped: element.scrollHeight > element.clientHeight + 1,
      };
    });
    const byKey = new Map(groups.map((group) => [group.key, group]));
    const multi = cy.nodes().filter((node: any) => node.data('basedIn').length + node.data('activeIn').length > 1);
    const misplaced = multi
      .filter((node: any) => {
        const group = byKey.get(node.data('basedIn')[0]);
        if (!group) return node.data('basedIn').length > 0;
        const p = node.renderedPosition();
        const x = p.x + container.left;
        const y = p.y + container.top;
        return !(x >= group.box.x1 && x <= group.box.x2 && y >= group.box.y1 && y <= group.box.y2);
      })
      .map((node: any) => node.id());
    return {
      map: { x1: container.left, y1: container.top, x2: container.right, y2: container.bottom },
      groups,
      misplaced,
      multiArea: multi.length,
    };
  });
}

const intersects = (a: Rect, b: Rect) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

async function expectReadableGroups(page: Page, expectedGroups: number, shot: string): Promise<GroupReport> {
  const report = await readGroups(page);
  if (existsSync(SHOTS)) await page.screenshot({ path: `${SHOTS}/${shot}.png` });
  expect(report.groups).toHaveLength(expectedGroups);
  const overlapping: string[] = [];
  report.groups.forEach((a, i) =>
    report.groups.slice(i + 1).forEach((b) => intersects(a.box, b.box) && overlapping.push(`${a.caption} / ${b.caption}`)),
  );
  expect(overlapping).toEqual([]);
  const outside = report.groups.filter(
    (g) => g.box.x1 < report.map.x1 - 1 || g.box.y1 < report.map.y1 - 1 || g.box.x2 > report.map.x2 + 1 || g.box.y2 > report.map.y2 + 1,
  );
  expect(outside.map((g) => g.caption)).toEqual([]);
  expect(report.groups.filter((g) => g.hidden || g.fontPx < 11).map((g) => g.caption)).toEqual([]);
  expect(report.misplaced).toEqual([]);
  return report;
}

describe('grouped by admin area', () => {
  it(
    'fits the demo map on screen: groups apart, captions whole and readable, multi-area actors in their based-in area',
    { timeout: 120_000 },
    async () => {
      const page = await app.open('/?layout=by_area');
      const report = await expectReadableGroups(
        page,
        await page.evaluate(() => {
          const { cy } = (window as any).__actorMap;
          return new Set(cy.nodes().map((n: any) => n.data('basedIn')[0] ?? n.data('activeIn')[0] ?? 'no-area')).size;
        }),
        'by-area-demo',
      );
      // At the demo's scale no caption is cut short.
      expect(report.groups.filter((g) => g.clipped).map((g) => g.caption)).toEqual([]);
      expect(report.multiArea).toBeGreaterThan(0);
      await page.context().close();
    },
  );

  it.each([
    [60, 2000, 3000],
    [100, 2000, 2000],
  ])(
    'fits a generated map of %i areas and %i actors',
    async (areas, actors, ties) => {
      await app.server.reset();
      await loadDataset(app.server.db, largeMap(actors, ties, 7, { areas, activeElsewhere: true }));
      const page = await app.open('/?layout=by_area');
      const report = await expectReadableGroups(page, areas, `by-area-${areas}-areas`);
      expect(report.multiArea).toBeGreaterThanOrEqual(actors / 5);
      // One-line captions tell the districts apart: the words all their names share are left out.
      expect(new Set(report.groups.map((g) => g.caption)).size).toBe(areas);
      expect(report.groups.every((g) => /^\d+ \(\d+\)$/.test(g.caption) && !g.clipped)).toBe(true);
      await page.context().close();
    },
    180_000,
  );
});
