/** Typed handles on `cypher/import/`: import jobs and their reports. */
import { query } from '../db/typed-query.js';
import { countRow } from './rows.js';

const DeletedRowSchema = countRow('deleted');
export const deleteExpiredImportJobs = query<{ keepDays: number }, { deleted: number }>('import/delete-expired-jobs', DeletedRowSchema);
