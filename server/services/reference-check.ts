/**
 * Checks, inside a write transaction, that the records a write refers to exist, and answers 409
 * naming each missing one. Run before the write, so a refused request writes nothing.
 */
import { accessParameters, isLowering, mayAssignSensitivity, mayLowerSensitivity, type Viewer } from '../access/viewer.js';
import type { Sensitivity } from '../contracts/index.js';
import type { Transaction } from '../db/database.js';
import { AppError, missingReferences, nounCode, problem, type FieldProblem } from '../errors.js';
import { findMissingActors } from '../queries/actors.js';
import { findMissingAreas } from '../queries/areas.js';
import { findMissingOutputs } from '../queries/outputs.js';
import type { WithAccess } from '../queries/rows.js';

export interface Reference {
  /** Which query lists missing ids: `actors/find-missing-actors`, `areas/...`, `outputs/...`. */
  query: 'actors/find-missing-actors' | 'areas/find-missing-areas' | 'outputs/find-missing-outputs';
  /** Field path for the error detail, e.g. `body.basedIn`. */
  path: string;
  /** What the ids name, for the message: "actor", "admin area", "output". */
  what: string;
  ids: readonly string[];
}

/** The handle behind each kind of reference; keyed by the name so a new kind without one does not compile. */
const FIND_MISSING = {
  'actors/find-missing-actors': findMissingActors,
  'areas/find-missing-areas': findMissingAreas,
  'outputs/find-missing-outputs': findMissingOutputs,
} satisfies Record<Reference['query'], unknown>;

/** Actors the viewer may not see count as missing, exactly as if they did not exist. */
export async function assertReferencesExist(tx: Transaction, references: readonly Reference[], viewer: Viewer): Promise<void> {
  const problems: FieldProblem[] = [];
  for (const reference of references) {
    if (reference.ids.length === 0) continue;
    const params: WithAccess & { ids: string[] } = { ids: [...new Set(reference.ids)], access: accessParameters(viewer) };
    const [row] = await tx.run(FIND_MISSING[reference.query], params);
    const missing = row?.missing ?? [];
    for (const id of missing)
      problems.push(
        problem(reference.path, `no ${reference.what} with id "${id}"`, 'field.missing_record', { what: nounCode(reference.what), id }),
      );
  }
  if (problems.length > 0) throw missingReferences(problems);
}

/** Nobody may mark a record more sensitive than they could see themselves. */
export function assertMayAssign(viewer: Viewer, level: Sensitivity): void {
  if (mayAssignSensitivity(viewer, level)) return;
  throw new AppError(403, 'forbidden', `You may not mark a record ${level}: it is above your clearance`, [
    problem('body.sensitivity', 'above your clearance', 'field.above_clearance', { level }),
  ]).saying('forbidden.clearance_above_own_record', { level });
}

/**
 * A sensitivity change from `current` to `next`: never above the viewer's clearance, and a
 * lowering only by someone cleared for the current level on their own (not through a grant).
 * Returns the audit detail (`confidential->public`, codes only) when the change lowers the record.
 */
export function assertMayChangeSensitivity(viewer: Viewer, current: Sensitivity, next: Sensitivity | undefined): string | null {
  if (!next || next === current) return null;
  assertMayAssign(viewer, next);
  if (!isLowering(current, next)) return null;
  if (!mayLowerSensitivity(viewer, current)) {
    throw new AppError(
      403,
      'forbidden',
      `You may not lower a record from ${current}: lowering needs your own clearance for ${current}, a grant is not enough`,
      [problem('body.sensitivity', 'lowering needs clearance for the current level', 'field.lowering_needs_clearance', { level: current })],
    ).saying('forbidden.lowering_needs_own_clearance', { level: current });
  }
  return `${current}->${next}`;
}
