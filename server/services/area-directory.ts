/** The admin areas actors can be based or active in. */
import type { AdminArea } from '../contracts/index.js';
import type { Database } from '../db/database.js';
import { presentArea } from '../presenters/area.js';
import { listAreas } from '../queries/areas.js';

export interface AreaDirectory {
  list(): Promise<AdminArea[]>;
}

export function createAreaDirectory(db: Database): AreaDirectory {
  return {
    async list() {
      const rows = await db.read(listAreas, {});
      return rows.map((row) => presentArea(row.area));
    },
  };
}
