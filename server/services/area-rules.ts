/**
 * Where an admin area may sit in the tree, checked against every area (reference data: a few
 * thousand at most, read under the area lock). Pure, so the rules are tested without a database:
 * a p-code names one place (compared without case: `ss01` is `SS01`); a parent exists and sits
 * one level above; an area is never placed inside itself; and an area's level changes only while
 * no child area hangs below it (their levels would no longer follow).
 */
import { missingRecord, problem, type FieldProblem } from '../errors.js';

export interface PlacedArea {
  id: string;
  name: string;
  level: number | null;
  parentId: string | null;
  pcode: string | null;
}

export interface PlacementProblems {
  /** The input breaks a rule on its own (400). */
  invalid: FieldProblem[];
  /** The input clashes with other areas (409): a taken p-code, a missing parent, child areas. */
  conflicts: FieldProblem[];
}

export interface PlacementCheck {
  /** The area as it would be after the write. */
  next: PlacedArea;
  /** The area before the write; null for a create. */
  current: PlacedArea | null;
  /** Which of level and parent the write sets (a patch that sets neither leaves the tree as it is). */
  movesInTree: boolean;
}

export function placementProblems(areas: ReadonlyMap<string, PlacedArea>, check: PlacementCheck): PlacementProblems {
  const { next, current, movesInTree } = check;
  const invalid: FieldProblem[] = [];
  const conflicts: FieldProblem[] = [];
  if (next.pcode !== null && next.pcode !== current?.pcode) {
    const wanted = next.pcode.toUpperCase();
    const holder = [...areas.values()].find((area) => area.id !== next.id && area.pcode?.toUpperCase() === wanted);
    if (holder)
      conflicts.push(
        problem('body.pcode', `p-code ${next.pcode} is already used by ${holder.name}`, 'field.pcode_taken', {
          pcode: next.pcode,
          name: holder.name,
        }),
      );
  }
  if (movesInTree && next.parentId !== null) {
    const parent = areas.get(next.parentId);
    if (!parent) conflicts.push(missingRecord('body.parentId', 'admin area', next.parentId));
    else if (insideItself(areas, next.id, parent))
      invalid.push(
        problem('body.parentId', `${parent.name} lies inside this area; an area cannot lie inside itself`, 'field.area_inside_itself', {
          name: parent.name,
        }),
      );
    else if (next.level !== (parent.level ?? 0) + 1) {
      const parentLevel = parent.level ?? 0;
      invalid.push(
        problem(
          'body.level',
          `must be ${parentLevel + 1}, one below its parent ${parent.name} (level ${parentLevel})`,
          'field.level_below_parent',
          {
            wanted: parentLevel + 1,
            name: parent.name,
            parentLevel,
          },
        ),
      );
    }
  }
  if (current && next.level !== current.level) {
    const children = [...areas.values()].filter((area) => area.parentId === next.id).length;
    if (children > 0) {
      conflicts.push(
        problem(
          'body.level',
          `${children} child ${children === 1 ? 'area lies' : 'areas lie'} below this one; move them first, then change its level`,
          'field.area_has_children',
          { count: children },
        ),
      );
    }
  }
  return { invalid, conflicts };
}

/** True when `parent` is the area itself or lies below it. */
function insideItself(areas: ReadonlyMap<string, PlacedArea>, id: string, parent: PlacedArea): boolean {
  const seen = new Set<string>();
  for (let area: PlacedArea | undefined = parent; area; area = area.parentId ? areas.get(area.parentId) : undefined) {
    if (area.id === id) return true;
    // Stored data may already hold a loop (imports do not check): stop at the first repeat.
    if (seen.has(area.id)) return false;
    seen.add(area.id);
  }
  return false;
}
