/**
 * In an import's transaction (issue 15): the source texts of the ties it wrote become sources and
 * claims, as the start-up migration makes them (legacy-migration.ts: one source per text and
 * sensitivity, one claim per tie, ids derived from both, so a re-import adds none), with the
 * grades and date the file states (table-evidence.ts): the source's reliability (default F, never
 * rated), the claim's credibility (default: from the tie's confidence word) and date observed.
 *
 * A re-import that states a different grade or date UPDATES the tie's claim (its credibility and
 * date) and the claim's source (its reliability): the file is the latest word of whoever keeps it.
 * A grade the file leaves blank keeps what is stored, an analyst's edit included; the claim keeps
 * the source it came from even if the file's source text has changed. The ties regraded are the
 * import's, and every subject of a source whose reliability moved.
 *
 * Undone with the import (server/imports/undo-import.ts): the claims and sources it creates carry
 * its id as the records it creates do, and a claim or source it changes keeps its earlier values
 * (an ImportPrior) for the undo to give back.
 */
import type { Transaction } from '../db/database.js';
import { importedTieSources, sourceSubjects, writeImportedClaims, type ImportedClaimParams } from '../queries/evidence.js';
import { regrade } from './evidence-grades.js';
import { legacyRow } from './legacy-migration.js';

/** An imported tie, and the grades and date its row states (absent: not given). */
interface ImportedTie {
  id: string;
  sourceId: string;
  targetId: string;
  source?: string | null | undefined;
  evidence?: { reliability?: string | undefined; credibility?: number | undefined; observedAt?: string | undefined } | undefined;
}

/** Writes the claims of the import's sourced ties and regrades; returns the ids of the claims written (for their history). */
export async function claimsFromImportedTies(
  tx: Transaction,
  ties: readonly ImportedTie[],
  written: { recordedBy: string; importId: string },
): Promise<string[]> {
  const sourced = ties.filter((tie) => (tie.source ?? '').trim() !== '');
  if (sourced.length === 0) return [];
  const stated = new Map(sourced.map((tie) => [tie.id, tie.evidence ?? {}]));
  const found = await tx.run(importedTieSources, { ties: sourced.map(({ id, sourceId, targetId }) => ({ id, sourceId, targetId })) });
  const rows: ImportedClaimParams[] = found.map((row) => {
    const made = legacyRow(row);
    const evidence = stated.get(row.tieId) ?? {};
    return {
      ...made,
      // A re-import reaches the claim and the source it already has.
      claimId: row.claimId ?? made.claimId,
      sourceId: row.claimSourceId ?? made.sourceId,
      credibility: evidence.credibility ?? made.credibility,
      observedAt: evidence.observedAt ?? made.observedAt,
      statedReliability: evidence.reliability ?? null,
      statedCredibility: evidence.credibility ?? null,
      statedObservedAt: evidence.observedAt ?? null,
    };
  });
  if (rows.length === 0) return [];
  const claims = await tx.run(writeImportedClaims, { rows, ...written });
  const tieIds = new Set(rows.map((row) => row.tieId));
  const actorIds = new Set<string>();
  for (const sourceId of new Set(claims.map((row) => row.movedSourceId).filter((id): id is string => id !== null))) {
    const [subjects] = await tx.run(sourceSubjects, { id: sourceId });
    subjects?.tieIds.forEach((id) => tieIds.add(id));
    subjects?.actorIds.forEach((id) => actorIds.add(id));
  }
  await regrade(tx, { tieIds: [...tieIds], actorIds: [...actorIds] });
  return claims.map((row) => row.claimId);
}
