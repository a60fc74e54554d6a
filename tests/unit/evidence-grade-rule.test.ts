/** The evidence grade rule (server/evidence/grade-rule.ts), case by case, and its per-level storage. */
import { describe, expect, it } from 'vitest';
import { evidenceByLevel } from '../../server/evidence/evidence-grades.js';
import { combineGrades, gradeClaims, type GradedClaim } from '../../server/evidence/grade-rule.js';

const claim = (sourceId: string, reliability: GradedClaim['reliability'], credibility = 2, assertion = 'exists'): GradedClaim => ({
  sourceId,
  reliability,
  credibility,
  assertion,
});

describe('gradeClaims', () => {
  it('no claim: unsourced', () => {
    expect(gradeClaims([])).toEqual({ grade: 'unsourced', claims: 0, sources: 0, contested: false });
  });

  it('one claim, even from an A source: single source', () => {
    expect(gradeClaims([claim('s1', 'A')]).grade).toBe('single_source');
  });

  it('two agreeing sources of reliability B or better: corroborated', () => {
    expect(gradeClaims([claim('s1', 'A'), claim('s2', 'B')])).toEqual({ grade: 'corroborated', claims: 2, sources: 2, contested: false });
  });

  it('two claims from the same source are not independent: single source', () => {
    expect(gradeClaims([claim('s1', 'A'), claim('s1', 'A')])).toMatchObject({ grade: 'single_source', claims: 2, sources: 1 });
  });

  it('a second source below B does not corroborate', () => {
    expect(gradeClaims([claim('s1', 'A'), claim('s2', 'C'), claim('s3', 'F')]).grade).toBe('single_source');
  });

  it('a claim rated credibility 1 ("confirmed by other sources") is corroborated on its own', () => {
    expect(gradeClaims([claim('s1', 'F', 1)]).grade).toBe('corroborated');
  });

  it('disagreeing claims: contested, whatever their grades', () => {
    const evidence = gradeClaims([claim('s1', 'A'), claim('s2', 'A'), claim('s3', 'F', 6, 'absent')]);
    expect(evidence).toEqual({ grade: 'contested', claims: 3, sources: 3, contested: true });
  });
});

describe('combineGrades (an actor over its attributes)', () => {
  const single = gradeClaims([claim('s1', 'C')]);
  const corroborated = gradeClaims([claim('s1', 'A'), claim('s2', 'B')]);
  const contested = gradeClaims([claim('s1', 'A', 2, '1'), claim('s2', 'A', 2, '-1')]);
  const counts = { claims: 5, sources: 2 };
  it('contested when any attribute is', () => expect(combineGrades([corroborated, contested], counts).grade).toBe('contested'));
  it('corroborated when every sourced attribute is', () => expect(combineGrades([corroborated], counts).grade).toBe('corroborated'));
  it('single source when one attribute is', () => expect(combineGrades([corroborated, single], counts).grade).toBe('single_source'));
  it('unsourced without claims', () => expect(combineGrades([], { claims: 0, sources: 0 }).grade).toBe('unsourced'));
});

describe('evidenceByLevel', () => {
  const row = (id: string, sourceId: string, reliability: string, sensitivity: string, exists = true) => ({
    id,
    sourceId,
    reliability,
    sensitivity,
    credibility: 2,
    exists,
    attribute: null,
    value: null,
  });

  it('grades each clearance level from the claims whose sources it sees', () => {
    const stored = evidenceByLevel([row('c1', 'report', 'B', 'internal'), row('c2', 'informant', 'A', 'strictly_confidential')], 'tie');
    expect(stored.grades).toEqual(['unsourced', 'single_source', 'single_source', 'corroborated']);
    expect(stored.claims).toEqual([0, 1, 1, 2]);
    expect(stored.sources).toEqual([0, 1, 1, 2]);
  });

  it('marks a claim contested only at the levels that see the disagreement', () => {
    const stored = evidenceByLevel([row('c1', 'report', 'B', 'internal'), row('c2', 'denial', 'C', 'confidential', false)], 'tie');
    expect(stored.contested).toEqual([false, false, true, true]);
    expect(stored.claimFlags).toEqual([
      { id: 'c1', contestedAt: [false, false, true, true] },
      { id: 'c2', contestedAt: [false, false, true, true] },
    ]);
  });

  it('an actor is contested through the attribute whose values differ', () => {
    const stance = (id: string, sourceId: string, value: number) => ({
      ...row(id, sourceId, 'B', 'internal'),
      exists: null,
      attribute: 'stance',
      value,
    });
    const stored = evidenceByLevel(
      [stance('c1', 'a', 1), stance('c2', 'b', -1), { ...stance('c3', 'c', 4), attribute: 'influence' }],
      'actor',
    );
    expect(stored.grades[1]).toBe('contested');
    expect(stored.claimFlags.find((flag) => flag.id === 'c3')?.contestedAt[1]).toBe(false);
    expect(stored.claimFlags.find((flag) => flag.id === 'c1')?.contestedAt[1]).toBe(true);
  });
});
