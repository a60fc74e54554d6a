/**
 * The accessibility check every screen gets: axe with the WCAG 2.0/2.1 A and AA rules, failing on
 * serious and critical violations. The maps' canvases are left out (the network's Cytoscape
 * canvases and the area map's MapLibre canvas): they are pixels, not DOM; the #map element around
 * them carries an aria-label and points keyboard and screen-reader users to the search, panel and
 * tables, and the area map's legends and area list are HTML.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { expect } from 'vitest';
import type { Page } from 'playwright-core';

const WCAG_A_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Where to look: the whole page, or only inside `include` (a dialog, a bar). */
export interface AxeScope {
  include?: string;
}

/** One line per failing element: the rule, its impact, the element, and what axe says is wrong. */
export async function seriousViolations(page: Page, scope: AxeScope = {}): Promise<string[]> {
  let builder = new AxeBuilder({ page }).withTags(WCAG_A_AA).exclude('#map canvas').exclude('#geo-view canvas');
  if (scope.include) builder = builder.include(scope.include);
  const results = await builder.analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .flatMap((violation) =>
      violation.nodes.map(
        (node) =>
          `${violation.id} (${violation.impact}) at ${node.target.join(' ')}: ${node.failureSummary?.replace(/\s+/g, ' ') ?? violation.help}`,
      ),
    );
}

/** Fails the test with every serious violation on `screen`, each line prefixed with the screen's name. */
export async function expectNoSeriousViolations(page: Page, screen: string, scope: AxeScope = {}): Promise<void> {
  expect((await seriousViolations(page, scope)).map((line) => `${screen}: ${line}`)).toEqual([]);
}
