/**
 * Checks, inside a write transaction, that the records a write refers to exist, and answers 409
 * naming each missing one. Run before the write, so a refused request writes nothing.
 */
import type { Transaction } from '../db/database.js';
import { conflict, type FieldProblem } from '../errors.js';

export interface Reference {
  /** Which query lists missing ids: `actors/find-missing-actors`, `areas/...`, `outputs/...`. */
  query: 'actors/find-missing-actors' | 'areas/find-missing-areas' | 'outputs/find-missing-outputs';
  /** Field path for the error detail, e.g. `body.basedIn`. */
  path: string;
  /** What the ids name, for the message: "actor", "admin area", "output". */
  what: string;
  ids: readonly string[];
}

export const REFERENCE_QUERIES = [
  'actors/find-missing-actors',
  'areas/find-missing-areas',
  'outputs/find-missing-outputs',
] as const;

export async function assertReferencesExist(tx: Transaction, references: readonly Reference[]): Promise<void> {
  const problems: FieldProblem[] = [];
  for (const reference of references) {
    if (reference.ids.length === 0) continue;
    const [row] = await tx.run(reference.query, { ids: [...new Set(reference.ids)] });
    const missing = (row?.missing as string[] | undefined) ?? [];
    for (const id of missing) problems.push({ path: reference.path, message: `no ${reference.what} with id "${id}"` });
  }
  if (problems.length > 0) {
    throw conflict(`Refers to records that do not exist: ${problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`, problems);
  }
}
