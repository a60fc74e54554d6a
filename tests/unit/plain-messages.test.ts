/** Validation messages read by users (API 400 details and inline form errors) are in plain words. */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ActorCreateSchema, TieCreateSchema } from '../../server/contracts/index.js';

const messages = (result: { success: boolean; error?: z.ZodError }) =>
  Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join('.') || '(body)', issue.message]));

describe('plain validation messages', () => {
  it('names limits, lists and required fields in words a form user reads', () => {
    const result = ActorCreateSchema.safeParse({
      kind: 'civil_society',
      description: 'x'.repeat(5_012),
      influence: 9,
      basedIn: 'capital',
      stray: 1,
    });
    expect(messages(result)).toEqual({
      name: 'Required.',
      description: 'At most 5,000 characters; this has 5,012.',
      influence: 'At most 5.',
      basedIn: 'Expected a list.',
      '(body)': 'Unknown field: stray.',
    });
  });

  it('lists the allowed values of a short choice', () => {
    const result = TieCreateSchema.safeParse({ sourceId: 'a', targetId: 'b', type: 'likes' });
    expect(messages(result).type).toMatch(/^Choose one of: allied_with, .*\.$/);
  });

  it('keeps a schema’s own message: a date written right that is no day says so', () => {
    const result = TieCreateSchema.safeParse({ sourceId: 'a', targetId: 'b', type: 'funds', validFrom: '2026-02-30' });
    expect(messages(result).validFrom).toBe('there is no such date: 2026-02-30 (check the day and the month)');
    const miswritten = TieCreateSchema.safeParse({ sourceId: 'a', targetId: 'b', type: 'funds', validFrom: '30/02/2026' });
    expect(messages(miswritten).validFrom).toBe('must be a date written YYYY-MM-DD');
  });
});
