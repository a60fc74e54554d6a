/**
 * What whole-database snapshots in tests count as the map: every node but accounts, sessions,
 * tokens, grant requests, sign-in throttles, started sign-ons, the audit log, import jobs, record
 * history (versions: append-only, like the audit log) and the map's version token. One list, so a
 * new bookkeeping label is added once rather than to each snapshot.
 */
const NOT_MAP_LABELS = [
  'User',
  'Session',
  'ApiToken',
  'AuditEvent',
  'ImportJob',
  'GrantRequest',
  'SignInThrottle',
  'SignOnAttempt',
  'Version',
  'MapVersion',
];

/** A Cypher predicate (fixed test text, never request input): `variable` is a node of the map. */
export function isMapNode(variable: string): string {
  return `NOT (${NOT_MAP_LABELS.map((label) => `${variable}:${label}`).join(' OR ')})`;
}
