/**
 * Section 4, map: in headless Chromium (canvas renderer; no GPU), the time from navigation to the
 * first drawn map (`document.body.dataset.mapReady`), and the median frame time while panning,
 * for the app's page and for a bare Cytoscape.js page drawing the same /api/graph elements with
 * the same layout. Each repeat is a fresh browser context (cold cache), app and bare alternating.
 * Each context signs the bench user in first (both pages fetch /api/graph with the session
 * cookie), from a JSON API page rather than the app's sign-in form, so the app's bundle is not
 * cached before its timed load. The contexts bypass the app's Content-Security-Policy
 * (`script-src 'self'`): Playwright's `waitForFunction` polls with code compiled in the page,
 * which that policy forbids; the policy itself costs nothing measurable on this page.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import type { BenchUser } from './bench-user.js';
import { launchBrowser } from '../tests/support/browser.js';
import { median } from './stats.js';

const BARE_PAGES: Record<string, string> = {
  'bare.html': fileURLToPath(new URL('./bare-cytoscape.html', import.meta.url)),
  'bare-maplibre.html': fileURLToPath(new URL('./bare-maplibre.html', import.meta.url)),
};
const SCRIPTS: Record<string, string> = {
  'cytoscape.min.js': 'cytoscape/dist/cytoscape.min.js',
  'layout-base.js': 'layout-base/layout-base.js',
  'cose-base.js': 'cose-base/cose-base.js',
  'cytoscape-fcose.js': 'cytoscape-fcose/cytoscape-fcose.js',
  'maplibre-gl.mjs': 'maplibre-gl/dist/maplibre-gl.mjs',
  'maplibre-gl-worker.mjs': 'maplibre-gl/dist/maplibre-gl-worker.mjs',
  'maplibre-gl.css': 'maplibre-gl/dist/maplibre-gl.css',
};

export interface PageTiming {
  firstMapMs: number[];
  panFrameMs: number[];
}
export interface MapDrawResult {
  actors: number;
  reps: number;
  app: { firstMapMs: number; panFrameMs: number };
  bare: { firstMapMs: number; panFrameMs: number };
  /** app / bare first-map medians: under 1.3 meets the target. */
  firstMapRatio: number;
  panRatio: number;
}

/**
 * In-page code is passed as text: tsx compiles functions with helper calls (`__name`) that do
 * not exist in the page, so nothing compiled here is handed to `evaluate`.
 */
const PAN_SCRIPT = `(async (count) => {
  const cy = (window.__actorMap && window.__actorMap.cy) || (window.__bare && window.__bare.cy);
  const stamps = [];
  await new Promise((done) => {
    const step = (time) => {
      stamps.push(time);
      cy.panBy({ x: stamps.length % 60 < 30 ? 6 : -6, y: 3 * Math.sin(stamps.length / 10) });
      if (stamps.length > count) done(); else requestAnimationFrame(step);
    };
    requestAnimationFrame(step);
  });
  const gaps = stamps.slice(1).map((t, i) => t - stamps[i]).sort((a, b) => a - b);
  return gaps[Math.floor(gaps.length / 2)];
})`;
const READY_SCRIPT = "document.body && document.body.dataset.mapReady === 'true' && performance.now()";
/** The overview drawn, its Cytoscape instance answering (client/overview/overview-view.ts). */
const OVERVIEW_READY_SCRIPT = 'document.body && document.body.dataset.overviewReady && window.__actorMapOverview && performance.now()';
/** The app's full network view, whatever the map's size (above 2,000 actors it would open on the overview). */
const FULL_MAP = '/?overviewAbove=100000000';

/** Pans by a few pixels each animation frame for `frames` frames; the median gap between frames. */
async function panFrames(page: Page, frames: number): Promise<number> {
  return (await page.evaluate(`${PAN_SCRIPT}(${frames})`)) as number;
}

/** Signs the context in through the API (same origin, so the browser keeps the session cookie). */
async function signIn(page: Page, baseUrl: string, user: BenchUser): Promise<void> {
  await page.goto(`${baseUrl}/api/health`);
  const credentials = JSON.stringify({ username: user.username, password: user.password });
  const status = (await page.evaluate(
    `fetch('/api/auth/sign-in', { method: 'POST', headers: { 'content-type': 'application/json' }, body: ${JSON.stringify(credentials)} }).then((r) => { if (r.ok) localStorage.setItem('actor-map:signed-in', '1'); return r.status; })`,
  )) as number;
  if (status !== 200) throw new Error(`sign-in in the browser answered ${status}`);
}

async function measurePage(
  browser: Browser,
  baseUrl: string,
  user: BenchUser,
  url: string,
  timeoutMs: number,
  readyScript = READY_SCRIPT,
): Promise<{ firstMapMs: number; panFrameMs: number }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, bypassCSP: true });
  try {
    const page = await context.newPage();
    // On the context, so the bare MapLibre page's worker script is served too.
    await context.route('**/__bench/*', (route) => {
      const name = new URL(route.request().url()).pathname.split('/').pop() ?? '';
      const module = SCRIPTS[name];
      const bare = BARE_PAGES[name];
      if (bare) return route.fulfill({ contentType: 'text/html', body: readFileSync(bare, 'utf8') });
      if (!module) return route.fulfill({ status: 404, body: '' });
      return route.fulfill({
        contentType: name.endsWith('.css') ? 'text/css' : 'text/javascript',
        body: readFileSync(fileURLToPath(new URL(`../node_modules/${module}`, import.meta.url)), 'utf8'),
      });
    });
    await signIn(page, baseUrl, user);
    await page.goto(url, { waitUntil: 'commit' });
    // Navigation start is the page's time origin, so performance.now() at the first drawn map is the time to it.
    const ready = await page.waitForFunction(readyScript, undefined, { polling: 'raf', timeout: timeoutMs });
    const firstMapMs = (await ready.jsonValue()) as number;
    const panFrameMs = readyScript === READY_SCRIPT ? await panFrames(page, 120) : Number.NaN;
    return { firstMapMs, panFrameMs };
  } finally {
    await context.close();
  }
}

/** Measures the app page and the bare page `reps` times each on the map currently loaded. */
export async function measureMapDraw(
  baseUrl: string,
  user: BenchUser,
  actors: number,
  reps: number,
  log: (line: string) => void,
): Promise<MapDrawResult> {
  const browser = await launchBrowser();
  const timeoutMs = 30_000 + actors * 60;
  let app: PageTiming;
  let bare: PageTiming;
  try {
    const [appRuns, bareRuns] = await alternating(
      reps,
      () => measurePage(browser, baseUrl, user, `${baseUrl}${FULL_MAP}`, timeoutMs),
      () => measurePage(browser, baseUrl, user, `${baseUrl}/__bench/bare.html`, timeoutMs),
    );
    const timing = (runs: typeof appRuns): PageTiming => ({
      firstMapMs: runs.map((run) => run.firstMapMs),
      panFrameMs: runs.map((run) => run.panFrameMs),
    });
    app = timing(appRuns);
    bare = timing(bareRuns);
  } finally {
    await browser.close();
  }
  const summary = (timing: PageTiming) => ({ firstMapMs: median(timing.firstMapMs), panFrameMs: median(timing.panFrameMs) });
  const result = {
    actors,
    reps,
    app: summary(app),
    bare: summary(bare),
    firstMapRatio: median(app.firstMapMs) / median(bare.firstMapMs),
    panRatio: median(app.panFrameMs) / median(bare.panFrameMs),
  };
  log(
    `  ${actors} actors: first map app ${result.app.firstMapMs.toFixed(0)} ms, bare ${result.bare.firstMapMs.toFixed(0)} ms; pan frame app ${result.app.panFrameMs.toFixed(1)} ms, bare ${result.bare.panFrameMs.toFixed(1)} ms`,
  );
  return result;
}

export interface OverviewPictureResult {
  actors: number;
  reps: number;
  /** Navigation to the overview drawn and interactive (the app's default above 2,000 actors), median ms. */
  overviewMs: number;
  /** Navigation to the bare Cytoscape.js page's map drawn with every actor, median ms. */
  bareMs: number;
  /** overview / bare: at most 0.2 meets issue 16's target. */
  ratio: number;
}

/**
 * Runs `first` and `second` `reps` times, alternating which goes first, so neither always follows
 * the other's cache effects, after one pair that is not counted: the first page of a fresh
 * browser also pays for starting its GPU and network processes.
 */
async function alternating<T>(reps: number, first: () => Promise<T>, second: () => Promise<T>): Promise<[T[], T[]]> {
  await first();
  await second();
  const firsts: T[] = [];
  const seconds: T[] = [];
  for (let i = 0; i < reps; i += 1) {
    if (i % 2 === 0) {
      firsts.push(await first());
      seconds.push(await second());
    } else {
      seconds.push(await second());
      firsts.push(await first());
    }
  }
  return [firsts, seconds];
}

/** Issue 16: the first useful picture of a large map (its overview) against the bare page drawing every actor, side by side. */
export async function measureOverviewPicture(
  baseUrl: string,
  user: BenchUser,
  actors: number,
  reps: number,
  log: (line: string) => void,
): Promise<OverviewPictureResult> {
  const browser = await launchBrowser();
  const timeoutMs = 60_000 + actors * 60;
  let overview: number[];
  let bare: number[];
  try {
    [overview, bare] = await alternating(
      reps,
      async () => (await measurePage(browser, baseUrl, user, `${baseUrl}/`, timeoutMs, OVERVIEW_READY_SCRIPT)).firstMapMs,
      async () => (await measurePage(browser, baseUrl, user, `${baseUrl}/__bench/bare.html`, timeoutMs)).firstMapMs,
    );
  } finally {
    await browser.close();
  }
  const result = { actors, reps, overviewMs: median(overview), bareMs: median(bare), ratio: median(overview) / median(bare) };
  log(
    `  ${actors} actors: overview drawn ${result.overviewMs.toFixed(0)} ms, bare Cytoscape.js ${result.bareMs.toFixed(0)} ms, ratio ${result.ratio.toFixed(2)}`,
  );
  return result;
}

export interface MapViewResult {
  actors: number;
  areas: number;
  reps: number;
  /** Navigation to the app's map view with its boundaries and actors choropleth drawn, median ms. */
  appMs: number;
  /** Navigation to the bare MapLibre page with the same GeoJSON and fills drawn, median ms. */
  bareMs: number;
  /** app / bare: at most 1.3 meets issue 16's target. */
  ratio: number;
}

/** The boundaries and the actors choropleth drawn and idle (client/map-view/geo-view.ts; bench/bare-maplibre.html). */
const GEO_DRAWN_SCRIPT = "document.body && document.body.dataset.geoDrawn === 'actors' && performance.now()";
/** The app opened on its map view (the area map), whose first layer is actors per area. */
const MAP_VIEW = '/?mode=geo';

/**
 * Issue 16: the app's map view until its first frame of boundaries with the choropleth, against a
 * bare MapLibre page drawing the same GeoJSON (software WebGL in headless Chromium), alternating,
 * a fresh context each.
 */
export async function measureMapView(
  baseUrl: string,
  user: BenchUser,
  actors: number,
  areas: number,
  reps: number,
  log: (line: string) => void,
): Promise<MapViewResult> {
  const browser = await launchBrowser();
  const timeoutMs = 60_000 + actors * 6;
  let app: number[];
  let bare: number[];
  try {
    [app, bare] = await alternating(
      reps,
      async () => (await measurePage(browser, baseUrl, user, `${baseUrl}${MAP_VIEW}`, timeoutMs, GEO_DRAWN_SCRIPT)).firstMapMs,
      async () =>
        (await measurePage(browser, baseUrl, user, `${baseUrl}/__bench/bare-maplibre.html`, timeoutMs, GEO_DRAWN_SCRIPT)).firstMapMs,
    );
  } finally {
    await browser.close();
  }
  const result = { actors, areas, reps, appMs: median(app), bareMs: median(bare), ratio: median(app) / median(bare) };
  log(
    `  ${actors} actors, ${areas} areas: map view drawn ${result.appMs.toFixed(0)} ms, bare MapLibre ${result.bareMs.toFixed(0)} ms, ratio ${result.ratio.toFixed(2)}`,
  );
  return result;
}
