/**
 * Find and focus on the demo data: search by acronym, alias and Arabic name with the keyboard;
 * focus on an actor's neighbourhood to 1 and 2 steps (the rest faded); and the shortest paths
 * between two actors highlighted with their ties listed.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useBrowserApp } from '../support/lifecycle.js';
import { emphasised, eventually, searchAndOpen } from '../support/browser-app.js';
import { request } from '../support/http.js';

const app = useBrowserApp();
let page: Page;
let graph: { nodes: { data: any }[]; edges: { data: any }[] };

beforeAll(async () => {
  page = await app.open();
  graph = (await request(app.server.baseUrl, 'GET', '/api/graph')).body;
});

/** Actors within `depth` steps of `start` (ties both ways), worked out here from the API's graph. */
function within(start: string, depth: number): Set<string> {
  const seen = new Set([start]);
  let frontier = [start];
  for (let step = 0; step < depth; step++) {
    const next: string[] = [];
    for (const { data } of graph.edges) {
      for (const [a, b] of [
        [data.source, data.target],
        [data.target, data.source],
      ]) {
        if (frontier.includes(a) && !seen.has(b)) {
          seen.add(b);
          next.push(b);
        }
      }
    }
    frontier = next;
  }
  return seen;
}

describe('search', () => {
  it('finds an actor by acronym and opens it with Enter', async () => {
    await searchAndOpen(page, 'VWN');
    expect(await page.textContent('[data-testid="actor-name"]')).toBe("Veridia Women's Network");
    await eventually(() => page.url()).toContain('select=actor%3Avr-cso-vwn');
  });

  it('finds an actor by an alias the map does not carry, and by its Arabic name', async () => {
    await page.keyboard.press('Escape');
    await searchAndOpen(page, 'Al-Nour Association', 'جمعية النور للسلام');
    expect(await page.textContent('[data-testid="actor-name"]')).toBe('جمعية النور للسلام');
    expect(await page.getAttribute('[data-testid="actor-name"]', 'dir')).toBe('auto');
    await searchAndOpen(page, 'شباب دار');
    expect(await page.textContent('[data-testid="actor-name"]')).toBe('شباب دار نصرة من أجل السلام');
  });

  it('moves through results with the arrow keys', async () => {
    await page.fill('[data-testid="search"]', 'Veridia');
    await page.waitForSelector('#search-results [role="option"]');
    const first = await page.textContent('#search-results [aria-selected="true"]');
    await page.keyboard.press('ArrowDown');
    const second = await page.textContent('#search-results [aria-selected="true"]');
    expect(second).not.toBe(first);
    expect(await page.getAttribute('[data-testid="search"]', 'aria-activedescendant')).toBe('search-option-1');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid="actor-panel"]:not([hidden]) [data-testid="edit-actor"]');
    expect(second).toContain((await page.textContent('[data-testid="actor-name"]')) ?? '—');
  });
});

describe('focus', () => {
  it('keeps an actor and its neighbours to 1 and then 2 steps at full strength, the rest faded', async () => {
    await searchAndOpen(page, 'VCSP');
    await page.click('[data-focus-depth="1"]');
    await eventually(async () => (await emphasised(page)).nodes).toEqual([...within('vr-cso-civil-platform', 1)].sort());
    await page.click('[data-focus-depth="2"]');
    const two = within('vr-cso-civil-platform', 2);
    await eventually(async () => (await emphasised(page)).nodes).toEqual([...two].sort());
    expect(two.size).toBeGreaterThan(within('vr-cso-civil-platform', 1).size);
    expect(await page.textContent('[data-testid="focus-summary"]')).toContain(`${two.size - 1} actors within 2 steps`);
    await eventually(() => page.url()).toContain('focus=vr-cso-civil-platform%3A2');
  });

  it('zooms to the neighbourhood in the part of the map the panel leaves free, and the header counts it', async () => {
    const two = within('vr-cso-civil-platform', 2);
    await eventually(() => page.textContent('[data-testid="shown-count"]')).toContain(`In focus: ${two.size} actors`);
    await page.waitForTimeout(400); // the zoom is animated
    const outside = await page.evaluate(
      (ids) => {
        const { cy } = (window as any).__actorMap;
        const panel = document.querySelector('[data-testid="actor-panel"]') as HTMLElement;
        const free = cy.width() - (panel.hidden ? 0 : panel.offsetWidth);
        return ids.filter((id: string) => {
          const { x, y } = cy.getElementById(id).renderedPosition();
          return x < 0 || x > free || y < 0 || y > cy.height();
        });
      },
      [...two],
    );
    expect(outside).toEqual([]);
  });

  it('moves with the selection to another actor, keeping its depth', async () => {
    await searchAndOpen(page, 'VWN');
    await eventually(async () => (await emphasised(page)).nodes).toEqual([...within('vr-cso-vwn', 2)].sort());
    await eventually(() => page.url()).toContain('focus=vr-cso-vwn%3A2');
  });

  it('draws an actor created during a focus at full strength, and keeps the focus where it was', async () => {
    await page.click('[data-testid="new-actor"]');
    await page.fill('[data-testid="form-dialog"] [data-field="name"] input', 'Lakeshore Focus Collective');
    await page.click('[data-testid="form-dialog"] button[type="submit"]');
    const created = async () => (await request(app.server.baseUrl, 'GET', '/api/actors?text=Lakeshore%20Focus')).body.items[0]?.id;
    await eventually(created).toBeTruthy();
    const id = await created();
    await eventually(async () => (await emphasised(page)).nodes).toContain(id);
    expect(page.url()).toContain('focus=vr-cso-vwn%3A2');
    await request(app.server.baseUrl, 'DELETE', `/api/actors/${id}`);
  });
});

describe('path between two actors', () => {
  it('highlights the shortest paths and lists the ties along them', async () => {
    await searchAndOpen(page, 'VWN');
    await page.click('[data-testid="path-from-here"]');
    await searchAndOpen(page, 'IRCV');
    await page.click('[data-testid="path-to-here"]');
    await page.waitForSelector('[data-testid="path-summary"]');
    const onPath = await page.evaluate(() => {
      const { cy } = (window as any).__actorMap;
      return { nodes: cy.nodes('.is-on-path').map((n: any) => n.id()), edges: cy.edges('.is-on-path').map((e: any) => e.data()) };
    });
    expect(onPath.nodes).toContain('vr-cso-vwn');
    expect(onPath.nodes).toContain('vr-cso-interreligious-council');
    // Every highlighted tie joins two highlighted actors, and the listed ties are the highlighted ones.
    for (const edge of onPath.edges) {
      expect(onPath.nodes).toContain(edge.source);
      expect(onPath.nodes).toContain(edge.target);
    }
    const listed = await page.$$eval('[data-testid="path-ties"] [data-tie-id]', (items) => items.map((i) => i.getAttribute('data-tie-id')));
    expect(new Set(listed)).toEqual(new Set(onPath.edges.map((e: any) => e.id)));
    const summary = await page.textContent('[data-testid="path-summary"]');
    expect(summary).toMatch(/shortest paths? of \d+ ties?/);
  });
});
