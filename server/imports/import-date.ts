/**
 * Dated imports (issue 14): "this 3W is as of 30 September". The versions an import writes begin
 * at its date instead of now (`stamp.at`, server/history/versions.ts), so the map as of that date
 * shows the import. A date may not be in the future (the contract refuses it, 400 naming
 * `query.asOf`), nor before the newest version of any record the import writes: history is a line
 * of intervals, and a version dated before one that exists would rewrite a later state. That is a
 * 409 naming the field and the record (found among the records the import writes, which the
 * importer may see: identities were resolved among the visible records only).
 */
import { z } from 'zod';
import { IsoDateSchema, issueCode } from '../contracts/index.js';
import { conflict, type AppError } from '../errors.js';
import type { RunQuery } from '../db/database.js';
import { OPEN_END } from '../history/versions.js';
import type { ImportPlan } from './import-plan.js';
import { because, type Reason } from './import-errors.js';
import { newestVersions } from '../queries/import.js';

/** Runs a query: `db.read` before the write, `tx.run` inside it. */
type Run = RunQuery;

/** The epoch milliseconds of an import's `asOf` (a date is its first instant, UTC); undefined for an undated import. */
export function importDate(asOf: string | undefined): number | undefined {
  return asOf === undefined ? undefined : Date.parse(asOf);
}

/**
 * The records a plan writes that carry history, with the name to give in a refusal. Not admin
 * areas: an import creates areas and never changes an existing one (import-areas.ts), so a later
 * edit of an area the file names is no reason to refuse its date.
 */
function historyRecords(plan: ImportPlan) {
  return [
    ...plan.actors.map((actor) => ({ kind: 'actor', id: actor.id, name: actor.name })),
    ...plan.ties.map((tie) => ({ kind: 'tie', id: tie.id, name: `${tie.type} ${tie.sourceId} → ${tie.targetId}` })),
    ...plan.engagements.map((engagement) => ({ kind: 'engagement', id: engagement.id, name: engagement.id })),
    ...plan.mechanisms.map((mechanism) => ({ kind: 'mechanism', id: mechanism.id, name: mechanism.name })),
  ];
}

/** The 409 for an import dated before the newest version of a record it writes, or null when the date is free. */
export async function importDateConflict(run: Run, plan: ImportPlan, at: number): Promise<AppError | null> {
  const [row] = await run(newestVersions, { records: historyRecords(plan), at, openEnd: OPEN_END });
  if (!row) return null;
  const newest = new Date(row.newest).toISOString();
  const record = `${row.kind} "${row.name}" (${row.id})`;
  return conflict(`the import is dated ${new Date(at).toISOString()}, before the newest version of ${record}, dated ${newest}`, [
    {
      path: 'query.asOf',
      message: `must not be before ${newest}: ${record} has a version of that date, and a dated import may not rewrite later history`,
    },
  ]).saying('conflict.import_dated_before', { date: newest });
}

const IsoDateTimeSchema = z.iso.datetime({ offset: true });

/**
 * A table cell read as the date something was observed (issue 15: a "date observed" column),
 * written as the API writes dates: YYYY-MM-DD (what the XLSX reader makes of a date cell), or an
 * ISO date-time, of which the day is kept. Blank: not given. Not in the future, like an import's
 * own date. Returns the day, or the reason the cell cannot be read.
 */
export function readObservedDate(cell: string, today: Date = new Date()): { date?: string } | Reason {
  const text = cell.trim();
  if (text === '') return {};
  const asDateTime = IsoDateTimeSchema.safeParse(text);
  const day = asDateTime.success ? text.slice(0, 10) : text;
  const parsed = IsoDateSchema.safeParse(day);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    // A date-shaped cell of no calendar day (2026-02-30) is told apart from one of another form.
    const noSuchDay = issue !== undefined && issueCode(issue)?.messageCode === 'field.no_such_date';
    return because(
      `"${text.slice(0, 40)}" ${issue?.message ?? 'is not a date'} (or an ISO date-time)`,
      noSuchDay ? 'import.no_such_date' : 'import.not_a_date',
      { value: text.slice(0, 40) },
    );
  }
  if (day > today.toISOString().slice(0, 10))
    return because(`"${text.slice(0, 40)}" is in the future; an observation is dated when it was made`, 'import.date_in_future', {
      value: text.slice(0, 40),
    });
  return { date: day };
}
