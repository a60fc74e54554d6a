/**
 * The evidence grade: what the claims a viewer may see say about one tie or one actor attribute.
 *
 *   unsourced      no visible claim;
 *   contested      visible claims disagree (a tie exists / does not; two values of an attribute);
 *   corroborated   they agree, and either two independent sources (distinct source records) of
 *                  reliability A or B assert it, or one claim is rated credibility 1 (Admiralty:
 *                  "confirmed by other sources": the analyst says it was checked elsewhere; this
 *                  is what a tie's old confidence word "corroborated" or "confirmed" becomes);
 *   single_source  otherwise: however many claims, they do not meet the bar above.
 *
 * A pure function: the stores call it on the claims visible at each clearance level and store
 * the results on the tie or actor in the transaction that changed a claim or source.
 */
import type { Evidence, EvidenceGrade, SourceReliability } from '../contracts/index.js';

export interface GradedClaim {
  sourceId: string;
  reliability: SourceReliability;
  credibility: number;
  /** What the claim asserts, as a comparable key: claims with different keys disagree. */
  assertion: string;
}

const RELIABLE: readonly SourceReliability[] = ['A', 'B'];

export function gradeClaims(claims: readonly GradedClaim[]): Evidence {
  const sources = new Set(claims.map((claim) => claim.sourceId)).size;
  const base = { claims: claims.length, sources };
  if (claims.length === 0) return { ...base, grade: 'unsourced', contested: false };
  if (new Set(claims.map((claim) => claim.assertion)).size > 1) return { ...base, grade: 'contested', contested: true };
  const reliableSources = new Set(claims.filter((claim) => RELIABLE.includes(claim.reliability)).map((claim) => claim.sourceId));
  const grade: EvidenceGrade =
    reliableSources.size >= 2 || claims.some((claim) => claim.credibility === 1) ? 'corroborated' : 'single_source';
  return { ...base, grade, contested: false };
}

/**
 * An actor's grade over its attributes: contested when any attribute is, corroborated when every
 * attribute with claims is, unsourced without claims, single_source otherwise.
 */
export function combineGrades(parts: readonly Evidence[], counts: { claims: number; sources: number }): Evidence {
  const { claims, sources } = counts;
  const sourced = parts.filter((part) => part.grade !== 'unsourced');
  if (sourced.length === 0) return { grade: 'unsourced', claims, sources, contested: false };
  if (sourced.some((part) => part.contested)) return { grade: 'contested', claims, sources, contested: true };
  const grade = sourced.every((part) => part.grade === 'corroborated') ? 'corroborated' : 'single_source';
  return { grade, claims, sources, contested: false };
}

/** Weakest first: what a path "rests on" is its weakest tie. */
export const GRADE_STRENGTH: Record<EvidenceGrade, number> = { contested: 0, unsourced: 1, single_source: 2, corroborated: 3 };
