/**
 * Ids and write tokens for creates, fixed before the transaction starts. The driver retries a
 * transaction whose commit it could not confirm; with the id and token chosen outside it, the
 * retry finds the record its first attempt wrote instead of writing a second one. A client that
 * retries over HTTP sends an `Idempotency-Key`: the same key from the same user gives the same id
 * and token (another user's same key gives another, so keys never reach across accounts).
 *
 * Ids the server chooses are random and say nothing about the record. An id the client chooses
 * can collide with a record the client may not see, and the 409 that answers says the id is
 * taken: the one accepted leak. Every such 409 is audited as `id_conflict`, and a user who keeps
 * hitting taken ids may choose no more ids for a while (429), so probing is slow and on record.
 *
 * Actor ids are never reused: grants, pending grant requests and the `opened` list of an area
 * grant name actors by id, so a new record under an old id would be opened with nobody's approval.
 * A merge leaves a :MergedActor tombstone and a delete a :RetiredActor one
 * (actors/find-reserved-ids), and a create or import with such an id is refused like a taken id.
 * One exception: whoever deleted an actor may create it again (Undo), which is no more than the
 * edit they could have made to it instead; that takes the tombstone back.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { Viewer } from '../access/viewer.js';
import type { Database } from '../db/database.js';
import { alreadyExists, AppError, problem } from '../errors.js';
import { countIdConflicts } from '../queries/actors.js';
import type { WriteContext } from './write-context.js';

export interface WriteIdentity {
  id: string;
  writeToken: string;
}

/** At most this many taken-id answers per user in the window; then chosen ids are refused. */
export const ID_CONFLICT_LIMIT = 20;
export const ID_CONFLICT_WINDOW_SECONDS = 15 * 60;

export function writeIdentity(givenId: string | undefined, idempotencyKey: string | undefined, userId: string): WriteIdentity {
  if (!idempotencyKey) return { id: givenId ?? randomUUID(), writeToken: randomUUID() };
  const digest = createHash('sha256').update(`${userId}\u0000${idempotencyKey}`).digest('hex');
  const derivedId = `${digest.slice(0, 8)}-${digest.slice(8, 12)}-${digest.slice(12, 16)}-${digest.slice(16, 20)}-${digest.slice(20, 32)}`;
  return { id: givenId ?? derivedId, writeToken: `key:${digest}` };
}

/** Refuses a chosen id (429) once the user has met too many taken ids recently. */
export async function assertMayChooseId(db: Database, viewer: Viewer): Promise<void> {
  const [row] = await db.read(countIdConflicts, { userId: viewer.userId, windowSeconds: ID_CONFLICT_WINDOW_SECONDS });
  if ((row?.conflicts ?? 0) < ID_CONFLICT_LIMIT) return;
  throw new AppError(
    429,
    'rate_limited',
    'Too many creates with ids that were already taken; leave out the id and the server chooses one',
    [problem('body.id', 'too many taken ids; leave it out', 'field.too_many_taken_ids')],
  ).saying('rate_limited.taken_ids');
}

/** The 409 for a taken chosen id, after recording it (outside the refused write) as `id_conflict`. */
export async function idTaken(what: 'actor' | 'tie', id: string, context: WriteContext | undefined): Promise<AppError> {
  await context?.audit?.recordNow({ action: 'id_conflict', targetType: what, targetIds: [id], detail: 'chosen id taken' });
  return alreadyExists(what, id, what === 'actor' ? 'An' : 'A');
}
