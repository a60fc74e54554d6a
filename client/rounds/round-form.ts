/**
 * Creating, changing and deleting a mapping round (users with `coordinate`): name, description,
 * who signed it off, and the date-time it names (now by default, in the reader's local time).
 * A round names a date and copies nothing, so deleting one loses no record (the history stays).
 */
import { RoundCreateSchema, type Round, type RoundCreate } from '../../server/contracts/index.js';
import { asApiError } from '../actions.js';
import { performEdit } from '../edit/edit-actions.js';
import { t } from '../i18n/i18n.js';
import * as store from '../state.js';
import { field, input, openFormDialog, textValue, zodProblems } from '../ui/forms/form-kit.js';
import { h } from '../ui/dom.js';
import { roundCommandFor } from './round-commands.js';

/** The fields a round is written with, as they are now (the inverse of a change). */
const asCreate = (round: Round): RoundCreate => ({
  name: round.name,
  description: round.description,
  signedOffBy: round.signedOffBy,
  at: round.at,
});

/** `2026-09-30T14:05` in local time, for a datetime-local input. */
function localDateTime(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/**
 * Open the round form (new when `round` is null); resolves with whether a round was saved. The
 * write is a step of the undo history (round-commands.ts).
 */
export async function openRoundForm(round: Round | null): Promise<boolean> {
  const name = field('name', t('rounds.formName'), input('text', { maxlength: '200', required: 'true' }), t('rounds.formNameHint'));
  const description = field('description', t('rounds.formDescription'), h('textarea', { rows: '3', maxlength: '5000' }));
  const signedOffBy = field('signedOffBy', t('rounds.formSignedOffBy'), input('text', { maxlength: '200' }));
  const at = field('at', t('rounds.formAt'), input('datetime-local', { required: 'true' }), t('rounds.formAtHint'));
  name.control.value = round?.name ?? '';
  description.control.value = round?.description ?? '';
  signedOffBy.control.value = round?.signedOffBy ?? '';
  at.control.value = localDateTime(round ? new Date(round.at) : new Date());
  let saved = false;
  await openFormDialog({
    title: round ? t('rounds.formEditTitle', { name: round.name }) : t('rounds.formNewTitle'),
    fields: [name, description, signedOffBy, at],
    submitLabel: round ? t('rounds.formSave') : t('rounds.formCreate'),
    submit: async () => {
      const when = at.control.value ? new Date(at.control.value) : null;
      const body: RoundCreate = {
        name: name.control.value.trim(),
        description: description.control.value,
        signedOffBy: textValue(signedOffBy.control)?.trim() ?? null,
        ...(when && !Number.isNaN(when.getTime()) ? { at: when.toISOString() } : {}),
      };
      const checked = RoundCreateSchema.safeParse(body);
      if (!checked.success) return zodProblems(checked.error.issues);
      const command = round
        ? roundCommandFor({ op: 'update-round', id: round.id, name: checked.data.name, patch: checked.data, inverse: asCreate(round) })
        : roundCommandFor({ op: 'create-round', body: checked.data, id: null });
      await performEdit(command, t(round ? 'rounds.roundSaved' : 'rounds.roundCreated', { name: checked.data.name }));
      saved = true;
      return [];
    },
  });
  return saved;
}

/** Ask, then delete a round; resolves with whether it was deleted. */
export async function confirmDeleteRound(round: Round): Promise<boolean> {
  if (!window.confirm(t('rounds.confirmDelete', { name: round.name }))) return false;
  try {
    await performEdit(roundCommandFor({ op: 'delete-round', round }), t('rounds.roundDeleted', { name: round.name }));
    return true;
  } catch (error) {
    store.notify(t('rounds.deleteFailed', { message: asApiError(error).message }), 'error');
    return false;
  }
}
