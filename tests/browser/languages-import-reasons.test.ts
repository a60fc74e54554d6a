/**
 * The reasons the API gives in the reader's language (issue 17): an import report's row
 * refusals in French and in Arabic, keeping each row's line and column and the cell's own text
 * (isolated, as the file wrote it), and the party lean of the conflict tab and of the do-no-harm
 * check in Arabic, naming the path it rests on, names in order, right to left. English keeps the
 * server's own sentence. Screenshots go to /tmp/shots-reasons/.
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { request } from '../support/http.js';
import { useBrowserApp } from '../support/lifecycle.js';
import { chooseFromMore } from '../support/more-menu.js';

const app = useBrowserApp();
const SHOTS = '/tmp/shots-reasons';
const FINISHED = '[data-testid="import-report"]:not([data-status="validating"]):not([data-status="writing"])';
// Line 3: a reliability no scale has; line 4: a date in another form.
const TABLE = [
  'Name,External id,Parent,Source,Reliability,Credibility,Date observed',
  'Hill Front,AG-1,,,,,',
  'Bad Grade,AG-3,AG-1,Report,G,,',
  'Bad Date,AG-5,AG-1,Report,,,12/05/2026',
].join('\n');

/** Uploads the table; the import is refused, and the problems table lists each row. */
async function refusedRows(page: Page): Promise<{ cells: string[]; data: string[]; direction: string }[]> {
  await chooseFromMore(page, 'open-import');
  await page.setInputFiles('[data-testid="import-file"]', { name: 'grades.csv', mimeType: 'text/csv', buffer: Buffer.from(TABLE) });
  await page.click('[data-testid="import-submit"]');
  await page.waitForSelector(`${FINISHED}[data-status="refused"]`, { timeout: 90_000 });
  return page.$$eval('[data-testid="import-problems"] tbody tr', (rows) =>
    rows.map((row) => {
      const cells = [...row.querySelectorAll('td')];
      const reason = cells.at(-1)!;
      return {
        cells: cells.map((cell) => cell.textContent ?? ''),
        data: [...reason.querySelectorAll('[data-record-text]')].map((element) => element.textContent ?? ''),
        direction: getComputedStyle(reason).direction,
      };
    }),
  );
}

const shoot = (page: Page, name: string) => page.locator('[data-testid="import-dialog"]').screenshot({ path: `${SHOTS}/${name}.png` });

describe('import report reasons in the reader’s language', { timeout: 300_000 }, () => {
  it('French: each refused row says why in French, with its line, column and the cell as written', async () => {
    mkdirSync(SHOTS, { recursive: true });
    const page = await app.open('/?lang=fr', { width: 1280, height: 900 });
    const rows = await refusedRows(page);
    expect(rows.map((row) => row.cells.slice(0, 2))).toEqual([
      ['3', 'E (Reliability)'],
      ['4', 'G (Date observed)'],
    ]);
    expect(rows[0]!.cells[2]).toMatch(/^« G » : fiabilité de la source attendue de A à F/);
    expect(rows[1]!.cells[2]).toMatch(/^« 12\/05\/2026 » n’est pas une date écrite AAAA-MM-JJ/);
    expect(rows.map((row) => row.data)).toEqual([['G'], ['12/05/2026']]);
    await shoot(page, 'fr-import-report');
  });

  it('Arabic: the reasons are in Arabic, right to left, the cell’s text isolated', async () => {
    const page = await app.open('/?lang=ar', { width: 1280, height: 900 });
    const rows = await refusedRows(page);
    expect(rows.map((row) => row.cells.slice(0, 2))).toEqual([
      ['3', 'E (Reliability)'],
      ['4', 'G (Date observed)'],
    ]);
    expect(rows[0]!.cells[2]).toContain('المتوقع موثوقية مصدر من A إلى F');
    expect(rows[1]!.cells[2]).toContain('ليس تاريخًا مكتوبًا بصيغة YYYY-MM-DD');
    expect(rows.map((row) => row.data)).toEqual([['G'], ['12/05/2026']]);
    expect(rows.map((row) => row.direction)).toEqual(['rtl', 'rtl']);
    await shoot(page, 'ar-import-report');
  });

  it('English: the server’s own sentence, as before', async () => {
    const page = await app.open('/', { width: 1280, height: 900 });
    const rows = await refusedRows(page);
    expect(rows[0]!.cells[2]).toMatch(/^"G": expected a source reliability A-F/);
    expect(rows[1]!.cells[2]).toMatch(/^"12\/05\/2026" must be a date written YYYY-MM-DD/);
    await shoot(page, 'en-import-report');
  });
});

/** The conflict-ties row of an organisation leaning (moderately or strongly) toward a party along a path: its check gives a lean reason. */
async function leaningOrganisation(): Promise<{ id: string; path: string[] }> {
  const conflict = (await request(app.server.baseUrl, 'GET', '/api/analysis/conflict-ties')).body;
  const leaning = conflict.actors.find(
    (row: any) =>
      row.lean && row.lean.strength !== 'weak' && row.lean.partyId !== row.actor.id && row.lean.evidenceMessage?.code === 'lean.path',
  );
  expect(leaning, 'a leaning organisation in the demo').toBeDefined();
  return { id: leaning.actor.id, path: leaning.lean.evidenceMessage.params.path };
}

/** Opens the conflict tab at the organisation: its lean's evidence, names and direction. */
async function leanEvidence(page: Page, id: string) {
  await page.click('[data-testid="analyses-button"]');
  await page.click('[role="tab"][data-tab="conflict-ties"]');
  await page.click(`[data-testid="analysis-conflict-table"] tr[data-row-id="${id}"] button[data-select]`);
  const evidence = page.locator('[data-testid="analysis-lean-evidence"]');
  await evidence.waitFor();
  return evidence.evaluate((element) => ({
    names: [...element.querySelectorAll('bdi[data-record-text]')].map((name) => name.textContent),
    text: element.textContent ?? '',
    direction: getComputedStyle(element).direction,
  }));
}

/** Checks the selected organisation on the do-no-harm tab: the reasons that name a path, with their names and direction. */
async function pathReasons(page: Page) {
  await page.click('[role="tab"][data-tab="do-no-harm"]');
  await page.click('[data-testid="analysis-check-selection"]');
  await page.waitForSelector('[data-testid="analysis-check-verdict"]');
  return page.$$eval('[data-testid="analysis-check-verdict"] li', (items) =>
    items
      .filter((item) => item.querySelector('.an-path'))
      .map((item) => ({
        names: [...item.querySelectorAll('.an-path bdi[data-record-text]')].map((name) => name.textContent),
        text: item.textContent ?? '',
        direction: getComputedStyle(item).direction,
      })),
  );
}

describe('the party lean’s path', { timeout: 300_000 }, () => {
  it('Arabic: the conflict tab and the do-no-harm reason name the path, names in order, right to left', async () => {
    const { id, path } = await leaningOrganisation();
    expect(path.length).toBeGreaterThan(1);
    const page = await app.open('/?lang=ar', { width: 1280, height: 900 });
    const said = await leanEvidence(page, id);
    expect(said.names).toEqual(path);
    expect(said.direction).toBe('rtl');
    expect(said.text).toContain('القوة');
    expect(said.text).not.toMatch(/strength|_with|_of\b/);
    mkdirSync(SHOTS, { recursive: true });
    await page.locator('[data-testid="analysis-conflict-paths"]').screenshot({ path: `${SHOTS}/ar-conflict-lean.png` });
    const reasons = await pathReasons(page);
    expect(reasons).toHaveLength(1);
    expect(reasons[0]).toMatchObject({ names: path, direction: 'rtl' });
    expect(reasons[0]!.text).toMatch(/^يميل نحو/);
    await page.locator('[data-testid="analysis-check-verdict"]').screenshot({ path: `${SHOTS}/ar-do-no-harm.png` });
  });

  it('French and English: the same path, in the page’s words', async () => {
    const { id, path } = await leaningOrganisation();
    for (const [language, leans, strength] of [
      ['fr', /^Penche vers/, 'force'],
      ['en', /^Leans toward/, 'strength'],
    ] as const) {
      const page = await app.open(`/?lang=${language}`, { width: 1280, height: 900 });
      const said = await leanEvidence(page, id);
      expect(said.names).toEqual(path);
      expect(said.text).toContain(strength);
      await page.locator('[data-testid="analysis-conflict-paths"]').screenshot({ path: `${SHOTS}/${language}-conflict-lean.png` });
      const reasons = await pathReasons(page);
      expect(reasons).toHaveLength(1);
      expect(reasons[0]!.names).toEqual(path);
      expect(reasons[0]!.text).toMatch(leans);
      await page.locator('[data-testid="analysis-check-verdict"]').screenshot({ path: `${SHOTS}/${language}-do-no-harm.png` });
    }
  });
});
