/**
 * The "Source" field of the actor and tie forms (issue #15): an edit is itself a claim, from the
 * editor's own observation unless a source is chosen here. The server records the claim in the
 * write's transaction (server/evidence/edit-claims.ts); this field only says from whom. Its name is
 * `claim`, so the API's answer about `body.claim.sourceId` shows under it.
 */
import type { EditClaim } from '../../server/contracts/index.js';
import { fetchSources } from '../api/evidence.js';
import { field, select, type Field } from '../ui/forms/form-kit.js';
import { receivedFields, signedInUserId } from '../ui/role.js';
import { t } from '../i18n/i18n.js';
import { appendSourceOptions } from './source-option.js';

export interface EditSourceField {
  field: Field;
  /** The `claim` to send: {} (the editor's own observation) or the chosen source. */
  claim(): NonNullable<EditClaim>;
}

/** The field, or null for roles that do not receive sources (their edits are their own observation). */
export function editSourceField(): EditSourceField | null {
  if (!receivedFields().tieSource) return null;
  const OWN = '';
  const control = select([{ value: OWN, label: t('evidence.ownObservation') }]);
  control.setAttribute('data-testid', 'edit-source');
  const made = field('claim', t('evidence.editSource'), control, t('evidence.editSourceHint'));
  // The form opens at once; the sources join the list when they arrive (a failure leaves "my own observation").
  void fetchSources().then(
    (sources) =>
      appendSourceOptions(
        control,
        // "My own observation" stands for the user's own source; it is not listed a second time under their name.
        sources.filter((source) => source.ownObservationOf === null || source.ownObservationOf !== signedInUserId()),
      ),
    () => undefined,
  );
  return { field: made, claim: () => (control.value === OWN ? {} : { sourceId: control.value }) };
}
