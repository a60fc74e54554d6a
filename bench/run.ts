/**
 * `npm run bench` (full: 1k and 5k maps, 20k for the API, analytics and overview too, a 100,000-row import, 30 s load per
 * endpoint, 10-minute soak) and `npm run bench -- --quick` (1k only, 10,000-row import, 10 s load,
 * 30 s soak: a few minutes). Starts its own Neo4j (or uses NEO4J_URI) and the API as a child
 * process, runs every section side by side with its baseline, prints the pass/miss table and
 * writes bench/results/. A section that cannot run says why instead of printing numbers.
 * Requests are made as a bench analyst (see bench-user.ts). BENCH_SERVER_LOG=<file> runs the API
 * with LOG_LEVEL=info and writes its JSON log there (to see what a 500 was).
 * `--only=startup,api,analytics,map,load,import,rounds` runs just those sections (while working on one of them);
 * `--results=<dir>` writes the report there instead of bench/results/;
 * `--sizes=1000,20000` keeps only those map sizes of the mode's plan (e.g.
 * `npm run bench -- --only=api,analytics,map --sizes=20000` for the 20k figures alone).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { measureAnalytics, NETWORKX_MAX_ACTORS, PYTHON } from './analytics.js';
import { measureApiOverhead } from './api-overhead.js';
import { createBenchUser } from './bench-user.js';
import {
  BENCH_CYPHER,
  describeMachine,
  emptyDatabase,
  openDatabase,
  resetDatabase,
  startNeo4j,
  startServer,
  type Neo4jTarget,
  type ServerProcess,
} from './environment.js';
import { generateActorMap } from './generate-map.js';
import { measureImport } from './import.js';
import { measureLoad, measureRevalidation, measureSoak } from './load.js';
import { generateEvidence } from './generate-evidence.js';
import { loadGeneratedBoundaries, loadGeneratedEvidence, loadGeneratedMap } from './load-map.js';
import { measureMapDraw, measureMapView, measureOverviewPicture } from './map-draw.js';
import { targetTable, writeReport, type BenchRun } from './report.js';
import { measureRounds } from './rounds.js';
import { measureStartup } from './startup.js';
import { judgeTargets } from './targets.js';

const SEED = 20250807;
const RESULTS = fileURLToPath(new URL('./results', import.meta.url));

interface Plan {
  mode: 'quick' | 'full';
  apiSizes: number[];
  apiSamples: number;
  analyticsSizes: number[];
  analyticsReps: number;
  mapSizes: number[];
  /** Map sizes of the map view (200 area boundaries) and, at 20k, the overview picture. */
  mapViewSizes: number[];
  mapReps: number;
  /** The map view's pages take about 2 s each: more of them, for a median that holds still. */
  mapViewReps: number;
  /** Map sizes for history and rounds (issue 14: its targets are set at 5k), and samples per figure. */
  roundsSizes: number[];
  roundsSamples: number;
  /** Map sizes of the load section: 50 clients and the soak on the first, revalidation at 5k. */
  loadSizes: number[];
  importRows: number;
  loadSeconds: number;
  soakSeconds: number;
  connections: number;
  /** Warm starts of the product after its first start (section 0, issue 18). */
  warmStarts: number;
  /** Sections to run; all when absent. */
  only: Set<Section> | null;
}

const SECTIONS = ['startup', 'api', 'analytics', 'map', 'load', 'import', 'rounds'] as const;
type Section = (typeof SECTIONS)[number];

function planFor(args: string[]): Plan {
  const quick = args.includes('--quick');
  const soakArg = args.find((arg) => arg.startsWith('--soak='));
  const plan: Plan = quick
    ? {
        mode: 'quick',
        apiSizes: [1000],
        apiSamples: 60,
        analyticsSizes: [1000],
        analyticsReps: 5,
        mapSizes: [1000],
        mapViewSizes: [1000],
        mapReps: 5,
        mapViewReps: 7,
        roundsSizes: [1000],
        roundsSamples: 7,
        loadSizes: [1000],
        importRows: 10_000,
        loadSeconds: 10,
        soakSeconds: 30,
        connections: 50,
        warmStarts: 2,
        only: null,
      }
    : {
        mode: 'full',
        apiSizes: [1000, 5000, 20000],
        apiSamples: 100,
        analyticsSizes: [1000, 5000, 20000],
        analyticsReps: 5,
        mapSizes: [1000, 5000],
        mapViewSizes: [1000, 5000, 20000],
        mapReps: 5,
        mapViewReps: 7,
        roundsSizes: [5000],
        roundsSamples: 9,
        loadSizes: [1000, 5000],
        importRows: 100_000,
        loadSeconds: 30,
        soakSeconds: 600,
        connections: 50,
        warmStarts: 3,
        only: null,
      };
  if (soakArg) plan.soakSeconds = Number(soakArg.slice('--soak='.length));
  const onlyArg = args.find((arg) => arg.startsWith('--only='));
  if (onlyArg) {
    const names = onlyArg.slice('--only='.length).split(',').filter(Boolean);
    const unknown = names.filter((name) => !(SECTIONS as readonly string[]).includes(name));
    if (unknown.length > 0) throw new Error(`--only: unknown section ${unknown.join(', ')}; sections are ${SECTIONS.join(', ')}`);
    plan.only = new Set(names as Section[]);
  }
  const sizesArg = args.find((arg) => arg.startsWith('--sizes='));
  if (sizesArg) limitSizes(plan, sizesArg.slice('--sizes='.length));
  return plan;
}

/** `--sizes=`: keeps only the listed map sizes in every section's plan; a size the mode never runs is refused. */
function limitSizes(plan: Plan, list: string): void {
  const asked = list.split(',').filter(Boolean).map(Number);
  const bad = asked.filter((size) => !Number.isInteger(size) || size <= 0);
  if (asked.length === 0 || bad.length > 0) throw new Error(`--sizes: expected actor counts like --sizes=1000,20000, got "${list}"`);
  const lists = ['apiSizes', 'analyticsSizes', 'mapSizes', 'mapViewSizes', 'roundsSizes', 'loadSizes'] as const;
  const known = [...new Set(lists.flatMap((name) => plan[name]))].sort((a, b) => a - b);
  const unknown = asked.filter((size) => !known.includes(size));
  if (unknown.length > 0)
    throw new Error(`--sizes: ${unknown.join(', ')} not a size of ${plan.mode} mode; its sizes are ${known.join(', ')}`);
  for (const name of lists) plan[name] = plan[name].filter((size) => asked.includes(size));
}

const wanted = (plan: Plan, name: Section): boolean => plan.only === null || plan.only.has(name);

const log = (line: string) => process.stdout.write(`${line}\n`);

/** Runs `work`; on failure records the reason under `section` and carries on. */
async function section<T>(run: Omit<BenchRun, 'targets'>, name: string, work: () => Promise<T>): Promise<T | null> {
  try {
    return await work();
  } catch (error) {
    const reason = error instanceof Error ? (error.message.split('\n')[0] ?? error.message) : String(error);
    run.notRun[name] = `not run: ${reason}`;
    log(`  ${name}: NOT RUN (${reason})`);
    return null;
  }
}

/** Which Debian packages are missing for the sections that need them (nothing is installed with sudo here). */
function checkSystem(): Record<string, string> {
  const missing: Record<string, string> = {};
  const python = spawnSync(PYTHON, ['-c', 'import igraph, networkx'], { encoding: 'utf8' });
  if (python.status !== 0)
    missing.analytics = `not run: ${PYTHON} lacks igraph/networkx; install with \`sudo apt-get install python3-igraph python3-networkx\` (or \`bash .ci/install-system-packages.sh\`)`;
  if (!existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'))
    missing.map = 'not run: no Chromium; install with `sudo apt-get install chromium` (or set CHROMIUM_PATH)';
  return missing;
}

async function main(): Promise<void> {
  const plan = planFor(process.argv.slice(2));
  const startedAt = new Date().toISOString();
  const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).stdout.trim() || 'unknown';
  const dirty = spawnSync('git', ['status', '--porcelain', '--untracked-files=no'], { encoding: 'utf8' }).stdout.trim()
    ? ' (working tree has uncommitted changes)'
    : '';
  log(`Actor Map benchmark, ${plan.mode} mode (commit ${commit}${dirty})`);
  const run: Omit<BenchRun, 'targets'> = {
    mode: plan.mode,
    startedAt,
    finishedAt: '',
    commit: `${commit}${dirty}`,
    machine: {},
    seed: SEED,
    maps: [],
    api: [],
    analytics: [],
    import: null,
    map: [],
    mapView: [],
    overview: [],
    load: [],
    soak: null,
    rounds: [],
    startup: null,
    notRun: checkSystem(),
  };
  // First, while nothing else runs: the product's own start, on a Neo4j and data folder of its own.
  if (wanted(plan, 'startup')) {
    log('\n== start-up (npm start: a first start, then warm starts) ==');
    run.startup = await section(run, 'startup', () => measureStartup(plan.warmStarts, log));
  }
  if (!run.notRun.map && wanted(plan, 'map')) {
    log('Building the client (vite build)...');
    const build = spawnSync('npx', ['vite', 'build', '--config', 'client/vite.config.ts', '--logLevel', 'error'], { stdio: 'inherit' });
    if (build.status !== 0) run.notRun.map = 'not run: the client does not build (npx vite build --config client/vite.config.ts)';
  }

  let neo4j: Neo4jTarget | null = null;
  let server: ServerProcess | null = null;
  const db = { current: null as ReturnType<typeof openDatabase> | null };
  const needsDatabase = SECTIONS.some((name) => name !== 'startup' && wanted(plan, name));
  try {
    if (needsDatabase) {
      neo4j = await startNeo4j(log);
      db.current = openDatabase(neo4j);
      const dbHandle = db.current;
      const version = neo4j.version !== 'unknown' ? neo4j.version : (await dbHandle.describeServer()).version;
      run.machine = describeMachine(`${version} (${neo4j.origin})`);
      // Everything goes before the API's first start, which then creates `admin` (ACTOR_MAP_ADMIN_PASSWORD).
      await emptyDatabase(neo4j, dbHandle);
      server = await startServer(neo4j, process.env.BENCH_SERVER_LOG);
      const api = server;
      const user = await createBenchUser(api.baseUrl, dbHandle);
      const sizes = [
        ...new Set([
          ...(wanted(plan, 'api') ? plan.apiSizes : []),
          ...(wanted(plan, 'analytics') ? plan.analyticsSizes : []),
          ...(wanted(plan, 'map') ? [...plan.mapSizes, ...plan.mapViewSizes] : []),
          ...(wanted(plan, 'rounds') ? plan.roundsSizes : []),
          ...(wanted(plan, 'load') ? plan.loadSizes : []),
        ]),
      ].sort((a, b) => a - b);
      for (const actors of sizes) {
        log(`\n== ${actors} actors ==`);
        const map = generateActorMap({ actors, seed: SEED });
        await resetDatabase(dbHandle);
        const loadMs = await loadGeneratedMap(dbHandle, map);
        const boundariesMs = await loadGeneratedBoundaries(dbHandle, map, SEED);
        // Issue 15: the map carries sources and about three claims per tie, graded as the product grades them.
        const evidence = generateEvidence(map, SEED);
        const evidenceDb = openDatabase(neo4j, BENCH_CYPHER);
        const evidenceMs = await loadGeneratedEvidence(dbHandle, evidenceDb, evidence).finally(() => evidenceDb.close());
        const claimsPerTie = evidence.tieClaims / Math.max(1, map.ties.length);
        run.maps.push({
          actors,
          ties: map.ties.length,
          engagements: map.engagements.length,
          loadSeconds: (loadMs + boundariesMs + evidenceMs) / 1000,
          claims: evidence.claims.length,
          claimsPerTie,
        });
        log(`  loaded ${actors} actors, ${map.ties.length} ties in ${(loadMs / 1000).toFixed(1)} s`);
        log(`  boundaries: ${map.areas.length} areas outlined through the boundary import in ${(boundariesMs / 1000).toFixed(1)} s`);
        log(
          `  evidence: ${evidence.sources.length} sources, ${evidence.tieClaims} tie claims (${claimsPerTie.toFixed(2)} per tie), ${evidence.actorClaims} actor claims, graded in ${(evidenceMs / 1000).toFixed(1)} s`,
        );
        const database = neo4j;
        if (plan.apiSizes.includes(actors) && wanted(plan, 'api')) {
          const rows = await section(run, 'api', () =>
            measureApiOverhead(
              database,
              api.baseUrl,
              user,
              actors,
              actors > 5000 ? Math.round(plan.apiSamples / 2) : plan.apiSamples,
              log,
              claimsPerTie,
            ),
          );
          run.api.push(...(rows ?? []));
        }
        if (plan.analyticsSizes.includes(actors) && !run.notRun.analytics && wanted(plan, 'analytics')) {
          // NetworkX takes minutes per centrality at 20k: it is kept to the sizes where it finishes (the report says so).
          const withNetworkx = actors <= NETWORKX_MAX_ACTORS;
          const result = await section(run, `analytics-${actors}`, () => measureAnalytics(map, plan.analyticsReps, withNetworkx, log));
          if (result) run.analytics.push(result);
        }
        if (plan.mapSizes.includes(actors) && !run.notRun.map && wanted(plan, 'map')) {
          const result = await section(run, `map-${actors}`, () => measureMapDraw(api.baseUrl, user, actors, plan.mapReps, log));
          if (result) run.map.push(result);
        }
        // Issue 16: the map view's first frame of boundaries and choropleth against a bare MapLibre page.
        if (plan.mapViewSizes.includes(actors) && !run.notRun.map && wanted(plan, 'map')) {
          const view = await section(run, `map-view-${actors}`, () =>
            measureMapView(api.baseUrl, user, actors, map.areas.length, plan.mapViewReps, log),
          );
          if (view) run.mapView.push(view);
        }
        // Issue 16: 50 clients revalidating /api/graph of the 5k map (most answered 304).
        if (actors === 5000 && plan.mode === 'full' && plan.loadSizes.includes(actors) && wanted(plan, 'load')) {
          const revalidation = await section(run, 'load-revalidation', () =>
            measureRevalidation(api, user, plan.connections, plan.loadSeconds, log),
          );
          if (revalidation) run.load.push(revalidation);
        }
        // Issue 16: the first useful picture of the 20k map (its overview) against the bare page drawing all of it.
        if (actors === 20000 && plan.mapViewSizes.includes(actors) && !run.notRun.map && wanted(plan, 'map')) {
          const overview = await section(run, 'map-overview-20000', () =>
            measureOverviewPicture(api.baseUrl, user, actors, plan.mapReps, log),
          );
          if (overview) run.overview.push(overview);
        }
        if (actors === plan.loadSizes[0] && wanted(plan, 'load')) {
          log(`  load: ${plan.connections} clients, ${plan.loadSeconds} s per endpoint; soak ${plan.soakSeconds} s`);
          // Pushed, not assigned: with --sizes=5000 the revalidation run of this size is already in the list.
          run.load.push(...((await section(run, 'load', () => measureLoad(api, user, plan.connections, plan.loadSeconds, log))) ?? []));
          run.soak = await section(run, 'soak', () => measureSoak(api, user, plan.connections, plan.soakSeconds, log));
        }
        // Issue 14: last for this size, since it edits the map (the next size starts from an empty one).
        if (plan.roundsSizes.includes(actors) && wanted(plan, 'rounds')) {
          const result = await section(run, `rounds-${actors}`, () => measureRounds(dbHandle, map, plan.roundsSamples, log));
          if (result) run.rounds.push(result);
        }
      }
      if (wanted(plan, 'import')) {
        log(`\n== import, ${plan.importRows} rows ==`);
        run.import = await section(run, 'import', () => measureImport(target(neo4j), dbHandle, api.baseUrl, user, plan.importRows, log));
      }
    }
  } finally {
    await server?.stop();
    await db.current?.close();
    await neo4j?.stop();
  }
  run.finishedAt = new Date().toISOString();
  const complete: BenchRun = { ...run, targets: judgeTargets(run) };
  const resultsArg = process.argv.find((arg) => arg.startsWith('--results='));
  const written = writeReport(
    resultsArg ? resultsArg.slice('--results='.length) : RESULTS,
    complete,
    plan.mode === 'full' || process.argv.includes('--as-latest'),
  );
  log(`\n${targetTable(complete.targets)}\n\nWrote ${written.markdown} and ${written.json}`);
}

function target(neo4j: Neo4jTarget | null): Neo4jTarget {
  if (!neo4j) throw new Error('no database');
  return neo4j;
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`Benchmark failed: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  },
);
