/**
 * Loads a generated map through the app's own dataset loader (`loadDataset`: zod validation, then
 * the dataset writer's MERGE queries). One transaction for 20,000 actors and their ties would outgrow the
 * local Neo4j's 512 MB heap, so the map goes in as several datasets of a few thousand records
 * each; areas and actors first, so ties and engagements find their ends. Its sources and claims
 * (generate-evidence.ts) go in after, in bulk through the bench's own queries (the dataset carries
 * none), and their grades are stored by the product's `regrade`, as any claim write stores them.
 */
import type { Database } from '../server/db/database.js';
import { regrade } from '../server/evidence/evidence-grades.js';
import { importBoundaries } from '../server/boundaries/import-boundaries.js';
import { DEFAULT_IMPORT_LIMITS } from '../server/imports/limits.js';
import { loadDataset } from '../server/seed/dataset-loader.js';
import { readReferenceDataset } from '../server/seed/seed-database.js';
import type { GeneratedEvidence } from './generate-evidence.js';
import { generateBoundaries } from './generate-boundaries.js';
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

/**
 * Gives the loaded map's areas their generated outlines through the product's boundary import
 * (matched by p-code, stored as an upload stores them); returns elapsed ms.
 */
export async function loadGeneratedBoundaries(db: Database, map: GeneratedMap, seed: number): Promise<number> {
  const start = Date.now();
  const report = await importBoundaries(db, generateBoundaries(map.areas, seed), {
    dryRun: false,
    createAreas: false,
    limits: DEFAULT_IMPORT_LIMITS,
    source: 'bench/generate-boundaries.ts',
  });
  if (report.status !== 'imported') throw new Error(`bench boundaries refused: ${JSON.stringify(report.problems.slice(0, 3))}`);
  if (report.matched.length !== map.areas.length)
    throw new Error(
      `bench boundaries matched ${report.matched.length} of ${map.areas.length} areas (unmatched: ${report.unmatched.length})`,
    );
  return Date.now() - start;
}

/** The chunk of ties or actors regraded in one transaction. */
const REGRADE_CHUNK = 1000;

/**
 * Writes the map's sources and claims (`benchDb`: a database on the bench's own queries,
 * bench/cypher/) and stores every tie's and actor's grades with the product's regrade; returns elapsed ms.
 */
export async function loadGeneratedEvidence(db: Database, benchDb: Database, evidence: GeneratedEvidence): Promise<number> {
  const start = Date.now();
  for (const sources of chunks(evidence.sources)) await benchDb.writeTransaction((tx) => tx.run('load-sources', { sources }));
  for (const claims of chunks(evidence.claims, 5000)) await benchDb.writeTransaction((tx) => tx.run('load-claims', { claims }));
  const tieIds = [...new Set(evidence.claims.map((claim) => claim.properties.tieId).filter((id): id is string => typeof id === 'string'))];
  const actorIds = [...new Set(evidence.claims.map((claim) => claim.actorId).filter((id): id is string => id !== null))];
  for (const ids of chunks(tieIds, REGRADE_CHUNK)) await db.writeTransaction((tx) => regrade(tx, { tieIds: ids }));
  for (const ids of chunks(actorIds, REGRADE_CHUNK)) await db.writeTransaction((tx) => regrade(tx, { actorIds: ids }));
  // The grades changed what /api/graph answers: a new map version, so no client keeps an old ETag.
  await db.writeTransaction((tx) => tx.run('graph/bump-map-version'));
  return Date.now() - start;
}
