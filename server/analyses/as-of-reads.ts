/**
 * The analyses' reads of the past (issue 14, `asOf` on every analysis): typed handles on the
 * as-of twins of `cypher/analysis/*` (`cypher/history/asof-analysis-*`), which read the versions
 * open at a date instead of the records, with need to know judged on each version as it was. The
 * rows have exactly the shapes of the present-day queries, so an analysis computes the same way
 * on either; the loaders (visible-graph, engagement-data, coordination) choose by whether the
 * visible graph was loaded as of a date (`graph.asOf`).
 */
import type { z } from 'zod';
import type { Transaction } from '../db/database.js';
import { query } from '../db/typed-query.js';
import type { FieldAccess } from '../presenters/field-access.js';
import {
  adminAreas,
  AdminAreaRowSchema,
  coordinationMechanisms,
  CoordinationMechanismRowSchema,
  coordinationRoles,
  CoordinationRoleRowSchema,
  EngagementRowSchema,
  VisibleActorRowSchema,
  VisibleTieRowSchema,
  type AdminAreaRow,
} from '../queries/analysis.js';
import type { WithAccess } from '../queries/rows.js';

interface At {
  /** Epoch milliseconds: the versions open then are read. */
  at: number;
}
interface AmongActors {
  actorIds: string[];
}

export const asOfActors = query<WithAccess & At, z.infer<typeof VisibleActorRowSchema>>(
  'history/asof-analysis-actors',
  VisibleActorRowSchema,
);

export const asOfTies = query<
  WithAccess & At & AmongActors & { types: readonly string[]; date: string | null },
  z.infer<typeof VisibleTieRowSchema>
>('history/asof-analysis-ties', VisibleTieRowSchema);

export const asOfEngagements = query<
  WithAccess & At & AmongActors & { from: string | null; to: string | null; fields: FieldAccess },
  z.infer<typeof EngagementRowSchema>
>('history/asof-analysis-engagements', EngagementRowSchema);

const asOfRoles = query<At & AmongActors & { outputId: string | null }, z.infer<typeof CoordinationRoleRowSchema>>(
  'history/asof-analysis-roles',
  CoordinationRoleRowSchema,
);

const asOfMechanisms = query<At & AmongActors, z.infer<typeof CoordinationMechanismRowSchema>>(
  'history/asof-analysis-mechanisms',
  CoordinationMechanismRowSchema,
);

const asOfAreas = query<At, z.infer<typeof AdminAreaRowSchema>>('history/asof-analysis-areas', AdminAreaRowSchema);

/** Where a read of the analyses looks: the present records (null) or the versions open at a date. */
export type AsOf = number | null;

/** The admin areas, as they are or as they were. */
export async function readAdminAreas(tx: Pick<Transaction, 'run'>, asOf: AsOf): Promise<AdminAreaRow[]> {
  const rows = asOf === null ? await tx.run(adminAreas, {}) : await tx.run(asOfAreas, { at: asOf });
  return rows.map((row) => row.area);
}

/** Lead and support roles of the given (visible) actors, as they are or as they were. */
export function readRoles(tx: Pick<Transaction, 'run'>, asOf: AsOf, actorIds: string[], outputId: string | null) {
  return asOf === null ? tx.run(coordinationRoles, { actorIds, outputId }) : tx.run(asOfRoles, { at: asOf, actorIds, outputId });
}

/** Coordination mechanisms with a visible member, as they are or as they were. */
export async function readMechanisms(tx: Pick<Transaction, 'run'>, asOf: AsOf, actorIds: string[]) {
  const rows = asOf === null ? await tx.run(coordinationMechanisms, { actorIds }) : await tx.run(asOfMechanisms, { at: asOf, actorIds });
  return rows.map((row) => row.mechanism);
}
