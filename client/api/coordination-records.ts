/** Lead and support roles and coordination mechanisms: the client side of /api/output-roles and /api/mechanisms. */
import {
  MechanismPageSchema,
  MechanismRecordSchema,
  OutputRoleRecordSchema,
  type MechanismCreate,
  type MechanismPatch,
  type MechanismRecord,
  type OutputRoleCreate,
  type OutputRoleRecord,
} from '../../server/contracts/index.js';
import { getJson, send } from '../api.js';

export function createOutputRole(body: OutputRoleCreate): Promise<OutputRoleRecord> {
  return send('POST', '/api/output-roles', body, OutputRoleRecordSchema);
}

export function deleteOutputRole(id: string): Promise<void> {
  return send('DELETE', `/api/output-roles/${encodeURIComponent(id)}`, undefined, null) as Promise<void>;
}

export function fetchOutputRole(id: string): Promise<OutputRoleRecord> {
  return getJson(`/api/output-roles/${encodeURIComponent(id)}`, OutputRoleRecordSchema);
}

/** Every mechanism the user may see (one page of up to 1,000: a country has tens). */
export async function fetchMechanisms(signal?: AbortSignal): Promise<MechanismRecord[]> {
  return (await getJson('/api/mechanisms?limit=1000', MechanismPageSchema, signal)).items;
}

export function fetchMechanism(id: string): Promise<MechanismRecord> {
  return getJson(`/api/mechanisms/${encodeURIComponent(id)}`, MechanismRecordSchema);
}

export function createMechanism(body: MechanismCreate): Promise<MechanismRecord> {
  return send('POST', '/api/mechanisms', body, MechanismRecordSchema);
}

export function updateMechanism(id: string, patch: MechanismPatch): Promise<MechanismRecord> {
  return send('PATCH', `/api/mechanisms/${encodeURIComponent(id)}`, patch, MechanismRecordSchema);
}

export function deleteMechanism(id: string): Promise<void> {
  return send('DELETE', `/api/mechanisms/${encodeURIComponent(id)}`, undefined, null) as Promise<void>;
}
