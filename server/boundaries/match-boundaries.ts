/**
 * Which area each boundary feature draws: by p-code first (compared without case, as the area
 * rules do), then by folded name (the import's folding of case, accents, apostrophes and spaces)
 * against the area's name and its other names, at the feature's level when it states one. A name
 * that fits several areas matches none: the feature is reported, not guessed. With `createAreas`,
 * a feature that matches nothing becomes a new area (its parent found by the parent p-code, in
 * the map or earlier in the same file), provided it passes the area store's placement rules.
 * Two features for one area refuse the file at the second one. Pure.
 */
import { randomUUID } from 'node:crypto';
import type { BoundaryImportReport } from '../contracts/index.js';
import { foldName } from '../imports/actor-matching.js';
import { because, type Reason } from '../imports/import-errors.js';
import { placementProblems, type PlacedArea } from '../services/area-rules.js';
import type { FeatureAttributes } from './feature-attributes.js';

export interface DirectoryArea extends PlacedArea {
  names: Record<string, string>;
}

export interface FeatureToMatch {
  /** 1-based number in the file. */
  feature: number;
  attributes: FeatureAttributes;
}

/** A new area to write, with its stored fields. */
export interface NewArea {
  id: string;
  name: string;
  pcode: string | null;
  level: number;
  parentId: string | null;
  names: Record<string, string>;
}

export interface MatchResult {
  /** Feature number -> area id, for every feature that gets a boundary. */
  targets: Map<number, string>;
  newAreas: NewArea[];
  report: Pick<BoundaryImportReport, 'matched' | 'created' | 'unmatched' | 'problems'>;
}

export function matchBoundaries(
  features: readonly FeatureToMatch[],
  directory: readonly DirectoryArea[],
  createAreas: boolean,
): MatchResult {
  const byPcode = new Map(directory.filter((area) => area.pcode).map((area) => [(area.pcode as string).toUpperCase(), area]));
  const byName = new Map<string, DirectoryArea[]>();
  for (const area of directory)
    for (const name of new Set([area.name, ...Object.values(area.names)].map(foldName)))
      byName.set(name, [...(byName.get(name) ?? []), area]);

  const targets = new Map<number, string>();
  const claimedBy = new Map<string, number>();
  const report: MatchResult['report'] = { matched: [], created: [], unmatched: [], problems: [] };
  const unmatched: FeatureToMatch[] = [];

  const claim = (feature: number, areaId: string): boolean => {
    const earlier = claimedBy.get(areaId);
    if (earlier !== undefined) {
      report.problems.push({
        feature,
        ...because(`draws the same area as feature ${earlier}; a file gives one boundary per area`, 'boundary.same_area_twice', {
          earlier,
        }),
      });
      return false;
    }
    claimedBy.set(areaId, feature);
    targets.set(feature, areaId);
    return true;
  };

  for (const { feature, attributes } of features) {
    const { pcode, name, level } = attributes;
    const ref = { feature, name, pcode };
    const byCode = pcode ? byPcode.get(pcode.toUpperCase()) : undefined;
    if (byCode) {
      if (claim(feature, byCode.id)) report.matched.push({ ...ref, areaId: byCode.id, by: 'pcode' });
      continue;
    }
    const named = name ? (byName.get(foldName(name)) ?? []) : [];
    const atLevel = level === null ? named : named.filter((area) => area.level === level);
    // An area with a different p-code is another place of the same name, not this one.
    const candidates = atLevel.filter((area) => !pcode || !area.pcode);
    if (candidates.length === 1) {
      const area = candidates[0] as DirectoryArea;
      if (claim(feature, area.id)) report.matched.push({ ...ref, areaId: area.id, by: 'name' });
      continue;
    }
    if (candidates.length > 1) {
      report.unmatched.push({
        ...ref,
        level,
        ...because(`its name fits ${candidates.length} areas; give the p-code to choose`, 'boundary.name_fits_several', {
          count: candidates.length,
        }),
      });
      continue;
    }
    unmatched.push({ feature, attributes });
  }

  if (!createAreas) {
    for (const { feature, attributes } of unmatched)
      report.unmatched.push({ ...describe(feature, attributes), ...because('no area has its p-code or name', 'boundary.no_area_matches') });
    return { targets, newAreas: [], report };
  }
  return createMissing(unmatched, directory, targets, report, claim);
}

function describe(feature: number, { name, pcode, level }: FeatureAttributes) {
  return { feature, name, pcode, level };
}

function createMissing(
  unmatched: FeatureToMatch[],
  directory: readonly DirectoryArea[],
  targets: Map<number, string>,
  report: MatchResult['report'],
  claim: (feature: number, areaId: string) => boolean,
): MatchResult {
  const tree = new Map<string, PlacedArea>(directory.map((area) => [area.id, area]));
  const newAreas: NewArea[] = [];
  // Parents first, so a file of regions and districts creates both.
  const ordered = [...unmatched].sort((a, b) => (a.attributes.level ?? 0) - (b.attributes.level ?? 0) || a.feature - b.feature);
  for (const { feature, attributes } of ordered) {
    const { name, pcode, level, parentPcode, names } = attributes;
    const refuse = (reason: Reason) => report.unmatched.push({ ...describe(feature, attributes), ...reason });
    if (!name) refuse(because('no area has its p-code, and it has no name to create one with', 'boundary.no_name_to_create'));
    else if (level === null)
      refuse(because('no area has its p-code or name, and its admin level is unknown (give ?level=)', 'boundary.admin_level_unknown'));
    else {
      // No parent p-code: a top area of the map (the demo's regions have no country above them).
      const parent =
        level === 0 || !parentPcode ? null : [...tree.values()].find((area) => area.pcode?.toUpperCase() === parentPcode.toUpperCase());
      if (parent === undefined) {
        refuse(
          because(`its parent p-code ${parentPcode} names no area`, 'boundary.parent_pcode_unknown', { parentPcode: String(parentPcode) }),
        );
        continue;
      }
      const next: PlacedArea = { id: randomUUID(), name, pcode, level, parentId: parent?.id ?? null };
      const { invalid, conflicts } = placementProblems(tree, { next, current: null, movesInTree: true });
      const problem = [...invalid, ...conflicts][0];
      if (problem) {
        // The area rules' own code says why (a p-code taken, a parent a level off); the list it is in says it was not created.
        refuse({
          reason: `cannot be created: ${problem.message}`,
          messageCode: problem.messageCode ?? 'field.invalid',
          params: problem.params ?? {},
        });
        continue;
      }
      tree.set(next.id, next);
      if (!claim(feature, next.id)) continue;
      newAreas.push({ id: next.id, name, pcode, level, parentId: next.parentId, names });
      report.created.push({ feature, name, pcode, areaId: next.id, level, parentId: next.parentId });
    }
  }
  report.unmatched.sort((a, b) => a.feature - b.feature);
  report.created.sort((a, b) => a.feature - b.feature);
  return { targets, newAreas, report };
}
