/**
 * Keeps the stored grades current. Every write that changes what a tie's or actor's claims say
 * (a claim created, edited or deleted; a source's reliability or sensitivity changed; a source
 * deleted) calls `regrade` in its own transaction, so a grade is never stale after a commit.
 *
 * Why per clearance level: a viewer sees a claim when they may see its source, and sources are
 * visible by clearance alone (grants open actors, not sources), so the claims a viewer sees on a
 * visible tie depend only on the highest level they are cleared for. Four stored grades per record
 * (public ... strictly confidential) cover every viewer; the map reads one by index
 * (@evidenceOf in visibility.cypher), with no claim traversal at read time, and a viewer never
 * gets a grade, count or contested flag that a source they may not see has moved.
 */
import { ALL_TIE_RELATIONSHIP_TYPES } from '../db/allowlist.js';
import type { Transaction } from '../db/database.js';
import { SENSITIVITY_LEVELS, type Evidence, type SourceReliability } from '../contracts/index.js';
import {
  actorsClaims,
  storeActorsEvidence,
  storeTiesEvidence,
  tieEnds,
  tiesClaims,
  type StoredEvidence,
  type SubjectClaimRow,
  type TieEnds,
} from '../queries/evidence.js';
import { combineGrades, gradeClaims, type GradedClaim } from './grade-rule.js';

const rankOf = (sensitivity: string) => Math.max(0, SENSITIVITY_LEVELS.indexOf(sensitivity as (typeof SENSITIVITY_LEVELS)[number]));

function graded(row: SubjectClaimRow, assertion: string): GradedClaim {
  return { sourceId: row.sourceId, reliability: row.reliability as SourceReliability, credibility: row.credibility ?? 6, assertion };
}

/** What a tie claim asserts: the tie exists (strength is detail, not disagreement) or does not. */
const tieAssertion = (row: SubjectClaimRow) => (row.exists === false ? 'absent' : 'exists');
/** What an actor claim asserts: one value of one attribute. */
const attributeAssertion = (row: SubjectClaimRow) => `${row.attribute}=${JSON.stringify(row.value)}`;

/** The grades of one subject at each level, from all its claims (whoever may see them). */
export function evidenceByLevel(rows: readonly SubjectClaimRow[], about: 'tie' | 'actor'): StoredEvidence {
  const levels = SENSITIVITY_LEVELS.map((_, level) => {
    const seen = rows.filter((row) => rankOf(row.sensitivity) <= level);
    if (about === 'tie') {
      const evidence = gradeClaims(seen.map((row) => graded(row, tieAssertion(row))));
      return { evidence, contestedClaims: new Set(evidence.contested ? seen.map((row) => row.id) : []) };
    }
    const attributes = [...new Set(seen.map((row) => row.attribute ?? ''))];
    const contestedClaims = new Set<string>();
    const parts = attributes.map((attribute) => {
      const ofAttribute = seen.filter((row) => (row.attribute ?? '') === attribute);
      const part = gradeClaims(ofAttribute.map((row) => graded(row, attributeAssertion(row))));
      if (part.contested) ofAttribute.forEach((row) => contestedClaims.add(row.id));
      return part;
    });
    const counts = gradeClaims(seen.map((row) => graded(row, '')));
    return { evidence: combineGrades(parts, counts), contestedClaims };
  });
  const pick = <K extends keyof Evidence>(key: K) => levels.map((level) => level.evidence[key]);
  return {
    grades: pick('grade'),
    claims: pick('claims'),
    sources: pick('sources'),
    contested: pick('contested'),
    claimFlags: rows.map((row) => ({ id: row.id, contestedAt: levels.map((level) => level.contestedClaims.has(row.id)) })),
  };
}

/** The records to grade again: ties (by id, with their ends where the caller knows them) and actors. */
export interface RegradeSubjects {
  tieIds?: readonly (string | null)[];
  actorIds?: readonly (string | null)[];
  /** Ends of ties whose claims may all be gone (a claim or source deleted): no claim tells them then. */
  tieEnds?: readonly TieEnds[];
}

const present = (ids: readonly (string | null)[] | undefined) => [...new Set(ids ?? [])].filter((id): id is string => Boolean(id));
const tieTypes = { relationshipTypes: ALL_TIE_RELATIONSHIP_TYPES };

/** Each tie's ends: from the caller, else from its claims, else (a tie left with no claim) one scan of the ties for all the rest. */
async function endsOf(tx: Pick<Transaction, 'run'>, tieIds: readonly string[], known: readonly TieEnds[]) {
  const ends = new Map<string, { tieStartId: string; tieEndId: string }>();
  for (const { tieId, tieStartId, tieEndId } of known) if (tieStartId && tieEndId) ends.set(tieId, { tieStartId, tieEndId });
  const missing = tieIds.filter((id) => !ends.has(id));
  if (missing.length === 0) return ends;
  for (const { tieId, tieStartId, tieEndId } of await tx.run(tieEnds, { tieIds: missing, ...tieTypes })) {
    if (tieStartId && tieEndId) ends.set(tieId, { tieStartId, tieEndId });
  }
  return ends;
}

/**
 * Computes and stores again the grades of these ties and actors, inside the caller's transaction:
 * four queries for the ties and two for the actors however many there are (a migration batch, an
 * import, a source with many claims), each set-based and finding its records from indexed ids.
 */
export async function regrade(tx: Pick<Transaction, 'run'>, subjects: RegradeSubjects): Promise<void> {
  const tieIds = present(subjects.tieIds);
  if (tieIds.length > 0) {
    const byTie = new Map<string, SubjectClaimRow[]>(tieIds.map((id) => [id, []]));
    const claimed: TieEnds[] = [...(subjects.tieEnds ?? [])];
    for (const row of await tx.run(tiesClaims, { tieIds })) {
      byTie.get(row.tieId)?.push(row);
      claimed.push(row);
    }
    const ends = await endsOf(tx, tieIds, claimed);
    // A tie gone (deleted in this transaction) has no ends to store its grade on.
    const stored = [...byTie].flatMap(([tieId, rows]) => {
      const at = ends.get(tieId);
      return at ? [{ tieId, ...at, ...evidenceByLevel(rows, 'tie') }] : [];
    });
    await tx.run(storeTiesEvidence, {
      rows: stored.map(({ claimFlags: _flags, ...row }) => row),
      claimFlags: stored.flatMap((row) => row.claimFlags),
      ...tieTypes,
    });
  }
  const actorIds = present(subjects.actorIds);
  if (actorIds.length > 0) {
    const byActor = new Map<string, SubjectClaimRow[]>(actorIds.map((id) => [id, []]));
    for (const row of await tx.run(actorsClaims, { actorIds })) byActor.get(row.actorId)?.push(row);
    const stored = [...byActor].map(([actorId, rows]) => ({ actorId, ...evidenceByLevel(rows, 'actor') }));
    await tx.run(storeActorsEvidence, {
      rows: stored.map(({ claimFlags: _flags, ...row }) => row),
      claimFlags: stored.flatMap((row) => row.claimFlags),
    });
  }
}
