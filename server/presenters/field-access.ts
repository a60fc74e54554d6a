/**
 * Field-level authorization: which free-text and judgement fields of a visible actor or tie each
 * role receives. Need to know decides WHICH records a user sees; this table decides how much of
 * each. The Cypher projects a withheld field as null (fragments `@projectedActorFields` and
 * `@projectedTieFields` in cypher/fragments/visibility.cypher, fed `$fields` from here, never as
 * query text), so it never leaves the database; the presenters then leave the key out, so a
 * response says "not for you" rather than "empty".
 *
 * | field              | viewer | leadership | analyst | administrator |
 * |--------------------|--------|------------|---------|---------------|
 * | actor description  | -      | yes        | yes     | yes           |
 * | actor needs        | -      | yes        | yes     | yes           |
 * | actor stance       | -      | yes        | yes     | yes           |
 * | tie description    | -      | yes        | yes     | yes           |
 * | tie source         | -      | -          | yes     | yes           |
 * | engagement summary | -      | yes        | yes     | yes           |
 *
 * Why: viewers read the map and who is tied to whom, not the mission's assessments (stance, needs,
 * notes, what was said in a meeting) nor where the information came from. Leadership reads assessments to decide, but a tie's
 * source can name an informant; sources stay with the people who collect and edit them. The two
 * editing roles receive everything, because a record cannot be corrected blind. On the map
 * (`/api/graph`) a withheld stance reads as null ("not assessed"), as its contract already allows.
 */
import type { Role } from '../contracts/index.js';
import type { Viewer } from '../access/viewer.js';

/** `$fields` in Cypher: true for each field the viewer's role receives. */
export interface FieldAccess {
  actorDescription: boolean;
  actorNeeds: boolean;
  actorStance: boolean;
  tieDescription: boolean;
  tieSource: boolean;
  /** What was said at an engagement: a note like an actor's description. */
  engagementSummary: boolean;
}

const ALL: FieldAccess = {
  actorDescription: true,
  actorNeeds: true,
  actorStance: true,
  tieDescription: true,
  tieSource: true,
  engagementSummary: true,
};

export const FIELD_ACCESS: Record<Role, FieldAccess> = {
  viewer: {
    actorDescription: false,
    actorNeeds: false,
    actorStance: false,
    tieDescription: false,
    tieSource: false,
    engagementSummary: false,
  },
  leadership: { ...ALL, tieSource: false },
  analyst: ALL,
  administrator: ALL,
};

/** The `$fields` parameter for this viewer's queries. */
export function fieldAccess(viewer: Viewer): FieldAccess {
  return FIELD_ACCESS[viewer.role];
}

/** Actor response fields a role does not receive. */
export function withheldActorFields(fields: FieldAccess): string[] {
  return [
    ...(fields.actorDescription ? [] : ['description']),
    ...(fields.actorNeeds ? [] : ['needs']),
    ...(fields.actorStance ? [] : ['stance']),
  ];
}

/** Tie response fields a role does not receive. */
export function withheldTieFields(fields: FieldAccess): string[] {
  return [...(fields.tieDescription ? [] : ['description']), ...(fields.tieSource ? [] : ['source'])];
}

/** Engagement response fields a role does not receive. */
export function withheldEngagementFields(fields: FieldAccess): string[] {
  return fields.engagementSummary ? [] : ['summary'];
}

/** The presented record without the withheld keys (not even a default stands in for them). */
export function withoutFields<T extends object>(record: T, withheld: readonly string[]): T {
  if (withheld.length === 0) return record;
  const copy: Record<string, unknown> = { ...(record as Record<string, unknown>) };
  for (const key of withheld) delete copy[key];
  return copy as T;
}
