/** Presents a stored tie as the API's `Tie`. */
import { TieSchema, type Tie } from '../contracts/index.js';
import { contractFields, type StoredRecord } from './contract-fields.js';

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
