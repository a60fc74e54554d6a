/**
 * The viewer: who is asking, with what role, clearance and grants. Every store and analysis
 * takes one and passes `accessParameters(viewer)` to its Cypher as `$access`, where the
 * visibility rule is applied in the query itself, so nothing hidden ever leaves the database.
 */
import {
  ADMINISTRATOR_MAX_CLEARANCE,
  ROLE_PERMISSIONS,
  SENSITIVITY_LEVELS,
  type Grant,
  type Permission,
  type Role,
  type Sensitivity,
} from '../contracts/index.js';

export interface Viewer {
  userId: string;
  role: Role;
  clearance: Sensitivity;
  grants: readonly Grant[];
  /**
   * The confidential or strictly confidential actors the viewer's area grants opened when they
   * were given (recorded on each grant): an area grant opens no such actor that arrived later.
   */
  actorIdsOpenedByAreas?: readonly string[];
}

/** `$access` in Cypher: the visible levels, and the actors and areas opened by grants. */
export interface AccessParameters {
  levels: Sensitivity[];
  actorIds: string[];
  areaIds: string[];
  /** Confidential or strictly confidential actors an area grant may open (cypher/fragments/visibility.cypher). */
  actorIdsOpenedByAreas: string[];
}

/** The server itself (seed, reset): sees everything. Never derived from a request. */
export const SYSTEM_VIEWER: Viewer = { userId: 'system', role: 'administrator', clearance: 'strictly_confidential', grants: [] };

/** Whoever calls a public route without signing in: sees nothing, may do nothing. */
export const ANONYMOUS_VIEWER: Viewer = { userId: 'anonymous', role: 'viewer', clearance: 'public', grants: [] };

/** Levels at or below a clearance. */
export function levelsUpTo(clearance: Sensitivity): Sensitivity[] {
  return SENSITIVITY_LEVELS.slice(0, SENSITIVITY_LEVELS.indexOf(clearance) + 1);
}

/** An administrator's clearance is capped: managing accounts is not a need to know sources. */
export function effectiveClearance(role: Role, clearance: Sensitivity): Sensitivity {
  if (role !== 'administrator') return clearance;
  const cap = SENSITIVITY_LEVELS.indexOf(ADMINISTRATOR_MAX_CLEARANCE);
  return SENSITIVITY_LEVELS.indexOf(clearance) > cap ? ADMINISTRATOR_MAX_CLEARANCE : clearance;
}

export function accessParameters(viewer: Viewer): AccessParameters {
  if (viewer === SYSTEM_VIEWER) return { levels: [...SENSITIVITY_LEVELS], actorIds: [], areaIds: [], actorIdsOpenedByAreas: [] };
  return {
    levels: levelsUpTo(effectiveClearance(viewer.role, viewer.clearance)),
    actorIds: viewer.grants.filter((grant) => grant.scope === 'actor').map((grant) => grant.targetId),
    areaIds: viewer.grants.filter((grant) => grant.scope === 'area').map((grant) => grant.targetId),
    actorIdsOpenedByAreas: [...(viewer.actorIdsOpenedByAreas ?? [])],
  };
}

export function can(viewer: Viewer, permission: Permission): boolean {
  return ROLE_PERMISSIONS[viewer.role].includes(permission);
}

/** May this viewer give a record this sensitivity? Not above what they could see themselves. */
export function mayAssignSensitivity(viewer: Viewer, level: Sensitivity): boolean {
  return accessParameters(viewer).levels.includes(level);
}

/**
 * May this viewer lower a record from `current`? Only on their own clearance: a grant opens one
 * record to them, it does not make them the judge of how widely that record may be shown.
 */
export function mayLowerSensitivity(viewer: Viewer, current: Sensitivity): boolean {
  if (viewer === SYSTEM_VIEWER) return true;
  return levelsUpTo(effectiveClearance(viewer.role, viewer.clearance)).includes(current);
}

/** True when `next` is less sensitive than `current`. */
export function isLowering(current: Sensitivity, next: Sensitivity): boolean {
  return SENSITIVITY_LEVELS.indexOf(next) < SENSITIVITY_LEVELS.indexOf(current);
}
