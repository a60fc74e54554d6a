/** Presents a stored tie as the API's `Tie`. */
import { TieSchema, type Tie } from '../contracts/index.js';
import { contractFields, type StoredRecord } from './contract-fields.js';
import { withheldTieFields, withoutFields, type FieldAccess } from './field-access.js';

const TIE_DEFAULTS: Partial<Tie> = {
  directed: false,
  strength: 2,
  source: '',
  confidence: 'reported',
  observedAt: null,
  validFrom: null,
  validTo: null,
  outputId: null,
  description: '',
  sensitivity: 'internal',
  fictional: false,
};

export const presentTie: (stored: StoredRecord) => Tie = contractFields(TieSchema, TIE_DEFAULTS);

/** Presents ties for a role: the fields it does not receive (see field-access.ts) are left out. */
export function tiePresenterFor(fields: FieldAccess): (stored: StoredRecord) => Tie {
  const withheld = withheldTieFields(fields);
  return (stored) => withoutFields(presentTie(stored), withheld);
}
