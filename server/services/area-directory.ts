/** The admin areas actors can be based or active in. */
import { AdminAreaSchema, type AdminArea } from '../contracts/index.js';
import type { Database } from '../db/database.js';
import { withDefaults } from '../presenters/defaults.js';

export interface AreaDirectory {
  list(): Promise<AdminArea[]>;
}

export function createAreaDirectory(db: Database): AreaDirectory {
  db.requireQueries('areas/list-areas');
  return {
    async list() {
      const rows = await db.read('areas/list-areas');
      return rows.map((row) => AdminAreaSchema.parse(withDefaults({}, row.area as Record<string, unknown>)));
    },
  };
}
