/** The admin areas actors can be based or active in. */
import type { AdminArea } from '../contracts/index.js';
import type { Database } from '../db/database.js';
import { presentArea } from '../presenters/area.js';

export interface AreaDirectory {
  list(): Promise<AdminArea[]>;
}

export function createAreaDirectory(db: Database): AreaDirectory {
  db.requireQueries('areas/list-areas');
  return {
    async list() {
      const rows = await db.read('areas/list-areas');
      return rows.map((row) => presentArea(row.area as Record<string, unknown>));
    },
  };
}
