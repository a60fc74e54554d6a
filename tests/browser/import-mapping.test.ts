/**
 * Correcting an import in the dialog (issue 12, section 3): a mis-guessed list of armed actors is
 * not "checked" but shows its doubts and the columns as read; the person maps the names and the
 * coded kinds and checks again; a row is then corrected to "same as" an actor of the map before
 * importing, and nothing new is created for it. axe checks the dialog with the mapping step and
 * the matches open; screenshots go to /work/notes/shots/matching/.
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { seriousViolations } from '../support/axe.js';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserApp, type BrowserApp } from '../support/browser-app.js';
import { chooseFromMore } from '../support/more-menu.js';

let app: BrowserApp;
let page: Page;
const SHOTS = '/work/notes/shots/matching';
const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/imports/${name}`, import.meta.url));
const finished = '[data-testid="import-report"]:not([data-status="validating"]):not([data-status="writing"])';

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  app = await startBrowserApp();
  page = await app.open();
  await page.setViewportSize({ width: 1280, height: 900 });
});
afterAll(async () => {
  await app?.close();
});

/** Upload only ever checks (walkthrough S1): writing is the separate Import button of the review. */
async function upload(file: string | { name: string; mimeType: string; buffer: Buffer }) {
  if ((await page.locator('[data-testid="import-dialog"]').count()) === 0) await chooseFromMore(page, 'open-import');
  await page.setInputFiles('[data-testid="import-file"]', file);
  await page.click('[data-testid="import-submit"]');
  await page.waitForSelector(finished, { timeout: 60_000 });
}

const dialogViolations = () => seriousViolations(page, { include: '[data-testid="import-dialog"]' });

describe('correcting a mapping in the import dialog', () => {
  it('shows the doubts of a mis-guessed reading, and reads the file once the person maps names and coded kinds', async () => {
    await upload(fixture('armed-groups-misguessed.csv'));
    expect(await page.getAttribute('[data-testid="import-report"]', 'data-status')).toBe('needs_mapping');
    expect(await page.textContent('[data-testid="import-outcome"]')).not.toMatch(/Checked/);
    expect(await page.textContent('[data-testid="import-doubts"]')).toMatch(/40 rows name only 4 actors/);
    expect(await page.textContent('[data-testid="mapping-columns"] tr[data-letter="C"]')).toMatch(/Admin level 1/);
    expect(await dialogViolations()).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/1-doubts.png`, fullPage: true });
    await page.selectOption('[data-testid="mapping-step"] select[data-field="org"]', 'B');
    await page.selectOption('[data-testid="mapping-step"] select[data-field="kind"]', 'A');
    await page.selectOption('[data-testid="mapping-step"] select[data-field="adm1"]', '');
    await page.click('.mapping-extras summary');
    await page.fill(
      '[data-testid="mapping-kind-values"]',
      'Rebel group = conflict_party\nPolitical militia = conflict_party\nIdentity militia = conflict_party\nState forces = government',
    );
    await page.click('[data-testid="mapping-check"]');
    await page.waitForSelector('[data-testid="import-report"][data-status="validated"]', { timeout: 60_000 });
    expect(await page.textContent('[data-testid="import-outcome"]')).toMatch(/^Checked/);
    expect(await page.locator('[data-testid="import-matches"] tr[data-status="created"]').count()).toBe(40);
    expect(await page.locator('[data-testid="mapping-columns"] tr[data-letter="A"]').textContent()).toMatch(/Kind/);
    await page.screenshot({ path: `${SHOTS}/2-remapped.png`, fullPage: true });
    expect(await app.server.count("MATCH (a:Actor) WHERE a.name STARTS WITH 'Group ' RETURN count(a)")).toBe(0);
  });

  it('imports a row as "same as" an actor of the map, as the person chose', async () => {
    const name = await app.server.count("MATCH (a:Actor) WHERE a.acronym = 'UNHCR' RETURN count(a)");
    expect(name).toBe(1);
    const table = 'Organisation,Sector\nRefugee Office Veridia,Protection\nUNICEF,Education\n';
    await upload({ name: 'partners.csv', mimeType: 'text/csv', buffer: Buffer.from(table) });
    expect(await page.getAttribute('[data-testid="import-matches"] tr[data-name="UNICEF"]', 'data-status')).toBe('matched');
    expect(await page.getAttribute('[data-testid="import-matches"] tr[data-name="Refugee Office Veridia"]', 'data-status')).toBe('created');
    await page.fill(
      '[data-testid="import-matches"] tr[data-name="Refugee Office Veridia"] input',
      'Office of the United Nations High Commissioner for Refugees',
    );
    expect(await dialogViolations()).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/3-same-as.png`, fullPage: true });
    await page.click('[data-testid="import-write"]');
    await page.waitForSelector('[data-testid="import-report"][data-status="imported"]', { timeout: 60_000 });
    expect(await app.server.count("MATCH (a:Actor) WHERE a.name = 'Refugee Office Veridia' RETURN count(a)")).toBe(0);
    expect(await app.server.count("MATCH (a:Actor {acronym: 'UNHCR'}) WHERE 'Refugee Office Veridia' IN a.aliases RETURN count(a)")).toBe(
      1,
    );
    await page.screenshot({ path: `${SHOTS}/4-imported.png`, fullPage: true });
  });
});
