/**
 * What the signed-in user's role lets the page offer. The server decides (403 on edits, withheld
 * fields left out of responses); the page only stops offering what would be refused, so a viewer
 * or leadership is not handed a form they can fill but never save, and a withheld field (a
 * viewer's stance) is left out instead of reading as "Not assessed". Set once, right after sign-in.
 */
import type { Me, Role } from '../../server/contracts/index.js';
import { showingPast } from '../rounds/as-of.js';

/** The fields of server/presenters/field-access.ts the page shows; tests/unit/client/role.test.ts keeps the two equal. */
export interface ReceivedFields {
  actorStance: boolean;
  tieSource: boolean;
}

export const RECEIVED_FIELDS: Record<Role, ReceivedFields> = {
  viewer: { actorStance: false, tieSource: false },
  leadership: { actorStance: true, tieSource: false },
  analyst: { actorStance: true, tieSource: true },
  administrator: { actorStance: true, tieSource: true },
};

let signedIn: Me | null = null;

export function setSignedInUser(me: Me): void {
  signedIn = me;
}

/** The signed-in user's id (null before sign-in). */
export const signedInUserId = (): string | null => signedIn?.id ?? null;

/** New, edit, delete, merge, draw, bulk, log: offered only to roles with `edit`. */
export function mayEdit(): boolean {
  // The map of a past round is read-only for everyone (rounds/as-of.ts).
  return !showingPast() && (signedIn?.permissions.includes('edit') ?? false);
}

/** Lead and support roles, mechanisms and benchmark status (mission leadership too), and their undo. */
export function mayCoordinate(): boolean {
  return !showingPast() && (signedIn?.permissions.includes('coordinate') ?? false);
}

/** Exports and briefings (the change brief among them): a document of the map leaves the tool. Past or present. */
export function mayExport(): boolean {
  return signedIn?.permissions.includes('export') ?? false;
}

/** Which judgement and free-text fields this role receives (the server's own table). */
export function receivedFields(): ReceivedFields {
  return RECEIVED_FIELDS[signedIn?.role ?? 'viewer'];
}

/** The one line in the actor panel for roles that read but do not change the map. */
export const READ_ONLY_NOTE = 'You can read this map; ask an analyst to change it.';

/** A refusal for lack of `edit`, worded for people rather than as a permission name. */
export function plainRefusal(code: string, message: string): string {
  const role = /^Your role \((\w+)\) does not allow edit$/.exec(message)?.[1];
  if (code !== 'forbidden' || !role) return message;
  const who = role === 'viewer' ? 'Viewers' : role === 'leadership' ? 'Leadership accounts' : `The ${role} role`;
  return `${who} cannot change records; ask an analyst or administrator.`;
}
