/** A boundary file refused as a whole, or at one feature (1-based), for a coded reason (its message is the English). */
import type { Reason } from '../imports/import-errors.js';

export class BoundaryRefused extends Error {
  constructor(
    readonly why: Reason,
    readonly feature: number | null = null,
  ) {
    super(why.reason);
  }
}
