/**
 * Duplicates already in the map: the "Possible duplicates" list of everything the caller may see,
 * and the same-name check before an actor is created. Both fold names as the import's duplicate
 * suggestions do (server/imports/duplicate-suggestions.ts), so the three never disagree.
 */
import { accessParameters, type Viewer } from '../access/viewer.js';
import type { ActorCreateRequest, DuplicateList } from '../contracts/index.js';
import type { Database, Transaction } from '../db/database.js';
import { AppError } from '../errors.js';
import { findDuplicates, nameKey, type NamedActor } from '../imports/duplicate-suggestions.js';
import { DEFAULT_IMPORT_LIMITS } from '../imports/limits.js';
import { findSameNames, listNames } from '../queries/merge.js';

export interface DuplicateFinder {
  /** Pairs of visible actors that may be one organisation, at most `limit` listed. */
  list(limit: number, viewer: Viewer): Promise<DuplicateList>;
  /**
   * Refuses (409 `possible_duplicate`, with the existing ids) an actor whose folded name,
   * acronym or an alias equals a visible actor's, unless the request confirms it.
   */
  assertNoSameName(tx: Transaction, input: ActorCreateRequest & { id: string }, viewer: Viewer): Promise<void>;
}

export function createDuplicateFinder(db: Database): DuplicateFinder {
  return {
    async list(limit, viewer) {
      const rows = await db.read(listNames, { access: accessParameters(viewer) });
      // Every visible actor is compared with every other: findDuplicates pairs "imported" names
      // with each other and with "existing" ones, so all are passed as imported, none as existing.
      const actors: NamedActor[] = rows.map((row) => ({ ...row, existing: false }));
      const findings = findDuplicates(actors, [], { maxSuggestions: limit, maxComparisons: DEFAULT_IMPORT_LIMITS.maxDuplicateComparisons });
      const items = findings.suggestions.map((pair) => ({ ...pair, a: { ...pair.a, existing: true }, b: { ...pair.b, existing: true } }));
      return { items, more: findings.more, complete: findings.complete };
    },

    async assertNoSameName(tx, input, viewer) {
      if (input.confirmDuplicate === true) return;
      const keys = [
        ...new Set(
          [input.name, input.acronym, ...(input.aliases ?? [])]
            .filter((value): value is string => !!value)
            .map(nameKey)
            .filter(Boolean),
        ),
      ];
      if (keys.length === 0) return;
      const rows = await tx.run(findSameNames, { keys, exceptId: input.id, access: accessParameters(viewer) });
      if (rows.length === 0) return;
      throw possibleDuplicate(rows.map((row) => row.id));
    },
  };
}

/** 409 naming the visible actors that already carry the name; `confirmDuplicate: true` creates anyway. */
function possibleDuplicate(existingIds: string[]): AppError {
  return new AppError(
    409,
    'possible_duplicate',
    'An actor with this name, acronym or alias already exists; open it, or send confirmDuplicate: true to create another',
    { existingIds },
  ).saying('possible_duplicate', { count: existingIds.length });
}
