/**
 * What every version carries whatever its kind (server/history): the open end, the fields a version
 * holds about itself, the bookkeeping that is no change, and the clock. Apart from versions.ts so
 * the writers of each kind share them without importing one another.
 */
/** `versionTo` of a version that still holds: the largest date JavaScript represents. */
export const OPEN_END = 8_640_000_000_000_000;

/** Why a version was written. */
export type VersionOp = 'create' | 'update' | 'delete' | 'revert' | 'import' | 'merge' | 'baseline';

/** Fields a version carries about itself, never fields of the record. */
export const VERSION_META_FIELDS = [
  'versionId',
  'recordKind',
  'recordId',
  'versionFrom',
  'versionTo',
  'op',
  'by',
  'changed',
  'areaIds',
  'endOp',
  'endBy',
  // The level of the record's latest version, copied onto all its versions: raising a record hides its past too.
  'recordLevel',
];

/** Bookkeeping the stores and imports stamp on records: a change of these alone is no new version. */
export const BOOKKEEPING_FIELDS = [
  'updatedAt',
  'writeToken',
  'writtenByImport',
  'writtenByImportAt',
  'createdByImport',
  // The evidence grade is computed from claims (server/evidence), kept on the record for speed: not a field anyone edits.
  'evidenceGrades',
  'evidenceClaims',
  'evidenceSources',
  'evidenceContested',
  // A tie claim's copy of its tie's ends (server/evidence/claim-tie-ends.ts): they move with a merge, what the claim says does not.
  'tieStartId',
  'tieEndId',
];

/** The server's clock for version dates; tests replace `now` to write history over simulated weeks. */
export const historyClock = { now: (): number => Date.now() };
