/**
 * The demo scenario's boundaries: fictional outlines of the Republic of Veridia's eight regions
 * (generated once, placed in the open Atlantic so they overlay no real country), loaded at seeding
 * through the same import as an uploaded file, so the demo shows the map view at once.
 */
import { readFileSync } from 'node:fs';
import { appPath } from '../app-root.js';
import type { Database } from '../db/database.js';
import { DEFAULT_IMPORT_LIMITS } from '../imports/limits.js';
import { importBoundaries } from './import-boundaries.js';

const DEMO_BOUNDARIES_FILE = appPath('server', 'seed', 'data', 'demo-boundaries.geojson');

/** Imports the demo boundaries (matched to the demo areas by p-code); returns how many areas got one. */
export async function loadDemoBoundaries(db: Database): Promise<number> {
  const bytes = new Uint8Array(readFileSync(DEMO_BOUNDARIES_FILE));
  const report = await importBoundaries(db, bytes, {
    dryRun: false,
    createAreas: false,
    limits: DEFAULT_IMPORT_LIMITS,
    source: 'demo-boundaries.geojson',
  });
  if (report.status !== 'imported') throw new Error(`demo boundaries refused: ${JSON.stringify(report.problems)}`);
  return report.matched.length;
}
