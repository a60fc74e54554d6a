/**
 * Imports, exports and the audit log, mounted from workbench.ts into #transfer-tools. Each
 * button appears only for a user the API would let do it (the API checks again): Import with
 * the `import` permission, Audit log and Accounts for administrators. Export is for everyone: a picture of
 * what is on screen needs no permission; data files need `export` (the dialog says so).
 */
import type { Me } from '../../server/contracts/index.js';
import { openAccountsDialog } from '../accounts/accounts-dialog.js';
import { openAreasDialog } from '../areas/areas-dialog.js';
import { openOutputsDialog } from '../outputs/output-page.js';
import { t } from '../i18n/i18n.js';
import { h } from '../ui/dom.js';
import { openAuditDialog } from './audit-dialog.js';
import { openExportDialog, type PictureCommands } from './export-dialog.js';
import { openImportDialog } from './import-dialog.js';

export function mountTransfers(root: HTMLElement, me: Me, picture: PictureCommands): void {
  const button = (label: string, testId: string, open: () => void) => {
    const element = h('button', { type: 'button', 'data-testid': testId, 'aria-haspopup': 'dialog' }, label);
    element.addEventListener('click', open);
    return element;
  };
  root.replaceChildren(
    ...[
      me.permissions.includes('import') ? button(t('transfer.openImport'), 'open-import', openImportDialog) : null,
      button(t('transfer.openExport'), 'open-export', () => openExportDialog({ dataAllowed: me.permissions.includes('export'), picture })),
      button(t('outputs.title'), 'open-outputs', () => openOutputsDialog()),
      // Areas are reference data written with the `edit` permission (the API refuses the rest).
      me.permissions.includes('edit') ? button(t('areas.menuButton'), 'open-areas', openAreasDialog) : null,
      me.role === 'administrator' ? button(t('audit.title'), 'open-audit', openAuditDialog) : null,
      me.role === 'administrator' ? button(t('accounts.title'), 'open-accounts', () => openAccountsDialog(me)) : null,
    ].filter((element): element is HTMLButtonElement => element !== null),
  );
}
