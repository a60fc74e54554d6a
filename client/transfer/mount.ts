/**
 * Imports, exports and the audit log (issue 5), mounted from main.ts into #transfer-tools. Each
 * button appears only for a user the API would let do it (the API checks again): Import with
 * the `import` permission, Export with `export`, Audit log for administrators.
 */
import type { Me } from '../../server/contracts/index.js';
import { h } from '../ui/dom.js';
import { openAuditDialog } from './audit-dialog.js';
import { openExportDialog } from './export-dialog.js';
import { openImportDialog } from './import-dialog.js';

export function mountTransfers(root: HTMLElement, me: Me): void {
  const button = (label: string, testId: string, open: () => void) => {
    const element = h('button', { type: 'button', 'data-testid': testId, 'aria-haspopup': 'dialog' }, label);
    element.addEventListener('click', open);
    return element;
  };
  root.replaceChildren(
    ...[
      me.permissions.includes('import') ? button('Import…', 'open-import', openImportDialog) : null,
      me.permissions.includes('export') ? button('Export…', 'open-export', openExportDialog) : null,
      me.role === 'administrator' ? button('Audit log', 'open-audit', openAuditDialog) : null,
    ].filter((element): element is HTMLButtonElement => element !== null),
  );
}
