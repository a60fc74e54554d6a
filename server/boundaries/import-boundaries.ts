/**
 * POST /api/areas/boundaries: reads the file, checks every feature's geometry (a malformed one
 * refuses the file at its feature number), matches features to areas, and (unless a dry run)
 * writes all boundaries and the created areas in one transaction with the audit event: all or
 * nothing. Matching runs twice: once before the write to answer a dry run or refuse early, and
 * again under the area lock inside the write, so an area created or renamed meanwhile is seen.
 * Features that match no area are reported and skipped (or created with `createAreas`); a
 * refused file leaves every stored boundary as it was.
 */
import type { BoundaryFormat, BoundaryImportReport } from '../contracts/index.js';
import type { Database, Transaction } from '../db/database.js';
import { storedArea } from '../imports/import-areas.js';
import { storedNames } from '../presenters/area.js';
import { lockAreaDirectory } from '../queries/areas.js';
import { createAreas, setBoundaries } from '../queries/boundaries.js';
import { recordBoundaryVersions, recordLinkedVersions } from '../history/linked-record-versions.js';
import { areaDirectory, type DirectoryAreaRow } from '../queries/import.js';
import type { AuditTrail } from '../services/write-context.js';
import type { ImportLimits } from '../imports/limits.js';
import { boundingBox, checkGeometry, countPositions, simplifyGeometry } from './boundary-geometry.js';
import type { AreaGeometry } from '../contracts/index.js';
import { readAttributes } from './feature-attributes.js';
import { matchBoundaries, type DirectoryArea, type FeatureToMatch, type MatchResult } from './match-boundaries.js';
import { BoundaryRefused, readBoundaryFile } from './read-boundaries.js';

export interface BoundaryImportOptions {
  dryRun: boolean;
  createAreas: boolean;
  level?: number | undefined;
  limits: ImportLimits;
  /** Where the boundaries came from, kept on the area (the file name). */
  source?: string | undefined;
  audit?: AuditTrail | undefined;
  /** The user importing, in the history the import writes; null for the seed. */
  by?: string | null | undefined;
}

interface CheckedFeature extends FeatureToMatch {
  geometry: AreaGeometry;
}

/** A checked feature with the simplified geometry the map view draws. */
interface ShownFeature extends CheckedFeature {
  display: AreaGeometry;
}

function emptyReport(dryRun: boolean, format: BoundaryFormat | null, features: number): BoundaryImportReport {
  return {
    status: 'refused',
    dryRun,
    format,
    features,
    matched: [],
    created: [],
    unmatched: [],
    problems: [],
    points: { original: 0, display: 0 },
  };
}

/** The areas to match against, read as an import reads them (import-areas.ts). */
function directoryOf(rows: DirectoryAreaRow[]): DirectoryArea[] {
  return rows.map(storedArea);
}

export async function importBoundaries(db: Database, bytes: Uint8Array, options: BoundaryImportOptions): Promise<BoundaryImportReport> {
  let format: BoundaryFormat;
  let checked: CheckedFeature[];
  try {
    const read = readBoundaryFile(bytes, options.limits);
    format = read.format;
    checked = read.features.map((raw, index) => {
      const outcome = checkGeometry(raw.geometry);
      if ('problem' in outcome) throw new BoundaryRefused(outcome.problem, index + 1);
      return { feature: index + 1, attributes: readAttributes(raw.properties, options.level), geometry: outcome.geometry };
    });
  } catch (error) {
    if (!(error instanceof BoundaryRefused)) throw error;
    return { ...emptyReport(options.dryRun, null, 0), problems: [{ feature: error.feature, ...error.why }] };
  }
  const base = emptyReport(options.dryRun, format, checked.length);
  const first = matchBoundaries(checked, directoryOf(await db.read(areaDirectory, {})), options.createAreas);
  if (first.report.problems.length > 0) return { ...base, ...first.report };

  const shown: ShownFeature[] = checked.map((item) => ({ ...item, display: simplifyGeometry(item.geometry) }));
  const points = (result: MatchResult) => {
    const chosen = shown.filter((item) => result.targets.has(item.feature));
    return {
      original: chosen.reduce((sum, item) => sum + countPositions(item.geometry), 0),
      display: chosen.reduce((sum, item) => sum + countPositions(item.display), 0),
    };
  };
  if (options.dryRun) return { ...base, ...first.report, status: 'validated', points: points(first) };

  return db.writeTransaction(async (tx) => {
    await tx.run(lockAreaDirectory, {});
    const result = matchBoundaries(checked, directoryOf(await tx.run(areaDirectory, {})), options.createAreas);
    if (result.report.problems.length > 0) return { ...base, ...result.report };
    await writeMatched(tx, shown, result, options.source ?? null);
    const written = [...result.targets.values()];
    // History: the areas made here get their first versions (their boundaries with them), and the
    // areas matched their boundaries' versions.
    const stamp = { op: 'import' as const, by: options.by ?? null };
    const made = new Set(result.newAreas.map((area) => area.id));
    await recordLinkedVersions(tx, 'area', [...made], stamp);
    await recordBoundaryVersions(
      tx,
      written.filter((id) => !made.has(id)),
      stamp,
    );
    if (written.length > 0) await options.audit?.recordIn(tx, written);
    return { ...base, ...result.report, status: 'imported', points: points(result) };
  });
}

async function writeMatched(tx: Transaction, shown: readonly ShownFeature[], result: MatchResult, source: string | null): Promise<void> {
  if (result.newAreas.length > 0) {
    const areas = result.newAreas.map(({ names, ...area }) => ({ ...area, ...storedNames(names) }));
    await tx.run(createAreas, { areas });
  }
  const rows = shown.flatMap((item) => {
    const id = result.targets.get(item.feature);
    if (id === undefined) return [];
    return [
      {
        id,
        display: JSON.stringify(item.display),
        original: JSON.stringify(item.geometry),
        bbox: boundingBox(item.geometry),
        points: countPositions(item.geometry),
        source,
      },
    ];
  });
  // Batches keep one statement's parameters small; the transaction keeps them all or none.
  for (let at = 0; at < rows.length; at += 200) await tx.run(setBoundaries, { rows: rows.slice(at, at + 200) });
}
