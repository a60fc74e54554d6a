/**
 * The table of analyses: one row each, with its path, query and response schemas and the function
 * that runs it. Routes and the OpenAPI document are generated from this table, so adding an
 * analysis is one module, one row here and one test file.
 */
import type { z } from 'zod';
import {
  ConflictTiesQuerySchema,
  ConflictTiesResultSchema,
  CoordinationQuerySchema,
  CoordinationResultSchema,
  EngagementBalanceQuerySchema,
  EngagementBalanceResultSchema,
  EngagementCheckQuerySchema,
  EngagementCheckResultSchema,
  InfluenceQuerySchema,
  InfluenceResultSchema,
  PathQuerySchema,
  PathResultSchema,
} from '../contracts/index.js';
import type { Viewer } from '../access/viewer.js';
import type { Database } from '../db/database.js';
import { analyseConflictTies } from './conflict-ties.js';
import { analyseCoordination } from './coordination.js';
import { analyseEngagementBalance } from './engagement-balance.js';
import { checkEngagement } from './engagement-check.js';
import { analyseInfluence } from './influence.js';
import { findPaths } from './paths-between.js';

export interface AnalysisDefinition<Q = unknown> {
  /** Path below /api/analysis/. */
  name: string;
  summary: string;
  query: z.ZodType<Q>;
  result: z.ZodType;
  /** The permission the route needs: paths are part of reading the map; the rest are analyses. */
  access: 'read' | 'analyse';
  /** Whether the query names an actor or output that may be unknown (404). */
  mayNotFind: boolean;
  run(db: Database, query: Q, viewer: Viewer, context: AnalysisContext): Promise<unknown>;
}

/** What the route knows besides the query: whether its client is still there. */
export interface AnalysisContext {
  /** Aborts when the client has gone; analyses that queue work drop it (influence). */
  signal?: AbortSignal;
  /** The map as it was at this date (epoch milliseconds; `asOf` resolved by the route), or absent for the present. */
  asOf?: number | undefined;
}

function define<Q>(definition: AnalysisDefinition<Q>): AnalysisDefinition {
  return definition as unknown as AnalysisDefinition;
}

/** Every analysis, in the order the issue lists them. */
export const ANALYSES: readonly AnalysisDefinition[] = [
  define({
    name: 'influence',
    access: 'analyse',
    summary: 'Influence of every actor: degree, betweenness, closeness, eigenvector, PageRank, 2-step reach and Louvain communities',
    query: InfluenceQuerySchema,
    result: InfluenceResultSchema,
    mayNotFind: false,
    run: (db, query, viewer, { signal, asOf }) => analyseInfluence(db, query, viewer, { signal, asOf }),
  }),
  define({
    name: 'conflict-ties',
    access: 'analyse',
    summary:
      'Shortest paths (up to 3 steps) from each civil society organisation, or one actor, to each party to the conflict, and its lean',
    query: ConflictTiesQuerySchema,
    result: ConflictTiesResultSchema,
    mayNotFind: true,
    run: analyseConflictTies,
  }),
  define({
    name: 'engagement-check',
    access: 'analyse',
    summary:
      'Do-no-harm check before engaging an actor: its direct and 2-step ties to the parties, dividers on them, and the engagement balance if it goes ahead',
    query: EngagementCheckQuerySchema,
    result: EngagementCheckResultSchema,
    mayNotFind: true,
    run: checkEngagement,
  }),
  define({
    name: 'coordination',
    access: 'analyse',
    summary:
      'Coordination by output and admin area: gaps, overlaps, fragile coverage, duplicated funding and the outputs x agencies matrix',
    query: CoordinationQuerySchema,
    result: CoordinationResultSchema,
    mayNotFind: true,
    run: analyseCoordination,
  }),
  define({
    name: 'engagement',
    access: 'analyse',
    summary:
      'Balance of the mission\u2019s engagements over a period: by area, CSO subtype, women and youth, lean toward each party; concentration indices; influential CSOs never engaged',
    query: EngagementBalanceQuerySchema,
    result: EngagementBalanceResultSchema,
    mayNotFind: false,
    run: analyseEngagementBalance,
  }),
  define({
    name: 'path',
    access: 'read',
    summary: 'Shortest paths between two actors, with the ties along each step',
    query: PathQuerySchema,
    result: PathResultSchema,
    mayNotFind: true,
    run: findPaths,
  }),
];
