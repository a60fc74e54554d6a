/** The merge plan without a database: fields filled, aliases, and what becomes of each tie. */
import { describe, expect, it } from 'vitest';
import { planFields, planTies, type StoredTie } from '../../server/services/merge-plan.js';

const tie = (
  id: string,
  sourceId: string,
  targetId: string,
  properties: Record<string, unknown> = {},
  relationshipType = 'COOPERATES_WITH',
): StoredTie => ({
  id,
  relationshipType,
  sourceId,
  targetId,
  properties: { id, directed: false, strength: 2, sensitivity: 'internal', ...properties },
});

describe('planFields', () => {
  it('fills only what the kept actor lacks, from the first duplicate that has it, and keeps the other names as aliases', () => {
    const plan = planFields(
      {
        id: 'k',
        name: 'World Food Programme',
        kind: 'un_entity',
        subtype: null,
        acronym: null,
        description: '',
        influence: 4,
        doNoHarmRole: 'unknown',
        aliases: ['PAM'],
      },
      [
        {
          id: 'd1',
          name: 'WFP',
          kind: 'un_entity',
          subtype: 'programme',
          acronym: 'WFP',
          description: 'Food',
          influence: 2,
          doNoHarmRole: 'connector',
          createdAt: 'x',
          aliases: ['Programme alimentaire mondial', 'pam'],
        },
        { id: 'd2', name: 'world food programme', kind: 'donor', subtype: 'bilateral_donor', description: 'Other', aliases: [] },
      ],
    );
    expect(plan.changes).toEqual({
      subtype: 'programme',
      acronym: 'WFP',
      description: 'Food',
      doNoHarmRole: 'connector',
      aliases: ['PAM', 'Programme alimentaire mondial'],
    });
    expect(plan.fieldsFilled).toEqual(['acronym', 'description', 'doNoHarmRole', 'subtype']);
    expect(plan.aliasesAdded).toEqual(['Programme alimentaire mondial']);
  });

  it('keeps at most 20 aliases, listing the names it could not keep', () => {
    const plan = planFields({ name: 'K', acronym: 'KK', aliases: Array.from({ length: 19 }, (_, i) => `Alias ${i}`) }, [
      { name: 'D one', acronym: 'DO' },
    ]);
    expect(plan.aliasesAdded).toEqual(['D one']);
    expect(plan.aliasesOmitted).toEqual(['DO']);
    expect(plan.changes.aliases).toHaveLength(20);
  });

  it('does not take a subtype from another kind', () => {
    expect(planFields({ name: 'A', kind: 'un_entity' }, [{ name: 'B', kind: 'donor', subtype: 'bilateral_donor' }]).changes).toEqual({
      aliases: ['B'],
    });
  });
});

describe('planTies', () => {
  it('moves a duplicate tie, combines identical ones (strongest, sources joined, highest sensitivity) and drops ties to itself', () => {
    const plan = planTies(
      'k',
      ['d'],
      [
        tie('t1', 'k', 'x', { strength: 1, source: 'Report A', confidence: 'reported' }),
        tie('t2', 'x', 'd', {
          strength: 3,
          source: 'Report B',
          sensitivity: 'confidential',
          confidence: 'confirmed',
          observedAt: '2026-01-01',
        }),
        tie('t3', 'd', 'y'),
        tie('t4', 'k', 'd'),
        tie('t5', 'd', 'x', { directed: true }, 'FUNDS'),
      ],
    );
    expect(plan).toMatchObject({ moved: 2, combined: 1, selfDropped: 1 });
    expect(plan.deletes.map((d) => d.id).sort()).toEqual(['t2', 't4']);
    const t1 = plan.rewrites.find((r) => r.id === 't1');
    expect(t1).toMatchObject({
      newSourceId: 'k',
      newTargetId: 'x',
      changes: {
        strength: 3,
        source: 'Report A; Report B',
        sensitivity: 'confidential',
        confidence: 'confirmed',
        observedAt: '2026-01-01',
      },
    });
    expect(plan.rewrites.find((r) => r.id === 't5')).toMatchObject({ newSourceId: 'k', newTargetId: 'x', changes: {} });
  });

  it('keeps directed ties of opposite directions apart, and ties of other actors untouched', () => {
    const plan = planTies(
      'k',
      ['d'],
      [
        tie('a', 'k', 'x', { directed: true }, 'FUNDS'),
        tie('b', 'x', 'd', { directed: true }, 'FUNDS'),
        tie('c', 'k', 'z'),
        tie('e', 'k', 'z'),
      ],
    );
    expect(plan).toMatchObject({ moved: 1, combined: 0, selfDropped: 0, deletes: [] });
    expect(plan.rewrites.map((r) => r.id)).toEqual(['b']);
  });
});
