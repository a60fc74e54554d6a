/**
 * Fills an empty database at start-up: the handbook reference data always, the fictional demo
 * scenario unless asked not to. A database that already holds actors is left as it is.
 */
import { plantDemoEvidence } from '../evidence/demo-evidence.js';
import { migrateLegacySources } from '../evidence/legacy-migration.js';
import { readFileSync } from 'node:fs';
import { appPath } from '../app-root.js';
import { loadDemoBoundaries } from '../boundaries/demo-boundaries.js';
import type { Database } from '../db/database.js';
import { countActors } from '../queries/dataset.js';
import { loadDataset, type LoadSummary } from './dataset-loader.js';
import { buildDemoScenario } from './demo-scenario.js';
import { firstDemoRoundAt, hasNoRounds, seedDemoRounds } from '../rounds/demo-rounds.js';
import { recordHistoryBaseline } from '../history/baseline.js';

export type SeedChoice = 'demo' | 'reference' | 'none';

// From the project root: the compiled seeder (dist/server/seed/) reads the same file.
const REFERENCE_FILE = appPath('server', 'seed', 'data', 'handbook-reference.json');

export function readReferenceDataset(): unknown {
  return JSON.parse(readFileSync(REFERENCE_FILE, 'utf8'));
}

/** Loads the chosen data if the database has no actor yet; returns what it loaded. */
export async function seedIfEmpty(db: Database, choice: SeedChoice): Promise<LoadSummary[]> {
  if (choice === 'none') return [];
  const [row] = await db.read(countActors, {});
  if ((row?.actors ?? 0) > 0) return [];
  return seedDatabase(db, choice);
}

/** Loads the chosen data whatever the database holds (merging by id). */
export async function seedDatabase(db: Database, choice: Exclude<SeedChoice, 'none'>): Promise<LoadSummary[]> {
  // The demo is two mapping rounds (server/rounds/demo-rounds.ts): its records as of the first, six months ago.
  const fresh = choice === 'demo' && (await hasNoRounds(db));
  const historyAt = fresh ? firstDemoRoundAt() : undefined;
  // The demo's loads get one history, once its evidence and boundaries are in: a role both datasets
  // state (the reference set country-wide, the demo in its areas) would otherwise get two versions
  // at each seed, one per load.
  const demo = choice === 'demo';
  const loaded = [await loadDataset(db, readReferenceDataset(), { historyAt, history: !demo })];
  if (demo) {
    loaded.push(await loadDataset(db, buildDemoScenario(), { historyAt, history: false }));
    await plantDemoEvidence(db);
    await loadDemoBoundaries(db);
  }
  // Tie source texts of what was just loaded become sources and claims (issue #15).
  await migrateLegacySources(db);
  if (demo) {
    await recordHistoryBaseline(db, { op: 'import', by: null, at: historyAt });
    if (fresh) await seedDemoRounds(db);
  }
  return loaded;
}
