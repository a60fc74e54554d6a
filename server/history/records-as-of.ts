/**
 * Output roles, engagements, mechanisms and admin areas as they were at a date (issue 14), for
 * the analyses, exports and the map's output filter on a past date: read from their versions
 * (linked-record-versions.ts), each judged as its record was then (the version fragments of
 * visibility.cypher), in the shapes the present-day stores answer (/api/output-roles,
 * /api/engagements, /api/mechanisms, /api/areas). `at` is epoch milliseconds (a round resolved by
 * RoundStore.resolveAsOf). Whole lists, unpaged: the callers (analyses, exports) read every record.
 */
import { accessParameters, type Viewer } from '../access/viewer.js';
import type { AdminArea, LoggedEngagement, MechanismRecord, OutputRoleRecord } from '../contracts/index.js';
import type { Database } from '../db/database.js';
import { presentArea } from '../presenters/area.js';
import { engagementPresenterFor } from '../presenters/engagement.js';
import { fieldAccess } from '../presenters/field-access.js';
import { asOfAreaList, asOfEngagementList, asOfMechanismList, asOfRoleList } from '../queries/history.js';

const dateOnly = (value: unknown) => (typeof value === 'string' ? value.slice(0, 10) : null);

/** The lead and support roles at `at` the viewer may see, optionally of one output, actor or area. */
export async function outputRolesAsOf(
  db: Database,
  viewer: Viewer,
  at: number,
  filter: { outputId?: string | undefined; actorId?: string | undefined; areaId?: string | undefined } = {},
): Promise<OutputRoleRecord[]> {
  const rows = await db.read(asOfRoleList, {
    at,
    outputId: filter.outputId ?? null,
    actorId: filter.actorId ?? null,
    areaId: filter.areaId ?? null,
    access: accessParameters(viewer),
  });
  return rows.map(({ role }) => ({ ...role, from: dateOnly(role.from), to: dateOnly(role.to) }));
}

/** The ids of the actors that led or supported `outputId` at `at`, as the viewer may see them: the map's output filter on a past date. */
export async function actorIdsOnOutputAsOf(db: Database, outputId: string, viewer: Viewer, at: number): Promise<string[]> {
  return [...new Set((await outputRolesAsOf(db, viewer, at, { outputId })).map((role) => role.actorId))];
}

/** The engagements at `at` the viewer may see, optionally with one of these actors, in these areas or serving these outputs. */
export async function engagementsAsOf(
  db: Database,
  viewer: Viewer,
  at: number,
  filter: { actors?: string[] | undefined; areas?: string[] | undefined; outputs?: string[] | undefined } = {},
): Promise<LoggedEngagement[]> {
  const fields = fieldAccess(viewer);
  const rows = await db.read(asOfEngagementList, {
    at,
    actors: filter.actors ?? null,
    areas: filter.areas ?? null,
    outputs: filter.outputs ?? null,
    access: accessParameters(viewer),
    fields,
  });
  const present = engagementPresenterFor(fields);
  return rows.map((row) => present(row.engagement));
}

/** The coordination mechanisms at `at` the viewer may see, with the members and chair visible then. */
export async function mechanismsAsOf(db: Database, viewer: Viewer, at: number): Promise<MechanismRecord[]> {
  const rows = await db.read(asOfMechanismList, { at, access: accessParameters(viewer) });
  return rows.map((row) => row.mechanism);
}

/** The admin areas at `at` (reference data, the same for everyone). */
export async function areasAsOf(db: Database, at: number): Promise<AdminArea[]> {
  const rows = await db.read(asOfAreaList, { at });
  return rows.map((row) => presentArea(row.area));
}
