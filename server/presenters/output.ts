/** Presents a stored output as the API's `OutputSummary`. */
import { OutputSummarySchema, type OutputSummary } from '../contracts/index.js';
import { contractFields, type StoredRecord } from './contract-fields.js';

export const presentOutputSummary: (stored: StoredRecord) => OutputSummary = contractFields(OutputSummarySchema, {});
