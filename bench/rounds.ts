/**
 * Mapping rounds and history (issue 14), at the service level (no HTTP) on a generated map that
 * was loaded with its history: the map as of a past round against today's map (the map service
 * itself, no per-viewer cache or ETag: what a first request costs), the diff between two rounds
 * with 5 % of the actors and 5 % of the ties changed between them, an actor PATCH with its version
 * against the same PATCH with the history queries skipped, the change brief between the two rounds
 * (html, its service function as GET /api/briefings/changes calls it: the diff, the names, the
 * rendering), and what the history costs to store.
 * Part of `npm run bench` (section `rounds`); alone, against an existing Neo4j (it empties the map):
 *   NEO4J_URI=bolt://... NEO4J_USER=neo4j NEO4J_PASSWORD=... npx tsx bench/rounds.ts [actors] [samples]
 */
import { fileURLToPath } from 'node:url';
import { SYSTEM_VIEWER } from '../server/access/viewer.js';
import { makeChangeBriefing } from '../server/briefings/change-briefing.js';
import { ChangeBriefingQuerySchema } from '../server/contracts/index.js';
import type { Database } from '../server/db/database.js';
import { mapAsOf } from '../server/history/as-of.js';
import { createDiffService } from '../server/history/diff.js';
import { OPEN_END } from '../server/history/versions.js';
import { createRoundStore } from '../server/rounds/round-store.js';
import { createActorStore } from '../server/services/actor-store.js';
import { createMapGraph } from '../server/services/map-graph.js';
import { createTieStore } from '../server/services/tie-store.js';
import type { generateActorMap } from './generate-map.js';
import { percentile, timed } from './stats.js';

type GeneratedMap = ReturnType<typeof generateActorMap>;

export interface RoundsResult {
  actors: number;
  ties: number;
  samples: number;
  /** Today's map through the map service: no per-viewer cache, no ETag (a first request). */
  mapTodayMs: number;
  mapAsOfMs: number;
  asOfRatio: number;
  changedActors: number;
  changedTies: number;
  diffMs: number;
  /** The change brief between the two rounds as html (the diff, the names of what changed, the page), p50. */
  changeBriefMs: number;
  patchWithHistoryMs: number;
  patchWithoutHistoryMs: number;
  patchRatio: number;
  versions: number;
  openVersions: number;
  /** Mean size of a version's properties, as JSON: a proxy for what one costs to store. */
  bytesPerVersion: number;
  /** Versions after a year of weekly edits touching 5 % of the records, and their size at bytesPerVersion. */
  yearVersions: number;
  yearMegabytes: number;
}

const WEEKS_IN_A_YEAR = 52;
const SHARE_CHANGED = 0.05;

/** The database with every `history/*` write skipped: the same PATCH without its version. */
function withoutHistory(db: Database): Database {
  return {
    ...db,
    writeTransaction: (work, options) =>
      db.writeTransaction(
        (tx) =>
          work({
            run: ((ref: string, params?: Record<string, unknown>) =>
              String(ref).startsWith('history/') ? Promise.resolve([]) : tx.run(ref, params)) as typeof tx.run,
          }),
        options,
      ),
  };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

/** p50 of `samples` runs of `work`, after one warm-up run. */
async function p50(samples: number, work: () => Promise<unknown>): Promise<number> {
  await work();
  const times: number[] = [];
  for (let i = 0; i < samples; i += 1) times.push((await timed(work)).ms);
  return percentile(times, 50);
}

/** Measures history and rounds on `map`, already loaded (with its history) into `db`. Changes the map. */
export async function measureRounds(
  db: Database,
  map: GeneratedMap,
  samples: number,
  log: (line: string) => void = () => {},
): Promise<RoundsResult> {
  const viewer = SYSTEM_VIEWER;
  const actorStore = createActorStore(db);
  const tieStore = createTieStore(db);
  await tick();
  const roundOne = Date.now();
  await tick();
  // Between the two rounds: 5 % of the actors (influence, interest) and 5 % of the ties (strength) change.
  const actors = map.actors.slice(0, Math.ceil(map.actors.length * SHARE_CHANGED));
  for (const [index, actor] of actors.entries())
    await actorStore.update(actor.id, { influence: (index % 5) + 1, interest: ((index + 2) % 5) + 1 }, viewer);
  const step = Math.floor(1 / SHARE_CHANGED);
  const ties = map.ties.filter((_, index) => index % step === 0);
  for (const [index, tie] of ties.entries()) await tieStore.update(tie.id, { strength: (index % 3) + 1 }, viewer);
  await tick();
  const roundTwo = Date.now();
  log(`  rounds: ${actors.length} actors and ${ties.length} ties changed between the two rounds`);

  const present = createMapGraph(db);
  const rounds = createRoundStore(db);
  const diff = createDiffService(db, rounds);
  const mapTodayMs = await p50(samples, () => present.elements({} as never, viewer));
  const mapAsOfMs = await p50(samples, () => mapAsOf(db, {} as never, viewer, roundOne));
  const [from, to] = [new Date(roundOne).toISOString(), new Date(roundTwo).toISOString()];
  const diffMs = await p50(samples, () => diff.diff(from, to, viewer));
  const briefQuery = ChangeBriefingQuerySchema.parse({ from, to, format: 'html' });
  const changeBriefMs = await p50(samples, () => makeChangeBriefing(db, diff, rounds, briefQuery, viewer));
  log(
    `  rounds: map today ${mapTodayMs.toFixed(1)} ms, as of round one ${mapAsOfMs.toFixed(1)} ms, diff ${diffMs.toFixed(1)} ms, ` +
      `change brief (html) ${changeBriefMs.toFixed(1)} ms`,
  );

  // The same PATCH with and without its version, alternated so that the machine's noise falls on both.
  const bare = createActorStore(withoutHistory(db));
  const target = map.actors[map.actors.length - 1]!.id;
  let flip = 0;
  const patch = (store: typeof actorStore) => () => store.update(target, { influence: (flip++ % 5) + 1 }, viewer);
  await patch(actorStore)();
  await patch(bare)();
  const withTimes: number[] = [];
  const withoutTimes: number[] = [];
  for (let i = 0; i < samples * 2; i += 1) {
    withTimes.push((await timed(patch(actorStore))).ms);
    withoutTimes.push((await timed(patch(bare))).ms);
  }
  const patchWithHistoryMs = percentile(withTimes, 50);
  const patchWithoutHistoryMs = percentile(withoutTimes, 50);

  const [stored] = await db.read('history/count-versions', { openEnd: OPEN_END });
  const sampleRows = await db.read('maintenance/sample-versions', { limit: 2000 });
  const sizes = sampleRows.map((row) => JSON.stringify(row.properties).length);
  const bytesPerVersion = sizes.reduce((sum, size) => sum + size, 0) / Math.max(sizes.length, 1);
  const records = map.actors.length + map.ties.length;
  const yearVersions = records + WEEKS_IN_A_YEAR * Math.ceil(records * SHARE_CHANGED);
  return {
    actors: map.actors.length,
    ties: map.ties.length,
    samples,
    mapTodayMs,
    mapAsOfMs,
    asOfRatio: mapAsOfMs / mapTodayMs,
    changedActors: actors.length,
    changedTies: ties.length,
    diffMs,
    changeBriefMs,
    patchWithHistoryMs,
    patchWithoutHistoryMs,
    patchRatio: patchWithHistoryMs / patchWithoutHistoryMs,
    versions: Number(stored?.versions ?? 0),
    openVersions: Number(stored?.open ?? 0),
    bytesPerVersion,
    yearVersions,
    yearMegabytes: (yearVersions * bytesPerVersion) / 1e6,
  };
}

async function main(): Promise<void> {
  const { createDatabase } = await import('../server/db/database.js');
  const { loadQueryStore } = await import('../server/db/query-store.js');
  const { applySchema } = await import('../server/db/schema.js');
  const { CYPHER_DIR } = await import('../server/runtime.js');
  const { generateActorMap } = await import('./generate-map.js');
  const { loadGeneratedMap } = await import('./load-map.js');
  const actors = Number(process.argv[2] ?? 1000);
  const samples = Number(process.argv[3] ?? 15);
  const queries = loadQueryStore(CYPHER_DIR, { maintenance: true });
  const db = createDatabase({ uri: process.env.NEO4J_URI!, user: process.env.NEO4J_USER!, password: process.env.NEO4J_PASSWORD!, queries });
  try {
    await db.autoCommit('maintenance/delete-map-data');
    await applySchema(db, queries);
    const map = generateActorMap({ actors, seed: 1 });
    const loadMs = await loadGeneratedMap(db, map);
    console.log(`actors ${actors}, ties ${map.ties.length}, loaded with history in ${(loadMs / 1000).toFixed(1)} s`);
    console.log(JSON.stringify(await measureRounds(db, map, samples, console.log), null, 2));
  } finally {
    await db.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
