/**
 * Start-up migration (idempotent): each tie's free-text `source` becomes a Source and a Claim, and
 * its confidence word a grade. One source per distinct text and sensitivity (the same words on
 * two ties are one report; a source is no less sensitive than the tie it came from); reliability
 * F (never rated: "cannot be judged"). The confidence word becomes the claim's credibility:
 * "confirmed" and "corroborated" mean checked elsewhere, Admiralty 1, which the grade rule counts
 * as corroborated; "reported" becomes 3 ("possibly true"), a single-source grade. Claim ids are
 * derived from the tie id and source ids from the text, and both are MERGEd, so a rerun, or a
 * retried batch, writes nothing twice; ties migrated already are skipped by their legacy claim.
 * An import does the same for the ties it wrote, in its own transaction (imported-tie-claims.ts):
 * a source column becomes claims at once, and a re-import of the same file adds none.
 */
import { createHash } from 'node:crypto';
import type { Database, Transaction } from '../db/database.js';
import { ALL_TIE_RELATIONSHIP_TYPES } from '../db/allowlist.js';
import { legacyTieSources, writeLegacyClaims, type LegacyTieRow } from '../queries/evidence.js';
import { regrade } from './evidence-grades.js';

const BATCH = 500;
const CREDIBILITY: Record<string, number> = { confirmed: 1, corroborated: 1, reported: 3 };
const digest = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 24);

/** A tie's source text as the ids, title and grade of its source and claim (shared with imports: imported-tie-claims.ts). */
export function legacyRow(row: LegacyTieRow) {
  return {
    tieId: row.tieId,
    tieStartId: row.tieStartId,
    tieEndId: row.tieEndId,
    sourceId: `src-${digest(`${row.sensitivity}\u0000${row.source.trim()}`)}`,
    claimId: `clm-${digest(row.tieId)}`,
    title: row.source.trim().slice(0, 300),
    sensitivity: row.sensitivity,
    credibility: CREDIBILITY[row.confidence] ?? 3,
    observedAt: row.observedAt ? row.observedAt.slice(0, 10) : null,
  };
}

/** Migrates every tie not yet migrated; returns how many ties got a claim. */
export async function migrateLegacySources(db: Database): Promise<number> {
  let migrated = 0;
  let after = '';
  for (;;) {
    const rows = await db.read(legacyTieSources, { relationshipTypes: ALL_TIE_RELATIONSHIP_TYPES, after, limit: BATCH });
    if (rows.length === 0) return migrated;
    await db.writeTransaction((tx) => claimTieSources(tx, rows));
    migrated += rows.length;
    after = rows[rows.length - 1]!.tieId;
  }
}

/** The ties' source texts as sources and claims, and the ties regraded; returns the claims' ids. */
async function claimTieSources(tx: Pick<Transaction, 'run'>, ties: LegacyTieRow[]): Promise<string[]> {
  if (ties.length === 0) return [];
  const rows = ties.map(legacyRow);
  await tx.run(writeLegacyClaims, { rows });
  await regrade(tx, { tieIds: rows.map((row) => row.tieId) });
  return rows.map((row) => row.claimId);
}
