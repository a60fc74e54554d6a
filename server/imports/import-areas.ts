/**
 * Admin areas an import names: imports create areas, they never change one. Areas are written
 * through the Areas dialog (PATCH /api/areas), whose rules an import would otherwise bypass: an
 * area that an access grant or a pending grant request names is changed by administrators only
 * (the grant was approved for the area as the administrators knew it), and every write keeps the
 * tree sound (a p-code names one place, a parent exists one level above, no area lies inside
 * itself).
 *
 * So, for each area of the file:
 * - an area that exists is left alone when the file states the same values for the fields it
 *   states (a routine re-import of last month's 3W, a snapshot of this map); a file stating other
 *   values is refused at that row, and the person changes the area in the Areas dialog;
 * - a new area must pass the area store's placement rules (services/area-rules.ts) against the
 *   map's areas and the file's other new areas, or is refused at its row.
 * The check runs before a dry run answers and again in the write transaction under the area lock
 * (areas/lock-area-directory, the lock every area write takes), so nothing changes between the
 * check and the write; the dataset writer then creates only the areas that do not exist
 * (dataset/merge-areas).
 */
import type { AdminArea, ImportProblem } from '../contracts/index.js';
import type { RunQuery } from '../db/database.js';
import { lockAreaDirectory } from '../queries/areas.js';
import { areaDirectory, type DirectoryAreaRow } from '../queries/import.js';
import { placementProblems, type PlacedArea } from '../services/area-rules.js';
import { because, type Reason } from './import-errors.js';
import type { ImportPlan, RowOrigin } from './import-plan.js';

/** Runs a query: `db.read` before the write, `tx.run` inside it. */
type Run = RunQuery;

/** The fields of an area a file may state, in the order a refusal names them. */
const FIELDS = ['name', 'pcode', 'level', 'parentId', 'isCapital', 'names'] as const;
type Field = (typeof FIELDS)[number];

const LABELS: Record<Field, string> = {
  name: 'name',
  pcode: 'p-code',
  level: 'level',
  parentId: 'parent',
  isCapital: 'capital flag',
  names: 'other names',
};

export interface StoredArea extends PlacedArea {
  isCapital: boolean;
  names: Record<string, string>;
}

/** An area of import/area-directory as the checks compare it (also the boundary import's directory). */
export function storedArea(row: DirectoryAreaRow): StoredArea {
  const names: Record<string, string> = {};
  for (const [language, text] of row.names) if (language && text) names[language] = text;
  return {
    id: row.id,
    name: row.name ?? row.id,
    pcode: row.pcode,
    level: row.level,
    parentId: row.parentId,
    isCapital: row.isCapital,
    names,
  };
}

function placed(area: AdminArea): PlacedArea {
  return { id: area.id, name: area.name, level: area.level, parentId: area.parentId ?? null, pcode: area.pcode ?? null };
}

function sameNames(a: Record<string, string> | undefined, b: Record<string, string>): boolean {
  const sorted = (names: Record<string, string>) => JSON.stringify(Object.entries(names).sort(([x], [y]) => x.localeCompare(y)));
  return sorted(a ?? {}) === sorted(b);
}

function same(field: Field, area: AdminArea, current: StoredArea): boolean {
  switch (field) {
    case 'names':
      return area.names === undefined || sameNames(area.names, current.names);
    case 'pcode':
    case 'parentId':
      return (area[field] ?? null) === current[field];
    case 'level':
      return area.level === (current.level ?? 1);
    default:
      return area[field] === current[field];
  }
}

function states(origin: RowOrigin | undefined, field: Field): boolean {
  return !origin || origin.given === 'all' || origin.given.includes(field);
}

/**
 * The located problems of the plan's areas against the map's (none: the file may be written).
 * With `lock`, takes the area lock first (inside the write transaction).
 */
export async function importAreaProblems(run: Run, plan: ImportPlan, options: { lock?: boolean } = {}): Promise<ImportProblem[]> {
  if (plan.areas.length === 0) return [];
  if (options.lock) await run(lockAreaDirectory, {});
  const current = new Map((await run(areaDirectory, {})).map((row) => [row.id, storedArea(row)]));
  const problems: ImportProblem[] = [];
  const at = (area: AdminArea, reason: Reason) => {
    const origin = plan.areaOrigins?.[area.id];
    problems.push({ line: origin?.line ?? null, column: origin?.column ?? null, sheet: origin?.sheet ?? null, ...reason });
  };
  const tree = new Map<string, PlacedArea>(current);
  const fresh = plan.areas.filter((area) => !current.has(area.id));
  for (const area of fresh) tree.set(area.id, placed(area));
  for (const area of plan.areas) {
    const held = current.get(area.id);
    if (!held) continue;
    const differing = FIELDS.filter((field) => states(plan.areaOrigins?.[area.id], field) && !same(field, area, held));
    if (differing.length > 0)
      at(
        area,
        because(
          `admin area "${held.name}" (${area.id}) exists with another ${differing.map((field) => LABELS[field]).join(', ')}; ` +
            'imports do not change existing areas: change it in the Areas dialog, or leave it out of the file',
          'import.area_exists_differently',
          // The fields as their keys (name, pcode, level, parentId, isCapital, names): the interface names them in its language.
          { name: held.name, id: area.id, areaFields: [...differing] },
        ),
      );
  }
  for (const area of fresh) {
    const { invalid, conflicts } = placementProblems(tree, { next: placed(area), current: null, movesInTree: true });
    for (const problem of [...invalid, ...conflicts])
      at(area, {
        reason: `new admin area "${area.name}" (${area.id}): ${LABELS[problem.path.replace('body.', '') as Field] ?? 'area'}: ${problem.message}`,
        // The area rules' own code says why (a p-code taken, a parent a level off); the row it is at says which area.
        messageCode: problem.messageCode ?? 'field.invalid',
        params: problem.params ?? {},
      });
  }
  return problems;
}
