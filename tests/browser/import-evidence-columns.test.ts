/**
 * Who says so, in the import dialog (issue 15): the mapping step offers the source, reliability,
 * credibility and date-observed columns, suggests the ones with usual header names, lets the
 * person map the others, and the import grades the claim of each row's tie with them. In Arabic
 * the new fields are worded in Arabic, right to left, and nothing runs out of the dialog.
 * Screenshots go to /tmp/shots-evidence-import/.
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from '../support/axe.js';
import { useBrowserApp } from '../support/lifecycle.js';
import { chooseFromMore } from '../support/more-menu.js';

const app = useBrowserApp();
const SHOTS = '/tmp/shots-evidence-import';
const FINISHED = '[data-testid="import-report"]:not([data-status="validating"]):not([data-status="writing"])';
const STEP = '[data-testid="mapping-step"]';
const EVIDENCE_FIELDS = ['source', 'sourceReliability', 'credibility', 'observedAt'];
// "Reliability" and "Source" are usual names; "Cred." and "Seen" are not, and are mapped by hand.
const TABLE = [
  'Name,External id,Parent,Source,Reliability,Cred.,Seen',
  'Ridge Front,RF-1,,,,,',
  'Ridge Front Splinter,RF-2,RF-1,Panel report 4,B,2,2026-01-15',
].join('\n');

async function uploadTable(page: Page): Promise<void> {
  await chooseFromMore(page, 'open-import');
  await page.setInputFiles('[data-testid="import-file"]', { name: 'ridge.csv', mimeType: 'text/csv', buffer: Buffer.from(TABLE) });
  await page.click('[data-testid="import-submit"]');
  await page.waitForSelector(FINISHED, { timeout: 90_000 });
}

describe('the evidence columns in the import dialog', { timeout: 300_000 }, () => {
  it('offers them, suggests the usual headers, takes the person’s mapping of the others, and grades the claim', async () => {
    mkdirSync(SHOTS, { recursive: true });
    const page = await app.open('/', { width: 1280, height: 900 });
    await uploadTable(page);
    for (const field of EVIDENCE_FIELDS) expect(await page.locator(`${STEP} select[data-field="${field}"]`).count(), field).toBe(1);
    expect(await page.inputValue(`${STEP} select[data-field="source"]`)).toBe('D');
    expect(await page.inputValue(`${STEP} select[data-field="sourceReliability"]`)).toBe('E');
    expect(await page.inputValue(`${STEP} select[data-field="credibility"]`)).toBe('');
    expect(await page.textContent(`${STEP} label[for="mapping-sourceReliability"]`)).toMatch(/Source reliability/);
    await page.selectOption(`${STEP} select[data-field="credibility"]`, 'F');
    await page.selectOption(`${STEP} select[data-field="observedAt"]`, 'G');
    await page.click('[data-testid="mapping-check"]');
    await page.waitForSelector(`${FINISHED}[data-status="validated"]`, { timeout: 90_000 });
    expect(await page.textContent('[data-testid="mapping-columns"] tr[data-letter="F"]')).toMatch(/Credibility of the information/);
    expect(await seriousViolations(page, { include: '[data-testid="import-dialog"]' })).toEqual([]);
    await page.locator(STEP).screenshot({ path: `${SHOTS}/en-mapping.png` });
    await page.click('[data-testid="import-write"]');
    await page.waitForSelector(`${FINISHED}[data-status="imported"]`, { timeout: 90_000 });
    expect(
      await app.server.count(
        `MATCH (:Actor {name: 'Ridge Front Splinter'})-[t]->(:Actor {name: 'Ridge Front'})
         MATCH (c:Claim {tieId: t.id})-[:FROM_SOURCE]->(s:Source {title: 'Panel report 4', reliability: 'B'})
         WHERE c.credibility = 2 AND c.observedAt = '2026-01-15' RETURN count(c)`,
      ),
    ).toBe(1);
  });

  it('words the new fields in Arabic, right to left, inside the dialog', async () => {
    const page = await app.open('/?lang=ar', { width: 1280, height: 900 });
    await uploadTable(page);
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    expect(await page.textContent(`${STEP} label[for="mapping-sourceReliability"]`)).toMatch(/موثوقية المصدر/);
    expect(await page.textContent(`${STEP} label[for="mapping-observedAt"]`)).toMatch(/تاريخ الرصد/);
    await page.locator(STEP).screenshot({ path: `${SHOTS}/ar-mapping.png` });
    // The new fields' rows: nothing runs out of them.
    const overflow = await page.evaluate((fields) => {
      return fields.filter((field) => {
        const row = document.getElementById(`mapping-${field}`)?.closest('.mapping-row') as HTMLElement | null;
        return !row || row.scrollWidth > row.clientWidth + 1;
      });
    }, EVIDENCE_FIELDS);
    expect(overflow).toEqual([]);
  });
});
