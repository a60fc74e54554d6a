/**
 * Who receives sources and claims: the roles that receive a tie's source text (field-access.ts),
 * analysts and administrators. A source names where information came from (a key informant, a
 * partner, a report), and a claim names its source: viewers and leadership read a record's
 * evidence grade and counts on the map, never who said so.
 */
import type { Viewer } from '../access/viewer.js';
import { forbidden } from '../errors.js';
import { fieldAccess } from '../presenters/field-access.js';

export function assertReceivesSources(viewer: Viewer): void {
  if (!fieldAccess(viewer).tieSource)
    throw forbidden(
      `Your role (${viewer.role}) does not receive sources or claims: who said what stays with analysts and administrators`,
    ).saying('forbidden.no_evidence_access', { role: viewer.role });
}
