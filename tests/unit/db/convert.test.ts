/** Driver values become plain JSON values, and nothing of the driver's types gets through. */
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { toPlain } from '../../../server/db/convert.js';

describe('toPlain', () => {
  it('converts integers, temporal values and graph entities inside lists and maps', () => {
    const dateTime = new neo4j.types.DateTime(2026, 3, 4, 5, 6, 7, 8_000_000, 0);
    const node = new neo4j.types.Node(neo4j.int(1), ['Actor'], { id: 'a', score: neo4j.int(3) }, 'element-1');
    const value = {
      count: neo4j.int(42),
      at: dateTime,
      day: new neo4j.types.Date(2026, 3, 4),
      rows: [node, null, 'text', 1.5, [neo4j.int(-7)]],
      missing: undefined,
    };
    expect(toPlain(value)).toStrictEqual({
      count: 42,
      at: '2026-03-04T05:06:07.008Z',
      day: '2026-03-04',
      rows: [{ id: 'a', score: 3 }, null, 'text', 1.5, [-7]],
      missing: null,
    });
  });

  it('reads a DateTime with an offset as the same instant in UTC', () => {
    expect(toPlain(new neo4j.types.DateTime(2026, 1, 1, 2, 0, 0, 0, 7200))).toBe('2026-01-01T00:00:00.000Z');
  });
});

describe('toPlain on DateTime', () => {
  it('gives the instant to the millisecond, whether the driver sends numbers or lossless integers', () => {
    const fields = [2024, 2, 29, 23, 59, 59, 999_999_999] as const;
    expect(toPlain(new neo4j.types.DateTime(...fields, -3600))).toBe('2024-03-01T00:59:59.999Z');
    const lossless = new neo4j.types.DateTime(
      ...(fields.map((field) => neo4j.int(field)) as [never, never, never, never, never, never, never]),
      neo4j.int(0),
    );
    expect(toPlain(lossless)).toBe('2024-02-29T23:59:59.999Z');
  });

  it('keeps years that Date.UTC would misread', () => {
    expect(toPlain(new neo4j.types.DateTime(99, 1, 1, 0, 0, 0, 0, 0))).toBe('0099-01-01T00:00:00.000Z');
  });
});
