/**
 * Undoable edits of coordination records: assigning a lead or support role, creating and editing
 * a mechanism. Like actor and tie commands (commands.ts), records are created with an id chosen
 * here, so redo recreates the same record and undo deletes exactly it.
 */
import type { MechanismCreate, MechanismPatch, MechanismRecord, OutputRoleCreate, OutputRoleRecord } from '../../server/contracts/index.js';
import {
  createMechanism,
  createOutputRole,
  deleteMechanism,
  deleteOutputRole,
  fetchMechanism,
  fetchOutputRole,
  updateMechanism,
} from '../api/coordination-records.js';
import type { Command } from './history.js';
import { t } from '../i18n/i18n.js';

export type CoordinationRecord =
  | { op: 'create-output-role'; body: OutputRoleCreate & { id: string }; label: string }
  | { op: 'delete-output-role'; role: OutputRoleRecord; label: string }
  | { op: 'create-mechanism'; body: MechanismCreate & { id: string } }
  | { op: 'update-mechanism'; id: string; name: string; patch: MechanismPatch; inverse: MechanismPatch };

/** The create body that recreates a role exactly as it was read. */
function roleAsCreate(role: OutputRoleRecord): OutputRoleCreate & { id: string } {
  return {
    id: role.id,
    actorId: role.actorId,
    outputId: role.outputId,
    role: role.role,
    areaIds: role.areaIds,
    note: role.note,
    ...(role.from ? { from: role.from } : {}),
    ...(role.to ? { to: role.to } : {}),
  };
}

export function coordinationCommandFor(record: CoordinationRecord): Command<CoordinationRecord> {
  switch (record.op) {
    case 'create-output-role':
      return {
        record,
        label: record.label,
        run: async () => void (await createOutputRole(record.body)),
        revert: () => deleteOutputRole(record.body.id),
      };
    case 'delete-output-role':
      return {
        record,
        label: record.label,
        run: () => deleteOutputRole(record.role.id),
        revert: async () => void (await createOutputRole(roleAsCreate(record.role))),
      };
    case 'create-mechanism':
      return {
        record,
        label: t('edit.label_createMechanism', { name: record.body.name }),
        run: async () => void (await createMechanism(record.body)),
        revert: () => deleteMechanism(record.body.id),
      };
    case 'update-mechanism':
      return {
        record,
        label: t('edit.label_editMechanism', { name: record.name }),
        run: async () => void (await updateMechanism(record.id, record.patch)),
        revert: async () => void (await updateMechanism(record.id, record.inverse)),
      };
  }
}

export function createOutputRoleCommand(body: OutputRoleCreate & { id: string }, label: string): Command {
  return coordinationCommandFor({ op: 'create-output-role', body, label });
}

export async function deleteOutputRoleCommand(id: string, label: string): Promise<Command> {
  return coordinationCommandFor({ op: 'delete-output-role', role: await fetchOutputRole(id), label });
}

export function createMechanismCommand(body: MechanismCreate & { id: string }): Command {
  return coordinationCommandFor({ op: 'create-mechanism', body });
}

/** The inverse puts back exactly the fields the patch changes (lists as the user could see them). */
export async function updateMechanismCommand(id: string, patch: MechanismPatch): Promise<Command> {
  const before: MechanismRecord = await fetchMechanism(id);
  const inverse: Record<string, unknown> = {};
  for (const key of Object.keys(patch) as (keyof MechanismPatch)[]) inverse[key] = before[key] ?? null;
  return coordinationCommandFor({ op: 'update-mechanism', id, name: before.name, patch, inverse: inverse as MechanismPatch });
}
