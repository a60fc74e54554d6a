/** Pure rules of the zod contracts that the API, the client forms and imports all share. */
import { describe, expect, it } from 'vitest';
import {
  ACTOR_SUBTYPES,
  ActorCreateSchema,
  GraphQuerySchema,
  TieCreateSchema,
  defaultSensitivityFor,
} from '../../server/contracts/index.js';

describe('actor contract', () => {
  it('accepts every subtype of its own kind and refuses those of another', () => {
    for (const [kind, subtypes] of Object.entries(ACTOR_SUBTYPES)) {
      for (const subtype of subtypes) {
        expect(ActorCreateSchema.safeParse({ name: 'x', kind, subtype }).success).toBe(true);
      }
    }
    const wrong = ActorCreateSchema.safeParse({ name: 'x', kind: 'donor', subtype: 'youth_group' });
    expect(wrong.success).toBe(false);
    expect(wrong.error!.issues[0]!.path).toEqual(['subtype']);
  });

  it('keeps names verbatim, including leading spaces and right-to-left text', () => {
    const parsed = ActorCreateSchema.parse({ name: '  منظمة السلام ', kind: 'civil_society' });
    expect(parsed.name).toBe('  منظمة السلام ');
  });

  it('makes individuals and human rights defenders confidential by default', () => {
    expect(defaultSensitivityFor('human_rights_defender')).toBe('confidential');
    expect(defaultSensitivityFor('individual')).toBe('confidential');
    expect(defaultSensitivityFor('trade_union')).toBe('internal');
    expect(defaultSensitivityFor(undefined)).toBe('internal');
  });
});

describe('tie contract', () => {
  it('refuses a tie validTo before validFrom, and a tie from an actor to itself', () => {
    const dates = TieCreateSchema.safeParse({
      type: 'funds',
      sourceId: 'a',
      targetId: 'b',
      validFrom: '2026-02-01',
      validTo: '2026-01-31',
    });
    expect(dates.error!.issues.map((i) => i.path.join('.'))).toEqual(['validTo']);
    const self = TieCreateSchema.safeParse({ type: 'funds', sourceId: 'a', targetId: 'a' });
    expect(self.error!.issues.map((i) => i.path.join('.'))).toEqual(['targetId']);
  });
});

describe('query lists', () => {
  it('reads comma-separated and repeated parameters alike', () => {
    expect(GraphQuerySchema.parse({ kinds: 'donor,government' }).kinds).toEqual(['donor', 'government']);
    expect(GraphQuerySchema.parse({ kinds: ['donor', 'government'] }).kinds).toEqual(['donor', 'government']);
    expect(GraphQuerySchema.parse({ kinds: '' }).kinds).toBeUndefined();
  });
});
