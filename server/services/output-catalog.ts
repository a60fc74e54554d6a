/** The handbook's outputs with their activities, benchmarks, risks and lead/support agencies. */
import { OutputDetailSchema, type OutputDetail, type OutputSummary } from '../contracts/index.js';
import { accessParameters, type Viewer } from '../access/viewer.js';
import type { Database } from '../db/database.js';
import { notFound } from '../errors.js';
import { fieldAccess } from '../presenters/field-access.js';
import { presentOutputSummary } from '../presenters/output.js';
import { getOutput, listOutputStances, listOutputs } from '../queries/outputs.js';

export interface OutputCatalog {
  list(): Promise<OutputSummary[]>;
  /** Lead and support roles, and stances (not for viewers), list only actors the viewer may see. */
  get(id: string, viewer: Viewer): Promise<OutputDetail>;
}

export function createOutputCatalog(db: Database): OutputCatalog {
  return {
    async list() {
      const rows = await db.read(listOutputs, {});
      return rows.map((row) => presentOutputSummary(row.output));
    },
    async get(id, viewer) {
      const [row] = await db.read(getOutput, { id, access: accessParameters(viewer) });
      if (!row) throw notFound('output', id);
      // Stances are judgements: only for the roles that receive an actor's stance.
      if (!fieldAccess(viewer).actorStance) return OutputDetailSchema.parse(row.output);
      const stances = await db.read(listOutputStances, { id, access: accessParameters(viewer) });
      return OutputDetailSchema.parse({ ...row.output, stances: stances.map((stance) => stance.stance) });
    },
  };
}
