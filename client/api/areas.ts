/** Admin area writes (the list is `fetchAreas` in client/api.ts). */
import { AdminAreaSchema, type AdminArea, type AdminAreaCreate, type AdminAreaPatch } from '../../server/contracts/index.js';
import { send } from '../api.js';

export function createArea(body: AdminAreaCreate): Promise<AdminArea> {
  return send('POST', '/api/areas', body, AdminAreaSchema);
}

export function updateArea(id: string, patch: AdminAreaPatch): Promise<AdminArea> {
  return send('PATCH', `/api/areas/${encodeURIComponent(id)}`, patch, AdminAreaSchema);
}

export function deleteArea(id: string): Promise<void> {
  return send('DELETE', `/api/areas/${encodeURIComponent(id)}`, undefined, null) as Promise<void>;
}
