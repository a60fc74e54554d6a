/**
 * The engagement edits behind the form and the panel list: each becomes a command on the session's
 * undo history (client/edit/commands.ts), like actor and tie edits, so Undo and Redo in the toolbar
 * take them back and forth. API errors are thrown back to the form that asked.
 */
import type { EngagementCreate, EngagementPatch } from '../../server/contracts/index.js';
import { createEngagementCommand, deleteEngagementCommand, newId, updateEngagementCommand } from '../edit/commands.js';
import { performRecordEdit } from '../edit/edit-actions.js';
import { t } from '../i18n/i18n.js';
import { formatDay } from '../ui/dates.js';
import * as store from '../state.js';

export async function createEngagementFromForm(body: EngagementCreate): Promise<void> {
  await performRecordEdit(createEngagementCommand({ ...body, id: body.id ?? newId('engagement') }));
  store.notify(t('engagements.logged', { date: formatDay(body.date) }));
}

export async function updateEngagementFromForm(id: string, patch: EngagementPatch): Promise<void> {
  await performRecordEdit(await updateEngagementCommand(id, patch));
  store.notify(t('engagements.saved'));
}

export async function deleteEngagementById(id: string): Promise<void> {
  const command = await deleteEngagementCommand(id);
  await performRecordEdit(command);
  const date = command.record.op === 'delete-engagement' ? command.record.engagement.date : '';
  store.notify(t('engagements.deleted', { date: formatDay(date) }));
}
