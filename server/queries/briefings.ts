/** Typed handles on `cypher/briefings/`: what a change brief reads beside the diff. */
import { z } from 'zod';
import { query } from '../db/typed-query.js';

/** `collect` leaves out nulls: `names` holds only the names the record's versions had. */
const ChangeLevelsRowSchema = z.object({ id: z.string(), levels: z.array(z.string()), names: z.array(z.string()) });
export const changeLevels = query<
  { kind: 'actor' | 'tie'; ids: string[]; from: number; to: number },
  z.infer<typeof ChangeLevelsRowSchema>
>('briefings/change-levels', ChangeLevelsRowSchema);
