/** The answer to undoing an import (DELETE /api/imports/:id): what was removed. */
import { z } from 'zod';

export const ImportUndoSchema = z.object({
  importId: z.string(),
  removed: z.object({
    records: z.number().int().describe('Actors, areas, outputs, engagements... the import created'),
    links: z.number().int().describe('Ties and other links the import created'),
  }),
});
export type ImportUndo = z.infer<typeof ImportUndoSchema>;
