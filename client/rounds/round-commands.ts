/**
 * Creating, changing and deleting a mapping round as undoable commands (on the session's undo
 * history, like the other dialogs' edits). A round's id is chosen by the server, so a command
 * keeps the id of the round it last wrote: undoing a create deletes that round, undoing a delete
 * creates it again (same name, date and sign-off; a new id) and remembers the new id for redo.
 */
import { z } from 'zod';
import {
  RoundCreateSchema,
  RoundPatchSchema,
  RoundSchema,
  type Round,
  type RoundCreate,
  type RoundPatch,
} from '../../server/contracts/index.js';
import type { Command } from '../edit/history.js';
import { t } from '../i18n/i18n.js';
import { createRound, deleteRound, updateRound } from './rounds-api.js';

export type RoundRecord =
  | { op: 'create-round'; body: RoundCreate; id: string | null }
  | { op: 'update-round'; id: string; name: string; patch: RoundPatch; inverse: RoundPatch }
  | { op: 'delete-round'; round: Round };

/** The records as kept in the tab's session (edit/kept-history.ts checks what it reads back). */
export const ROUND_RECORD_SCHEMAS = [
  z.object({ op: z.literal('create-round'), body: RoundCreateSchema, id: z.string().nullable() }),
  z.object({ op: z.literal('update-round'), id: z.string(), name: z.string(), patch: RoundPatchSchema, inverse: RoundPatchSchema }),
  z.object({ op: z.literal('delete-round'), round: RoundSchema }),
] as const;

/** The body that creates a round again as it was. */
const asCreate = (round: Round): RoundCreate => ({
  name: round.name,
  description: round.description,
  signedOffBy: round.signedOffBy,
  at: round.at,
});

export function roundCommandFor(record: RoundRecord): Command<RoundRecord> {
  switch (record.op) {
    case 'create-round':
      return {
        record,
        label: t('rounds.label_createRound', { name: record.body.name }),
        run: async () => {
          record.id = (await createRound(record.body)).id;
        },
        revert: async () => {
          if (record.id) await deleteRound(record.id);
        },
      };
    case 'update-round':
      return {
        record,
        label: t('rounds.label_editRound', { name: record.name }),
        run: async () => void (await updateRound(record.id, record.patch)),
        revert: async () => void (await updateRound(record.id, record.inverse)),
      };
    case 'delete-round':
      return {
        record,
        label: t('rounds.label_deleteRound', { name: record.round.name }),
        run: () => deleteRound(record.round.id),
        revert: async () => {
          const again = await createRound(asCreate(record.round));
          record.round = { ...record.round, id: again.id };
        },
      };
  }
}
