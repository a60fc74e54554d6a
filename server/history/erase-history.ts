/**
 * Erasing a deleted actor's history. Deleting an actor keeps its last version (a past map still
 * shows it, issue 14); when the record must be gone, not only retired (a person at risk, a record
 * that should never have been kept), its history is erased too: every version of the actor and of
 * the ties that named it. Only once the actor is deleted, only by someone who could see it, and
 * never over a tie version above their clearance (the same neutral refusal as a delete's).
 */
import { accessParameters, type Viewer } from '../access/viewer.js';
import type { Database } from '../db/database.js';
import { conflict, notFound } from '../errors.js';
import { eraseActorHistory, eraseCheck } from '../queries/history.js';
import type { WriteContext } from '../services/write-context.js';

export interface HistoryEraser {
  eraseActorHistory(id: string, viewer: Viewer, context?: WriteContext): Promise<void>;
}

export function createHistoryEraser(db: Database): HistoryEraser {
  return {
    eraseActorHistory: (id, viewer, context) =>
      db.writeTransaction(async (tx) => {
        const [check] = await tx.run(eraseCheck, { id, access: accessParameters(viewer) });
        if (check?.live === true)
          throw conflict(`Actor ${id} still exists: delete it first, then erase its history`).saying('conflict.actor_still_exists', { id });
        if ((check?.seen ?? 0) === 0) throw notFound('actor', id);
        if ((check?.hiddenTies ?? 0) > 0) throw conflict('This history cannot be erased').saying('conflict.history_not_erasable');
        await tx.run(eraseActorHistory, { id });
        await context?.audit?.recordIn(tx, [id]);
      }),
  };
}
