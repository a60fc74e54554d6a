/**
 * Loads a generated map through the app's own dataset loader (`loadDataset`: zod validation, then
 * the dataset writer's MERGE queries). One transaction for 20,000 actors and their ties would outgrow the
 * local Neo4j's 512 MB heap, so the map goes in as several datasets of a few thousand records
 * each; areas and actors first, so ties and engagements find their ends.
 */
import type { Database } from '../server/db/database.js';
import { loadDataset } from '../server/seed/dataset-loader.js';
import { readReferenceDataset } from '../server/seed/seed-database.js';
import type { generateActorMap } from './generate-map.js';

type GeneratedMap = ReturnType<typeof generateActorMap>;

const CHUNK = 2500;

function chunks<T>(items: readonly T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Loads the handbook reference data (the outputs) and then `map`, in chunks; returns elapsed ms. */
export async function loadGeneratedMap(db: Database, map: GeneratedMap): Promise<number> {
  const start = Date.now();
  await loadDataset(db, readReferenceDataset());
  const meta = map.meta;
  await loadDataset(db, { meta, areas: map.areas });
  for (const actors of chunks(map.actors)) await loadDataset(db, { meta, actors });
  for (const ties of chunks(map.ties)) await loadDataset(db, { meta, ties });
  await loadDataset(db, { meta, outputRoles: map.outputRoles });
  for (const engagements of chunks(map.engagements)) await loadDataset(db, { meta, engagements });
  return Date.now() - start;
}
