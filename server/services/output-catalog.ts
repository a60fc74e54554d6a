/** The handbook's outputs with their activities, benchmarks, risks and lead/support agencies. */
import { OutputDetailSchema, OutputSummarySchema, type OutputDetail, type OutputSummary } from '../contracts/index.js';
import type { Database } from '../db/database.js';
import { notFound } from '../errors.js';

export interface OutputCatalog {
  list(): Promise<OutputSummary[]>;
  get(id: string): Promise<OutputDetail>;
}

export function createOutputCatalog(db: Database): OutputCatalog {
  db.requireQueries('outputs/list-outputs', 'outputs/get-output');
  return {
    async list() {
      const rows = await db.read('outputs/list-outputs');
      return rows.map((row) => OutputSummarySchema.parse(row.output));
    },
    async get(id) {
      const [row] = await db.read('outputs/get-output', { id });
      if (!row) throw notFound('output', id);
      return OutputDetailSchema.parse(row.output);
    },
  };
}
