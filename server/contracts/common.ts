/** Small shared zod pieces: ids, dates, bounded text, and comma-separated query lists. */
import { z } from 'zod';

/** Stable ids: lower-case letters, digits and dashes; readable in URLs and exports. */
export const IdSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9_-]{0,79}$/, 'must be 1-80 lower-case letters, digits, "-" or "_", starting with a letter or digit');

const WRITTEN_AS_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A calendar date, YYYY-MM-DD, that exists. "2025-02-30" is written right but is no day, and the
 * message says so: telling someone who wrote YYYY-MM-DD to write YYYY-MM-DD sends them in circles.
 */
export const IsoDateSchema = z.iso.date({
  error: (issue) =>
    typeof issue.input === 'string' && WRITTEN_AS_DATE.test(issue.input)
      ? `there is no such date: ${issue.input} (check the day and the month)`
      : 'must be a date written YYYY-MM-DD',
});

/** Free text kept verbatim (no trimming: names are stored exactly as given), but never blank. */
export function text(max: number) {
  return z
    .string()
    .max(max, `must be at most ${max} characters`)
    .refine((value) => value.trim().length > 0, 'must not be blank');
}

/** Query-string list: `?kinds=a,b` or `?kinds=a&kinds=b`, each item checked against `item`. */
export function queryList<T extends z.ZodType>(item: T) {
  return z.preprocess((value) => {
    if (value === undefined || value === '') return undefined;
    const parts = Array.isArray(value) ? value : [value];
    return parts.flatMap((part) => String(part).split(',')).filter((part) => part.length > 0);
  }, z.array(item).min(1).optional());
}

/** Query-string integer with bounds and a default. */
export function queryInt(min: number, max: number, fallback: number) {
  return z.coerce.number().int().min(min).max(max).default(fallback);
}

/** One page of a list: its items, the total that match, and the page asked for. */
export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int(),
    limit: z.number().int(),
    offset: z.number().int(),
  });
}
