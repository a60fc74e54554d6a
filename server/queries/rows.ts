/**
 * Row pieces several query catalogs share. Rows are plain values (server/db/convert.ts): a map
 * projected in Cypher arrives as an object whose fields the presenters read, so it is declared
 * here as a record of unknown values and typed by the presenter, not twice.
 */
import { z } from 'zod';
import type { AccessParameters } from '../access/viewer.js';

export type { AccessParameters } from '../access/viewer.js';

/** A record projected as a Cypher map (`n {.*, ...}`). */
export const RecordMapSchema = z.record(z.string(), z.unknown());
export type RecordMap = z.infer<typeof RecordMapSchema>;

/** One page of records and how many match in all. */
export const PageRowSchema = z.object({ items: z.array(RecordMapSchema), total: z.number().int() });
export type PageRow = z.infer<typeof PageRowSchema>;

/** A query that returns no rows (a write whose answer is that it ran). */
export const NoRowSchema = z.never();

/** `RETURN x.id AS id`: the id of the record written or found. */
export const IdRowSchema = z.object({ id: z.string() });

/** `RETURN count(...) AS <name>`: how many records a write touched. */
export const countRow = <K extends string>(key: K) => z.object({ [key]: z.number().int() } as { [P in K]: z.ZodNumber });

/** Parameters every need-to-know query takes. */
export interface WithAccess {
  access: AccessParameters;
}

/** `RETURN collect(DISTINCT id) AS missing`: which of the given ids name no record (for the viewer). */
export const MissingRowSchema = z.object({ missing: z.array(z.string()) });
export type MissingRow = z.infer<typeof MissingRowSchema>;
