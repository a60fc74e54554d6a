/**
 * Importing through the dialog, checked in the database: a valid 3W file imports its 3 actors
 * and they are drawn; an invalid one is refused with every problem located (line 3) and nothing
 * written; the real 3W table checked in a dry run shows its progress and the duplicate names for a
 * person to confirm, writing nothing; a table with unknown columns goes through the mapping step.
 */
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useBrowserApp } from '../support/lifecycle.js';
import { eventually } from '../support/browser-app.js';
import { FIXTURES_DIR, THREE_W } from '../support/transfers/transfer-client.js';
import { chooseFromMore } from '../support/more-menu.js';

const app = useBrowserApp();
let page: Page;

const actorCount = () => app.server.count('MATCH (a:Actor) RETURN count(a)');
const drawnNodes = () => page.evaluate(() => (window as any).__actorMap.cy.nodes().length as number);
const fixture = (name: string) => fileURLToPath(new URL(name, FIXTURES_DIR));

beforeAll(async () => {
  page = await app.open();
});

const FINISHED = '[data-testid="import-report"]:not([data-status="validating"]):not([data-status="writing"])';

/**
 * Open the dialog from the toolbar, choose the file and upload it: that only checks it (walkthrough
 * S1). Unless `dryRun`, a checked file is then written with the review's separate Import button
 * (ticking "Create the areas the map lacks" when `createAreas`). Returns the final report's status.
 */
async function importFile(
  file: string | { name: string; mimeType: string; buffer: Buffer },
  options: { dryRun?: boolean; createAreas?: boolean } = {},
) {
  if ((await page.locator('[data-testid="import-dialog"]').count()) === 0) await chooseFromMore(page, 'open-import');
  await page.setInputFiles('[data-testid="import-file"]', file);
  await page.click('[data-testid="import-submit"]');
  await page.waitForSelector(FINISHED, { timeout: 60_000 });
  const checked = await page.getAttribute('[data-testid="import-report"]', 'data-status');
  if (checked !== 'validated' || options.dryRun) return checked;
  if (options.createAreas) await page.check('[data-testid="import-create-areas"]');
  await page.click('[data-testid="import-write"]');
  await page.waitForSelector(`${FINISHED}:not([data-status="validated"])`, { timeout: 60_000 });
  return page.getAttribute('[data-testid="import-report"]', 'data-status');
}

async function closeDialog() {
  await page.keyboard.press('Escape');
  await page.waitForSelector('[data-testid="import-dialog"]', { state: 'detached' });
}

describe('import dialog', () => {
  it('opens from the keyboard, focuses the file chooser, and Escape returns focus to the button', async () => {
    await chooseFromMore(page, 'open-import', 'keyboard');
    await page.waitForSelector('[data-testid="import-dialog"]');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('import-file');
    await closeDialog();
    // Import is in the toolbar's More menu: the focus comes back to its button.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('more-menu-button');
  });

  it('imports input-valid.csv: the report says imported with its counts, and the map gains the one actor it did not hold', async () => {
    const before = await actorCount();
    const drawnBefore = await drawnNodes();
    expect(await importFile(fixture('input-valid.csv'), { createAreas: true })).toBe('imported');
    expect(await page.textContent('[data-testid="import-outcome"]')).toMatch(
      /^Imported: 1 new actor, 2 actors of the map updated; 7 new admin areas\./,
    );
    expect(await page.getAttribute('[data-testid="import-counts"] [data-count="actors"]', 'data-new')).toBe('1');
    expect(await page.getAttribute('[data-testid="import-counts"] [data-count="actors"]', 'data-matched')).toBe('2');
    expect(await page.textContent('[data-testid="import-counts"] [data-count="areas"]')).toBe('7');
    // "ACNUR" (an alias of UNHCR) and "UNICEF" are the demo map's reference agencies: only the third is new.
    expect(await actorCount()).toBe(before + 1);
    await eventually(drawnNodes).toBe(drawnBefore + 1);
    await closeDialog();
  });

  it('refuses input-invalid.csv: the problems table shows line 3 and its reason, and nothing is written', async () => {
    const before = await app.server.countMapNodes();
    expect(await importFile(fixture('input-invalid.csv'))).toBe('refused');
    expect(await page.textContent('[data-testid="import-outcome"]')).toMatch(/Refused: nothing was written/);
    const rows = await page.$$eval('[data-testid="import-problems"] tbody tr', (trs) =>
      trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)),
    );
    expect(rows.length).toBeGreaterThanOrEqual(1);
    expect(rows[0]?.[0]).toBe('3');
    expect(rows[0]?.[2]).toMatch(/hashtags without their "#"/);
    expect(await app.server.countMapNodes()).toBe(before);
    await page.screenshot({ path: 'docs/screenshots/import-report.png' });
    await closeDialog();
  });

  it('checks the 3W table in a dry run: shows progress, the agencies matched, duplicate suggestions, and writes nothing', async () => {
    const before = await app.server.countMapNodes();
    // Record every progress state drawn while the job is followed.
    await page.evaluate(() => {
      const seen: string[] = ((window as any).__progressSeen = []);
      new MutationObserver(() => {
        const progress = document.querySelector('[data-testid="import-progress"]');
        const state = progress ? `${progress.getAttribute('data-status')}|${progress.textContent}` : null;
        if (state && seen.at(-1) !== state) seen.push(state);
      }).observe(document.body, { childList: true, subtree: true });
    });
    expect(await importFile(fileURLToPath(THREE_W), { dryRun: true })).toBe('validated');
    const seen: string[] = await page.evaluate(() => (window as any).__progressSeen);
    expect(seen[0]).toMatch(/^validating\|/);
    expect(seen.at(-1)).toMatch(/^validated\|2,250 of 2,250 rows validated/);
    expect(await page.textContent('[data-testid="import-progress"]')).toContain('2,250 of 2,250 rows validated');
    expect(await page.getAttribute('[data-testid="import-progress"] progress', 'value')).toBe('2250');
    expect(await page.textContent('[data-testid="import-outcome"]')).toMatch(/Nothing has been written yet/);
    // Its countries and regions are not the map's: the verdict is not a plain green "can be imported", it counts the warnings to read.
    const warnings = await page.locator('[data-testid="import-warnings"] tbody tr').count();
    expect(warnings).toBeGreaterThan(0);
    expect(await page.textContent('[data-testid="import-outcome"]')).toMatch(
      new RegExp(`^Checked: the file can be imported, but read its ${warnings} warnings below first`),
    );
    expect(await page.getAttribute('[data-testid="import-outcome"]', 'class')).toContain('import-outcome-info');
    // 267 spellings fold to 257 organisations; UNHCR, UNICEF, WFP, IOM (3 spellings), UN Women, UNFPA, UNESCO and UNDP are the map's:
    // 255 records, split into new ones and the map's; the 3 IOM spellings are one actor, which the report explains.
    const split = await page.$eval('[data-testid="import-counts"] [data-count="actors"]', (dd) => [
      Number(dd.getAttribute('data-new')),
      Number(dd.getAttribute('data-matched')),
    ]);
    expect(split[0]! + split[1]!).toBe(255);
    expect(split[1]).toBeGreaterThanOrEqual(8);
    expect(await page.textContent('[data-testid="import-matched-note"]')).toMatch(/names of the file matched \d+ actors of the map/);
    expect(await page.getAttribute('[data-testid="import-matches"] tr[data-name="UNHCR"]', 'data-status')).toBe('matched');
    expect(await page.textContent('[data-testid="import-report"]')).toContain('Possible duplicates — confirm by hand');
    const pairs = await page.$$eval('[data-testid="import-duplicates"] tbody tr', (trs) =>
      trs.map(
        (tr) =>
          `${tr.getAttribute('data-reason')}: ${[...tr.querySelectorAll('td')]
            .slice(1)
            .map((td) => td.firstChild?.textContent)
            .sort()
            .join(' / ')}`,
      ),
    );
    // What folding cannot tell (an acronym, a near spelling) is still put to a person.
    expect(pairs.some((pair) => pair.startsWith('acronym: ') || pair.startsWith('spelling: '))).toBe(true);
    expect(await app.server.countMapNodes()).toBe(before);
    await closeDialog();
  });

  it('asks for a mapping when no column is recognised, and imports with the mapping chosen', async () => {
    const table = 'Who,Where,What\nAlpha Relief Browser,North,Food\nBeta Aid Browser,South,Shelter\n';
    const file = { name: 'unknown-columns.csv', mimeType: 'text/csv', buffer: Buffer.from(table) };
    expect(await importFile(file, { dryRun: true })).toBe('needs_mapping');
    const samples = await page.textContent('[data-testid="mapping-columns"]');
    expect(samples).toContain('Alpha Relief Browser · Beta Aid Browser');
    expect(await app.server.count("MATCH (a:Actor) WHERE a.name ENDS WITH 'Browser' RETURN count(a)")).toBe(0);
    await page.selectOption('[data-testid="mapping-step"] select[data-field="org"]', 'A');
    await page.selectOption('[data-testid="mapping-step"] select[data-field="adm1"]', 'B');
    await page.selectOption('[data-testid="mapping-step"] select[data-field="sector"]', 'C');
    await page.click('[data-testid="mapping-check"]');
    await page.waitForSelector('[data-testid="import-report"][data-status="validated"]', { timeout: 30_000 });
    expect(await app.server.count("MATCH (a:Actor) WHERE a.name ENDS WITH 'Browser' RETURN count(a)")).toBe(0);
    await page.click('[data-testid="import-write"]');
    await page.waitForSelector('[data-testid="import-report"][data-status="imported"]', { timeout: 30_000 });
    expect(await app.server.count("MATCH (a:Actor) WHERE a.name ENDS WITH 'Browser' RETURN count(a)")).toBe(2);
    await closeDialog();
  });
});
