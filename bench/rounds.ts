/**
 * Mapping rounds and history (issue 14), at the service level on a generated map: the map as of
 * a past round against today's map, the diff between two rounds with 5 % of the actors changed,
 * and an actor PATCH with its version against the same PATCH with the history queries skipped.
 * Run against an existing Neo4j (it empties the map first):
 *   NEO4J_URI=bolt://... NEO4J_USER=neo4j NEO4J_PASSWORD=... npx tsx bench/rounds.ts [actors] [samples]
 */
import { SYSTEM_VIEWER } from '../server/access/viewer.js';
import { createDatabase, type Database } from '../server/db/database.js';
import { loadQueryStore } from '../server/db/query-store.js';
import { applySchema } from '../server/db/schema.js';
import { mapAsOf } from '../server/history/as-of.js';
import { createDiffService } from '../server/history/diff.js';
import { historyClock, OPEN_END } from '../server/history/versions.js';
import { createRoundStore } from '../server/rounds/round-store.js';
import { CYPHER_DIR } from '../server/runtime.js';
import { createActorStore } from '../server/services/actor-store.js';
import { createMapGraph } from '../server/services/map-graph.js';
import { generateActorMap } from './generate-map.js';
import { loadGeneratedMap } from './load-map.js';
import { percentile, timed } from './stats.js';

const actors = Number(process.argv[2] ?? 1000);
const samples = Number(process.argv[3] ?? 15);
const DAY = 86_400_000;

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

async function p50(work: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  await work();
  for (let i = 0; i < samples; i += 1) times.push((await timed(work)).ms);
  return percentile(times, 50);
}

async function main(): Promise<void> {
  const queries = loadQueryStore(CYPHER_DIR, { maintenance: true });
  const db = createDatabase({ uri: process.env.NEO4J_URI!, user: process.env.NEO4J_USER!, password: process.env.NEO4J_PASSWORD!, queries });
  try {
    await db.autoCommit('maintenance/delete-map-data');
    await applySchema(db, queries);
    const t0 = Date.parse('2026-01-01T00:00:00Z');
    historyClock.now = () => t0;
    const map = generateActorMap({ actors, seed: 1 });
    const loadMs = await loadGeneratedMap(db, map);
    const viewer = SYSTEM_VIEWER;
    const store = createActorStore(db);
    const bare = createActorStore(withoutHistory(db));
    // 5 % of the actors change, a week later.
    historyClock.now = () => t0 + 7 * DAY;
    const changed = map.actors.slice(0, Math.ceil(actors * 0.05));
    for (const [index, actor] of changed.entries())
      await store.update(actor.id, { influence: (index % 5) + 1, interest: ((index + 2) % 5) + 1 }, viewer);
    historyClock.now = () => t0 + 14 * DAY;
    const rounds = createRoundStore(db);
    const present = createMapGraph(db);
    const diff = createDiffService(db, rounds);
    const today = await p50(() => present.elements({} as never, viewer));
    const past = await p50(() => mapAsOf(db, {} as never, viewer, t0 + DAY));
    const diffMs = await p50(() => diff.diff(new Date(t0 + DAY).toISOString(), new Date(t0 + 8 * DAY).toISOString(), viewer));
    const target = map.actors[actors - 1]!.id;
    let flip = 0;
    const patch = (s: typeof store) => () => s.update(target, { influence: (flip++ % 5) + 1 }, viewer);
    const withHistory = await p50(patch(store));
    const without = await p50(patch(bare));
    const [stored] = await db.read('history/count-versions', { openEnd: OPEN_END });
    const line = (name: string, value: number) => console.log(`${name.padEnd(44)} ${value.toFixed(1)} ms`);
    console.log(`actors ${actors}, ties ${map.ties.length}, loaded in ${(loadMs / 1000).toFixed(1)} s, ${samples} samples each`);
    line('map today (p50)', today);
    line('map as of a past round (p50)', past);
    console.log(`${'  ratio'.padEnd(44)} ${(past / today).toFixed(2)}x`);
    line(`diff, ${changed.length} actors changed (p50)`, diffMs);
    line('PATCH actor with history (p50)', withHistory);
    line('PATCH actor without history (p50)', without);
    console.log(`${'  ratio'.padEnd(44)} ${(withHistory / without).toFixed(2)}x`);
    console.log(`versions stored: ${stored?.versions} (${stored?.open} open: one per present actor and tie)`);
  } finally {
    await db.close();
  }
}

await main();
