/**
 * Writes admin areas: the work behind POST /api/areas and PATCH|DELETE /api/areas/:id.
 *
 * Areas are reference data every signed-in user reads, so they are written with the `edit`
 * permission, like actors. Two exceptions, because an area grant opens every actor based or active
 * in the area and was approved for the area as the administrators knew it: an area that a grant
 * (or a pending grant request) names is changed and deleted by administrators only, and is not
 * deleted while the grant stands. Every write takes the area lock first, so the checks (p-code
 * free, parent in place, nothing points to a deleted area) hold until the write commits.
 */
import { accessParameters, can, type Viewer } from '../access/viewer.js';
import type { AdminArea, AdminAreaCreate, AdminAreaPatch, AreaReferenceKind } from '../contracts/index.js';
import type { Database, Transaction } from '../db/database.js';
import { alreadyExists, AppError, conflict, invalidRequest, notFound, problem, type FieldProblem } from '../errors.js';
import {
  areaTree,
  countAreaGrants,
  countAreaReferences,
  createArea,
  deleteArea,
  getArea,
  lockAreaDirectory,
  updateArea,
} from '../queries/areas.js';
import { presentArea, storedNames } from '../presenters/area.js';
import { placementProblems, type PlacedArea, type PlacementCheck } from './area-rules.js';
import type { WriteContext } from './write-context.js';
import { writeIdentity } from './write-identity.js';
import { closeLinkedVersion, recordLinkedVersions } from '../history/linked-record-versions.js';

export interface AreaStore {
  get(id: string): Promise<AdminArea>;
  create(input: AdminAreaCreate, viewer: Viewer, context?: WriteContext): Promise<AdminArea>;
  update(id: string, patch: AdminAreaPatch, viewer: Viewer, context?: WriteContext): Promise<AdminArea>;
  /** Refused (409, audited) while records point to the area; the message counts those the viewer may see, and only those. */
  remove(id: string, viewer: Viewer, context?: WriteContext): Promise<void>;
}

const REFERENCE_NOUNS: Record<AreaReferenceKind, [string, string]> = {
  actors: ['actor', 'actors'],
  engagements: ['engagement', 'engagements'],
  roles: ['lead or support role', 'lead or support roles'],
  mechanisms: ['coordination mechanism', 'coordination mechanisms'],
  childAreas: ['child area', 'child areas'],
  grants: ['access grant', 'access grants'],
};

export function createAreaStore(db: Database): AreaStore {
  async function readArea(tx: Transaction, id: string): Promise<AdminArea> {
    const [row] = await tx.run(getArea, { id });
    if (!row) throw notFound('admin area', id);
    return presentArea(row.area);
  }

  async function lockedTree(tx: Transaction): Promise<Map<string, PlacedArea>> {
    await tx.run(lockAreaDirectory, {});
    const rows = await tx.run(areaTree, {});
    return new Map(
      rows.map((row) => {
        const area: PlacedArea = {
          id: row.id,
          name: row.name ?? row.id,
          level: row.level,
          parentId: row.parentId,
          pcode: row.pcode,
        };
        return [area.id, area];
      }),
    );
  }

  function assertPlacement(tree: ReadonlyMap<string, PlacedArea>, check: PlacementCheck): void {
    const { invalid, conflicts } = placementProblems(tree, check);
    if (invalid.length > 0) throw located(400, invalid);
    if (conflicts.length > 0) throw located(409, conflicts);
  }

  async function assertMayChangeGranted(tx: Transaction, id: string, viewer: Viewer): Promise<number> {
    const [row] = await tx.run(countAreaGrants, { id });
    const grants = row?.grants ?? 0;
    if (grants > 0 && !can(viewer, 'administer')) {
      throw new AppError(403, 'forbidden', 'Access grants name this area, so only an administrator may change or delete it').saying(
        'forbidden.area_in_grants',
      );
    }
    return grants;
  }

  return {
    get: (id) => readArea({ run: db.read }, id),

    async create(input, viewer, context) {
      const { id, writeToken } = writeIdentity(input.id, context?.idempotencyKey, viewer.userId);
      const next: PlacedArea = { id, name: input.name, level: input.level, parentId: input.parentId ?? null, pcode: input.pcode ?? null };
      const created = await db.writeTransaction(async (tx) => {
        assertPlacement(await lockedTree(tx), { next, current: null, movesInTree: true });
        const properties = {
          id,
          name: input.name,
          pcode: input.pcode ?? null,
          level: input.level,
          parentId: input.parentId ?? null,
          isCapital: input.isCapital ?? false,
          ...storedNames(input.names ?? null),
        };
        const [row] = await tx.run(createArea, { properties, writeToken });
        if (row?.ours !== true) return null;
        // Its first version (server/history), in the transaction of the create (a retry writes none: unchanged).
        await recordLinkedVersions(tx, 'area', [id], { op: 'create', by: viewer.userId });
        await context?.audit?.recordIn(tx, [id]);
        return readArea(tx, id);
      });
      if (!created) throw alreadyExists('admin area', id, 'An');
      return created;
    },

    update: (id, patch, viewer, context) =>
      db.writeTransaction(async (tx) => {
        const tree = await lockedTree(tx);
        const current = await readArea(tx, id);
        await assertMayChangeGranted(tx, id, viewer);
        const next: PlacedArea = {
          id,
          name: patch.name ?? current.name,
          level: patch.level ?? current.level,
          parentId: patch.parentId === undefined ? current.parentId : patch.parentId,
          pcode: patch.pcode === undefined ? current.pcode : patch.pcode,
        };
        const movesInTree = patch.level !== undefined || patch.parentId !== undefined;
        assertPlacement(tree, { next, current: { ...current }, movesInTree });
        const { names, ...fields } = patch;
        const properties = { ...fields, ...(names === undefined ? {} : storedNames(names)) };
        await tx.run(updateArea, { id, properties });
        await recordLinkedVersions(tx, 'area', [id], { op: 'update', by: viewer.userId });
        await context?.audit?.recordIn(tx, [id]);
        return readArea(tx, id);
      }),

    async remove(id, viewer, context) {
      const refused = await db.writeTransaction(async (tx) => {
        await lockedTree(tx);
        await readArea(tx, id);
        const grants = await assertMayChangeGranted(tx, id, viewer);
        const [row] = await tx.run(countAreaReferences, { id, access: accessParameters(viewer) });
        const seen: Record<AreaReferenceKind, number> = {
          actors: row?.actors ?? 0,
          engagements: row?.engagements ?? 0,
          roles: row?.roles ?? 0,
          mechanisms: row?.mechanisms ?? 0,
          childAreas: row?.childAreas ?? 0,
          grants,
        };
        const unseen = row?.unseen ?? 0;
        if (unseen > 0 || Object.values(seen).some((count) => count > 0)) return stillReferenced(seen);
        await tx.run(deleteArea, { id });
        await closeLinkedVersion(tx, 'area', id, { op: 'delete', by: viewer.userId });
        await context?.audit?.recordIn(tx, [id]);
        return null;
      });
      if (!refused) return;
      // Audited outside the refused write, like a taken id: repeated refusals are probes on record.
      await context?.audit?.recordNow({
        action: 'access_denied',
        targetType: 'area',
        targetIds: [id],
        detail: 'DELETE /api/areas/:id: in use',
      });
      throw refused;
    },
  };
}

/**
 * The refusal of a delete, the same whether or not records the caller may not see point to the
 * area too (which would tell, area by area, where hidden actors and meetings are): the records the
 * caller may see, counted by kind (in the message and in `details`, one entry per kind at
 * `references.<kind>`; "0 records" when they see none), and a fixed sentence. It is refused either
 * way: deleting the area would cut links the caller cannot see, as deleting an actor would delete
 * hidden ties.
 */
function stillReferenced(seen: Record<AreaReferenceKind, number>): AppError {
  const details: FieldProblem[] = Object.entries(seen)
    .filter(([, count]) => count > 0)
    .map(([kind, count]) => {
      const [one, many] = REFERENCE_NOUNS[kind as AreaReferenceKind];
      return problem(`references.${kind}`, `${count} ${count === 1 ? one : many}`, 'field.area_references', { references: kind, count });
    });
  const listed = details.map((detail) => detail.message);
  const counted = (listed.length > 1 ? `${listed.slice(0, -1).join(', ')} and ${listed.at(-1)}` : listed[0]) ?? '0 records';
  const verb = details.length === 1 && counted.startsWith('1 ') ? 'points' : 'point';
  return conflict(
    `This area cannot be deleted: ${counted} ${verb} to it, counting only records you can see. Deleting an area needs it to be unused.`,
    details,
  ).saying('conflict.area_in_use');
}

/** An area's placement refused (area-rules.ts): 400 for a tree it cannot be in, 409 for a clash with other areas. */
function located(status: 400 | 409, problems: FieldProblem[]): AppError {
  if (status === 400) return invalidRequest(problems);
  const summary = problems.map((detail) => `${detail.path}: ${detail.message}`).join('; ');
  return conflict(summary, problems).saying('conflict.area_placement', { count: problems.length });
}
