/**
 * Exporting through the dialog: a snapshot with the shareable profile downloads as JSON whose
 * metadata names the profile and the exporter's user id (the watermark); GEXF downloads as XML;
 * the dialog is keyboard-closable; "only the current filtered view" is ticked while a filter is
 * set and sends the sidebar's kind filter; files are named after map, view, profile and date;
 * GraphML, which most tools read, comes first; pictures are made in the same dialog; both can leave
 * out the actors without ties in the exported view; a viewer,
 * who may not export data, is offered only the picture.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useBrowserApp } from '../support/lifecycle.js';
import { waitForMap } from '../support/browser-app.js';
import { request } from '../support/http.js';

const app = useBrowserApp();
let page: Page;

beforeAll(async () => {
  page = await app.open();
});

/** Choose format and profile in the open dialog, download, and return the file's text. */
async function download(format: string, profile: string): Promise<{ name: string; text: string }> {
  await page.selectOption('[data-testid="export-format"]', format);
  await page.check(`[data-testid="export-profile-${profile}"]`);
  const [file] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="export-submit"]')]);
  const path = await file.path();
  return { name: file.suggestedFilename(), text: await readFile(path, 'utf8') };
}

describe('export dialog', () => {
  it('downloads a shareable snapshot whose metadata names the profile and the exporter', async () => {
    const me = await page.evaluate(() => fetch('/api/auth/me').then((r) => r.json()));
    await page.click('[data-testid="open-export"]');
    await page.waitForSelector('[data-testid="export-dialog"]');
    expect(await page.isChecked('[data-testid="export-profile-internal"]')).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('export-format');
    await page.fill('[data-testid="export-name"]', 'Valle Rojo partners');
    await page.check('[data-testid="export-profile-shareable"]');
    // The README's picture of the dialog, taken on request (ACTOR_MAP_SHOTS) rather than over a tracked file on every run.
    if (process.env.ACTOR_MAP_SHOTS) await page.screenshot({ path: `${process.env.ACTOR_MAP_SHOTS}/export-dialog.png` });
    const { name, text } = await download('snapshot', 'shareable');
    expect(name).toBe(`valle-rojo-partners-whole-map-shareable-${new Date().toISOString().slice(0, 10)}.snapshot.json`);
    const snapshot = JSON.parse(text);
    expect(snapshot.format).toBe('actor-map-snapshot');
    expect(snapshot.export).toMatchObject({ profile: 'shareable', exportedBy: me.id, map: 'Valle Rojo partners' });
    expect(await page.textContent('[data-testid="export-status"]')).toContain('Downloaded');
  });

  it('offers GraphML first and says which tools read each GEXF version', async () => {
    const options = await page.$$eval('[data-testid="export-format"] option', (all) =>
      all.map((o) => ({
        value: (o as HTMLOptionElement).value,
        text: o.textContent,
        preselected: (o as HTMLOptionElement).defaultSelected,
      })),
    );
    expect(options[0]).toMatchObject({ value: 'graphml', preselected: true });
    expect(options.find((o) => o.value === 'gexf')?.text).toMatch(/NetworkX cannot read it/);
    expect(options.find((o) => o.value === 'gexf12')?.text).toMatch(/NetworkX/);
  });

  it('makes a picture of the view in the same dialog', async () => {
    await page.fill('[data-testid="export-title"]', 'Coordination in Eastern Marches');
    const [file] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="export-png"]')]);
    expect(file.suggestedFilename()).toBe(`coordination-in-eastern-marches-${new Date().toISOString().slice(0, 10)}.png`);
    const bytes = await readFile(await file.path());
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
  });

  it('downloads GEXF as XML, and Escape closes the dialog with focus back on the button', async () => {
    const { text } = await download('gexf', 'internal');
    expect(text.startsWith('<?xml')).toBe(true);
    expect(text).toContain('<gexf');
    await page.keyboard.press('Escape');
    await page.waitForSelector('[data-testid="export-dialog"]', { state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('open-export');
  });

  it('exports only the current filtered view: the kind filter of the sidebar reaches the file', async () => {
    await page.click('[data-filter="kinds"] summary');
    await page.check('#filter-kinds-donor');
    await page.click('[data-testid="open-export"]');
    expect(await page.textContent('#export-only-view-text')).toContain('1 actor kind');
    expect(await page.isChecked('[data-testid="export-only-view"]')).toBe(true);
    const file = await download('snapshot', 'full');
    expect(file.name).toMatch(/^actor-map-filtered-view-full-\d{4}-\d{2}-\d{2}\.snapshot\.json$/);
    const snapshot = JSON.parse(file.text);
    expect(snapshot.export.filters).toMatchObject({ kinds: ['donor'] });
    const kinds = new Set(snapshot.dataset.actors.map((actor: { kind: string }) => actor.kind));
    expect([...kinds]).toEqual(['donor']);
    await page.keyboard.press('Escape');
    await page.click('text=Clear all filters');
  });

  it('leaves out actors without ties in the exported view, in the data file and in the picture', async () => {
    await page.click('[data-filter="kinds"] summary');
    await page.check('#filter-kinds-donor');
    await page.click('[data-testid="open-export"]');
    expect(await page.isChecked('[data-testid="export-without-isolates"]')).toBe(false);
    const whole = JSON.parse((await download('snapshot', 'full')).text);
    await page.check('[data-testid="export-without-isolates"]');
    await page.screenshot({ path: '/work/notes/shots/bench13/export-without-isolates.png' });
    const file = await download('snapshot', 'full');
    expect(file.name).toMatch(/^actor-map-filtered-view-tied-only-full-\d{4}-\d{2}-\d{2}\.snapshot\.json$/);
    const snapshot = JSON.parse(file.text);
    expect(snapshot.export).toMatchObject({ withoutIsolates: true, filters: { kinds: ['donor'], withoutIsolates: ['true'] } });
    const tied = new Set(snapshot.dataset.ties.flatMap((tie: { sourceId: string; targetId: string }) => [tie.sourceId, tie.targetId]));
    const isolates = whole.dataset.actors.filter((actor: { id: string }) => !tied.has(actor.id));
    expect(isolates.length).toBeGreaterThan(0);
    expect(snapshot.dataset.actors.map((a: { id: string }) => a.id)).toEqual(
      whole.dataset.actors.map((a: { id: string }) => a.id).filter((id: string) => tied.has(id)),
    );
    expect(snapshot.dataset.ties).toEqual(whole.dataset.ties);

    // The picture: one actor shape per shown actor with a shown tie, none for the others.
    const expected = await page.evaluate(() => {
      const { cy } = (window as any).__actorMap;
      const edges = cy.edges().filter((e: any) => !e.hasClass('is-hidden'));
      const nodes = cy.nodes().filter((n: any) => !n.hasClass('is-hidden'));
      return { shown: nodes.length, tied: nodes.filter((n: any) => n.connectedEdges().intersection(edges).nonempty()).length };
    });
    expect(expected.tied).toBeLessThan(expected.shown);
    const [svg] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="export-svg"]')]);
    expect(svg.suggestedFilename()).toMatch(/^actor-map-tied-only-\d{4}-\d{2}-\d{2}\.svg$/);
    const picture = await readFile(await svg.path(), 'utf8');
    const actorGroup = /<g id="actors">([\s\S]*?)<\/g>/.exec(picture)?.[1] ?? '';
    expect(actorGroup.match(/<path /g)?.length).toBe(expected.tied);
    expect(picture).toContain(`${expected.tied} actors`);
    await page.keyboard.press('Escape');
    await page.click('text=Clear all filters');
  });

  it('draws the picture in the interface language: an Arabic legend and subtitle, set right to left', async () => {
    const arabic = await app.open('/?lang=ar');
    try {
      await waitForMap(arabic);
      await arabic.click('[data-testid="open-export"]');
      const [svg] = await Promise.all([arabic.waitForEvent('download'), arabic.click('[data-testid="export-svg"]')]);
      const picture = await readFile(await svg.path(), 'utf8');
      const legend = /<g id="legend">([\s\S]*?)<\/g>/.exec(picture)?.[1] ?? '';
      const texts = [...legend.matchAll(/<text ([^>]*)>([^<]*)<\/text>/g)].map(([, attributes = '', text = '']) => ({ attributes, text }));
      expect(texts[0]?.text).toBe('مفتاح الرموز');
      expect(texts.map(({ text }) => text)).toEqual(expect.arrayContaining(['حجم العقدة: التأثير.', 'سُمك الخط: القوة.']));
      // Every word of the legend starts at its right edge, reading right to left.
      const box = /<rect x="([\d.]+)" y="[\d.]+" width="([\d.]+)"/.exec(legend)!;
      const middle = Number(box[1]) + Number(box[2]) / 2;
      for (const { attributes, text } of texts) {
        expect(attributes, text).toContain('direction="rtl"');
        expect(Number(/x="([\d.]+)"/.exec(attributes)?.[1]), text).toBeGreaterThan(middle);
      }
      // The subtitle counts in Arabic; nothing English is left in the picture's own words.
      expect(picture).toMatch(/صُدِّرت في/);
      expect(picture).not.toMatch(/Legend|Node size|exported|actors,/);
      if (process.env.ACTOR_MAP_SHOTS) {
        const shot = await app.browser.newPage({ viewport: { width: 1400, height: 900 } });
        const source = `data:image/svg+xml;base64,${Buffer.from(picture).toString('base64')}`;
        await shot.setContent(`<img src="${source}" style="width: 100%" alt="">`);
        await shot.screenshot({ path: `${process.env.ACTOR_MAP_SHOTS}/export-picture-ar.png` });
        await shot.close();
      }
    } finally {
      await arabic.close();
    }
  });

  it('offers a viewer (no export permission) only a picture, and no Import button', async () => {
    const { token: admin } = await app.server.userWithToken('export-test-admin', 'administrator', 'confidential');
    const password = 'viewer-password-export';
    const created = await request(
      app.server.baseUrl,
      'POST',
      '/api/users',
      { username: 'export-test-viewer', displayName: 'Export Viewer', password, role: 'viewer', clearance: 'internal' },
      { as: admin },
    );
    expect(created.status).toBe(201);
    const viewer = await (await app.browser.newContext({ viewport: { width: 1280, height: 720 } })).newPage();
    await viewer.goto(app.server.baseUrl);
    await viewer.fill('input[name="username"]', 'export-test-viewer');
    await viewer.fill('input[name="password"]', password);
    await viewer.press('input[name="password"]', 'Enter');
    await waitForMap(viewer);
    expect(await viewer.textContent('[data-testid="account"]')).toContain('viewer');
    await viewer.click('[data-testid="open-export"]');
    await viewer.waitForSelector('[data-testid="export-data-not-allowed"]');
    expect(await viewer.locator('[data-testid="export-format"]').count()).toBe(0);
    expect(await viewer.locator('[data-testid="export-png"]').count()).toBe(1);
    expect(await viewer.locator('[data-testid="open-import"]').count()).toBe(0);
    expect(await viewer.locator('[data-testid="open-audit"]').count()).toBe(0);
    await viewer.context().close();
  });
});
