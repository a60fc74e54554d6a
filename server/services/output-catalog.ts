/** The handbook's outputs with their activities, benchmarks, risks and lead/support agencies. */
import { OutputDetailSchema, type OutputDetail, type OutputSummary } from '../contracts/index.js';
import { accessParameters, type Viewer } from '../access/viewer.js';
import type { Database } from '../db/database.js';
import { notFound } from '../errors.js';
import type { StoredRecord } from '../presenters/contract-fields.js';
import { presentOutputSummary } from '../presenters/output.js';

export interface OutputCatalog {
  list(): Promise<OutputSummary[]>;
  /** Lead and support roles list only actors the viewer may see. */
  get(id: string, viewer: Viewer): Promise<OutputDetail>;
}

export function createOutputCatalog(db: Database): OutputCatalog {
  db.requireQueries('outputs/list-outputs', 'outputs/get-output');
  return {
    async list() {
      const rows = await db.read('outputs/list-outputs');
      return rows.map((row) => presentOutputSummary(row.output as StoredRecord));
    },
    async get(id, viewer) {
      const [row] = await db.read('outputs/get-output', { id, access: accessParameters(viewer) });
      if (!row) throw notFound('output', id);
      return OutputDetailSchema.parse(row.output);
    },
  };
}
