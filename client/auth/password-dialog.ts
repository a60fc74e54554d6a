/**
 * "Change password", for every signed-in user: the current password and the new one (twice, so a
 * typo does not lock the user out). The API ends every other session and API token of the user
 * and answers with a new session cookie, so this page stays signed in. A wrong current password
 * is shown next to that field (the API names `body.currentPassword`).
 */
import { PasswordChangeSchema } from '../../server/contracts/index.js';
import { sectionForm } from '../accounts/account-kit.js';
import { changeOwnPassword } from '../api/accounts.js';
import { t } from '../i18n/i18n.js';
import { openTransferDialog, statusLine } from '../transfer/dialog.js';
import { field, input, zodProblems } from '../ui/forms/form-kit.js';

export function openPasswordDialog(): void {
  const ui = openTransferDialog({ title: t('accounts.ownPasswordTitle'), testId: 'password-dialog' });
  const status = statusLine('password-status');
  const fields = [
    field(
      'currentPassword',
      t('accounts.currentPassword'),
      input('password', { autocomplete: 'current-password', 'data-testid': 'current-password' }),
    ),
    field(
      'newPassword',
      t('accounts.newPassword'),
      input('password', { autocomplete: 'new-password', 'data-testid': 'new-own-password' }),
      t('accounts.ownPasswordHint'),
    ),
    field(
      'repeat',
      t('accounts.repeatPassword'),
      input('password', { autocomplete: 'new-password', 'data-testid': 'repeat-own-password' }),
    ),
  ];
  const [current, next, repeat] = fields.map((f) => f.control);
  const { form } = sectionForm({
    testId: 'password-form',
    heading: t('accounts.ownPasswordHeading'),
    note: t('accounts.ownPasswordNote'),
    fields,
    submitLabel: t('auth.changePassword'),
    async run() {
      const parsed = PasswordChangeSchema.safeParse({ currentPassword: current!.value, newPassword: next!.value });
      if (!parsed.success) return zodProblems(parsed.error.issues);
      if (repeat!.value !== next!.value) return [{ path: 'repeat', message: t('accounts.notSamePassword') }];
      await changeOwnPassword(parsed.data);
      form.reset();
      form.hidden = true;
      status.show(t('accounts.ownPasswordChanged'));
      ui.actions.querySelector('button')?.focus();
      return [];
    },
  });
  ui.body.append(status.element, form);
  current!.focus();
}
