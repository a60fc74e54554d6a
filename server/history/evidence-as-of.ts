/**
 * Evidence as of a date (issue 14): the grade of each tie and actor from the claims open then that
 * the viewer may see as they were (@visibleClaimVersion), by the same rule as today's stored grades
 * (server/evidence/grade-rule.ts through evidenceByLevel), so an analysis or map of a past round
 * never counts a claim added since, and still counts one deleted since. One read for every claim
 * of the date, graded in memory: no query per tie. Sources keep no versions, so a claim's source
 * counts with today's reliability (a source deleted since counts as F, unrated).
 */
import type { z } from 'zod';
import type { AccessParameters } from '../access/viewer.js';
import type { Evidence, EvidenceGrade } from '../contracts/index.js';
import type { Transaction } from '../db/database.js';
import { query } from '../db/typed-query.js';
import { evidenceByLevel } from '../evidence/evidence-grades.js';
import { SubjectClaimRowSchema, type SubjectClaimRow } from '../queries/evidence.js';

const ClaimAsOfRowSchema = SubjectClaimRowSchema.extend({
  tieId: SubjectClaimRowSchema.shape.id.nullable(),
  actorId: SubjectClaimRowSchema.shape.id.nullable(),
});

export const claimsAsOf = query<{ at: number; access: AccessParameters }, z.infer<typeof ClaimAsOfRowSchema>>(
  'history/asof-claims',
  ClaimAsOfRowSchema,
);

/** The evidence of each tie and actor with visible claims at `at`; a record missing from a map has none (unsourced). */
export interface EvidenceAsOf {
  ties: Map<string, Evidence>;
  actors: Map<string, Evidence>;
}

const UNSOURCED: Evidence = { grade: 'unsourced', claims: 0, sources: 0, contested: false };

/** A record's evidence in `evidence`, unsourced when it has no claim the viewer could see then. */
export const evidenceOrUnsourced = (evidence: Map<string, Evidence>, id: string): Evidence => evidence.get(id) ?? UNSOURCED;

type StoredEvidence = ReturnType<typeof evidenceByLevel>;

/** The claims open at `at` the viewer may see, graded per subject at every clearance level (one read). */
async function gradedAsOf(
  tx: Transaction,
  at: number,
  access: AccessParameters,
): Promise<{ ties: Map<string, StoredEvidence>; actors: Map<string, StoredEvidence> }> {
  const rows = await tx.run(claimsAsOf, { at, access });
  const graded = (key: 'tieId' | 'actorId', about: 'tie' | 'actor') => {
    const byId = new Map<string, SubjectClaimRow[]>();
    for (const row of rows) {
      const id = row[key];
      if (id) byId.set(id, [...(byId.get(id) ?? []), row]);
    }
    return new Map([...byId].map(([id, claims]) => [id, evidenceByLevel(claims, about)] as const));
  };
  return { ties: graded('tieId', 'tie'), actors: graded('actorId', 'actor') };
}

const mapValues = <T, U>(map: Map<string, T>, to: (value: T) => U): Map<string, U> =>
  new Map([...map].map(([id, value]) => [id, to(value)] as const));

/** Reads the claims open at `at` the viewer may see and grades every tie and actor they are about. */
export async function readEvidenceAsOf(tx: Transaction, at: number, access: AccessParameters): Promise<EvidenceAsOf> {
  const { ties, actors } = await gradedAsOf(tx, at, access);
  // The viewer's own clearance: the highest level they may see, as @evidenceOf picks today's stored grade.
  const level = access.levels.length - 1;
  const atLevel = (stored: StoredEvidence): Evidence => ({
    grade: (stored.grades[level] ?? 'unsourced') as EvidenceGrade,
    claims: stored.claims[level] ?? 0,
    sources: stored.sources[level] ?? 0,
    contested: stored.contested[level] ?? false,
  });
  return { ties: mapValues(ties, atLevel), actors: mapValues(actors, atLevel) };
}

/** A record's evidence at each clearance level up to the viewer's, as exports carry it (`evidenceByLevel`). */
export type EvidenceLevels = { grade: EvidenceGrade; contested: boolean }[];

/**
 * As readEvidenceAsOf, with the evidence at every clearance level up to the viewer's, for an export
 * of a past date: its redaction picks the audience's level, as it does with today's stored grades.
 */
export async function readEvidenceLevelsAsOf(
  tx: Transaction,
  at: number,
  access: AccessParameters,
): Promise<{ ties: Map<string, EvidenceLevels>; actors: Map<string, EvidenceLevels> }> {
  const { ties, actors } = await gradedAsOf(tx, at, access);
  const upToViewer = (stored: StoredEvidence): EvidenceLevels =>
    access.levels.map((_, level) => ({
      grade: (stored.grades[level] ?? 'unsourced') as EvidenceGrade,
      contested: stored.contested[level] ?? false,
    }));
  return { ties: mapValues(ties, upToViewer), actors: mapValues(actors, upToViewer) };
}
