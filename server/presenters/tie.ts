/** Presents a stored tie as the API's `Tie`. */
import { TieSchema, type Tie } from '../contracts/index.js';
import { withDefaults } from './defaults.js';

const TIE_DEFAULTS = {
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

export function presentTie(stored: Record<string, unknown>): Tie {
  return TieSchema.parse(withDefaults(TIE_DEFAULTS, stored));
}
