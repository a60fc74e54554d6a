/**
 * Turns validated API input into the properties stored in Neo4j, in one place, so that the API,
 * the seed loader and imports store actors and ties identically.
 */
import {
  TIE_TYPE_DIRECTED_BY_DEFAULT,
  defaultSensitivityFor,
  type ActorCreate,
  type FollowUp,
  type TieCreate,
} from '../contracts/index.js';
import { labelForKind, relationshipTypeForTie } from '../db/allowlist.js';
import { encodeExternalIds } from './external-ids.js';

/** Parameters of `actors/create-actor` (and rows of `dataset/merge-actors`). */
export interface ActorRow {
  properties: Record<string, unknown>;
  kindLabel: string;
  basedIn: string[];
  activeIn: string[];
}

export function actorRow(input: ActorCreate & { id: string }, options: { fictional?: boolean } = {}): ActorRow {
  const { basedIn, activeIn, id, sensitivity, externalIds, ...fields } = input;
  return {
    properties: {
      ...fields,
      // Always written (an empty list too) so that a PATCH-like import of the field can clear it.
      externalIds: encodeExternalIds(externalIds ?? []),
      id,
      sensitivity: sensitivity ?? defaultSensitivityFor(input.subtype),
      fictional: options.fictional ?? false,
    },
    kindLabel: labelForKind(input.kind),
    basedIn,
    activeIn,
  };
}

/** Parameters of `ties/create-tie` (and rows of `dataset/merge-ties`). */
export interface TieRow {
  properties: Record<string, unknown>;
  relationshipType: string;
  sourceId: string;
  targetId: string;
}

export function tieRow(input: TieCreate & { id: string }, options: { fictional?: boolean } = {}): TieRow {
  const { sourceId, targetId, id, type, directed, ...fields } = input;
  return {
    properties: {
      ...fields,
      id,
      directed: directed ?? TIE_TYPE_DIRECTED_BY_DEFAULT[type],
      fictional: options.fictional ?? false,
    },
    relationshipType: relationshipTypeForTie(type),
    sourceId,
    targetId,
  };
}

/**
 * The node properties that hold follow-ups: three lists of one length (see
 * cypher/fragments/follow-ups.cypher, which reads them back), '' standing for "no due date".
 */
export function followUpProperties(followUps: readonly FollowUp[]): Record<string, unknown[]> {
  return {
    followUpTexts: followUps.map((f) => f.text),
    followUpDues: followUps.map((f) => f.due ?? ''),
    followUpDone: followUps.map((f) => f.done),
  };
}
